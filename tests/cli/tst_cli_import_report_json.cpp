// roster-cli import --report-json against a real sandbox's Forward workspace, as a script that
// watches unattended runs reads it: the report is written however the run ends (done, rows
// failed, refused on its command line, its file or its mapping, refused for want of consent,
// the provider failing), its exit code says which, it is the document --json prints, it holds
// no key, and a reader never finds half of one: a run killed mid-way leaves the last report whole.
#include "cli_runner.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

class TestCliImportReportJson : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_report;

    QString files() const { return m_cli->homePath() + u"/files/"_s; }

    // Members first..last-1, then `extraLines` as they are.
    QString writeFile(const QString &name, int first, int last, const QString &extraLines = {})
    {
        const QString path = files() + name;
        QString text = u"Email,First name,Last name\n"_s;
        for (int i = first; i < last; ++i)
            text += u"r-%1@example.com,Kim %1,Lee\n"_s.arg(i);
        text += extraLines;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(text.toUtf8()) <= 0)
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    CliResult import(const QString &path, const QStringList &options,
                     const QString &workspace = u"F"_s)
    {
        return m_cli->run(
            QStringList{u"import"_s, path, u"-w"_s, workspace, u"--report-json"_s, m_report} +
            options);
    }

    QByteArray reportBytes() const
    {
        QFile file(m_report);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The report as a watching script reads it; empty (with a warning) when it is not whole JSON.
    QJsonObject report() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reportBytes(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("%s is not a JSON object: %s", qPrintable(m_report),
                     qPrintable(error.errorString()));
        return document.object();
    }

    static qint64 count(const QJsonObject &report, const QString &group, const QString &id)
    {
        return report[group][id].toInteger();
    }

    // The fields every report has, whatever the run.
    void expectHead(const QJsonObject &report, const QString &file, int exitCode,
                    const QString &result)
    {
        QCOMPARE(report[u"exitCode"_s].toInt(-1), exitCode);
        QCOMPARE(report[u"result"_s].toString(), result);
        QCOMPARE(report[u"workspace"_s][u"name"_s].toString(), u"F"_s);
        QCOMPARE(report[u"file"_s][u"path"_s].toString(), file);
        QCOMPARE(report[u"file"_s][u"name"_s].toString(), QFileInfo(file).fileName());
        const QDateTime started =
            QDateTime::fromString(report[u"startedAt"_s].toString(), Qt::ISODate);
        const QDateTime finished =
            QDateTime::fromString(report[u"finishedAt"_s].toString(), Qt::ISODate);
        QVERIFY2(started.isValid() && finished.isValid() && started <= finished,
                 qPrintable(QString::fromUtf8(QJsonDocument(report).toJson())));
        QVERIFY(report[u"failedRows"_s].isArray());
        QVERIFY(!report[u"user"_s].toString().isEmpty());
        QVERIFY2(m_cli->filesContaining(QString::fromLatin1(m_sandbox->apiKey())).isEmpty(),
                 "the API key is in a file");
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"0"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        const CliResult added =
            m_cli->addWorkspace(u"F"_s, u"forward"_s, m_sandbox->baseUrl() + u"/forward"_s,
                                m_sandbox->apiKey(), {u"--business-id"_s, u"biz_sandbox"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        QVERIFY(QDir().mkpath(files()));
        // Its folder does not exist yet: the report makes it, as a first run from a timer would.
        m_report = m_cli->homePath() + u"/state/roster/last-import.json"_s;
    }

    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void help_listsTheExitCodes()
    {
        const CliResult help = m_cli->run({u"import"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &line :
             {u"--report-json <FILE>"_s, u"Exit codes:"_s, u"  0    Every row was done"_s,
              u"  4    The import finished, but some rows failed"_s, u"  6    Refused"_s,
              u"  130  Interrupted"_s})
            QVERIFY2(help.out.contains(line), qPrintable(line + u"\n"_s + help.out));
    }

    void done_reportCountsEveryRow_asJsonPrintsIt()
    {
        const QString path = writeFile(u"members.csv"_s, 0, 3);
        const CliResult result = import(path, {u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.diagnosis()));
        const QJsonObject written = report();
        expectHead(written, path, 0, u"done"_s);
        QVERIFY(written[u"run"_s].toInteger() > 0);
        QCOMPARE(written[u"workspace"_s][u"provider"_s].toString(), u"forward"_s);
        QCOMPARE(written[u"mode"_s].toString(), u"create"_s);
        QCOMPARE(written[u"dryRun"_s].toBool(true), false);
        QCOMPARE(written[u"rows"_s].toInteger(), 3);
        QCOMPARE(written[u"rowsLeft"_s].toInteger(-1), 0);
        QCOMPARE(count(written, u"plans"_s, u"create"_s), 3);
        QCOMPARE(count(written, u"outcomes"_s, u"created"_s), 3);
        QVERIFY(!written[u"outcomes"_s].toObject().contains(u"failed"_s));
        QVERIFY(written[u"failedRows"_s].toArray().isEmpty());
        QVERIFY(!written.contains(u"error"_s));
        QCOMPARE(SandboxStats::memberEmails(m_sandbox->state(), u"forward"_s).size(), 3);

        // --json prints the same document (the end time aside, a moment earlier).
        QJsonObject printed = QJsonDocument::fromJson(result.outBytes()).object();
        QJsonObject same = written;
        printed.remove(u"finishedAt"_s);
        same.remove(u"finishedAt"_s);
        QCOMPARE(printed, same);

        // A second run replaces the report: nothing new to do is done too.
        const CliResult again = import(path, {});
        QVERIFY2(again.exitCode == 0, qPrintable(again.diagnosis()));
        const QJsonObject second = report();
        QVERIFY(second[u"run"_s].toInteger() > written[u"run"_s].toInteger());
        QCOMPARE(count(second, u"plans"_s, u"conflict"_s), 3);
        QVERIFY(!second[u"plans"_s].toObject().contains(u"create"_s));
    }

    void rowsFailed_exitCode4_listsTheFailedRows()
    {
        const QString path = writeFile(u"members.csv"_s, 0, 2,
                                       u"not-an-address,Zoe,Lee\nr-0@example.com,Kim,Twice\n"_s);
        const CliResult result = import(path, {u"--mode"_s, u"upsert"_s});
        QVERIFY2(result.exitCode == 4, qPrintable(result.diagnosis()));
        const QJsonObject written = report();
        expectHead(written, path, 4, u"rows-failed"_s);
        QCOMPARE(written[u"mode"_s].toString(), u"upsert"_s);
        QCOMPARE(written[u"rows"_s].toInteger(), 4);
        QCOMPARE(count(written, u"outcomes"_s, u"created"_s), 2);
        QCOMPARE(count(written, u"outcomes"_s, u"failed"_s), 2);
        QCOMPARE(count(written, u"plans"_s, u"invalid"_s), 2);
        const QJsonArray failed = written[u"failedRows"_s].toArray();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0][u"line"_s].toInteger(), 4);
        QVERIFY2(failed[0][u"error"_s].toString().contains(u"not-an-address"_s) ||
                     failed[0][u"error"_s].toString().contains(u"mail"_s),
                 qPrintable(failed[0][u"error"_s].toString()));
        QCOMPARE(failed[0][u"plan"_s].toString(), u"invalid"_s);
        QCOMPARE(failed[1][u"line"_s].toInteger(), 5);
        QVERIFY2(failed[1][u"error"_s].toString().contains(u"2"_s),
                 qPrintable(failed[1][u"error"_s].toString())); // names the first line
    }

    void refused_theReportSaysWhy()
    {
        // The file is missing: refused on the command line, before any request.
        const QString missing = files() + u"gone.csv"_s;
        CliResult result = import(missing, {});
        QVERIFY2(result.exitCode == 2, qPrintable(result.diagnosis()));
        QJsonObject written = report();
        expectHead(written, missing, 2, u"usage"_s);
        QVERIFY(written[u"run"_s].isNull());
        QVERIFY2(written[u"error"_s].toString().contains(u"gone.csv"_s),
                 qPrintable(written[u"error"_s].toString()));
        QVERIFY(!written.contains(u"rows"_s));

        // A mapping that names no column of the file.
        const QString path = writeFile(u"members.csv"_s, 0, 2);
        result = import(path, {u"--map"_s, u"Mail=email"_s});
        QVERIFY2(result.exitCode == 2, qPrintable(result.diagnosis()));
        written = report();
        expectHead(written, path, 2, u"usage"_s);
        QVERIFY2(written[u"error"_s].toString().contains(u"Mail"_s),
                 qPrintable(written[u"error"_s].toString()));
        QCOMPARE(SandboxStats::changes(m_sandbox->stats(), u"forward"_s), 0);

        // A workspace that does not exist.
        result = import(path, {}, u"Nowhere"_s);
        QVERIFY2(result.exitCode == 2, qPrintable(result.diagnosis()));
        QVERIFY2(report()[u"error"_s].toString().contains(u"Nowhere"_s), reportBytes().constData());

        // The report would overwrite the file to import: refused, and the file is left alone.
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        result = m_cli->run({u"import"_s, path, u"-w"_s, u"F"_s, u"--report-json"_s, path});
        QVERIFY2(result.exitCode == 2 && result.err.contains(u"--report-json"_s),
                 qPrintable(result.diagnosis()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // The unattended mirror of the example systemd service: with --yes it runs within the
    // limit, and above it is refused with exit code 6 and the plan's counts in the report.
    void mirror_withinAndAboveTheLimit()
    {
        const CliResult seeded = import(writeFile(u"all.csv"_s, 0, 30), {});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.diagnosis()));

        const QString fewer = writeFile(u"fewer.csv"_s, 0, 29);
        CliResult result = import(fewer, {u"--mode"_s, u"mirror"_s, u"--yes"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.diagnosis()));
        QJsonObject written = report();
        expectHead(written, fewer, 0, u"done"_s);
        QCOMPARE(written[u"mode"_s].toString(), u"mirror"_s);
        QCOMPARE(count(written, u"plans"_s, u"deactivate"_s), 1);
        QCOMPARE(count(written, u"outcomes"_s, u"deactivated"_s), 1);

        const QString few = writeFile(u"few.csv"_s, 0, 2);
        result = import(few, {u"--mode"_s, u"mirror"_s, u"--yes"_s});
        QVERIFY2(result.exitCode == 6, qPrintable(result.diagnosis()));
        written = report();
        expectHead(written, few, 6, u"needs-consent"_s);
        QCOMPARE(count(written, u"plans"_s, u"deactivate"_s), 27);
        QVERIFY(!written[u"outcomes"_s].toObject().contains(u"deactivated"_s));
        QVERIFY2(written[u"error"_s].toString().contains(u"--max-deactivations"_s),
                 qPrintable(written[u"error"_s].toString()));
    }

    void providerFailing_exitCode5()
    {
        SandboxProcess failing({u"--rate-limit"_s, u"0"_s, u"--fail-rate"_s, u"1"_s});
        QVERIFY2(failing.start(), qPrintable(failing.error()));
        const CliResult added =
            m_cli->addWorkspace(u"Down"_s, u"forward"_s, failing.baseUrl() + u"/forward"_s,
                                failing.apiKey(), {u"--business-id"_s, u"biz_sandbox"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        const QString path = writeFile(u"members.csv"_s, 0, 2);
        const CliResult result = import(path, {}, u"Down"_s);
        QVERIFY2(result.exitCode == 5, qPrintable(result.diagnosis()));
        const QJsonObject written = report();
        QCOMPARE(written[u"exitCode"_s].toInt(), 5);
        QCOMPARE(written[u"result"_s].toString(), u"provider-failure"_s);
        QVERIFY(!written[u"error"_s].toString().isEmpty());
    }

    // A report is replaced whole or not at all: a run killed before its end leaves the last
    // report as it was, and one that cannot write its report says so and does not end with 0.
    void neverHalfWritten()
    {
        const CliResult first = import(writeFile(u"first.csv"_s, 0, 2), {});
        QVERIFY2(first.exitCode == 0, qPrintable(first.diagnosis()));
        const QByteArray last = reportBytes();
        QVERIFY(!report().isEmpty());

        SandboxProcess slow({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"150"_s});
        QVERIFY2(slow.start(), qPrintable(slow.error()));
        QVERIFY(m_cli
                    ->addWorkspace(
                        u"Slow"_s, u"forward"_s, slow.baseUrl() + u"/forward"_s, slow.apiKey(),
                        {u"--business-id"_s, u"biz_sandbox"_s, u"--rate-limit"_s, u"20"_s})
                    .exitCode == 0);
        const QString big = writeFile(u"big.csv"_s, 100, 200);
        std::unique_ptr<QProcess> running =
            m_cli->start({u"import"_s, big, u"-w"_s, u"Slow"_s, u"--report-json"_s, m_report});
        QVERIFY(running->waitForStarted());
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return SandboxStats::count(slow.stats(), u"forward"_s, u"POST /users"_s) >=
                                10;
                     },
                     60000),
                 "the import never got going");
        ::kill(pid_t(running->processId()), SIGKILL);
        QVERIFY(running->waitForFinished());
        QCOMPARE(reportBytes(), last);
        const QStringList left = QDir(QFileInfo(m_report).absolutePath())
                                     .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(left, QStringList{QFileInfo(m_report).fileName()});

        // Carried on, the run reports its end whole.
        const CliResult resumed = m_cli->run(
            {u"import"_s, big, u"-w"_s, u"Slow"_s, u"--resume"_s, u"--report-json"_s, m_report});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.diagnosis()));
        QCOMPARE(report()[u"rows"_s].toInteger(), 100);
        QCOMPARE(report()[u"rowsLeft"_s].toInteger(-1), 0);

        // Where no report can be written (its folder would be under a file), a run that did
        // everything still ends with 1: a watching script would read the last one as this one's.
        const QString blocked = files() + u"first.csv/report.json"_s;
        const CliResult unwritable = m_cli->run(
            {u"import"_s, files() + u"first.csv"_s, u"-w"_s, u"F"_s, u"--report-json"_s, blocked});
        QVERIFY2(unwritable.exitCode == 1 && unwritable.err.contains(u"report.json"_s),
                 qPrintable(unwritable.diagnosis()));
    }
};

QTEST_GUILESS_MAIN(TestCliImportReportJson)
#include "tst_cli_import_report_json.moc"
