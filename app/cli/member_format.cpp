#include "member_format.h"

#include "audit_source.h"
#include "audit_text.h"
#include "cli_output.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MemberFormat", text);
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString nameOf(const MemberRecord &member)
{
    if (!member.displayName.isEmpty())
        return member.displayName;
    return QString(member.firstName + u' ' + member.lastName).trimmed();
}

// When the member last signed in; "never" when the provider says they never did.
QString signInText(const MemberRecord &member)
{
    return member.neverSignedIn ? QCoreApplication::translate("MemberFormat", "never")
                                : timeText(member.lastSignInAt);
}

QJsonValue optionalJson(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue();
}

QString groupsText(const MemberRecord &member)
{
    QStringList names;
    for (const MemberGroup &group : member.groups)
        names << (group.name.isEmpty() ? group.id : group.name);
    return names.join(u", "_s);
}
} // namespace

namespace MemberFormat {

QJsonObject toJson(const MemberRecord &member)
{
    QJsonArray groups;
    for (const MemberGroup &group : member.groups)
        groups.append(QJsonObject{{u"id"_s, group.id}, {u"name"_s, group.name}});
    QJsonObject json{{u"id"_s, member.providerMemberId},
                     {u"email"_s, member.email},
                     {u"name"_s, nameOf(member)},
                     {u"firstName"_s, member.firstName},
                     {u"lastName"_s, member.lastName},
                     {u"status"_s, memberStatusId(member.status)},
                     {u"groups"_s, groups},
                     {u"bio"_s, member.bio},
                     {u"statusLine"_s, optionalJson(member.statusLine)},
                     {u"linkedin"_s, optionalJson(member.linkedin)},
                     {u"twitter"_s, optionalJson(member.twitter)},
                     {u"instagram"_s, optionalJson(member.instagram)},
                     {u"avatar"_s, member.avatarUrl},
                     {u"isAdmin"_s, member.isAdmin},
                     {u"createdAt"_s, timeJson(member.createdAt)},
                     {u"updatedAt"_s, timeJson(member.updatedAt)},
                     {u"lastSignInAt"_s, timeJson(member.lastSignInAt)},
                     {u"neverSignedIn"_s, member.neverSignedIn},
                     {u"lastSyncedAt"_s, timeJson(member.lastSyncedAt)}};
    json.insert(u"role"_s, member.roleId.isEmpty() && member.roleName.isEmpty()
                               ? QJsonValue()
                               : QJsonValue(QJsonObject{{u"id"_s, member.roleId},
                                                        {u"name"_s, member.roleName}}));
    return json;
}

QStringList tableHeader()
{
    return {tr("EMAIL"), tr("NAME"), tr("STATUS"), tr("ROLE"), tr("GROUPS")};
}

QStringList tableRow(const MemberRecord &member)
{
    return {member.email, nameOf(member), memberStatusId(member.status),
            member.roleName.isEmpty() ? member.roleId : member.roleName, groupsText(member)};
}

QStringList details(const MemberRecord &member)
{
    QStringList lines;
    auto add = [&lines](const char *label, const QString &value) {
        if (!value.isEmpty())
            lines << tr(label) + u": "_s + value;
    };
    add(QT_TRANSLATE_NOOP("MemberFormat", "Email"), member.email);
    add(QT_TRANSLATE_NOOP("MemberFormat", "Name"), nameOf(member));
    add(QT_TRANSLATE_NOOP("MemberFormat", "First name"), member.firstName);
    add(QT_TRANSLATE_NOOP("MemberFormat", "Last name"), member.lastName);
    add(QT_TRANSLATE_NOOP("MemberFormat", "Status"), memberStatusId(member.status));
    add(QT_TRANSLATE_NOOP("MemberFormat", "Role"),
        member.roleName.isEmpty() ? member.roleId : member.roleName);
    add(QT_TRANSLATE_NOOP("MemberFormat", "Groups"), groupsText(member));
    add(QT_TRANSLATE_NOOP("MemberFormat", "Bio"), member.bio);
    for (const ProfileField field : {ProfileField::StatusLine, ProfileField::LinkedIn,
                                     ProfileField::Twitter, ProfileField::Instagram}) {
        if (!member.text(field).isEmpty())
            lines << ProfileFields::label(field) + u": "_s + member.text(field);
    }
    add(QT_TRANSLATE_NOOP("MemberFormat", "Avatar"), member.avatarUrl);
    if (member.isAdmin)
        add(QT_TRANSLATE_NOOP("MemberFormat", "Admin"),
            QCoreApplication::translate("MemberFormat", "yes"));
    add(QT_TRANSLATE_NOOP("MemberFormat", "Provider id"), member.providerMemberId);
    add(QT_TRANSLATE_NOOP("MemberFormat", "Created"), timeText(member.createdAt));
    add(QT_TRANSLATE_NOOP("MemberFormat", "Updated"), timeText(member.updatedAt));
    add(QT_TRANSLATE_NOOP("MemberFormat", "Last sign-in"), signInText(member));
    add(QT_TRANSLATE_NOOP("MemberFormat", "Last synced"), timeText(member.lastSyncedAt));
    return lines;
}

void print(CliOutput &out, const MemberRecord &member)
{
    if (out.jsonWanted())
        return out.json(toJson(member));
    for (const QString &line : details(member))
        out.line(line);
}

QJsonObject toJson(const AuditEntry &entry)
{
    return {{u"when"_s, timeJson(entry.when)},
            {u"user"_s, entry.actor},
            {u"source"_s, entry.source},
            {u"action"_s, entry.action},
            {u"member"_s, entry.memberEmail},
            {u"outcome"_s, entry.outcome == AuditOutcome::Ok ? u"ok"_s : u"failed"_s},
            {u"changes"_s, entry.changes},
            {u"detail"_s, entry.detail}};
}

QStringList auditHeader()
{
    return {tr("WHEN"),   tr("USER"),    tr("SOURCE"), tr("ACTION"),
            tr("MEMBER"), tr("OUTCOME"), tr("CHANGES")};
}

QStringList auditRow(const AuditEntry &entry)
{
    return {timeText(entry.when),
            AuditText::actor(entry.actor),
            AuditSource::text(entry.source),
            entry.action,
            entry.memberEmail,
            entry.outcome == AuditOutcome::Ok ? tr("ok") : tr("failed"),
            AuditText::changes(entry)};
}

} // namespace MemberFormat
