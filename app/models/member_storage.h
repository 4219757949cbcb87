#pragma once

#include "email_order.h"
#include "member_record.h"
#include "name_order.h"
#include "profile_columns.h"
#include "text_column.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <limits>

// One workspace's members in memory, column by column, compact enough for a million members.
//
// Per member: the six free texts (provider id, email, display, first and last name, bio) in
// UTF-16 text columns (8 bytes of offsets plus the text each); the folded search text
// (SearchFolding: shown name, first and last name when they differ from it, email) in UTF-8;
// status in a byte; role and group set as 32-bit indexes into tables of the distinct roles and
// group sets (a community has few); the four times as qint64 milliseconds; the profile fields a
// provider may not tell (ProfileColumns: 13 bytes plus a member's own texts); the name rank and
// the name order (NameOrder); the email order (EmailOrder). The workspace id is held once.
//
// A QList<MemberRecord> would cost ten QString headers plus a heap block for each text and a
// QList of groups before any text. Row look-ups by email or provider id scan a column instead of
// keeping a hash of every row. member_table_benchmark prints what the storage and the process
// take at a million members.
class MemberStorage
{
public:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    // lastSignInMs() of a member who never signed in.
    static constexpr qint64 NeverSignedIn = NoTime + 1;
    static qint64 signInMs(const QDateTime &lastSignInAt, bool neverSignedIn);

    struct Role
    {
        QString id;
        QString name;

        // What the table shows and sorts by: the name, else the id.
        const QString &text() const { return name.isEmpty() ? id : name; }
    };

    explicit MemberStorage(const QString &workspaceId = QString(),
                           const QLocale &collationLocale = QLocale());

    const QString &workspaceId() const { return m_workspaceId; }
    qsizetype size() const { return m_status.size(); }

    QStringView providerId(qsizetype row) const { return toStringView(m_providerId.at(row)); }
    QStringView email(qsizetype row) const { return toStringView(m_email.at(row)); }
    QStringView displayName(qsizetype row) const { return toStringView(m_displayName.at(row)); }
    QStringView firstName(qsizetype row) const { return toStringView(m_firstName.at(row)); }
    QStringView lastName(qsizetype row) const { return toStringView(m_lastName.at(row)); }
    QStringView bio(qsizetype row) const { return toStringView(m_bio.at(row)); }
    // The display name, or first and last name when the provider gave no display name.
    QString shownName(qsizetype row) const;
    MemberStatus status(qsizetype row) const { return MemberStatus(m_status.at(row)); }
    const Role &role(qsizetype row) const { return m_roles.at(m_roleOf.at(row)); }
    const QList<MemberGroup> &groups(qsizetype row) const
    {
        return m_groupSets.at(m_groupSetOf.at(row)).groups;
    }
    // Group names joined with ", ", in the provider's order.
    const QString &groupsText(qsizetype row) const
    {
        return m_groupSets.at(m_groupSetOf.at(row)).text;
    }
    // Milliseconds since the epoch, NoTime when not known.
    qint64 createdMs(qsizetype row) const { return m_createdMs.at(row); }
    qint64 updatedMs(qsizetype row) const { return m_updatedMs.at(row); }
    qint64 lastSyncedMs(qsizetype row) const { return m_lastSyncedMs.at(row); }
    // NeverSignedIn, or NoTime when the provider does not tell.
    qint64 lastSignInMs(qsizetype row) const { return m_lastSignInMs.at(row); }
    ProfileExtras extras(qsizetype row) const { return m_profile.extras(row); }
    bool isAdmin(qsizetype row) const { return m_profile.isAdmin(row); }
    QString avatarUrl(qsizetype row) const { return m_profile.avatarUrl(row); }
    static QDateTime timeFromMs(qint64 ms);
    // Folded (SearchFolding) name, first and last name, and email, separated by '\n', the
    // email last.
    std::string_view searchText(qsizetype row) const { return m_searchText.at(row); }
    const NameOrder &nameOrder() const { return m_nameOrder; }
    const EmailOrder &emailOrder() const { return m_emailOrder; }
    // Indexes into the role and group set tables, for sorting.
    quint32 roleIndex(qsizetype row) const { return m_roleOf.at(row); }
    quint32 groupSetIndex(qsizetype row) const { return m_groupSetOf.at(row); }
    qsizetype roleCount() const { return m_roles.size(); }
    const Role &roleAt(quint32 index) const { return m_roles.at(index); }
    const QString &groupSetText(quint32 index) const { return m_groupSets.at(index).text; }
    const QList<MemberGroup> &groupSetGroups(quint32 index) const
    {
        return m_groupSets.at(index).groups;
    }
    qsizetype groupSetCount() const { return m_groupSets.size(); }
    // Whole columns, for sorts on another thread: copies share the data (Qt's implicit
    // sharing), and a later change here copies the column instead of changing theirs.
    const Utf16Column &providerIdColumn() const { return m_providerId; }
    const QList<quint8> &statusColumn() const { return m_status; }
    const QList<quint32> &roleColumn() const { return m_roleOf; }
    const QList<quint32> &groupSetColumn() const { return m_groupSetOf; }
    const QList<qint64> &createdColumn() const { return m_createdMs; }
    const QList<qint64> &updatedColumn() const { return m_updatedMs; }
    const QList<qint64> &lastSyncedColumn() const { return m_lastSyncedMs; }
    const QList<qint64> &lastSignInColumn() const { return m_lastSignInMs; }
    const ProfileColumns &profileColumns() const { return m_profile; }
    const QList<Role> &roleTable() const { return m_roles; }
    QStringList groupSetTexts() const;

    MemberRecord record(qsizetype row) const;
    qsizetype indexOfEmail(QStringView email) const;
    qsizetype indexOfProviderId(QStringView providerId) const;

    void reserve(qsizetype rows);
    // Loading (MemberLoader): MemberStorageBuilder files the rows, then finishLoad() once: it
    // ranks the names and sorts the emails unless the loader did. The loader interns group sets
    // on the thread that reads (internGroupSetForLoad()) while another thread files the rest;
    // the two touch different members of the storage.
    quint32 internGroupSetForLoad(const QList<MemberGroup> &groups)
    {
        return internGroupSet(groups);
    }
    // Every row, in email order (from the store's index).
    void setEmailOrderForLoad(QList<quint32> rows) { m_emailOrder.set(std::move(rows)); }
    void finishLoad();
    // After the load, one member at a time, keeping the name order.
    bool append(const MemberRecord &member);
    bool replace(qsizetype row, const MemberRecord &member);
    void remove(qsizetype row);

    // Whether append() or replace() of `member` fits (see TextColumn::MaxCharacters).
    bool hasRoomFor(const MemberRecord &member);
    // With the room for growth, which takes memory only once written.
    qsizetype bytesAllocated() const;
    // What the members' data takes.
    qsizetype bytesUsed() const;

private:
    friend class MemberStorageBuilder;

    bool hasRoomFor(const MemberRecord &member, std::string_view search) const;
    // append() without the name and email orders.
    bool appendColumns(const MemberRecord &member);
    struct GroupSet
    {
        QList<MemberGroup> groups;
        QString text;
    };

    quint32 internRole(const QString &id, const QString &name);
    quint32 internGroupSet(const QList<MemberGroup> &groups);
    // The folded search text of `member`, in a buffer reused from row to row.
    std::string_view searchTextOf(const MemberRecord &member);
    static QString shownNameOf(const MemberRecord &member);
    NameOrder::NameOf nameOf() const;
    EmailOrder::EmailOf emailOf() const;

    QString m_workspaceId;
    Utf16Column m_providerId;
    Utf16Column m_email;
    Utf16Column m_displayName;
    Utf16Column m_firstName;
    Utf16Column m_lastName;
    Utf16Column m_bio;
    Utf8Column m_searchText;
    QList<quint8> m_status;
    QList<quint32> m_roleOf;
    QList<quint32> m_groupSetOf;
    QList<qint64> m_createdMs;
    QList<qint64> m_updatedMs;
    QList<qint64> m_lastSyncedMs;
    QList<qint64> m_lastSignInMs;
    ProfileColumns m_profile;
    NameOrder m_nameOrder;
    EmailOrder m_emailOrder;
    QByteArray m_scratch;

    QList<Role> m_roles;
    QHash<std::pair<QString, QString>, quint32> m_roleIndex;
    QList<GroupSet> m_groupSets;
    QHash<QList<MemberGroup>, quint32> m_groupSetIndex;
};
