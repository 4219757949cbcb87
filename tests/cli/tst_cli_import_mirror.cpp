// roster-cli import --mode mirror against a real sandbox's Forward workspace of 50 members: the
// consent a run that deactivates needs. Without a terminal it is refused unless --yes; above the
// limit (10% of the active members or 25) --yes is not enough and --max-deactivations must allow
// the number; nothing is sent before consent. The dry run shows the deactivations and each
// field's change, as text and as JSON.
#include "cli_runner.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliImportMirror : public QObject
{
    Q_OBJECT

    static constexpr int Members = 50;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;

    // Members first..last-1, the first `renamed` of them with another last name.
    QString writeFile(const QString &name, int first, int last, int renamed = 0)
    {
        const QString path = m_cli->homePath() + u"/files/"_s + name;
        QString text = u"Email,First name,Last name\n"_s;
        for (int i = first; i < last; ++i)
            text += u"m-%1@example.com,Kim %1,%2\n"_s.arg(i).arg(i - first < renamed ? u"Lovelace"_s
                                                                                     : u"Lee"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(text.toUtf8()) <= 0)
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    CliResult import(const QString &path, const QStringList &options)
    {
        return m_cli->run(QStringList{u"import"_s, path, u"-w"_s, u"F"_s} + options);
    }

    qint64 changes() { return SandboxStats::changes(m_sandbox->stats(), u"forward"_s); }

    int inactive()
    {
        int count = 0;
        const QJsonArray members = m_sandbox->state(u"forward"_s)[u"members"_s].toArray();
        for (const QJsonValue &member : members)
            count += member[u"status"_s].toString() == u"INACTIVE" ? 1 : 0;
        return count;
    }

    // roster-cli on a terminal (a pseudo-terminal that util-linux's script gives it), answered
    // with `typed`: the exit code, and what the terminal showed.
    std::pair<int, QString> onTerminal(const QStringList &arguments, const QByteArray &typed)
    {
        QStringList command{CliRunner::executable()};
        for (const QString &argument : arguments)
            command << u"'"_s + QString(argument).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
        QProcess script;
        script.setProcessEnvironment(m_cli->environment());
        script.start(u"script"_s, {u"--quiet"_s, u"--return"_s, u"--command"_s, command.join(u' '),
                                   u"/dev/null"_s});
        if (!script.waitForStarted(10000))
            return {-1, script.errorString()};
        // The answer once the question is on the terminal.
        QByteArray shown;
        if (!QTest::qWaitFor(
                [&] {
                    shown += script.readAllStandardOutput();
                    return shown.contains("go on");
                },
                60000)) {
            script.kill();
            script.waitForFinished();
            return {-1, u"no question came: "_s + QString::fromUtf8(shown)};
        }
        script.write(typed);
        if (!script.waitForFinished(60000)) {
            script.kill();
            return {-1, u"roster-cli did not finish"_s};
        }
        shown += script.readAllStandardOutput();
        return {script.exitCode(), QString::fromUtf8(shown)};
    }

    static void expectConsentRefused(const CliResult &result, const QString &says)
    {
        QVERIFY2(result.exitCode == 6, qPrintable(result.diagnosis()));
        QVERIFY2(result.err.contains(says), qPrintable(result.diagnosis()));
        QVERIFY2(result.err.contains(u"Nothing was sent"_s), qPrintable(result.diagnosis()));
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--rate-limit"_s, u"0"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        const CliResult added =
            m_cli->addWorkspace(u"F"_s, u"forward"_s, m_sandbox->baseUrl() + u"/forward"_s,
                                m_sandbox->apiKey(), {u"--business-id"_s, u"biz_sandbox"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        QVERIFY(QDir().mkpath(m_cli->homePath() + u"/files"_s));
        const CliResult seeded = import(writeFile(u"all.csv"_s, 0, Members), {});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.diagnosis()));
    }

    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    // 30 of 50 active members (60%) is above the limit of 25.
    void aboveTheLimit_isRefusedWithoutConsentAndRunsOnlyWhenTheNumberIsAllowed()
    {
        const QString path = writeFile(u"twenty.csv"_s, 30, Members);
        const qint64 before = changes();
        expectConsentRefused(import(path, {u"--mode"_s, u"mirror"_s}), u"--yes"_s);
        expectConsentRefused(import(path, {u"--mode"_s, u"mirror"_s, u"--yes"_s}),
                             u"--max-deactivations 30"_s);
        expectConsentRefused(
            import(path, {u"--mode"_s, u"mirror"_s, u"--yes"_s, u"--max-deactivations"_s, u"29"_s}),
            u"more than --max-deactivations allows (29)"_s);
        QCOMPARE(changes(), before);
        QCOMPARE(inactive(), 0);

        const CliResult allowed = import(path, {u"--mode"_s, u"mirror"_s, u"--yes"_s,
                                                u"--max-deactivations"_s, u"30"_s, u"--json"_s});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.diagnosis()));
        QCOMPARE(QJsonDocument::fromJson(allowed.outBytes())
                     .object()[u"outcomes"_s][u"deactivated"_s]
                     .toInteger(),
                 30);
        QCOMPARE(inactive(), 30);
    }

    // On a terminal the admin is asked, and above the limit types the number.
    void onATerminal_theAdminTypesTheNumberToGoOn()
    {
        const QString path = writeFile(u"twenty.csv"_s, 30, Members);
        const QStringList mirror{u"import"_s, path, u"-w"_s, u"F"_s, u"--mode"_s, u"mirror"_s};
        const auto [wrong, wrongShown] = onTerminal(mirror, "29\n");
        QVERIFY2(wrong == 6, qPrintable(wrongShown));
        QVERIFY2(wrongShown.contains(u"Type the number of members to deactivate (30)"_s),
                 qPrintable(wrongShown));
        QCOMPARE(inactive(), 0);
        const auto [right, rightShown] = onTerminal(mirror, "30\n");
        QVERIFY2(right == 0, qPrintable(rightShown));
        QCOMPARE(inactive(), 30);
    }

    void belowTheLimit_yesIsEnough()
    {
        const QString path = writeFile(u"most.csv"_s, 5, Members);
        expectConsentRefused(import(path, {u"--mode"_s, u"mirror"_s}), u"no terminal"_s);
        const CliResult run = import(path, {u"--mode"_s, u"mirror"_s, u"--yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.diagnosis()));
        QCOMPARE(inactive(), 5);

        // Undone: first shown, then run; the five are active again.
        const CliResult dryUndo =
            m_cli->run({u"import"_s, u"undo"_s, u"last"_s, u"-w"_s, u"F"_s, u"--dry-run"_s});
        QVERIFY2(dryUndo.exitCode == 0 && dryUndo.out.contains(u"m-4@example.com"_s) &&
                     dryUndo.out.contains(u"state: deactivated → active"_s),
                 qPrintable(dryUndo.diagnosis()));
        QCOMPARE(inactive(), 5);
        const CliResult undo =
            m_cli->run({u"import"_s, u"undo"_s, u"last"_s, u"-w"_s, u"F"_s, u"--json"_s});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.diagnosis()));
        QCOMPARE(QJsonDocument::fromJson(undo.outBytes())
                     .object()[u"outcomes"_s][u"reactivated"_s]
                     .toInteger(),
                 5);
        QCOMPARE(inactive(), 0);
        // Undoing the undo deactivates them again: a deactivation, which needs consent.
        expectConsentRefused(m_cli->run({u"import"_s, u"undo"_s, u"last"_s, u"-w"_s, u"F"_s}),
                             u"--yes"_s);
        QCOMPARE(inactive(), 0);
    }

    void dryRun_showsTheDeactivationsAndEachFieldsChange()
    {
        const QString path = writeFile(u"dry.csv"_s, 3, Members, 2);
        const qint64 before = changes();
        const CliResult text = import(path, {u"--mode"_s, u"mirror"_s, u"--dry-run"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.diagnosis()));
        QVERIFY2(text.out.contains(u"m-0@example.com"_s) &&
                     text.out.contains(u"state: active → deactivated"_s) &&
                     text.out.contains(u"last-name: 'Lee' → 'Lovelace'"_s),
                 qPrintable(text.out));

        const CliResult json =
            import(path, {u"--mode"_s, u"mirror"_s, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.diagnosis()));
        const QJsonObject plan = QJsonDocument::fromJson(json.outBytes()).object();
        QCOMPARE(plan[u"plans"_s][u"deactivate"_s].toInteger(), 3);
        QCOMPARE(plan[u"plans"_s][u"update"_s].toInteger(), 2);
        bool sawDiff = false;
        for (const QJsonValue &row : plan[u"plan"_s].toArray()) {
            if (row[u"email"_s] == u"m-3@example.com"_s) {
                QCOMPARE(row[u"change"_s][u"fields"_s][u"last-name"_s].toArray(),
                         QJsonArray({u"Lee"_s, u"Lovelace"_s}));
                sawDiff = true;
            }
            if (row[u"email"_s] == u"m-0@example.com"_s) {
                QVERIFY(row[u"line"_s].isNull());
                QCOMPARE(row[u"change"_s][u"state"_s].toArray(),
                         QJsonArray({u"active"_s, u"deactivated"_s}));
            }
        }
        QVERIFY(sawDiff);
        QCOMPARE(changes(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliImportMirror)
#include "tst_cli_import_mirror.moc"
