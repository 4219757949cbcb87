#include "profile_field.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ProfileFields {

namespace {
struct Words
{
    ProfileField field;
    const char *id;
    const char *label;
};

constexpr Words Table[] = {
    {ProfileField::Name, "name", QT_TRANSLATE_NOOP("ProfileField", "Name")},
    {ProfileField::FirstName, "first-name", QT_TRANSLATE_NOOP("ProfileField", "First name")},
    {ProfileField::LastName, "last-name", QT_TRANSLATE_NOOP("ProfileField", "Last name")},
    {ProfileField::Email, "email", QT_TRANSLATE_NOOP("ProfileField", "Email")},
    {ProfileField::Role, "role", QT_TRANSLATE_NOOP("ProfileField", "Role")},
    {ProfileField::Groups, "groups", QT_TRANSLATE_NOOP("ProfileField", "Groups")},
    {ProfileField::Bio, "bio", QT_TRANSLATE_NOOP("ProfileField", "Bio")},
    {ProfileField::StatusLine, "status", QT_TRANSLATE_NOOP("ProfileField", "Status line")},
    {ProfileField::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("ProfileField", "LinkedIn")},
    {ProfileField::Twitter, "twitter", QT_TRANSLATE_NOOP("ProfileField", "Twitter / X")},
    {ProfileField::Instagram, "instagram", QT_TRANSLATE_NOOP("ProfileField", "Instagram")},
    {ProfileField::Picture, "picture", QT_TRANSLATE_NOOP("ProfileField", "Profile picture")},
};

const Words *wordsOf(ProfileField field)
{
    for (const Words &words : Table) {
        if (words.field == field)
            return &words;
    }
    return nullptr;
}
} // namespace

QString id(ProfileField field)
{
    const Words *words = wordsOf(field);
    return words ? QString::fromLatin1(words->id) : QString();
}

std::optional<ProfileField> fromId(QStringView id)
{
    for (const Words &words : Table) {
        if (id.compare(QLatin1StringView(words.id), Qt::CaseInsensitive) == 0)
            return words.field;
    }
    return std::nullopt;
}

QString label(ProfileField field)
{
    const Words *words = wordsOf(field);
    return words ? QCoreApplication::translate("ProfileField", words->label) : QString();
}

std::optional<QString> linkProblem(ProfileField field, const QString &text)
{
    const QString link = text.trimmed();
    if (link.isEmpty())
        return std::nullopt;
    const QUrl url(link, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == u"https" && !url.host().isEmpty() &&
        url.host().contains(u'.'))
        return std::nullopt;
    return QCoreApplication::translate("ProfileField",
                                       "%1 must be a full address starting with https://, such "
                                       "as https://www.linkedin.com/in/ada, not \"%2\".")
        .arg(label(field), link);
}

} // namespace ProfileFields
