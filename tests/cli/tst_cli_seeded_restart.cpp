// A user syncs a seeded roster-sandbox, restarts it with the same options (on another port, with
// or without its state file) and syncs again: roster-cli finds nothing new and nothing changed.
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Members = 500;

QString apiUrl(const SandboxProcess &sandbox, const QString &provider)
{
    return sandbox.baseUrl() + (provider == u"heartbeat"_s ? u"/heartbeat/v0"_s : u"/forward"_s);
}
} // namespace

class TestCliSeededRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRestartedSeededSandbox_syncsAsUnchanged_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<bool>("stateFile");
        for (const QString &provider : {u"heartbeat"_s, u"forward"_s}) {
            QTest::addRow("%s", qPrintable(provider)) << provider << false;
            QTest::addRow("%s with --state", qPrintable(provider)) << provider << true;
        }
    }

    void aRestartedSeededSandbox_syncsAsUnchanged()
    {
        QFETCH(QString, provider);
        QFETCH(bool, stateFile);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList options = {u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(Members)};
        if (stateFile)
            options << u"--state"_s << dir.filePath(u"sandbox.json"_s);

        auto first = std::make_unique<SandboxProcess>(options);
        QVERIFY2(first->start(), qPrintable(first->error()));
        CliRunner cli;
        QStringList add = {u"workspace"_s,          u"add"_s, u"Demo"_s,
                           u"--provider"_s,         provider, u"--url"_s,
                           apiUrl(*first, provider)};
        if (provider == u"forward"_s)
            add << u"--business-id"_s << u"biz_sandbox"_s;
        const CliResult added = cli.run(add << u"--key-stdin"_s, first->apiKey() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));

        const QStringList sync = {u"members"_s, u"sync"_s, u"-w"_s, u"Demo"_s};
        const CliResult firstSync = cli.run(sync + QStringList{u"--json"_s});
        QVERIFY2(firstSync.exitCode == 0, qPrintable(firstSync.diagnosis()));
        QCOMPARE(QJsonDocument::fromJson(firstSync.outBytes())[u"added"_s].toInt(), Members);

        const quint16 oldPort = first->port();
        QCOMPARE(first->terminate(), 0);
        first.reset();
        QTcpServer oldPortTaken; // so that the restart listens elsewhere
        oldPortTaken.listen(QHostAddress::LocalHost, oldPort);
        SandboxProcess restarted(options);
        QVERIFY2(restarted.start(), qPrintable(restarted.error()));
        QVERIFY(restarted.port() != oldPort);
        const CliResult moved = cli.run(
            {u"workspace"_s, u"edit"_s, u"Demo"_s, u"--url"_s, apiUrl(restarted, provider)});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.diagnosis()));

        const CliResult secondSync = cli.run(sync + QStringList{u"--json"_s});
        QVERIFY2(secondSync.exitCode == 0, qPrintable(secondSync.diagnosis()));
        const QJsonObject figures = QJsonDocument::fromJson(secondSync.outBytes()).object();
        QCOMPARE(figures[u"members"_s].toInt(), Members);
        QCOMPARE(figures[u"added"_s].toInt(), 0);
        QCOMPARE(figures[u"changed"_s].toInt(), 0);
        QCOMPARE(figures[u"unchanged"_s].toInt(), Members);
        QCOMPARE(figures[u"unlisted"_s].toInt(), 0);

        const CliResult plain = cli.run(sync);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.diagnosis()));
        QVERIFY2(plain.out.contains(u"0 new, 0 changed, %1 unchanged"_s.arg(Members)),
                 qPrintable(plain.diagnosis()));
    }
};

QTEST_GUILESS_MAIN(TestCliSeededRestart)
#include "tst_cli_seeded_restart.moc"
