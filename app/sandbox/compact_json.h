#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

// Writes JSON byte for byte as QJsonDocument::toJson(QJsonDocument::Compact) does, for answers
// too large to build as a QJsonDocument. The caller writes the keys of an object in the order
// QJsonObject keeps them: sorted.
namespace CompactJson {
// A quoted string: ", \ and control characters escaped, the rest in UTF-8; a lone surrogate as
// \uXXXX.
void appendString(QByteArray &out, QStringView text);
// "key": for a key in plain ASCII that needs no escaping; with a comma before it unless first.
void appendKey(QByteArray &out, const char *key, bool first = false);
void appendBool(QByteArray &out, bool value);
// A quoted time as isoTime() writes it ("2026-05-18T08:32:55.315Z"; "" when invalid), without
// QDateTime::toString()'s cost.
void appendIsoTime(QByteArray &out, const QDateTime &time);
// appendIsoTime(), or null when the time is invalid (Heartbeat's lastLogin of a member who never
// signed in).
void appendIsoTimeOrNull(QByteArray &out, const QDateTime &time);
} // namespace CompactJson
