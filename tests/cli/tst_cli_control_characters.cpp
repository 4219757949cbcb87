// Terminal escape sequences in a file's cells or a member's fields never reach the terminal raw:
// every text output of roster-cli shows them as \x1b, and JSON escapes them as \u001b.
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString TitleSequence = u"\x1b]0;pwned\x07"_s;
const QString ClearScreen = u"\x1b[2J"_s;

QString diagnose(const CliResult &result)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(QString::number(result.exitCode), result.out,
                                                    result.err);
}

bool hasRawControl(const QString &text)
{
    for (QChar c : text) {
        if (c == u'\x1b' || c == u'\x07' || c == u'\x9b')
            return true;
    }
    return false;
}
} // namespace

class TestCliControlCharacters : public QObject
{
    Q_OBJECT

private:
    static QString writeFile(const CliRunner &cli)
    {
        const QString path = cli.homePath() + u"/escapes.csv"_s;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(u"email,first name,last name,role\n"
                   "ann@example.com,Ann%1,Lee%2,Member\n"
                   "bad%1@example.com,Bo,Bear,Member\n"_s.arg(TitleSequence, ClearScreen)
                       .toUtf8());
        return path;
    }

    static void verifyEscaped(const CliResult &result)
    {
        QVERIFY2(!hasRawControl(result.out), qPrintable(diagnose(result)));
        QVERIFY2(!hasRawControl(result.err), qPrintable(diagnose(result)));
    }

private Q_SLOTS:
    void csvInspectTextShowsEscapes()
    {
        CliRunner cli;
        const QString path = writeFile(cli);
        const CliResult inspected = cli.run({u"csv"_s, u"inspect"_s, path});
        QVERIFY2(inspected.exitCode == 0, qPrintable(diagnose(inspected)));
        verifyEscaped(inspected);
        QVERIFY2(inspected.out.contains(u"Ann\\x1b]0;pwned\\x07"_s), qPrintable(inspected.out));
        QVERIFY2(inspected.out.contains(u"Lee\\x1b[2J"_s), qPrintable(inspected.out));
    }

    void csvInspectJsonEscapesAsJsonDoes()
    {
        CliRunner cli;
        const QString path = writeFile(cli);
        const CliResult inspected = cli.run({u"csv"_s, u"inspect"_s, path, u"--json"_s});
        QVERIFY2(inspected.exitCode == 0, qPrintable(diagnose(inspected)));
        verifyEscaped(inspected);
        QVERIFY(inspected.out.contains(u"\\u001b]0;pwned\\u0007"_s));
        const QJsonObject json = QJsonDocument::fromJson(inspected.outBytes()).object();
        QCOMPARE(json[u"records"_s][0][u"first name"_s].toString(), u"Ann"_s + TitleSequence);
    }

    void dryRunMembersAndAuditShowEscapes()
    {
        SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"0"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        CliRunner cli;
        QCOMPARE(cli.addWorkspace(u"H"_s, u"heartbeat"_s, sandbox.baseUrl() + u"/heartbeat/v0"_s,
                                  sandbox.apiKey())
                     .exitCode,
                 0);
        const QString path = writeFile(cli);
        const CliResult planned = cli.run({u"import"_s, path, u"-w"_s, u"H"_s, u"--dry-run"_s});
        // The invalid row makes the exit code non-zero; its message quotes the cell.
        QVERIFY2(planned.exitCode >= 0, qPrintable(diagnose(planned)));
        verifyEscaped(planned);
        QVERIFY2(planned.out.contains(u"bad\\x1b]0;pwned\\x07@example.com"_s),
                 qPrintable(diagnose(planned)));

        const CliResult added = cli.run({u"member"_s, u"add"_s, u"cy@example.com"_s, u"--name"_s,
                                         u"Cy"_s + ClearScreen + u" Young"_s, u"--role"_s,
                                         u"Member"_s, u"--bio"_s, TitleSequence, u"-w"_s, u"H"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(diagnose(added)));
        verifyEscaped(added);
        const CliResult edited = cli.run({u"member"_s, u"edit"_s, u"cy@example.com"_s, u"--bio"_s,
                                          u"Hi"_s + ClearScreen, u"-w"_s, u"H"_s});
        QVERIFY2(edited.exitCode == 0, qPrintable(diagnose(edited)));
        verifyEscaped(edited);
        for (const QStringList &arguments :
             QList<QStringList>{{u"member"_s, u"show"_s, u"cy@example.com"_s},
                                {u"members"_s, u"list"_s},
                                {u"audit"_s}}) {
            const CliResult shown = cli.run(arguments + QStringList{u"-w"_s, u"H"_s});
            QVERIFY2(shown.exitCode == 0, qPrintable(diagnose(shown)));
            verifyEscaped(shown);
            QVERIFY2(shown.out.contains(u"Cy\\x1b[2J"_s) || shown.out.contains(u"Hi\\x1b[2J"_s),
                     qPrintable(diagnose(shown)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliControlCharacters)
#include "tst_cli_control_characters.moc"
