#pragma once

#include <QString>

// What the audit log does to the human text of an entry before storing it. Login links and keys
// must never reach the log; callers must not put them in a detail at all. As a second line of
// defence every URL ("scheme://...") is cut to its scheme, host, port and path: user info, query
// and fragment (where login codes and tokens travel) are dropped. A URL that does not parse is
// replaced as a whole. The text is also cut to MaxAuditDetailLength characters.
constexpr qsizetype MaxAuditDetailLength = 500;

QString redactAuditDetail(const QString &detail);
