#include "state_words.h"

#include "import_field.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
const QHash<QString, MemberStatus> &words()
{
    static const QHash<QString, MemberStatus> table = [] {
        QHash<QString, MemberStatus> words;
        for (QStringView word : {u"active", u"activate", u"reactivate", u"reactivated", u"enabled",
                                 u"enable", u"yes", u"y", u"true", u"1", u"member", u"current",
                                 u"keep", u"aktiv", u"aktivieren", u"actif", u"activo", u"pending"})
            words.insert(word.toString(), MemberStatus::Active);
        for (QStringView word :
             {u"deactivated",  u"deactivate", u"inactive", u"disabled",   u"disable",
              u"suspended",    u"no",         u"n",        u"false",      u"0",
              u"left",         u"former",     u"offboard", u"offboarded", u"remove",
              u"removed",      u"cancelled",  u"canceled", u"expired",    u"deaktiviert",
              u"deaktivieren", u"inaktiv",    u"inactif",  u"inactivo",   u"unlisted"})
            words.insert(word.toString(), MemberStatus::Deactivated);
        words.insert(u"unknown"_s, MemberStatus::Unknown);
        return words;
    }();
    return table;
}
} // namespace

std::optional<MemberStatus> StateWords::parse(QStringView text)
{
    const auto it = words().constFind(headerMatchKey(text));
    if (it == words().cend())
        return std::nullopt;
    return it.value();
}

QString StateWords::examples()
{
    return tr("active, deactivated, inactive, yes, no, true, false, 1, 0");
}
