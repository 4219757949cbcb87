#pragma once

#include "api_error.h"
#include "member_status.h"
#include "profile_field.h"

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
    QDateTime createdAt;               // invalid when the provider does not say
    // When the member last signed in. Heartbeat's lastLogin: null says they never did
    // (neverSignedIn); a provider that does not tell leaves both unset.
    QDateTime lastSignIn;
    bool neverSignedIn = false;
    // Profile fields a provider may not report (Heartbeat's user object has no status line):
    // unset when the answer did not tell.
    std::optional<QString> statusLine;
    std::optional<QString> linkedin;
    std::optional<QString> twitter;
    std::optional<QString> instagram;
    QString avatarUrl; // Heartbeat: where the profile picture is
    bool isAdmin = false;
};

// A provider's list of its members. Only a listing that is provably complete may mark members it
// lacks as gone: one that stopped early, skipped or repeated a page, gave no count, or held an
// entry Roster could not read is incomplete, and whyIncomplete says so in words for people.
struct MemberListing
{
    QList<RemoteMember> members;
    bool complete = false;
    QString whyIncomplete;
};

// How far a listing has been read, for a progress display.
struct ListingProgress
{
    qint64 bytesRead = 0;
    qint64 bytesExpected = -1; // the answer's Content-Length, when it gave one
    qint64 membersRead = 0;
    qint64 membersExpected = -1; // the count the provider gave, if any (Forward)
};

// Where a listing goes as it is read (MemberClient::streamMembers).
struct ListingSink
{
    // Each batch of members, in the order listed. A member a provider repeats on a later page
    // is handed on once.
    std::function<void(QList<RemoteMember> batch)> batch;
    std::function<void(const ListingProgress &progress)> progress; // optional
    // Optional: false while the caller cannot take more; the reading then waits (the rest of
    // the answer stays in the network's buffers) until the caller calls ApiTask::resumeBody().
    std::function<bool()> ready;
};

// How a streamed listing ended: how many members it handed on, and whether they are provably
// every member (see MemberListing).
struct ListingEnd
{
    qint64 members = 0;
    bool complete = false;
    QString whyIncomplete;
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
    // Heartbeat's further profile fields; empty ones are not sent.
    QString statusLine;
    QString linkedin;
    QString twitter;
    QString instagram;
    QString picture; // a data: URI (ProfilePicture)
    // Heartbeat: post the bio as an introduction thread (createIntroductionThread); only with a
    // bio, and never for a pending member, whom Heartbeat's guide gives no such option.
    bool introduce = false;
    bool pending = false; // Heartbeat: a pending member is activated at first login
    // The same for every send of this one create, so that a provider that honours idempotency
    // keys (Forward's x-idempotency-key) carries it out once however often it is resent: one per
    // import row (kept in the journal) or per dialog submit. Empty: the client makes one.
    QString idempotencyKey;
    // Heartbeat answers a create with the new member's id only (or with no id at all), so the
    // client reads the member back by email: a second request. A bulk import turns that off
    // (and syncs once at the end) to create at the full rate; the answer is then the member as
    // sent, with the id Heartbeat gave, if any.
    bool readBack = true;
};

// Only the fields that are set change; an empty string clears a field.
struct MemberChanges
{
    std::optional<QString> name;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;
    std::optional<QString> bio;
    std::optional<QString> statusLine;
    std::optional<QString> linkedin;
    std::optional<QString> twitter;
    std::optional<QString> instagram;
    std::optional<QString> picture; // a data: URI; empty removes the picture
    // Heartbeat: groups joined and left, through membership calls.
    QStringList addGroupIds;
    QStringList removeGroupIds;

    // The change of a field that is one string (ProfileFields::Texts, Picture); nullptr for
    // another.
    std::optional<QString> *text(ProfileField field);
    const std::optional<QString> *text(ProfileField field) const;
    // Every field it touches (Groups for group changes).
    QList<ProfileField> fields() const;
    bool isEmpty() const { return fields().isEmpty(); }
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
    // What the provider said beside a success, for the audit log: "already active".
    QString note = {};

    bool ok() const { return !error.isError(); }
    static Result failure(const ApiError &error) { return Result{T{}, error}; }
};

template <typename T> using Done = std::function<void(const Result<T> &)>;
