#pragma once

#include "member_record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

// One member row as the file holds it. Text is UTF-8 pointing into SQLite's row: valid until
// the next call to MemberBulkReader::next().
struct MemberRowBytes
{
    enum Text
    {
        ProviderMemberId,
        Email,
        DisplayName,
        FirstName,
        LastName,
        RoleId,
        RoleName,
        Bio,
        StatusLine,
        LinkedIn,
        Twitter,
        Instagram,
        AvatarUrl,
        TextCount
    };
    // Which of the profile fields a provider may not report were told (a bit each, from
    // StatusLine on, in the order of Text), and bit IsAdminBit for an admin.
    static constexpr int IsAdminBit = 4;
    quint8 profileFlags = 0;
    std::string_view text[TextCount];
    MemberStatus status = MemberStatus::Active;
    // A key for MemberBulkReader::groupSet(); none when the member is in no group.
    std::optional<qint64> groupSetKey;
    // Milliseconds since the epoch; none when not known.
    std::optional<qint64> createdMs;
    std::optional<qint64> updatedMs;
    std::optional<qint64> lastSyncedMs;
    std::optional<qint64> lastSignInMs;
    bool neverSignedIn = false;
    // The row's id in the members table: rows come in increasing id order.
    qint64 rowId = 0;
};

// The cursor of the member table's load: reads a whole workspace's members from the database
// file through SQLite's C API on a connection of its own, without Qt Sql, so that no
// MemberRecord, QString or QDateTime is made per row and the caller files the UTF-8 text into
// columns of its own (MemberLoader). The rows, the group sets and the email order come from one
// read transaction: one snapshot, even while another connection writes. It never writes, and
// never creates or migrates the file (RosterDatabase does that).
//
// One thread at a time: each instance is its own connection.
class MemberBulkReader
{
    Q_DECLARE_TR_FUNCTIONS(MemberReader)
public:
    MemberBulkReader(const QString &databasePath, const QString &workspaceId);
    ~MemberBulkReader();
    Q_DISABLE_COPY_MOVE(MemberBulkReader)

    // Opens the connection (the file must exist). start() opens it too.
    bool open(QString *error);
    // Begins the read; a workspace without local data reads no rows.
    bool start(QString *error);
    // The next row, in insertion order. False at the end, and on failure: then error() is set.
    bool next(MemberRowBytes *row);
    // The groups of a group set met in a row, parsed from the file's JSON.
    std::optional<QList<MemberGroup>> groupSet(qint64 key);
    // After the last row: every row id in the order of the members' emails, through the email
    // index (code point order, as MemberSort orders emails). Empty on failure (error() is set).
    QList<qint64> rowIdsByEmail();
    // PRAGMA data_version of the open connection: it changes when another connection commits.
    // Two readers see the same snapshot when one of them starts its read between two equal
    // values of the other's (the second taken after its own start()).
    std::optional<qint64> dataVersion();
    // Ends the read transaction and closes the connection; also done by the destructor.
    void finish();
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &detail);
    bool failWithSqlite();
    bool prepare(sqlite3_stmt **statement, const char *sql);

    QString m_path;
    QString m_workspaceId;
    qint64 m_workspaceKey = 0;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_rows = nullptr;
    sqlite3_stmt *m_groupSet = nullptr;
    bool m_inTransaction = false;
    QString m_error;
};
