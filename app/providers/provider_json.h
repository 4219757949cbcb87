#pragma once

#include "remote_member.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Reading providers' JSON in every shape the evidence allows (NOTES.md): ids as text or number,
// a reference as {id, name} or a bare value, a list as a bare array or inside an envelope.
namespace ProviderJson {

// An id as text, from a string or a number; empty when neither.
QString idText(const QJsonValue &value);

// What a bare string in a reference is: Heartbeat's user objects give a role as its name
// (live), while a bare value in a list of groups is an id.
enum class BareValue
{
    IsName,
    IsId
};
// {id, name}, or a bare string or number read as `bare` says; empty for null or anything else.
NamedRef ref(const QJsonValue &value, BareValue bare);

// The items of a list answer: a bare array, or the array under "data" (Forward's envelope) or
// under "users"; nothing when the answer is none of these.
std::optional<QJsonArray> listItems(const QJsonDocument &answer);

// A time in ISO 8601 (Heartbeat's createdAt, lastLogin); invalid for anything else.
QDateTime time(const QJsonValue &value);

// An account state word in any case: active, pending/invited, inactive/deactivated/disabled/
// suspended; Unknown for any other.
MemberStatus status(const QJsonValue &value);

// A write's answer in Heartbeat's forms: {"success": true}, {"userID": ...}, an empty body or
// 204. Only {"success": false} is a refusal.
bool refusesWrite(const QJsonDocument &answer);

} // namespace ProviderJson
