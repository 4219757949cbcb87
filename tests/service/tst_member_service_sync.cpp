// A sync of a community large enough to be read in many batches, against a real roster-sandbox
// and a real SQLite roster: it brings in every member, a second sync with nothing changed writes
// nothing, and a sync cancelled halfway leaves every row, the sync time and the audit log as
// they were.
#include "audit_log.h"
#include "member_repository.h"
#include "member_service.h"
#include "sandbox_workspace.h"
#include "service_fixture.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Members = 20000;
} // namespace

class TestMemberServiceSync : public QObject, protected ServiceFixture
{
    Q_OBJECT

    std::unique_ptr<MemberService> m_service;

    Result<SyncSummary> sync()
    {
        std::optional<Result<SyncSummary>> result;
        m_service->sync([&result](const Result<SyncSummary> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
            qFatal("the sync did not finish");
        return *result;
    }

    // Every row of the tables a sync writes, as text.
    QStringList rows(const QString &table)
    {
        QStringList rows;
        QSqlQuery query(m_db->connection());
        if (!query.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)))
            qFatal("cannot read %s", qPrintable(table));
        while (query.next()) {
            QStringList values;
            for (int column = 0; column < query.record().count(); ++column)
                values.append(query.value(column).toString());
            rows.append(values.join(u'|'));
        }
        return rows;
    }

    QList<AuditEntry> syncEntries()
    {
        QString error;
        QList<AuditEntry> entries;
        for (const AuditEntry &entry : AuditLog(*m_db)
                                           .list(m_service->workspace().id, {}, 0, &error)
                                           .value_or(QList<AuditEntry>())) {
            if (entry.action == u"sync")
                entries.append(entry);
        }
        return entries;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
        QVERIFY2(
            startSandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(Members)}),
            qPrintable(m_sandbox->error()));
        m_service = service(SandboxWorkspace::make(*m_sandbox, Provider::Heartbeat, u"Acme"_s));
    }

    void cleanup()
    {
        m_service.reset();
        tearDown();
    }

    void aSecondSyncWithNothingChangedWritesNothing()
    {
        const Result<SyncSummary> first = sync();
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first.value.members, Members);
        QCOMPARE(first.value.added, Members);
        QVERIFY(first.value.complete);
        const QStringList before = rows(u"members"_s);
        QCOMPARE(before.size(), Members);

        const Result<SyncSummary> second = sync();
        QVERIFY2(second.ok(), qPrintable(second.error.message));
        QCOMPARE(second.value.added, 0);
        QCOMPARE(second.value.changed, 0);
        QCOMPARE(second.value.unchanged, Members);
        QCOMPARE(second.value.unlisted, 0);
        QVERIFY2(second.value.text().contains(u"0 changed"_s), qPrintable(second.value.text()));
        // Not a row was written: not even a member's sync time moved.
        QCOMPARE(rows(u"members"_s), before);
    }

    void aSyncCancelledHalfwayChangesNothing()
    {
        QVERIFY(sync().ok());
        // Make the next sync have work: a member it would change, one it would mark as no
        // longer listed.
        MemberRepository members(*m_db);
        QString error;
        std::optional<QList<MemberRecord>> stored =
            members.list(m_service->workspace().id, MemberOrder::Insertion, &error);
        QVERIFY2(stored, qPrintable(error));
        MemberRecord renamed = stored->at(Members / 2);
        renamed.displayName = u"Renamed Locally"_s;
        QVERIFY2(members.upsert(renamed, &error), qPrintable(error));
        MemberRecord gone = stored->at(0);
        gone.email = u"gone@example.com"_s;
        gone.providerMemberId = u"gone-id"_s;
        QVERIFY2(members.upsert(gone, &error), qPrintable(error));
        const QStringList membersBefore = rows(u"members"_s);
        const QStringList workspacesBefore = rows(u"workspaces"_s);
        const std::optional<QDateTime> syncedBefore =
            members.lastFullSync(m_service->workspace().id, &error);
        const qsizetype syncEntriesBefore = syncEntries().size();

        std::optional<Result<SyncSummary>> result;
        qint64 readWhenCancelled = -1;
        ApiTask *task = nullptr;
        connect(m_service.get(), &MemberService::syncProgress, this,
                [&](const ListingProgress &progress) {
                    if (readWhenCancelled < 0 && progress.membersRead >= Members / 2) {
                        readWhenCancelled = progress.membersRead;
                        task->cancel();
                    }
                });
        task = m_service->sync([&result](const Result<SyncSummary> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 120000));
        QVERIFY(readWhenCancelled > 0 && readWhenCancelled < Members);
        QVERIFY2(result->error.kind == ApiErrorKind::Cancelled, qPrintable(result->error.message));
        // The writer's connection let go of the file: its transaction was rolled back.
        QCOMPARE(rows(u"members"_s), membersBefore);
        QCOMPARE(rows(u"workspaces"_s), workspacesBefore);
        QCOMPARE(members.lastFullSync(m_service->workspace().id, &error), syncedBefore);
        const QList<AuditEntry> entries = syncEntries();
        QCOMPARE(entries.size(), syncEntriesBefore + 1);
        QCOMPARE(entries.first().outcome, AuditOutcome::Failed);
        for (const AuditEntry &entry : AuditLog(*m_db)
                                           .list(m_service->workspace().id, {}, 0, &error)
                                           .value_or(QList<AuditEntry>()))
            QVERIFY(entry.action != u"unlisted");

        // The next sync does what the cancelled one would have.
        const Result<SyncSummary> after = sync();
        QVERIFY2(after.ok(), qPrintable(after.error.message));
        QCOMPARE(after.value.changed, 1);
        QCOMPARE(after.value.unlisted, 1);
    }
};

QTEST_GUILESS_MAIN(TestMemberServiceSync)
#include "tst_member_service_sync.moc"
