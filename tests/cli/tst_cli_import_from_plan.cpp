// roster-cli import --from-plan against a real sandbox's Beam.gg workspace (a provider that
// cannot list, so a dry run looks each new row up): the run of a dry run's plan looks nothing up
// again, and it is refused, naming what differs, when the file, the options, the workspace or
// the plan's age no longer match, for an unknown run and for a plan already run.
#include "cli_runner.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliImportFromPlan : public QObject
{
    Q_OBJECT

    static constexpr int Rows = 6;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_file;

    bool addWorkspace(const QString &name)
    {
        const CliResult added = m_cli->addWorkspace(
            name, u"beam"_s, m_sandbox->baseUrl() + u"/beam"_s, m_sandbox->apiKey());
        if (added.exitCode != 0)
            qWarning("%s", qPrintable(added.diagnosis()));
        return added.exitCode == 0;
    }

    static QString csv(QChar firstNameInitial)
    {
        QString text = u"Email,First name,Last name\n"_s;
        for (int i = 0; i < Rows; ++i)
            text += u"plan-%1@example.com,%2ara %1,Lind\n"_s.arg(i).arg(firstNameInitial);
        return text;
    }

    bool writeFile(const QString &text)
    {
        QFile file(m_file);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(text.toUtf8()) > 0;
    }

    CliResult import(const QStringList &options, const QString &workspace = u"B"_s)
    {
        return m_cli->run(QStringList{u"import"_s, m_file, u"-w"_s, workspace} + options);
    }

    // The dry run's id, from its JSON.
    qint64 dryRun(const QStringList &options = {})
    {
        const CliResult result = import(QStringList{u"--dry-run"_s, u"--json"_s} + options);
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.diagnosis()));
        return QJsonDocument::fromJson(result.outBytes()).object()[u"run"_s].toInteger();
    }

    qint64 requests(const QString &endpoint)
    {
        return SandboxStats::count(m_sandbox->stats(), u"beam"_s, endpoint);
    }
    qint64 lookups() { return requests(u"POST /users/retrieve"_s); }
    qint64 creates() { return requests(u"POST /users/create"_s); }

    // Moves the run's creation back, as if its dry run had been made `minutes` ago.
    bool age(qint64 runId, int minutes)
    {
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age"_s);
            db.setDatabaseName(m_cli->homePath() + u"/data/Roster/roster.sqlite"_s);
            QSqlQuery query(db);
            done = db.open() &&
                   query.exec(u"UPDATE import_runs SET created_at = created_at - %1 WHERE id = %2"_s
                                  .arg(qint64(minutes) * 60'000)
                                  .arg(runId)) &&
                   query.numRowsAffected() == 1;
        }
        QSqlDatabase::removeDatabase(u"age"_s);
        return done;
    }

    static void expectRefusal(const CliResult &result, const QString &says)
    {
        QVERIFY2(result.exitCode == 2, qPrintable(result.diagnosis()));
        QVERIFY2(result.err.contains(says), qPrintable(result.diagnosis()));
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"2"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        QVERIFY(addWorkspace(u"B"_s));
        QVERIFY(QDir().mkpath(m_cli->homePath() + u"/files"_s));
        m_file = m_cli->homePath() + u"/files/members.csv"_s;
        QVERIFY(writeFile(csv(u'S')));
    }

    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void help_saysHowLongAPlanIsRun()
    {
        const CliResult help = m_cli->run({u"import"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"--from-plan"_s) && help.out.contains(u"30 minutes"_s),
                 qPrintable(help.out));
    }

    // Dry run then run: one look-up and one create a row, not a second look-up.
    void fromPlan_looksNothingUpAgain()
    {
        const CliResult dry = import({u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.diagnosis()));
        QCOMPARE(lookups(), Rows);
        QCOMPARE(creates(), 0);
        // The dry run says the command that runs its plan.
        const qsizetype at = dry.out.indexOf(u"--from-plan "_s);
        QVERIFY2(at > 0, qPrintable(dry.out));
        const qint64 runId = dry.out.mid(at + 12).section(u'\n', 0, 0).trimmed().toLongLong();
        QVERIFY2(runId > 0, qPrintable(dry.out));

        const CliResult run = import({u"--from-plan"_s, QString::number(runId), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.diagnosis()));
        QVERIFY2(run.err.contains(u"no member is looked up again"_s), qPrintable(run.diagnosis()));
        const QJsonObject outcome = QJsonDocument::fromJson(run.outBytes()).object();
        QCOMPARE(outcome[u"run"_s].toInteger(), runId);
        QCOMPARE(outcome[u"outcomes"_s][u"created"_s].toInteger(), Rows);
        QCOMPARE(lookups(), Rows);
        QCOMPARE(creates(), Rows);

        // A plan is run once.
        expectRefusal(import({u"--from-plan"_s, QString::number(runId)}), u"already run"_s);
        expectRefusal(import({u"--from-plan"_s, u"last"_s}), u"already run"_s);
        QCOMPARE(creates(), Rows);
    }

    // `last` is the latest dry run; a new dry run of the file replaced the earlier one.
    void fromPlanLast_runsTheLatestDryRun()
    {
        expectRefusal(import({u"--from-plan"_s, u"last"_s}), u"There is no dry run in"_s);
        const qint64 earlier = dryRun();
        QVERIFY(earlier > 0);
        const qint64 latest = dryRun();
        QVERIFY(latest > earlier);
        QCOMPARE(lookups(), 2 * Rows);
        expectRefusal(import({u"--from-plan"_s, QString::number(earlier)}),
                      u"There is no dry run %1"_s.arg(earlier));
        const CliResult run = import({u"--from-plan"_s, u"last"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.diagnosis()));
        QCOMPARE(QJsonDocument::fromJson(run.outBytes()).object()[u"run"_s].toInteger(), latest);
        QCOMPARE(lookups(), 2 * Rows);
        QCOMPARE(creates(), Rows);
    }

    // Without --from-plan the file is planned again; the import says how to run the plan.
    void plainImport_plansAgainAndSaysHowToRunThePlan()
    {
        const qint64 runId = dryRun();
        QVERIFY(runId > 0);
        const CliResult run = import({});
        QVERIFY2(run.exitCode == 0, qPrintable(run.diagnosis()));
        QVERIFY2(run.err.contains(u"Planning again"_s) &&
                     run.err.contains(u"--from-plan %1"_s.arg(runId)),
                 qPrintable(run.diagnosis()));
        QCOMPARE(creates(), Rows);
    }

    void refused_whenTheRunIsUnknownOrInAnotherWorkspace()
    {
        expectRefusal(import({u"--from-plan"_s, u"999"_s}), u"There is no dry run 999"_s);
        expectRefusal(import({u"--from-plan"_s, u"soon"_s}), u"expected the number"_s);
        const qint64 runId = dryRun();
        QVERIFY(runId > 0);
        QVERIFY(addWorkspace(u"C"_s));
        expectRefusal(import({u"--from-plan"_s, QString::number(runId)}, u"C"_s),
                      u"another workspace"_s);
        QCOMPARE(creates(), 0);
    }

    // Content edited with the size and the modification time kept: only the checksum tells.
    void refused_whenTheFileChanged()
    {
        const qint64 runId = dryRun();
        QVERIFY(runId > 0);
        const QDateTime modified = QFileInfo(m_file).lastModified();
        QVERIFY(writeFile(csv(u'T')));
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        expectRefusal(import({u"--from-plan"_s, QString::number(runId)}),
                      u"is not what the dry run read"_s);
        // Touched only: the modification time tells.
        QVERIFY(writeFile(csv(u'S')));
        expectRefusal(import({u"--from-plan"_s, QString::number(runId)}),
                      u"was modified since the dry run"_s);
        QCOMPARE(creates(), 0);
    }

    void refused_whenTheOptionsDiffer()
    {
        const qint64 runId = dryRun({u"--set"_s, u"last=Lind"_s});
        QVERIFY(runId > 0);
        const CliResult refused =
            import({u"--from-plan"_s, QString::number(runId), u"--mode"_s, u"upsert"_s});
        expectRefusal(refused, u"--mode is upsert now, was create"_s);
        QVERIFY2(refused.err.contains(u"--set"_s), qPrintable(refused.diagnosis()));
        QCOMPARE(creates(), 0);
        // The same options: run.
        const CliResult run =
            import({u"--from-plan"_s, QString::number(runId), u"--set"_s, u"last=Lind"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.diagnosis()));
        QCOMPARE(creates(), Rows);
    }

    // The mapping is compared as the columns and constants it makes, not as the options' text.
    void refused_whenTheMappingDiffers_notWhenItIsSpelledOtherwise()
    {
        const qint64 runId = dryRun({u"--map"_s, u"Last name=skip"_s, u"--set"_s, u"last=Lind"_s});
        QVERIFY(runId > 0);
        const CliResult refused = import({u"--from-plan"_s, QString::number(runId)});
        expectRefusal(refused, u"--map is #3=last-name now, was #3=skip at the dry run"_s);
        QVERIFY2(refused.err.contains(u"--set"_s), qPrintable(refused.diagnosis()));
        QCOMPARE(creates(), 0);
        const CliResult run = import({u"--from-plan"_s, QString::number(runId), u"--map"_s,
                                      u"#3=skip"_s, u"--set"_s, u"Last name=Lind"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.diagnosis()));
        QCOMPARE(creates(), Rows);
    }

    // The age is the journal's: the test moves the dry run back in time instead of waiting.
    void refused_whenThePlanIsTooOld()
    {
        const qint64 runId = dryRun();
        QVERIFY(runId > 0);
        QVERIFY(age(runId, 29));
        const CliResult young =
            import({u"--from-plan"_s, QString::number(runId), u"--mode"_s, u"upsert"_s});
        expectRefusal(young, u"--mode"_s);
        QVERIFY2(!young.err.contains(u"minutes old"_s), qPrintable(young.diagnosis()));
        QVERIFY(age(runId, 2));
        expectRefusal(import({u"--from-plan"_s, QString::number(runId)}),
                      u"the plan is 31 minutes old"_s);
        QCOMPARE(creates(), 0);
        // The next import removes a plan that can no longer be run from the journal.
        const CliResult plain = import({});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.diagnosis()));
        QVERIFY2(!plain.err.contains(u"--from-plan"_s), qPrintable(plain.diagnosis()));
        expectRefusal(import({u"--from-plan"_s, QString::number(runId)}),
                      u"There is no dry run %1"_s.arg(runId));
    }
};

QTEST_GUILESS_MAIN(TestCliImportFromPlan)
#include "tst_cli_import_from_plan.moc"
