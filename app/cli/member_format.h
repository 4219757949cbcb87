#pragma once

#include "audit_log.h"
#include "member_record.h"

#include <QJsonObject>
#include <QStringList>

class CliOutput;

// How roster-cli shows members and audit entries, as JSON and as text.
namespace MemberFormat {

QJsonObject toJson(const MemberRecord &member);
QStringList tableHeader();
QStringList tableRow(const MemberRecord &member);
// "Field: value" lines for one member.
QStringList details(const MemberRecord &member);
// The member as JSON with --json, else as details().
void print(CliOutput &out, const MemberRecord &member);

QJsonObject toJson(const AuditEntry &entry);
QStringList auditHeader();
QStringList auditRow(const AuditEntry &entry);

} // namespace MemberFormat
