#pragma once

#include "member_record.h"

#include <QStringList>

// The columns of a member in an exported CSV file, for the window's export and
// `roster-cli members export`: every field the local roster keeps, times in ISO 8601 UTC.
namespace MemberExportRow {

QStringList header();
QStringList cells(const MemberRecord &member);

} // namespace MemberExportRow
