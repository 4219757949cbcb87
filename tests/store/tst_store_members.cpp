// The member repository and the bulk reader on a real SQLite file: insert and update rules,
// email normalisation, groups, full refreshes and workspaces kept apart.
#include "email_check.h"
#include "member_reader.h"
#include "member_repository.h"
#include "roster_database.h"
#include "store_test_data.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

using Lookup = MemberRepository::Lookup;

class TestStoreMembers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RosterDatabase> m_db;

    // Rows inserted, updated or deleted on the connection so far.
    qint64 totalChanges()
    {
        QSqlQuery query(m_db->connection());
        return query.exec(u"SELECT total_changes()"_s) && query.next() ? query.value(0).toLongLong()
                                                                       : -1;
    }
    std::unique_ptr<MemberRepository> m_members;
    int m_fileCount = 0;
    QString m_error;

    MemberRecord member(int index, const QString &workspace = u"ws"_s)
    {
        return StoreTestData::member(workspace, index);
    }
    MemberRecord find(const QString &email, const QString &workspace = u"ws"_s)
    {
        MemberRecord found;
        const Lookup lookup = m_members->findByEmail(workspace, email, &found, &m_error);
        if (lookup != Lookup::Found)
            qWarning("%s not found: %s", qPrintable(email), qPrintable(m_error));
        return found;
    }
    QStringList emails(const QString &workspace, MemberOrder order = MemberOrder::Insertion)
    {
        QStringList result;
        const auto all = m_members->list(workspace, order, &m_error);
        for (const MemberRecord &member : all.value_or(QList<MemberRecord>()))
            result.append(member.email);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_members.reset();
        m_db = std::make_unique<RosterDatabase>(
            m_dir.filePath(u"members-%1.sqlite"_s.arg(++m_fileCount)));
        QVERIFY2(m_db->open(&m_error), qPrintable(m_error));
        m_members = std::make_unique<MemberRepository>(*m_db);
    }

    void cleanup()
    {
        m_members.reset();
        m_db.reset();
    }

    void everyFieldRoundTrips()
    {
        MemberRecord record = member(1);
        record.status = MemberStatus::Pending;
        record.bio = u"Line one\nline two, with \"quotes\" and a tab\t."_s;
        record.lastSyncedAt = QDateTime::fromMSecsSinceEpoch(1'750'000'000'123, Qt::UTC);
        QVERIFY2(m_members->upsert(record, &m_error), qPrintable(m_error));
        const MemberRecord found = find(record.email);
        QCOMPARE(found, record);
        QCOMPARE(found.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(found.lastSyncedAt.toMSecsSinceEpoch(), 1'750'000'000'123);
    }

    void unknownTimesAndEmptyTextStayEmpty()
    {
        MemberRecord record;
        record.workspaceId = u"ws"_s;
        record.email = u"bare@example.com"_s;
        QVERIFY2(m_members->upsert(record, &m_error), qPrintable(m_error));
        const MemberRecord found = find(record.email);
        QCOMPARE(found, record);
        QVERIFY(!found.createdAt.isValid());
        QVERIFY(!found.lastSyncedAt.isValid());
        QVERIFY(found.providerMemberId.isEmpty());
        QVERIFY(found.groups.isEmpty());
    }

    void emailsAreTrimmedAndLowerCase()
    {
        MemberRecord record = member(1);
        record.email = u"  Ada.Lovelace@Example.COM "_s;
        QVERIFY2(m_members->upsert(record, &m_error), qPrintable(m_error));
        const MemberRecord found = find(u"ADA.LOVELACE@example.com"_s);
        QCOMPARE(found.email, u"ada.lovelace@example.com"_s);
        QCOMPARE(EmailCheck::normalized(u"\tX@Y.Z\n"_s), u"x@y.z"_s);

        // The same address in another case is the same member.
        record.email = u"ada.lovelace@example.com"_s;
        record.providerMemberId.clear();
        record.displayName = u"Countess"_s;
        QVERIFY2(m_members->upsert(record, &m_error), qPrintable(m_error));
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 1);
        QCOMPARE(find(u"ada.lovelace@example.com"_s).displayName, u"Countess"_s);
    }

    void aMemberNeedsAnEmailAndAWorkspace()
    {
        MemberRecord noEmail = member(1);
        noEmail.email = u"   "_s;
        QVERIFY(!m_members->upsert(noEmail, &m_error));
        QVERIFY2(m_error.contains(u"email"_s), qPrintable(m_error));
        MemberRecord noWorkspace = member(2);
        noWorkspace.workspaceId.clear();
        QVERIFY(!m_members->upsert(noWorkspace, &m_error));
        QVERIFY2(m_error.contains(u"workspace"_s), qPrintable(m_error));
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 0);
    }

    void upsertInsertsThenUpdatesInPlace()
    {
        QVERIFY(m_members->upsert(member(1), &m_error));
        QVERIFY(m_members->upsert(member(2), &m_error));
        MemberRecord changed = member(1);
        changed.firstName = u"Changed"_s;
        changed.status = MemberStatus::Deactivated;
        changed.groups.clear();
        QVERIFY2(m_members->upsert(changed, &m_error), qPrintable(m_error));
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 2);
        QCOMPARE(find(changed.email), changed);
        // An update keeps the member's place in insertion order.
        QCOMPARE(emails(u"ws"_s), QStringList({member(1).email, member(2).email}));
    }

    void providerIdMatchesFirstSoAnEmailCanChange()
    {
        QVERIFY(m_members->upsert(member(1), &m_error));
        MemberRecord renamed = member(1);
        renamed.email = u"new-address@example.com"_s;
        QVERIFY2(m_members->upsert(renamed, &m_error), qPrintable(m_error));
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 1);
        MemberRecord found;
        QCOMPARE(m_members->findByEmail(u"ws"_s, member(1).email, &found, &m_error),
                 Lookup::NotFound);
        QCOMPARE(m_members->findByProviderId(u"ws"_s, member(1).providerMemberId, &found, &m_error),
                 Lookup::Found);
        QCOMPARE(found.email, u"new-address@example.com"_s);
    }

    void aStaleHolderOfTheNewEmailIsRemoved()
    {
        // Member 2 held an address that the provider now gives to member 1.
        QVERIFY(m_members->upsert(member(1), &m_error));
        QVERIFY(m_members->upsert(member(2), &m_error));
        MemberRecord takesOver = member(1);
        takesOver.email = member(2).email;
        const auto summary = m_members->upsertMany({takesOver}, &m_error);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->updated, 1);
        QCOMPARE(summary->removed, 1);
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 1);
        QCOMPARE(find(member(2).email).providerMemberId, member(1).providerMemberId);
    }

    void anEmptyProviderIdOrUnknownTimeKeepsTheStoredOne()
    {
        QVERIFY(m_members->upsert(member(1), &m_error));
        MemberRecord partial = member(1);
        partial.providerMemberId.clear();
        partial.createdAt = QDateTime();
        partial.updatedAt = QDateTime();
        partial.bio = u"Now with a bio"_s;
        QVERIFY2(m_members->upsert(partial, &m_error), qPrintable(m_error));
        MemberRecord expected = member(1);
        expected.bio = u"Now with a bio"_s;
        QCOMPARE(find(expected.email), expected);
    }

    void beamNumericIdsAreText()
    {
        MemberRecord beam = member(1, u"beam-ws"_s);
        beam.providerMemberId = u"1001"_s;
        QVERIFY(m_members->upsert(beam, &m_error));
        MemberRecord found;
        QCOMPARE(m_members->findByProviderId(u"beam-ws"_s, u"1001"_s, &found, &m_error),
                 Lookup::Found);
        QCOMPARE(found.providerMemberId, u"1001"_s);
        QCOMPARE(m_members->findByProviderId(u"beam-ws"_s, u"01001"_s, &found, &m_error),
                 Lookup::NotFound);
        QCOMPARE(m_members->findByProviderId(u"beam-ws"_s, QString(), &found, &m_error),
                 Lookup::NotFound);
    }

    void groupsRoundTripWithAnyCharacters()
    {
        MemberRecord record = member(1);
        record.groups = {{u"g-é"_s, u"Équipe données"_s},
                         {u"開発"_s, u"開発チーム 🚀"_s},
                         {u"\"],["_s, u"Quotes \" and \\ backslashes, [brackets]"_s},
                         {u"empty-name"_s, QString()},
                         {u"g-é"_s, u"Duplicate ids are kept as given"_s}};
        record.firstName = u"Zoë"_s;
        record.lastName = u"Ødegård-Ñúñez"_s;
        QVERIFY2(m_members->upsert(record, &m_error), qPrintable(m_error));
        QCOMPARE(find(record.email).groups, record.groups);
        QCOMPARE(find(record.email), record);
        // And through the bulk reader, whose cache shares parsed groups between rows.
        MemberRecord second = member(2);
        second.groups = record.groups;
        QVERIFY(m_members->upsert(second, &m_error));
        const auto all = m_members->list(u"ws"_s, MemberOrder::Insertion, &m_error);
        QVERIFY2(all, qPrintable(m_error));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0), record);
        QCOMPARE(all->at(1), second);
    }

    void membersInTheSameGroupsShareOneGroupSet()
    {
        MemberRecord first = member(1);
        MemberRecord second = member(2);
        MemberRecord other = member(3);
        other.groups = {{u"g2"_s, u"Other"_s}};
        MemberRecord none = member(4);
        none.groups.clear();
        QVERIFY2(m_members->upsertMany({first, second, other, none}, &m_error),
                 qPrintable(m_error));
        QVERIFY2(m_members->upsert(member(5, u"other-workspace"_s), &m_error), qPrintable(m_error));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM group_sets"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        const auto all = m_members->list(u"ws"_s, MemberOrder::Insertion, &m_error);
        QVERIFY2(all, qPrintable(m_error));
        QCOMPARE(*all, QList<MemberRecord>({first, second, other, none}));
        // Read back, the lists themselves are shared.
        QVERIFY(all->at(0).groups.constData() == all->at(1).groups.constData());
    }

    void upsertManyIsAllOrNothing()
    {
        QList<MemberRecord> batch = {member(1), member(2), member(3)};
        batch[2].email = QString();
        QVERIFY(!m_members->upsertMany(batch, &m_error));
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 0);

        batch[2] = member(3);
        batch.append(member(1)); // listed twice: the second wins
        batch.last().displayName = u"Second"_s;
        batch.append(member(4, u"other"_s));
        const auto summary = m_members->upsertMany(batch, &m_error);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->inserted, 4);
        QCOMPARE(summary->updated, 1);
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 3);
        QCOMPARE(m_members->count(u"other"_s, &m_error), 1);
        QCOMPARE(find(member(1).email).displayName, u"Second"_s);
    }

    void aCompleteListingKeepsAbsenteesAsUnlistedAndLeavesOtherWorkspacesAlone()
    {
        QVERIFY(m_members->upsertMany({member(1), member(2), member(3), member(4)}, &m_error));
        QVERIFY(m_members->upsertMany({member(1, u"other"_s), member(5, u"other"_s)}, &m_error));
        QCOMPARE(m_members->lastFullSync(u"ws"_s, &m_error), QDateTime());

        MemberRecord changed = member(3);
        changed.roleName = u"Moderator"_s;
        MemberRecord fromElsewhere = member(6, u"somewhere-else"_s);
        const QDateTime syncedAt = QDateTime::fromMSecsSinceEpoch(1'760'000'000'000, Qt::UTC);
        const auto summary = m_members->applyListing(u"ws"_s, {member(2), changed, fromElsewhere},
                                                     true, syncedAt, &m_error);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->listed, 3);
        QCOMPARE(summary->added, 1);
        QCOMPARE(summary->changed, 1);
        QCOMPARE(summary->unchanged, 1);
        QCOMPARE(summary->unlisted, QStringList({member(1).email, member(4).email}));

        // Nobody is deleted: the absentees are kept, marked as no longer listed.
        QCOMPARE(emails(u"ws"_s), QStringList({member(1).email, member(2).email, member(3).email,
                                               member(4).email, member(6).email}));
        QCOMPARE(find(member(1).email).status, MemberStatus::Unlisted);
        QCOMPARE(find(member(4).email).status, MemberStatus::Unlisted);
        QCOMPARE(find(member(2).email).status, MemberStatus::Active);
        QCOMPARE(find(member(3).email).roleName, u"Moderator"_s);
        QCOMPARE(find(member(6).email).workspaceId, u"ws"_s);
        // Only what was written carries the new sync time.
        QCOMPARE(find(member(3).email).lastSyncedAt, syncedAt);
        QCOMPARE(find(member(6).email).lastSyncedAt, syncedAt);
        QVERIFY(!find(member(2).email).lastSyncedAt.isValid());
        QCOMPARE(m_members->lastFullSync(u"ws"_s, &m_error), syncedAt);
        QCOMPARE(emails(u"other"_s), QStringList({member(1).email, member(5).email}));
        QCOMPARE(m_members->count(u"somewhere-else"_s, &m_error), 0);

        // Listed again: back from Unlisted, to the state the listing tells.
        const auto again =
            m_members->applyListing(u"ws"_s, {member(1), member(2), changed, member(6)}, true,
                                    syncedAt.addSecs(60), &m_error);
        QVERIFY2(again, qPrintable(m_error));
        QCOMPARE(again->changed, 1);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(again->unlisted, QStringList()); // member 4 was marked already
        QCOMPARE(find(member(1).email).status, MemberStatus::Active);
        QCOMPARE(find(member(4).email).status, MemberStatus::Unlisted);
    }

    void anIncompleteListingUpdatesWhatItListsAndMarksNobody()
    {
        QVERIFY(m_members->upsertMany({member(1), member(2), member(3)}, &m_error));
        MemberRecord changed = member(2);
        changed.displayName = u"Renamed"_s;
        const auto summary =
            m_members->applyListing(u"ws"_s, {changed}, false, QDateTime(), &m_error);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->changed, 1);
        QVERIFY(summary->unlisted.isEmpty());
        QCOMPARE(find(member(2).email).displayName, u"Renamed"_s);
        QCOMPARE(find(member(1).email).status, MemberStatus::Active);
        QCOMPARE(find(member(3).email).status, MemberStatus::Active);
        QCOMPARE(m_members->lastFullSync(u"ws"_s, &m_error), QDateTime());

        // Even an empty listing that is not complete leaves everyone as they were.
        QVERIFY(m_members->applyListing(u"ws"_s, {}, false, QDateTime(), &m_error));
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 3);
        QCOMPARE(find(member(1).email).status, MemberStatus::Active);
    }

    void aListingWithoutStatesKeepsTheStatesRosterKnows()
    {
        MemberRecord deactivated = member(1);
        deactivated.status = MemberStatus::Deactivated;
        MemberRecord pending = member(2);
        pending.status = MemberStatus::Pending;
        pending.roleName.clear(); // created by Roster with the role's id only
        QVERIFY(m_members->upsertMany({deactivated, pending}, &m_error));

        // Heartbeat lists no state and names the role only.
        QList<MemberRecord> listed;
        for (int index = 1; index <= 3; ++index) {
            MemberRecord record = member(index);
            record.status = MemberStatus::Unknown;
            record.roleId.clear();
            record.neverSignedIn = true;
            listed.append(record);
        }
        const auto summary = m_members->applyListing(u"ws"_s, listed, true, QDateTime(), &m_error);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(find(member(1).email).status, MemberStatus::Deactivated);
        QCOMPARE(find(member(2).email).status, MemberStatus::Pending);
        QCOMPARE(find(member(2).email).roleId, u"role_member"_s);
        QCOMPARE(find(member(3).email).status, MemberStatus::Unknown); // never set nor seen
        QVERIFY(find(member(3).email).neverSignedIn);
        QCOMPARE(find(member(1).email).roleId, u"role_member"_s);

        // A member known to be deactivated and no longer listed is simply not listed: no mark.
        const auto later = m_members->applyListing(u"ws"_s, {listed.at(1), listed.at(2)}, true,
                                                   QDateTime(), &m_error);
        QVERIFY2(later, qPrintable(m_error));
        QVERIFY(later->unlisted.isEmpty());
        QCOMPARE(find(member(1).email).status, MemberStatus::Deactivated);
    }

    void profileFieldsNeverToldStayUnknownAndAreKeptWhenAListingIsSilent()
    {
        MemberRecord set = member(1);
        set.statusLine = u"Mentoring"_s;
        set.linkedin = u"https://www.linkedin.com/in/one"_s;
        set.twitter = QString(); // known to be empty
        set.avatarUrl = u"https://cdn.example/1.png"_s;
        set.isAdmin = true;
        QVERIFY(m_members->upsert(set, &m_error));
        const MemberRecord stored = find(set.email);
        QCOMPARE(stored.statusLine, set.statusLine);
        QCOMPARE(stored.linkedin, set.linkedin);
        QCOMPARE(stored.twitter, std::optional<QString>(QString()));
        QCOMPARE(stored.instagram, std::nullopt); // never told
        QCOMPARE(stored.avatarUrl, set.avatarUrl);
        QVERIFY(stored.isAdmin);

        // Heartbeat's listing has no status line: what Roster set stays; what it tells wins.
        MemberRecord listed = member(1);
        listed.linkedin = QString();
        listed.avatarUrl = u"https://cdn.example/placeholder.jpg"_s;
        const auto summary =
            m_members->applyListing(u"ws"_s, {listed}, true, QDateTime(), &m_error);
        QVERIFY2(summary, qPrintable(m_error));
        const MemberRecord after = find(set.email);
        QCOMPARE(after.statusLine, set.statusLine);
        QCOMPARE(after.linkedin, std::optional<QString>(QString()));
        QCOMPARE(after.avatarUrl, u"https://cdn.example/placeholder.jpg"_s);
        QVERIFY(!after.isAdmin);
        QCOMPARE(after.text(ProfileField::StatusLine), u"Mentoring"_s);
    }

    void aListingThatChangesNothingWritesNothing()
    {
        const QDateTime firstSync = QDateTime::fromMSecsSinceEpoch(1'760'000'000'000, Qt::UTC);
        QList<MemberRecord> listed;
        for (int i = 1; i <= 50; ++i)
            listed.append(member(i));
        QVERIFY(m_members->applyListing(u"ws"_s, listed, true, firstSync, &m_error));
        const qint64 changesBefore = totalChanges();
        const auto again =
            m_members->applyListing(u"ws"_s, listed, true, firstSync.addSecs(3600), &m_error);
        QVERIFY2(again, qPrintable(m_error));
        QCOMPARE(again->unchanged, 50);
        QCOMPARE(again->changed + again->added, 0);
        // Only the workspace's sync time is written.
        QCOMPARE(totalChanges() - changesBefore, 1);
        const auto all = m_members->list(u"ws"_s, MemberOrder::Insertion, &m_error);
        QVERIFY2(all, qPrintable(m_error));
        for (const MemberRecord &record : *all)
            QCOMPARE(record.lastSyncedAt, firstSync);
    }

    void aFailedListingChangesNothing()
    {
        QVERIFY(m_members->upsertMany({member(1), member(2)}, &m_error));
        MemberRecord broken = member(3);
        broken.email = u" "_s;
        MemberRecord changed = member(1);
        changed.displayName = u"Changed"_s;
        QVERIFY(!m_members->applyListing(u"ws"_s, {changed, broken}, true, QDateTime(), &m_error));
        QVERIFY2(m_error.contains(u"ws"_s), qPrintable(m_error));
        QCOMPARE(emails(u"ws"_s), QStringList({member(1).email, member(2).email}));
        QCOMPARE(find(member(1).email).displayName, member(1).displayName);
        QCOMPARE(find(member(2).email).status, MemberStatus::Active);
    }

    void theSameEmailInTwoWorkspacesIsTwoMembers()
    {
        MemberRecord inOther = member(1, u"other"_s);
        inOther.displayName = u"Other one"_s;
        QVERIFY(m_members->upsert(member(1), &m_error));
        QVERIFY(m_members->upsert(inOther, &m_error));
        QCOMPARE(find(member(1).email).displayName, member(1).displayName);
        QCOMPARE(find(member(1).email, u"other"_s).displayName, u"Other one"_s);
    }

    void listsInInsertionOrEmailOrder()
    {
        MemberRecord zed = member(1);
        zed.email = u"zed@example.com"_s;
        MemberRecord amy = member(2);
        amy.email = u"amy@example.com"_s;
        MemberRecord kim = member(3);
        kim.email = u"kim@example.com"_s;
        QVERIFY(m_members->upsertMany({zed, amy, kim}, &m_error));
        QCOMPARE(emails(u"ws"_s, MemberOrder::Insertion),
                 QStringList({u"zed@example.com"_s, u"amy@example.com"_s, u"kim@example.com"_s}));
        QCOMPARE(emails(u"ws"_s, MemberOrder::Email),
                 QStringList({u"amy@example.com"_s, u"kim@example.com"_s, u"zed@example.com"_s}));
    }

    void theReaderReadsInSlicesFromOneSnapshot()
    {
        QList<MemberRecord> batch;
        for (int i = 0; i < 250; ++i)
            batch.append(member(i));
        QVERIFY(m_members->upsertMany(batch, &m_error));

        MemberReader reader(*m_db, u"ws"_s);
        QVERIFY2(reader.start(&m_error), qPrintable(m_error));
        QList<MemberRecord> read;
        MemberRecord row;
        for (int i = 0; i < 100 && reader.next(&row); ++i)
            read.append(row);
        QCOMPARE(read.size(), 100);

        // Another connection writes meanwhile; the reader keeps its snapshot.
        RosterDatabase writer(m_db->path());
        QVERIFY2(writer.open(&m_error), qPrintable(m_error));
        QVERIFY2(MemberRepository(writer).upsert(member(1000), &m_error), qPrintable(m_error));

        while (reader.next(&row))
            read.append(row);
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(read, batch);
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 251);
    }

    void bothReadEnginesGiveTheSameMembers()
    {
        QList<MemberRecord> written;
        for (int i = 0; i < 300; ++i) {
            MemberRecord record = member(i);
            record.status = MemberStatus(i % 3);
            record.roleId = u"role_%1"_s.arg(i % 4);
            record.roleName = i % 4 == 0 ? QString() : u"Rôle %1"_s.arg(i % 4);
            if (i % 5 == 0)
                record.providerMemberId.clear();
            if (i % 7 == 0)
                record.groups.clear();
            else
                record.groups.append({u"g%1"_s.arg(i % 11), u"Grüppe ✓ %1"_s.arg(i % 11)});
            if (i % 3 == 0)
                record.bio = u"Bio für %1 — 🚀"_s.arg(i);
            if (i % 4 == 0)
                record.createdAt = QDateTime();
            record.lastSyncedAt = i % 2 ? QDateTime() : record.updatedAt;
            record.displayName = i % 6 == 0 ? QString() : u"Ñame %1"_s.arg(i);
            written.append(record);
        }
        QVERIFY2(m_members->upsertMany(written, &m_error), qPrintable(m_error));
        QList<MemberRecord> byEmail = written;
        std::sort(byEmail.begin(), byEmail.end(),
                  [](const MemberRecord &a, const MemberRecord &b) { return a.email < b.email; });

        for (const MemberReader::Engine engine :
             {MemberReader::Engine::Fastest, MemberReader::Engine::QtSql}) {
            for (const MemberOrder order : {MemberOrder::Insertion, MemberOrder::Email}) {
                MemberReader reader(*m_db, u"ws"_s, order, engine);
                QVERIFY2(reader.start(&m_error), qPrintable(m_error));
                if (engine == MemberReader::Engine::QtSql)
                    QVERIFY(!reader.usesSqliteApi());
                QList<MemberRecord> read;
                MemberRecord row;
                while (reader.next(&row))
                    read.append(row);
                QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
                QCOMPARE(read, order == MemberOrder::Insertion ? written : byEmail);
                if (engine == MemberReader::Engine::Fastest && order == MemberOrder::Insertion)
                    qInfo("fastest engine: %s",
                          reader.usesSqliteApi() ? "SQLite's C API" : "Qt Sql");
            }
        }
    }

    void unknownWorkspacesAreEmpty()
    {
        MemberRecord found;
        QCOMPARE(m_members->findByEmail(u"nowhere"_s, u"a@b.c"_s, &found, &m_error),
                 Lookup::NotFound);
        QCOMPARE(m_members->count(u"nowhere"_s, &m_error), 0);
        QCOMPARE(m_members->list(u"nowhere"_s, MemberOrder::Email, &m_error)->size(), 0);
        QCOMPARE(m_members->remove(u"nowhere"_s, u"a@b.c"_s, &m_error), Lookup::NotFound);
        QVERIFY(m_members->removeWorkspace(u"nowhere"_s, &m_error));
    }

    void removesOneMemberOrAWholeWorkspace()
    {
        QVERIFY(m_members->upsertMany({member(1), member(2), member(1, u"other"_s)}, &m_error));
        QCOMPARE(m_members->remove(u"ws"_s, u" MEMBER1@example.com"_s, &m_error), Lookup::Found);
        QCOMPARE(m_members->remove(u"ws"_s, member(1).email, &m_error), Lookup::NotFound);
        QCOMPARE(emails(u"ws"_s), QStringList({member(2).email}));

        QVERIFY2(m_members->removeWorkspace(u"ws"_s, &m_error), qPrintable(m_error));
        QCOMPARE(m_members->count(u"ws"_s, &m_error), 0);
        QCOMPARE(m_members->count(u"other"_s, &m_error), 1);
        // The workspace can come back.
        QVERIFY2(m_members->upsert(member(3), &m_error), qPrintable(m_error));
        QCOMPARE(emails(u"ws"_s), QStringList({member(3).email}));
    }
};

QTEST_GUILESS_MAIN(TestStoreMembers)
#include "tst_store_members.moc"
