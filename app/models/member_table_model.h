#pragma once

#include "member_loader.h"
#include "member_storage.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QLocale>
#include <memory>
#include <optional>
#include <variant>

// One workspace's members for the Roster window: one row per member, in the order they reached
// the local roster, the columns of Column. The members live in a MemberStorage, loaded off the
// GUI thread by MemberLoader (see there for the path from the file); after an action the window
// updates single members with upsert() and removeMember() instead of reloading.
//
// The first model fixes glibc's mmap threshold (keepLargeBuffersMapped()): freed members give
// their memory back to the system. For sorting and searching at a million rows, MemberFilterProxy
// and MemberQuickMatcher read the storage directly (members()).
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Email,
        Status,
        Role,
        Groups,
        ProviderId,
        Created,
        Updated,
        LastSynced,
        // The day the member last signed in ("never" when the provider says they never did).
        LastSignIn,
        // Whether the provider calls the member an admin of the community.
        Admin,
        // The member's profile picture, drawn by the view from avatarUrl (AvatarUrlRole).
        Avatar,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole
    {
        EmailRole = Qt::UserRole + 1,
        // MemberStatus as int.
        StatusRole,
        ProviderIdRole,
        // For any column: a value that sorts as the proxy sorts (name rank, email, status,
        // role and group text, provider id, milliseconds since the epoch or none, admin as 0
        // or 1, the avatar's URL).
        SortRole,
        // The whole MemberRecord.
        MemberRole,
        // Where the member's profile picture is; empty when the provider gave none.
        AvatarUrlRole
    };
    Q_ENUM(DataRole)

    explicit MemberTableModel(QObject *parent = nullptr);
    ~MemberTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The column's name for people, also for columns whose header shows no text (Avatar).
    static QString columnTitle(int column);

    // The locale whose collation orders names, from the next load on (default: QLocale()).
    void setCollationLocale(const QLocale &locale) { m_collationLocale = locale; }
    const QLocale &collationLocale() const { return m_collationLocale; }

    // Loads `workspaceId` from the roster database at `databasePath` in the background, then
    // shows it in one model reset. Another workspace's members are cleared at once. A reload of
    // the shown workspace keeps showing them until the new ones arrive when the old and the new
    // members fit in reloadMemoryBudget() together (taken as twice MemberStorage::bytesUsed());
    // otherwise they are cleared at once too, and the workspace shows no rows until the load
    // finishes. Cancels a load under way.
    void load(const QString &databasePath, const QString &workspaceId);
    // Bytes of member storage a reload may hold, old and new together (default 512 MiB).
    // member_table_benchmark prints a reload's peak and whether the rows stayed shown.
    void setReloadMemoryBudget(qint64 bytes) { m_reloadMemoryBudget = bytes; }
    qint64 reloadMemoryBudget() const { return m_reloadMemoryBudget; }
    // Abandons a load under way: no signal comes for it.
    void cancelLoad();
    bool isLoading() const { return m_loader.isLoading(); }
    QString workspaceId() const { return m_members->workspaceId(); }
    // Shows `members` in place of the current ones (one reset); for loads and tests.
    void setMembers(std::shared_ptr<MemberStorage> members);
    // Shows no members of no workspace.
    void clear();

    // The member after an action, as MemberRepository::upsert() stores it: the row with the
    // same provider id, else the same email, is updated (dataChanged), else a row is appended
    // (rowsInserted). An empty provider id or an invalid time keeps the shown one. A row that
    // still holds the member's new email is stale and removed. Returns the member's row, -1
    // when the member has neither provider id nor email. During a load, the change is also
    // applied to the members the load brings.
    int upsert(const MemberRecord &member);
    // Removes the member with this email; false when none is shown.
    bool removeMember(const QString &email);

    int rowOfEmail(const QString &email) const;
    int rowOfProviderId(const QString &providerId) const;
    // The member at `row`, or an empty record outside the rows.
    MemberRecord memberAt(int row) const;
    const MemberStorage &members() const { return *m_members; }

Q_SIGNALS:
    void loadStarted(const QString &workspaceId);
    void loadProgress(qint64 read, qint64 total);
    // The members are shown; `elapsedMs` from load() to the end of the reset.
    void loadFinished(qint64 count, qint64 elapsedMs);
    // `error` names the database file and the workspace; the shown members stay as they were.
    void loadFailed(const QString &error);

private:
    // data() before DisplayText::escapedForRole(): cells as the file or the store has them.
    QVariant unescapedData(const QModelIndex &index, int role) const;
    using Change = std::variant<MemberRecord, QString>;

    // What an upsert does to `members`: the member as it will be stored, the row it replaces
    // (-1: a new row) and a stale row holding its email to remove first (-1: none).
    struct UpsertPlan
    {
        MemberRecord member;
        qsizetype row = -1;
        qsizetype staleRow = -1;
    };
    static std::optional<UpsertPlan> planUpsert(const MemberStorage &members,
                                                const MemberRecord &member);
    static void applyQuietly(MemberStorage &members, const Change &change);
    void finishLoad(std::shared_ptr<MemberStorage> members);
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QVariant toolTip(int row, int column) const;

    std::shared_ptr<MemberStorage> m_members;
    MemberLoader m_loader;
    QLocale m_collationLocale;
    QElapsedTimer m_loadClock;
    qint64 m_reloadMemoryBudget = qint64(512) << 20;
    // Changes made while a load runs, replayed on what it brings.
    QList<Change> m_changesDuringLoad;
};
