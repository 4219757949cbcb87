#include "import_field.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {
const QHash<QString, ImportField> &headerAliases()
{
    static const QHash<QString, ImportField> aliases = [] {
        QHash<QString, ImportField> table;
        const auto add = [&table](ImportField field, std::initializer_list<QStringView> keys) {
            for (QStringView key : keys)
                table.insert(key.toString(), field);
        };
        add(ImportField::Email,
            {u"email", u"emailaddress", u"mail", u"mailaddress", u"emailadresse", u"adresseemail",
             u"adressemail", u"courriel", u"correo", u"correoelectronico", u"epost", u"emailadres",
             u"useremail", u"memberemail"});
        add(ImportField::FirstName, {u"firstname", u"givenname", u"forename", u"first", u"fname",
                                     u"vorname", u"prenom", u"nombre", u"voornaam"});
        add(ImportField::LastName,
            {u"lastname", u"surname", u"familyname", u"last", u"lname", u"nachname", u"nom",
             u"nomdefamille", u"apellido", u"apellidos", u"achternaam"});
        add(ImportField::Name, {u"name", u"fullname", u"displayname", u"membername", u"nomcomplet",
                                u"nombrecompleto"});
        add(ImportField::Role,
            {u"role", u"rolename", u"roleid", u"rolle", u"rol", u"memberrole", u"userrole"});
        add(ImportField::Groups, {u"groups", u"group", u"groupnames", u"gruppen", u"gruppe",
                                  u"groupes", u"groupe", u"grupos", u"grupo"});
        add(ImportField::Bio, {u"bio", u"about", u"aboutme", u"biography", u"biographie",
                               u"biografie", u"biografia"});
        add(ImportField::StatusLine,
            {u"status", u"statusline", u"statusmessage", u"statustext", u"headline", u"tagline"});
        add(ImportField::LinkedIn, {u"linkedin", u"linkedinurl", u"linkedinprofile",
                                    u"linkedinprofileurl", u"linkedinlink"});
        add(ImportField::Twitter,
            {u"twitter", u"twitter/x", u"x/twitter", u"twitterx", u"xtwitter", u"x", u"x(twitter)",
             u"twitter(x)", u"twitterurl", u"twitterprofile", u"xurl", u"xprofile"});
        add(ImportField::Instagram, {u"instagram", u"instagramurl", u"instagramprofile"});
        add(ImportField::Picture,
            {u"picture", u"photo", u"avatar", u"profilepicture", u"profilephoto", u"profileimage",
             u"image", u"headshot", u"picturefile", u"photofile", u"foto", u"profilbild",
             u"photodeprofil"});
        add(ImportField::State, {u"state", u"action", u"accountstatus", u"accountstate",
                                 u"memberstatus", u"membershipstatus", u"memberstate", u"active",
                                 u"kontostatus", u"aktion", u"mitgliedsstatus"});
        return table;
    }();
    return aliases;
}
} // namespace

ProfileField profileFieldOf(ImportField field)
{
    switch (field) {
    case ImportField::Email:
        return ProfileField::Email;
    case ImportField::Name:
        return ProfileField::Name;
    case ImportField::FirstName:
        return ProfileField::FirstName;
    case ImportField::LastName:
        return ProfileField::LastName;
    case ImportField::Role:
        return ProfileField::Role;
    case ImportField::Groups:
        return ProfileField::Groups;
    case ImportField::Bio:
        return ProfileField::Bio;
    case ImportField::StatusLine:
        return ProfileField::StatusLine;
    case ImportField::LinkedIn:
        return ProfileField::LinkedIn;
    case ImportField::Twitter:
        return ProfileField::Twitter;
    case ImportField::Instagram:
        return ProfileField::Instagram;
    case ImportField::Picture:
        return ProfileField::Picture;
    case ImportField::State:
        break;
    }
    return ProfileField::None;
}

QString importFieldId(ImportField field)
{
    if (field == ImportField::State)
        return u"state"_s;
    return ProfileFields::id(profileFieldOf(field));
}

QString importFieldDisplayName(ImportField field)
{
    if (field == ImportField::State)
        return QCoreApplication::translate("ImportField", "State (active or deactivated)");
    // A file's "Name" column is the whole name, which the member dialog calls just "Name".
    if (field == ImportField::Name)
        return QCoreApplication::translate("ImportField", "Full name");
    return ProfileFields::label(profileFieldOf(field));
}

std::optional<ImportField> importFieldFromText(QStringView text)
{
    const QString key = headerMatchKey(text);
    for (ImportField field : AllImportFields) {
        if (headerMatchKey(importFieldId(field)) == key)
            return field;
    }
    return importFieldForHeader(text);
}

QString headerMatchKey(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c.isMark())
            continue;
        key.append(c);
    }
    return key.toCaseFolded();
}

std::optional<ImportField> importFieldForHeader(QStringView header)
{
    const auto it = headerAliases().constFind(headerMatchKey(header));
    if (it == headerAliases().cend())
        return std::nullopt;
    return it.value();
}
