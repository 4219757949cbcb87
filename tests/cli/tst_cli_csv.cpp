// roster-cli's CSV commands: csv inspect reads a messy file as Python's csv module does, and
// members export writes a file a spreadsheet cannot run formulas from, which imports again
// column for column.
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspect_readsAMessyFileAsPythonDoes()
    {
        CliRunner cli;
        const QString path = cli.homePath() + u"/messy.csv"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Windows-1252, semicolons, CRLF, a quoted delimiter, a doubled quote, a quoted line
        // break, an empty line and no newline at the end.
        file.write("E-mail;Full name;Notes\r\n"
                   "ana@example.com;Ana Mu\xf1oz;\"likes; semicolons\"\r\n"
                   "\r\n"
                   "bo@example.com;Bo \"\"Bear\"\" Smith;\"two\r\nlines\"\r\n"
                   "cy@example.com;Cy;last line");
        file.close();
        const CliResult inspected = cli.run({u"csv"_s, u"inspect"_s, path, u"--json"_s});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.diagnosis()));
        const QJsonObject json = QJsonDocument::fromJson(inspected.outBytes()).object();
        QCOMPARE(json[u"encoding"_s].toString(), u"windows-1252"_s);
        QCOMPARE(json[u"delimiter"_s].toString(), u";"_s);
        QCOMPARE(json[u"hasHeader"_s].toBool(), true);

        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import csv, json, sys\n"
                      "with open(sys.argv[1], encoding='cp1252', newline='') as f:\n"
                      "    rows = [r for r in csv.reader(f, delimiter=';') if r]\n"
                      "print(json.dumps([dict(zip(rows[0], r)) for r in rows[1:]]))"_s,
                      path});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray expected = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(expected.size(), 3);
        QCOMPARE(json[u"records"_s].toArray(), expected);
    }

    void export_neutralisesFormulasAndImportsAgain()
    {
        SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"6"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        CliRunner cli;
        QCOMPARE(cli.addWorkspace(u"H"_s, u"heartbeat"_s, sandbox.baseUrl() + u"/heartbeat/v0"_s,
                                  sandbox.apiKey())
                     .exitCode,
                 0);
        const QString formula = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
        const CliResult added =
            cli.run({u"member"_s, u"add"_s, u"eve@example.com"_s, u"--name"_s, u"Eve"_s,
                     u"--role"_s, u"Member"_s, u"--bio"_s, formula, u"--status"_s, u"On leave"_s,
                     u"--linkedin"_s, u"https://www.linkedin.com/in/eve"_s, u"-w"_s, u"H"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        QCOMPARE(cli.run({u"members"_s, u"sync"_s, u"-w"_s, u"H"_s}).exitCode, 0);
        const QString path = cli.homePath() + u"/export.csv"_s;
        const CliResult exported = cli.run({u"members"_s, u"export"_s, path, u"-w"_s, u"H"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.diagnosis()));
        QVERIFY(exported.out.contains(u"7 members"_s));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xef\xbb\xbf"
                                 "Email,Name,First name,Last name,Account status,Role,Groups,"
                                 "Bio,Status line,LinkedIn,Twitter / X,Instagram,Avatar URL,"
                                 "Admin,Last sign-in"));
        QVERIFY2(bytes.contains("\"'=HYPERLINK("), bytes.constData());
        QVERIFY(!bytes.contains(",=HYPERLINK") && !bytes.contains("\"=HYPERLINK"));
        // The profile beside the account: status line, links, avatar, admin, last sign-in.
        QVERIFY2(bytes.contains(",On leave,https://www.linkedin.com/in/eve,,,"), bytes.constData());
        QVERIFY2(bytes.contains(",no,never,"), bytes.constData());

        // Imported again, column for column, nothing changes but the neutralised bio.
        const CliResult again =
            cli.run({u"import"_s, path, u"-w"_s, u"H"_s, u"--mode"_s, u"upsert"_s, u"--dry-run"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.diagnosis()));
        QVERIFY2(again.out.startsWith(u"7 rows: 1 update, 6 unchanged."_s),
                 qPrintable(again.diagnosis()));
    }

    // A semicolon Windows-1252 file: --report writes its failed rows the same way, so that the
    // Excel that made it opens them in columns; --report-utf8 writes UTF-8 with commas instead.
    void import_reportKeepsTheInputsFormat()
    {
        SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"0"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        CliRunner cli;
        QCOMPARE(cli.addWorkspace(u"F"_s, u"forward"_s, sandbox.baseUrl() + u"/forward"_s,
                                  sandbox.apiKey())
                     .exitCode,
                 0);
        const QString path = cli.homePath() + u"/mitglieder.csv"_s;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("E-Mail;Vorname;Nachname\r\n"
                       "j\xFCrgen@example.com;J\xFCrgen;M\xFCller\r\n"
                       "keine-adresse;Zo\xEB;M\xFCller\r\n");
        }
        const QString report = cli.homePath() + u"/failed.csv"_s;
        CliResult r = cli.run({u"import"_s, path, u"-w"_s, u"F"_s, u"--report"_s, report});
        QVERIFY2(r.exitCode != 0 && r.out.contains(u"1 failed"_s), qPrintable(r.diagnosis()));
        QFile failed(report);
        QVERIFY(failed.open(QIODevice::ReadOnly));
        QByteArray bytes = failed.readAll();
        QVERIFY2(bytes.startsWith("E-Mail;Vorname;Nachname;line;error\r\n"
                                  "keine-adresse;Zo\xEB;M\xFCller;3;"),
                 bytes.constData());

        const QString utf8 = cli.homePath() + u"/failed-utf8.csv"_s;
        const QString again = cli.homePath() + u"/mitglieder2.csv"_s;
        QVERIFY(QFile::copy(path, again));
        r = cli.run({u"import"_s, again, u"-w"_s, u"F"_s, u"--report"_s, utf8, u"--report-utf8"_s});
        QFile utf8File(utf8);
        QVERIFY2(utf8File.open(QIODevice::ReadOnly), qPrintable(r.diagnosis()));
        bytes = utf8File.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"
                                  "E-Mail,Vorname,Nachname,line,error\r\n"
                                  "keine-adresse,Zo\xC3\xAB,M\xC3\xBCller,3,"),
                 bytes.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCsv)
#include "tst_cli_csv.moc"
