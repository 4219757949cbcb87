// Undoing a bulk run against a real roster-sandbox and a real SQLite journal: the undo of a
// mirror puts the provider back as it was before the run, compared member by member through
// /_sandbox/state; members the run created are offered for deactivation, never deleted; a member
// changed again since the run is a conflict, left alone unless included.
#include "automatic_import_settings.h"
#include "forward_members.h"
#include "import_journal.h"
#include "import_steps.h"
#include "member_service.h"
#include "sandbox_process.h"
#include "sandbox_workspace.h"
#include "service_fixture.h"
#include "undo_planner.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportUndo : public QObject, protected ServiceFixture
{
    Q_OBJECT

    std::unique_ptr<MemberService> service()
    {
        return ServiceFixture::service(
            SandboxWorkspace::make(*m_sandbox, Provider::Forward, u"Acme"_s, 100), {100, 12, true});
    }

    QString file(const QString &name, const QStringList &rows)
    {
        const QString path = m_dir->filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qWarning("cannot write %s", qPrintable(path));
        out.write((u"Email,First name,Last name\n"_s + rows.join(u'\n') + u'\n').toUtf8());
        return path;
    }

    static QString row(int i, const QString &last = u"Lee"_s)
    {
        return u"m-%1@example.com,Kim %1,%2"_s.arg(i).arg(last);
    }

    qint64 importFile(MemberService &members, const QString &path, ImportSettings::Mode mode)
    {
        const qint64 runId =
            ImportSteps::plan(members, *m_db, automaticImportSettings(path, mode), true);
        if (runId <= 0 || !ImportSteps::run(members, *m_db, runId))
            return -1;
        return runId;
    }

    qint64 planUndo(MemberService &members, qint64 runId, bool includeCreated,
                    bool includeConflicts = false)
    {
        UndoPlanner planner(&members, *m_db, runId);
        planner.setIncludeCreated(includeCreated);
        planner.setIncludeConflicts(includeConflicts);
        QSignalSpy finished(&planner, &UndoPlanner::finished);
        QSignalSpy failed(&planner, &UndoPlanner::failed);
        planner.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
            return -1;
        if (!failed.isEmpty()) {
            qWarning("undo planning failed: %s", qPrintable(failed.first().first().toString()));
            return -1;
        }
        return finished.first().first().toLongLong();
    }

    QMap<QString, QJsonObject> forwardMembers() { return ::forwardMembers(*m_sandbox); }

    QMap<QString, ImportPlan> plans(qint64 runId)
    {
        QString error;
        QMap<QString, ImportPlan> byEmail;
        const auto rows = ImportJournal(*m_db).rows(runId, std::nullopt, &error);
        for (const ImportRowEntry &entry : rows.value_or(QList<ImportRowEntry>()))
            byEmail.insert(entry.email, entry.plan);
        return byEmail;
    }

    // Twenty members; then a mirror that drops 0–4, renames 5–7, reactivates 8 (deactivated
    // before it) and creates 20.
    qint64 mirrorRun(MemberService &members, QMap<QString, QJsonObject> *before)
    {
        QStringList seed;
        for (int i = 0; i < 20; ++i)
            seed << row(i);
        if (importFile(members, file(u"seed.csv"_s, seed), ImportSettings::Mode::CreateOnly) <= 0)
            return -1;
        if (!wait<MemberRecord>([&](auto done) {
                 return members.deactivate(u"m-8@example.com"_s, done);
             }).ok())
            return -1;
        *before = forwardMembers();
        QStringList rows;
        for (int i = 5; i < 21; ++i)
            rows << row(i, i >= 5 && i < 8 ? u"Lovelace"_s : u"Lee"_s);
        return importFile(members, file(u"mirror.csv"_s, rows), ImportSettings::Mode::Mirror);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
    }

    void cleanup() { tearDown(); }

    void undo_putsTheProviderBackAsItWasBeforeTheRun()
    {
        auto members = service();
        QMap<QString, QJsonObject> before;
        const qint64 mirror = mirrorRun(*members, &before);
        QVERIFY(mirror > 0);
        QVERIFY(forwardMembers() != before);

        const qint64 undo = planUndo(*members, mirror, true);
        QVERIFY(undo > 0);
        const QMap<QString, ImportPlan> planned = plans(undo);
        QCOMPARE(planned.value(u"m-0@example.com"_s), ImportPlan::Reactivate);
        QCOMPARE(planned.value(u"m-6@example.com"_s), ImportPlan::Update);
        QCOMPARE(planned.value(u"m-8@example.com"_s), ImportPlan::Deactivate);
        QCOMPARE(planned.value(u"m-20@example.com"_s), ImportPlan::Deactivate);
        QVERIFY(ImportSteps::run(*members, *m_db, undo));

        const QMap<QString, QJsonObject> after = forwardMembers();
        // The member the run created stays, deactivated: an undo never deletes anyone.
        QCOMPARE(after.value(u"m-20@example.com"_s).value(u"status"_s).toString(), u"INACTIVE"_s);
        QMap<QString, QJsonObject> restored = after;
        restored.remove(u"m-20@example.com"_s);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(restored.value(it.key()), it.value());
        QCOMPARE(restored.size(), before.size());
    }

    void undo_offersCreatedMembersAndLeavesMembersChangedSince()
    {
        auto members = service();
        QMap<QString, QJsonObject> before;
        const qint64 mirror = mirrorRun(*members, &before);
        QVERIFY(mirror > 0);
        // Someone renames m-6 again and reactivates m-1 after the run.
        MemberChanges rename;
        rename.lastName = u"Byron"_s;
        QVERIFY(wait<MemberRecord>([&](auto done) {
                    return members->update(u"m-6@example.com"_s, rename, done);
                }).ok());
        QVERIFY(wait<MemberRecord>([&](auto done) {
                    return members->reactivate(u"m-1@example.com"_s, done);
                }).ok());

        const qint64 undo = planUndo(*members, mirror, false);
        QVERIFY(undo > 0);
        QMap<QString, ImportPlan> planned = plans(undo);
        QCOMPARE(planned.value(u"m-20@example.com"_s), ImportPlan::Unchanged);
        QCOMPARE(planned.value(u"m-6@example.com"_s), ImportPlan::Conflict);
        QCOMPARE(planned.value(u"m-1@example.com"_s), ImportPlan::Conflict);
        QCOMPARE(planned.value(u"m-5@example.com"_s), ImportPlan::Update);
        QVERIFY(ImportSteps::run(*members, *m_db, undo));
        const QMap<QString, QJsonObject> after = forwardMembers();
        QCOMPARE(after.value(u"m-6@example.com"_s).value(u"last_name"_s).toString(), u"Byron"_s);
        QCOMPARE(after.value(u"m-5@example.com"_s).value(u"last_name"_s).toString(), u"Lee"_s);
        QCOMPARE(after.value(u"m-20@example.com"_s).value(u"status"_s).toString(), u"ACTIVE"_s);

        // Included, the conflicts are put back too.
        const qint64 again = planUndo(*members, mirror, false, true);
        QVERIFY(again > 0);
        planned = plans(again);
        QCOMPARE(planned.value(u"m-6@example.com"_s), ImportPlan::Update);
    }

    void undo_refusesARunThatNeverRan()
    {
        auto members = service();
        const qint64 planned = ImportSteps::plan(
            *members, *m_db,
            automaticImportSettings(file(u"one.csv"_s, {row(1)}), ImportSettings::Mode::CreateOnly),
            true);
        QVERIFY(planned > 0);
        QCOMPARE(planUndo(*members, planned, true), -1);
    }
};

QTEST_GUILESS_MAIN(TestImportUndo)
#include "tst_import_undo.moc"
