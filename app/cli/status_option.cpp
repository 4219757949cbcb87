#include "status_option.h"

using namespace Qt::StringLiterals;

void StatusOption::declare(QCommandLineParser &parser)
{
    parser.addOption({u"status"_s, tr("Only members in this state: active, pending, deactivated."),
                      tr("STATE")});
}

std::optional<QString> StatusOption::check(const QCommandLineParser &parser)
{
    if (parser.isSet(u"status"_s) && !memberStatusFromId(parser.value(u"status"_s)))
        return tr("--status is \"%1\"; expected active, pending or deactivated.")
            .arg(parser.value(u"status"_s));
    return std::nullopt;
}

std::optional<MemberStatus> StatusOption::read(const QCommandLineParser &parser)
{
    return parser.isSet(u"status"_s) ? memberStatusFromId(parser.value(u"status"_s)) : std::nullopt;
}
