#include "member_field.h"

#include <QList>
#include <QRegularExpression>
#include <utility>

using namespace Qt::StringLiterals;

MemberField memberFieldNamedIn(const QString &providerMessage)
{
    static const QRegularExpression address(u"\\S+@\\S+"_s);
    QString text = providerMessage.toLower();
    text.replace(address, u" "_s);
    // The most specific words first: "first_name" before "name".
    static const QList<std::pair<QRegularExpression, MemberField>> words = {
        {QRegularExpression(u"\\b(e-?mail|email_address)\\b"_s), MemberField::Email},
        {QRegularExpression(u"\\b(first[ _]?name)\\b"_s), MemberField::FirstName},
        {QRegularExpression(u"\\b(last[ _]?name|surname)\\b"_s), MemberField::LastName},
        {QRegularExpression(u"\\b(role|roleid|role_id)\\b"_s), MemberField::Role},
        {QRegularExpression(u"\\b(groups?|groupids|group_ids)\\b"_s), MemberField::Groups},
        {QRegularExpression(u"\\b(bio)\\b"_s), MemberField::Bio},
        {QRegularExpression(u"\\b(linkedin)\\b"_s), MemberField::LinkedIn},
        {QRegularExpression(u"\\b(twitter)\\b"_s), MemberField::Twitter},
        {QRegularExpression(u"\\b(instagram)\\b"_s), MemberField::Instagram},
        {QRegularExpression(u"\\b(profile[ _]?picture|picture|image|avatar)\\b"_s),
         MemberField::Picture},
        {QRegularExpression(u"\\b(name|full[ _]?name)\\b"_s), MemberField::Name},
    };
    for (const auto &[pattern, field] : words) {
        if (pattern.match(text).hasMatch())
            return field;
    }
    return MemberField::None;
}
