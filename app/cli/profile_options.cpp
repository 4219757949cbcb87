#include "profile_options.h"

#include "capabilities.h"
#include "profile_picture.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString ClearOption = u"clear"_s;

// The fields --clear names. Only "member edit" declares it: a parser is asked for it only when
// it was given, since asking another command's parser would warn.
QStringList clearedWords(const QCommandLineParser &parser)
{
    return parser.optionNames().contains(ClearOption) ? parser.values(ClearOption) : QStringList();
}

QString optionOf(ProfileField field)
{
    return ProfileFields::id(field);
}

bool isOption(ProfileField field)
{
    return std::find(std::begin(ProfileOptions::Fields), std::end(ProfileOptions::Fields), field) !=
           std::end(ProfileOptions::Fields);
}

QString fieldIds()
{
    QStringList ids;
    for (const ProfileField field : ProfileOptions::Fields)
        ids << ProfileFields::id(field);
    return ids.join(u", "_s);
}

} // namespace

void ProfileOptions::declare(QCommandLineParser &parser)
{
    parser.addOption({optionOf(ProfileField::Bio), tr("Heartbeat: a short bio."), tr("TEXT")});
    parser.addOption({optionOf(ProfileField::StatusLine),
                      tr("Heartbeat: the status line the member shows on their profile."),
                      tr("TEXT")});
    parser.addOption({optionOf(ProfileField::LinkedIn),
                      tr("Heartbeat: the LinkedIn profile, a full https:// address."), tr("URL")});
    parser.addOption({optionOf(ProfileField::Twitter),
                      tr("Heartbeat: the Twitter / X profile, a full https:// address."),
                      tr("URL")});
    parser.addOption({optionOf(ProfileField::Instagram),
                      tr("Heartbeat: the Instagram profile, a full https:// address."), tr("URL")});
    parser.addOption({optionOf(ProfileField::Picture),
                      tr("Heartbeat: the profile picture, a PNG, JPEG or GIF file; scaled down "
                         "to at most %1 × %1 pixels.")
                          .arg(ProfilePicture::MaxSide),
                      tr("FILE")});
}

void ProfileOptions::declareClear(QCommandLineParser &parser)
{
    parser.addOption({ClearOption,
                      tr("Empty a field: one of %1; repeat for several.").arg(fieldIds()),
                      tr("FIELD")});
}

std::optional<QString> ProfileOptions::check(const QCommandLineParser &parser)
{
    for (const ProfileField field : Fields) {
        if (!ProfileFields::isSocialLink(field) || !parser.isSet(optionOf(field)))
            continue;
        if (const std::optional<QString> problem =
                ProfileFields::linkProblem(field, parser.value(optionOf(field))))
            return *problem;
    }
    for (const QString &word : clearedWords(parser)) {
        const std::optional<ProfileField> field = ProfileFields::fromId(word.trimmed());
        if (!field || !isOption(*field))
            return tr("--clear %1: a field Roster cannot empty; it can empty %2.")
                .arg(word, fieldIds());
        if (parser.isSet(optionOf(*field)))
            return tr("Give --%1 or --clear %1, not both.").arg(optionOf(*field));
    }
    return std::nullopt;
}

std::optional<QString> ProfileOptions::checkIntroduce(const QCommandLineParser &parser)
{
    if (parser.isSet(u"introduce"_s) && parser.isSet(u"pending"_s))
        return tr("A pending member gets no introduction thread: leave out --introduce or "
                  "--pending.");
    return std::nullopt;
}

QList<ProfileOptions::Given> ProfileOptions::given(const QCommandLineParser &parser)
{
    QList<Given> given;
    for (const ProfileField field : Fields) {
        if (parser.isSet(optionOf(field)))
            given << Given{u"--"_s + optionOf(field), field, false};
    }
    for (const QString &word : clearedWords(parser)) {
        if (const std::optional<ProfileField> field = ProfileFields::fromId(word.trimmed()))
            given << Given{u"--clear "_s + ProfileFields::id(*field), *field, true};
    }
    return given;
}

std::optional<QString> ProfileOptions::refuseUntaken(Provider provider,
                                                     const QList<ProfileField> &taken,
                                                     const QList<Given> &given)
{
    QStringList refused;
    for (const Given &option : given) {
        if (!taken.contains(option.field) && !refused.contains(option.option))
            refused << option.option;
    }
    if (refused.isEmpty())
        return std::nullopt;
    return tr("%1 takes %2: leave out %3.")
        .arg(providerDisplayName(provider), Capabilities::fieldList(taken), refused.join(u", "_s));
}

std::optional<QList<ProfileOptions::Value>> ProfileOptions::values(const QCommandLineParser &parser,
                                                                   QString *error)
{
    QList<Value> values;
    for (const Given &option : given(parser)) {
        Value value{option.field, {}}; // a cleared field is sent empty
        const QString text = option.cleared ? QString() : parser.value(optionOf(option.field));
        if (!option.cleared && option.field == ProfileField::Picture) {
            const std::optional<ProfilePicture::Prepared> picture =
                ProfilePicture::fromFile(text, error);
            if (!picture)
                return std::nullopt;
            value.text = picture->dataUri;
        } else {
            value.text = option.field == ProfileField::Bio ? text : text.trimmed();
        }
        values << value;
    }
    return values;
}

void ProfileOptions::apply(const QList<Value> &values, NewMember &member)
{
    for (const Value &value : values) {
        if (QString *text = ProfileFields::textIn(member, value.field))
            *text = value.text;
    }
}

void ProfileOptions::apply(const QList<Value> &values, MemberChanges &changes)
{
    for (const Value &value : values) {
        if (std::optional<QString> *text = changes.text(value.field))
            *text = value.text;
    }
}

template <typename Target>
std::optional<QString> ProfileOptions::readInto(Provider provider, const QList<ProfileField> &taken,
                                                const QList<Given> &given,
                                                const QCommandLineParser &parser, Target &target)
{
    if (std::optional<QString> refused = refuseUntaken(provider, taken, given))
        return refused;
    QString error;
    const std::optional<QList<Value>> read = values(parser, &error);
    if (!read)
        return error;
    apply(*read, target);
    return std::nullopt;
}

template std::optional<QString> ProfileOptions::readInto(Provider, const QList<ProfileField> &,
                                                         const QList<Given> &,
                                                         const QCommandLineParser &, NewMember &);
template std::optional<QString> ProfileOptions::readInto(Provider, const QList<ProfileField> &,
                                                         const QList<Given> &,
                                                         const QCommandLineParser &,
                                                         MemberChanges &);
