// roster-cli import into a real sandbox's Beam.gg workspace (a provider that cannot list, so each
// row is planned as a create) of a file naming two members who are there already: each create
// answered "exists" is looked up once and then updated or skipped as the mode says, and the
// summary, the --json outcome and the journal's rows say what was done, not "create".
#include "cli_runner.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct JournalRow
{
    QString plan;
    QString outcome;
    QString error;
};
} // namespace

class TestCliImportFoundMembers : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_file;
    QString m_same;    // a seeded member, as the file has them
    QString m_renamed; // a seeded member, by another first name in the file

    qint64 requests(const QString &endpoint)
    {
        return SandboxStats::count(m_sandbox->stats(), u"beam"_s, endpoint);
    }

    // Line 2: the seeded member as they are, line 3: the other by another first name, lines 4
    // to 6: new members.
    bool writeFile()
    {
        const QJsonArray seeded = m_sandbox->state()[u"beam"_s][u"members"_s].toArray();
        if (seeded.size() < 2)
            return false;
        const QJsonObject same = seeded.at(0).toObject();
        const QJsonObject renamed = seeded.at(1).toObject();
        m_same = same[u"email"_s].toString();
        m_renamed = renamed[u"email"_s].toString();
        QString text = u"Email,First name,Last name\n"_s;
        text += u"%1,%2,%3\n"_s.arg(m_same, same[u"firstName"_s].toString(),
                                    same[u"lastName"_s].toString());
        text += u"%1,Renamed,%2\n"_s.arg(m_renamed, renamed[u"lastName"_s].toString());
        for (int i = 0; i < 3; ++i)
            text += u"found-new-%1@example.com,Sara %1,Lind\n"_s.arg(i);
        QFile file(m_file);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(text.toUtf8()) > 0;
    }

    // The journal's rows of the latest run, by line.
    QMap<qint64, JournalRow> journalRows()
    {
        QMap<qint64, JournalRow> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"journal"_s);
            db.setDatabaseName(m_cli->homePath() + u"/data/Roster/roster.sqlite"_s);
            QSqlQuery query(db);
            if (db.open() &&
                query.exec(u"SELECT line, plan, outcome, error FROM import_rows WHERE run_id = "
                           "(SELECT max(id) FROM import_runs)"_s)) {
                while (query.next())
                    rows.insert(query.value(0).toLongLong(),
                                {query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toString()});
            }
        }
        QSqlDatabase::removeDatabase(u"journal"_s);
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"2"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        const CliResult added = m_cli->addWorkspace(
            u"B"_s, u"beam"_s, m_sandbox->baseUrl() + u"/beam"_s, m_sandbox->apiKey());
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        QVERIFY(QDir().mkpath(m_cli->homePath() + u"/files"_s));
        m_file = m_cli->homePath() + u"/files/members.csv"_s;
        QVERIFY(writeFile());
    }

    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void createOnly_membersFoundThereAreSkippedAndSaidSo()
    {
        const QString failedRows = m_cli->homePath() + u"/files/failed.csv"_s;
        const CliResult result = m_cli->run({u"import"_s, m_file, u"-w"_s, u"B"_s, u"--mode"_s,
                                             u"create"_s, u"--report"_s, failedRows});
        QVERIFY2(result.exitCode == 0, qPrintable(result.diagnosis()));
        QVERIFY2(result.out.contains(u"5 rows: 3 created, 0 updated, 0 reactivated, 0 deactivated, "
                                     "2 skipped, 0 failed."_s),
                 qPrintable(result.diagnosis()));
        QVERIFY(!QFile::exists(failedRows));
        QCOMPARE(requests(u"POST /users/create"_s), 5);
        QCOMPARE(requests(u"POST /users/retrieve"_s), 2);
        QCOMPARE(requests(u"POST /users/{id}"_s), 0);

        const QMap<qint64, JournalRow> rows = journalRows();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[2].plan, u"conflict"_s);
        QCOMPARE(rows[2].outcome, u"skipped"_s);
        QCOMPARE(rows[2].error,
                 u"%1 is a member already; this import only creates members."_s.arg(m_same));
        QCOMPARE(rows[3].plan, u"conflict"_s);
        QCOMPARE(rows[3].outcome, u"skipped"_s);
        QCOMPARE(rows[3].error,
                 u"%1 is a member already; this import only creates members."_s.arg(m_renamed));
        for (qint64 line = 4; line <= 6; ++line) {
            QCOMPARE(rows[line].plan, u"create"_s);
            QCOMPARE(rows[line].outcome, u"created"_s);
        }
    }

    void createAndUpdate_aMemberFoundThereIsUpdatedAndSaidSo()
    {
        const CliResult result = m_cli->run(
            {u"import"_s, m_file, u"-w"_s, u"B"_s, u"--mode"_s, u"upsert"_s, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.diagnosis()));
        const QJsonObject outcome = QJsonDocument::fromJson(result.outBytes()).object();
        QCOMPARE(outcome[u"rows"_s].toInteger(), 5);
        QCOMPARE(outcome[u"outcomes"_s].toObject(),
                 (QJsonObject{{u"created"_s, 3}, {u"updated"_s, 1}, {u"skipped"_s, 1}}));
        QCOMPARE(requests(u"POST /users/create"_s), 5);
        QCOMPARE(requests(u"POST /users/retrieve"_s), 2);
        QCOMPARE(requests(u"POST /users/{id}"_s), 1);

        const QMap<qint64, JournalRow> rows = journalRows();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[2].plan, u"unchanged"_s);
        QCOMPARE(rows[2].outcome, u"skipped"_s);
        QCOMPARE(rows[2].error, u"%1 is a member already, as the row has them."_s.arg(m_same));
        QCOMPARE(rows[3].plan, u"update"_s);
        QCOMPARE(rows[3].outcome, u"updated"_s);
        QCOMPARE(rows[3].error,
                 u"%1 was a member already: updated instead of created."_s.arg(m_renamed));
        for (qint64 line = 4; line <= 6; ++line) {
            QCOMPARE(rows[line].plan, u"create"_s);
            QCOMPARE(rows[line].outcome, u"created"_s);
        }

        // The sandbox has the new name.
        const QJsonArray members = m_sandbox->state()[u"beam"_s][u"members"_s].toArray();
        bool renamed = false;
        for (const QJsonValue &member : members)
            renamed |= member[u"email"_s] == m_renamed && member[u"firstName"_s] == u"Renamed"_s;
        QVERIFY(renamed);
    }
};

QTEST_GUILESS_MAIN(TestCliImportFoundMembers)
#include "tst_cli_import_found_members.moc"
