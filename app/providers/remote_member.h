#pragma once

#include "api_error.h"
#include "member_status.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

struct NamedRef
{
    QString id;
    QString name;
    friend bool operator==(const NamedRef &, const NamedRef &) = default;
};

// A member as the provider describes it; fields a provider lacks stay empty.
struct RemoteMember
{
    QString id; // the provider's id, as text even where it is a number (Beam)
    QString email;
    QString name;
    QString firstName;
    QString lastName;
    MemberStatus status = MemberStatus::Unknown;
    NamedRef role;
    QList<NamedRef> groups;
    QString bio;
    std::optional<bool> emailVerified; // Beam
};

struct NewMember
{
    QString email;
    QString name; // Heartbeat; built from first and last names when empty
    QString firstName;
    QString lastName;
    QString roleId;
    QStringList groupIds;
    QString bio;
    bool pending = false; // Heartbeat: a pending member is activated at first login
    // Heartbeat answers a create with no member, so the client reads it back by email for its
    // id: a second request. A bulk import turns that off (and syncs once at the end) to create
    // at the full rate; the answer is then the member as sent, without an id.
    bool readBack = true;
};

// Only the fields that are set change.
struct MemberChanges
{
    std::optional<QString> name;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;
    std::optional<QString> bio;
};

struct LoginLink
{
    enum class Kind
    {
        OneTime,      // a single-use link for this member: a secret, shown once, never stored
        CommunityPage // Heartbeat: where the member asks for their own magic link
    };
    Kind kind = Kind::OneTime;
    QUrl url;
};

template <typename T> struct Result
{
    T value{};
    ApiError error;

    bool ok() const { return !error.isError(); }
    static Result failure(const ApiError &error) { return Result{T{}, error}; }
};

template <typename T> using Done = std::function<void(const Result<T> &)>;
