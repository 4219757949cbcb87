// ListingWriter on a real SQLite file: a listing written batch by batch in one transaction,
// what it counts, what it leaves alone, and a cancelled listing that changes nothing.
#include "listing_writer.h"
#include "member_repository.h"
#include "roster_database.h"
#include "store_test_data.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime SyncedAt = QDateTime::fromMSecsSinceEpoch(1'760'000'000'000, Qt::UTC);
}

class TestStoreListingWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RosterDatabase> m_db;
    std::unique_ptr<MemberRepository> m_members;
    int m_fileCount = 0;
    QString m_error;

    MemberRecord member(int index) { return StoreTestData::member(u"ws"_s, index); }
    QList<MemberRecord> members(int first, int last)
    {
        QList<MemberRecord> result;
        for (int i = first; i <= last; ++i)
            result.append(member(i));
        return result;
    }
    // Rows inserted, updated or deleted on the connection so far.
    qint64 totalChanges()
    {
        QSqlQuery query(m_db->connection());
        return query.exec(u"SELECT total_changes()"_s) && query.next() ? query.value(0).toLongLong()
                                                                       : -1;
    }
    QList<MemberRecord> stored()
    {
        return m_members->list(u"ws"_s, MemberOrder::Insertion, &m_error)
            .value_or(QList<MemberRecord>());
    }
    MemberRecord find(const QString &email)
    {
        MemberRecord found;
        if (m_members->findByEmail(u"ws"_s, email, &found, &m_error) !=
            MemberRepository::Lookup::Found)
            qWarning("%s not found: %s", qPrintable(email), qPrintable(m_error));
        return found;
    }
    // Writes `batches` as one listing, each batch one add().
    std::optional<MemberRepository::ListingSummary>
    write(const QList<QList<MemberRecord>> &batches, bool complete, qint64 *rowsWritten = nullptr)
    {
        ListingWriter writer(*m_db, u"ws"_s, SyncedAt);
        if (!writer.begin(&m_error))
            return std::nullopt;
        for (const QList<MemberRecord> &batch : batches) {
            if (!writer.add(batch, &m_error))
                return std::nullopt;
        }
        auto summary = writer.finish(complete, &m_error);
        if (rowsWritten)
            *rowsWritten = writer.rowsWritten();
        return summary;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_members.reset();
        m_db = std::make_unique<RosterDatabase>(
            m_dir.filePath(u"listing-%1.sqlite"_s.arg(++m_fileCount)));
        QVERIFY2(m_db->open(&m_error), qPrintable(m_error));
        m_members = std::make_unique<MemberRepository>(*m_db);
    }

    void cleanup()
    {
        m_members.reset();
        m_db.reset();
    }

    void aFirstListingAddsEveryMember()
    {
        qint64 written = 0;
        const auto summary = write({members(1, 3), members(4, 5)}, true, &written);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->listed, 5);
        QCOMPARE(summary->added, 5);
        QCOMPARE(summary->changed + summary->unchanged, 0);
        QVERIFY(summary->unlisted.isEmpty());
        QCOMPARE(written, 5);
        const QList<MemberRecord> all = stored();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.at(3).email, member(4).email);
        QCOMPARE(all.at(3).lastSyncedAt, SyncedAt);
        QCOMPARE(m_members->lastFullSync(u"ws"_s, &m_error).value_or(QDateTime()), SyncedAt);
    }

    void batchesCountNewChangedUnchangedAndUnlisted()
    {
        QList<MemberRecord> before = members(1, 10);
        before[6].status = MemberStatus::Deactivated; // member 7
        before[7].status = MemberStatus::Unlisted;    // member 8
        QVERIFY2(m_members->upsertMany(before, &m_error), qPrintable(m_error));

        MemberRecord renamed = member(5);
        renamed.displayName = u"Fifth, renamed"_s;
        MemberRecord moved = member(6);
        moved.groups = {{u"g2"_s, u"Organisers"_s}};
        // Members 1-4 unchanged, 5 and 6 changed, 11 and 12 new, 7-10 missing; batches of
        // three across those kinds.
        const QList<MemberRecord> listing = {member(1), member(11), member(2), member(3),
                                             renamed,   member(4),  moved,     member(12)};
        qint64 written = 0;
        const auto summary =
            write({listing.mid(0, 3), listing.mid(3, 3), listing.mid(6)}, true, &written);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->listed, 8);
        QCOMPARE(summary->added, 2);
        QCOMPARE(summary->changed, 2);
        QCOMPARE(summary->unchanged, 4);
        // The deactivated (7) and the already unlisted (8) are not counted again.
        QCOMPARE(summary->unlisted, QStringList({member(9).email, member(10).email}));
        QCOMPARE(written, 2 + 2 + 2);

        QCOMPARE(find(member(5).email).displayName, u"Fifth, renamed"_s);
        QCOMPARE(find(member(6).email).groups, moved.groups);
        QCOMPARE(find(member(9).email).status, MemberStatus::Unlisted);
        QCOMPARE(find(member(9).email).lastSyncedAt, SyncedAt);
        QCOMPARE(find(member(7).email).status, MemberStatus::Deactivated);
        QCOMPARE(find(member(8).email).lastSyncedAt, QDateTime());
        QCOMPARE(find(member(1).email).lastSyncedAt, QDateTime());
        QCOMPARE(find(member(1).email).status, MemberStatus::Active);
        QCOMPARE(stored().size(), 12);
    }

    void unchangedMembersAreNotWritten()
    {
        QVERIFY(write({members(1, 50)}, true));
        const qint64 changesBefore = totalChanges();
        qint64 written = -1;
        const auto summary = write({members(1, 20), members(21, 50)}, false, &written);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->unchanged, 50);
        QCOMPARE(written, 0);
        QCOMPARE(totalChanges(), changesBefore);

        // A complete one writes the workspace's full-sync time and nothing else.
        const auto complete = write({members(1, 50)}, true, &written);
        QVERIFY2(complete, qPrintable(m_error));
        QCOMPARE(written, 0);
        QCOMPARE(totalChanges(), changesBefore + 1);
    }

    void abandonLeavesTheStoreAsItWas()
    {
        const QDateTime firstSync = SyncedAt.addDays(-1);
        QVERIFY(m_members->applyListing(u"ws"_s, members(1, 6), true, firstSync, &m_error));
        const QList<MemberRecord> rowsBefore = stored();
        const QByteArray fileBefore = StoreTestData::fileBytes(m_db->path());

        MemberRecord changed = member(2);
        changed.bio = u"Changed while syncing"_s;
        {
            ListingWriter writer(*m_db, u"ws"_s, SyncedAt);
            QVERIFY2(writer.begin(&m_error), qPrintable(m_error));
            QVERIFY2(writer.add({member(1), changed, member(7)}, &m_error), qPrintable(m_error));
            QCOMPARE(writer.rowsWritten(), 2);
            writer.abandon();
            QVERIFY(!writer.finish(true, &m_error));
        }
        QCOMPARE(stored(), rowsBefore);
        QCOMPARE(m_members->lastFullSync(u"ws"_s, &m_error).value_or(QDateTime()), firstSync);

        // Destroyed half-way, as a cancelled sync's writer is.
        {
            ListingWriter writer(*m_db, u"ws"_s, SyncedAt);
            QVERIFY2(writer.begin(&m_error), qPrintable(m_error));
            QVERIFY2(writer.add({changed}, &m_error), qPrintable(m_error));
            QVERIFY2(writer.add({member(8)}, &m_error), qPrintable(m_error));
        }
        QCOMPARE(stored(), rowsBefore);
        QCOMPARE(m_members->lastFullSync(u"ws"_s, &m_error).value_or(QDateTime()), firstSync);
        QCOMPARE(StoreTestData::fileBytes(m_db->path()), fileBefore);

        // A workspace the store did not know stays unknown.
        {
            ListingWriter writer(*m_db, u"new-ws"_s, SyncedAt);
            QVERIFY2(writer.begin(&m_error), qPrintable(m_error));
            QVERIFY2(writer.add({StoreTestData::member(u"new-ws"_s, 1)}, &m_error),
                     qPrintable(m_error));
        }
        QCOMPARE(m_members->count(u"new-ws"_s, &m_error).value_or(-1), 0);
        QCOMPARE(m_members->lastFullSync(u"new-ws"_s, &m_error).value_or(SyncedAt), QDateTime());
    }

    void anIncompleteListingMarksNobody()
    {
        QVERIFY(m_members->upsertMany(members(1, 5), &m_error));
        const auto summary = write({{member(1)}, {member(2)}}, false);
        QVERIFY2(summary, qPrintable(m_error));
        QVERIFY(summary->unlisted.isEmpty());
        for (const MemberRecord &member : stored())
            QCOMPARE(member.status, MemberStatus::Active);
        QCOMPARE(m_members->lastFullSync(u"ws"_s, &m_error).value_or(SyncedAt), QDateTime());
    }

    // A member renamed to an address a stale row still holds: the stale row goes, whether it was
    // listed in an earlier batch or comes later.
    void aRenameAcrossBatches()
    {
        MemberRecord stale = member(2);
        stale.providerMemberId.clear(); // known by address only, as an imported member is
        QVERIFY(m_members->upsertMany({member(1), stale, member(3)}, &m_error));

        MemberRecord renamed = member(1);
        renamed.email = member(2).email;
        // The stale holder first, the rename in the next batch.
        auto summary = write({{stale, member(3)}, {renamed}}, true);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->unchanged, 2);
        QCOMPARE(summary->changed, 1);
        QVERIFY(summary->unlisted.isEmpty());
        QList<MemberRecord> all = stored();
        QCOMPARE(all.size(), 2);
        QCOMPARE(find(member(2).email).providerMemberId, member(1).providerMemberId);

        // The rename first; the member who had the address, listed later, is new again.
        QVERIFY(m_members->remove(u"ws"_s, member(2).email, &m_error) ==
                MemberRepository::Lookup::Found);
        QVERIFY(m_members->upsertMany({member(1), stale}, &m_error));
        MemberRecord third = member(3);
        third.email = member(4).email; // member 3 moves to a free address
        summary = write({{renamed, member(3)}, {third}}, true);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->changed, 2);
        QCOMPARE(summary->unchanged, 1);
        QVERIFY(summary->unlisted.isEmpty());
        QCOMPARE(find(member(2).email).providerMemberId, member(1).providerMemberId);
        QCOMPARE(find(member(4).email).providerMemberId, member(3).providerMemberId);
        QCOMPARE(stored().size(), 2);
    }

    void applyListingIsTheSameWriter()
    {
        QVERIFY(m_members->upsertMany(members(1, 4), &m_error));
        MemberRecord changed = member(2);
        changed.roleName = u"Moderator"_s;
        changed.roleId = u"role_mod"_s;
        const auto summary = m_members->applyListing(u"ws"_s, {member(1), changed, member(5)}, true,
                                                     SyncedAt, &m_error);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->unchanged, 1);
        QCOMPARE(summary->changed, 1);
        QCOMPARE(summary->added, 1);
        QCOMPARE(summary->unlisted, QStringList({member(3).email, member(4).email}));
    }

    // New members are written several at a time: one named again later in the same batch, or
    // whose address another takes over, is found all the same.
    void newMembersNamedAgainInTheSameBatch()
    {
        QList<MemberRecord> batch = members(1, 150);
        MemberRecord renamedAgain = member(3);
        renamedAgain.displayName = u"Third, again"_s;
        MemberRecord takesOver = member(140);
        takesOver.email = member(100).email;
        MemberRecord stale = member(100);
        stale.providerMemberId.clear();
        batch[99] = stale;
        batch.append(renamedAgain);
        batch.append(takesOver);
        const auto summary = write({batch}, true);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->added, 150);
        QCOMPARE(summary->changed, 2);
        QCOMPARE(stored().size(), 149);
        QCOMPARE(find(member(3).email).displayName, u"Third, again"_s);
        QCOMPARE(find(member(100).email).providerMemberId, member(140).providerMemberId);
        QCOMPARE(m_members->upsertMany(members(1, 70), &m_error)->updated, 70);
        QCOMPARE(stored().size(), 149);
    }

    // Stored members are read ahead in the order they were stored: a listing in that order, in
    // the reverse one, or with changes between them finds each member as it is stored.
    void aListingInAnyOrderFindsEachStoredMember()
    {
        QList<MemberRecord> before = members(1, 600);
        before[300].providerMemberId.clear(); // known by address only
        QVERIFY2(m_members->upsertMany(before, &m_error), qPrintable(m_error));

        QList<MemberRecord> reversed(before.crbegin(), before.crend());
        qint64 written = -1;
        auto summary = write({reversed.mid(0, 250), reversed.mid(250)}, true, &written);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->unchanged, 600);
        QCOMPARE(written, 0);

        QList<MemberRecord> listing = before;
        for (int i = 0; i < listing.size(); i += 3)
            listing[i].bio = u"Changed %1"_s.arg(i);
        summary = write({listing.mid(0, 400), listing.mid(400)}, true, &written);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->changed, 200);
        QCOMPARE(summary->unchanged, 400);
        QCOMPARE(summary->added, 0);
        QCOMPARE(written, 200);
        QCOMPARE(stored(), [&] {
            QList<MemberRecord> expected = listing;
            for (int i = 0; i < expected.size(); ++i) {
                if (i % 3 == 0)
                    expected[i].lastSyncedAt = SyncedAt;
            }
            return expected;
        }());
    }

    void errorsNameTheWorkspaceAndTheFile()
    {
        QVERIFY(m_members->upsertMany(members(1, 3), &m_error));
        const QList<MemberRecord> rowsBefore = stored();
        MemberRecord broken = member(9);
        broken.email = u" "_s;
        MemberRecord changed = member(1);
        changed.displayName = u"Changed"_s;
        ListingWriter writer(*m_db, u"ws"_s, SyncedAt);
        QVERIFY2(writer.begin(&m_error), qPrintable(m_error));
        QVERIFY2(writer.add({changed}, &m_error), qPrintable(m_error));
        QVERIFY(!writer.add({member(2), broken}, &m_error));
        QVERIFY2(m_error.contains(u"workspace ws"_s), qPrintable(m_error));
        QVERIFY2(m_error.contains(m_db->path()), qPrintable(m_error));
        QVERIFY2(m_error.contains(u"email"_s), qPrintable(m_error));
        // The failure abandoned the listing: nothing of it is kept, nothing more is taken.
        QCOMPARE(stored(), rowsBefore);
        QVERIFY(!writer.add({member(4)}, &m_error));
        QVERIFY2(m_error.contains(m_db->path()), qPrintable(m_error));
        QVERIFY(!writer.finish(true, &m_error));
        QCOMPARE(stored(), rowsBefore);
    }

    void aListingInsideACallersTransactionIsPartOfIt()
    {
        QVERIFY(m_members->upsertMany(members(1, 2), &m_error));
        const auto summary = write({members(1, 2), {member(3)}}, true);
        QVERIFY2(summary, qPrintable(m_error));
        QCOMPARE(summary->added, 1);
        // A second listing that lacks everyone marks everyone, in rounds.
        QList<MemberRecord> many;
        for (int i = 10; i < 2600; ++i)
            many.append(member(i));
        QVERIFY(m_members->upsertMany(many, &m_error));
        const auto none = write({}, true);
        QVERIFY2(none, qPrintable(m_error));
        QCOMPARE(none->unlisted.size(), 3 + many.size());
        QCOMPARE(none->unlisted.constLast(), many.constLast().email);
    }
};

QTEST_GUILESS_MAIN(TestStoreListingWriter)
#include "tst_store_listing_writer.moc"
