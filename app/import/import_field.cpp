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
        return table;
    }();
    return aliases;
}
} // namespace

QString importFieldId(ImportField field)
{
    switch (field) {
    case ImportField::Email:
        return u"email"_s;
    case ImportField::Name:
        return u"name"_s;
    case ImportField::FirstName:
        return u"first-name"_s;
    case ImportField::LastName:
        return u"last-name"_s;
    case ImportField::Role:
        return u"role"_s;
    case ImportField::Groups:
        return u"groups"_s;
    case ImportField::Bio:
        return u"bio"_s;
    }
    return {};
}

QString importFieldDisplayName(ImportField field)
{
    switch (field) {
    case ImportField::Email:
        return QCoreApplication::translate("ImportField", "Email");
    case ImportField::Name:
        return QCoreApplication::translate("ImportField", "Full name");
    case ImportField::FirstName:
        return QCoreApplication::translate("ImportField", "First name");
    case ImportField::LastName:
        return QCoreApplication::translate("ImportField", "Last name");
    case ImportField::Role:
        return QCoreApplication::translate("ImportField", "Role");
    case ImportField::Groups:
        return QCoreApplication::translate("ImportField", "Groups");
    case ImportField::Bio:
        return QCoreApplication::translate("ImportField", "Bio");
    }
    return {};
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
