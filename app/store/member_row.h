#pragma once

#include "member_record.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

// How a MemberRecord maps to a row of the members table, in one place for the repository's
// writes and lookups and for the bulk reader.
namespace MemberRow {

// members.id is the workspace's key times 2^40 plus a sequence number: each workspace's members
// occupy one range of row ids, in insertion order.
constexpr int RowIdWorkspaceShift = 40;
inline qint64 firstRowId(qint64 workspaceKey)
{
    return workspaceKey << RowIdWorkspaceShift;
}
inline qint64 lastRowId(qint64 workspaceKey)
{
    return firstRowId(workspaceKey + 1) - 1;
}

// The key of workspace `workspaceId` in `*key`, 0 when the workspace has no local data.
bool findWorkspaceKey(const QSqlDatabase &db, const QString &workspaceId, qint64 *key,
                      QString *detail);

// The columns every member read selects, in the order of Column.
QString selectedColumns();
enum Column
{
    ProviderMemberId,
    Email,
    DisplayName,
    FirstName,
    LastName,
    Status,
    RoleId,
    RoleName,
    GroupSet,
    Bio,
    CreatedAt,
    UpdatedAt,
    LastSyncedAt,
    LastSignInAt,
    NeverSignedIn,
    StatusLine,
    LinkedIn,
    Twitter,
    Instagram,
    AvatarUrl,
    IsAdmin
};

// A group set as stored in group_sets.groups: a JSON array of [id, name] pairs.
QString encodeGroups(const QList<MemberGroup> &groups);
std::optional<QList<MemberGroup>> decodeGroups(const QString &text);

// Milliseconds since the epoch, or NULL for an invalid time.
QVariant timestampValue(const QDateTime &time);
QDateTime timestampFromValue(const QVariant &value);
QDateTime timestampFromMSecs(std::optional<qint64> msecs);

// A selected row as Qt Sql gives it, for Decoder.
class QtSqlRow
{
public:
    explicit QtSqlRow(const QSqlQuery &query) : m_query(query) {}
    QString text(int column) const { return m_query.value(column).toString(); }
    // Text to look up in a cache: here the same as text().
    QString key(int column) const { return text(column); }
    std::optional<qint64> integer(int column) const
    {
        const QVariant value = m_query.value(column);
        return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    }
    std::optional<QString> optionalText(int column) const
    {
        const QVariant value = m_query.value(column);
        return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
    }

private:
    const QSqlQuery &m_query;
};

// Turns selected rows into records. Keeps per-row work and memory low for large rosters: rows
// that share a role or a group set share one copy of those strings and lists (Qt's implicit
// sharing), and each group set is read and parsed once.
//
// `Row` gives the selected columns: QString text(int) (an owned copy); key(int), a QString or a
// QByteArray of UTF-8 only for cache look-ups, which may point into the row; and
// std::optional<qint64> integer(int); std::optional<QString> optionalText(int), none for NULL.
class Decoder
{
public:
    // Group sets are read from `db` when first met; `db` must outlive the decoder.
    explicit Decoder(const QSqlDatabase &db) : m_db(&db) {}

    template <typename Row>
    bool decode(const Row &row, const QString &workspaceId, MemberRecord *member, QString *problem);

private:
    static constexpr qsizetype MaxCachedStrings = 4096;

    template <typename Row> QString intern(const Row &row, int column);
    bool groupSet(qint64 key, QList<MemberGroup> *groups, QString *problem);
    QHash<QString, QString> &strings(const QString &) { return m_strings; }
    QHash<QByteArray, QString> &strings(const QByteArray &) { return m_utf8Strings; }
    static std::optional<MemberStatus> status(const QString &id) { return memberStatusFromId(id); }
    static std::optional<MemberStatus> status(const QByteArray &id)
    {
        return memberStatusFromId(std::string_view(id.constData(), size_t(id.size())));
    }

    const QSqlDatabase *m_db;
    QSqlQuery m_groupSetQuery;
    QHash<qint64, QList<MemberGroup>> m_groupSets;
    QHash<QString, QString> m_strings;
    QHash<QByteArray, QString> m_utf8Strings;
};

template <typename Row>
bool Decoder::decode(const Row &row, const QString &workspaceId, MemberRecord *member,
                     QString *problem)
{
    member->workspaceId = workspaceId;
    member->providerMemberId = row.text(ProviderMemberId);
    member->email = row.text(Email);
    member->displayName = row.text(DisplayName);
    member->firstName = row.text(FirstName);
    member->lastName = row.text(LastName);
    const std::optional<MemberStatus> parsedStatus = status(row.key(Status));
    if (!parsedStatus) {
        *problem =
            QCoreApplication::translate("MemberRow", "unknown status \"%1\"").arg(row.text(Status));
        return false;
    }
    member->status = *parsedStatus;
    member->roleId = intern(row, RoleId);
    member->roleName = intern(row, RoleName);
    const std::optional<qint64> groupSetKey = row.integer(GroupSet);
    if (!groupSetKey)
        member->groups.clear();
    else if (!groupSet(*groupSetKey, &member->groups, problem))
        return false;
    member->bio = row.text(Bio);
    member->createdAt = timestampFromMSecs(row.integer(CreatedAt));
    member->updatedAt = timestampFromMSecs(row.integer(UpdatedAt));
    member->lastSyncedAt = timestampFromMSecs(row.integer(LastSyncedAt));
    member->lastSignInAt = timestampFromMSecs(row.integer(LastSignInAt));
    member->neverSignedIn = row.integer(NeverSignedIn).value_or(0) != 0;
    member->statusLine = row.optionalText(StatusLine);
    member->linkedin = row.optionalText(LinkedIn);
    member->twitter = row.optionalText(Twitter);
    member->instagram = row.optionalText(Instagram);
    member->avatarUrl = intern(row, AvatarUrl);
    member->isAdmin = row.integer(IsAdmin).value_or(0) != 0;
    return true;
}

template <typename Row> QString Decoder::intern(const Row &row, int column)
{
    const auto key = row.key(column);
    if (key.isEmpty())
        return QString();
    auto &cache = strings(key);
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    QString text = row.text(column);
    if (cache.size() < MaxCachedStrings)
        cache.insert(std::decay_t<decltype(key)>(key.constData(), key.size()), text);
    return text;
}

} // namespace MemberRow
