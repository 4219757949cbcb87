// roster-cli members sync twice against the same sandbox: the second sync finds every member
// unchanged and writes no row of the roster.
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Every member row of the roster file under `home`, every column, in row order.
QStringList memberRows(const QString &home)
{
    QDirIterator files(home, {u"roster.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    if (!files.hasNext())
        return {u"no roster file"_s};
    const QString path = files.next();
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"resync-check"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return {u"cannot open "_s + path};
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM members ORDER BY id"_s))
            return {u"cannot read "_s + path};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
            rows.append(values.join(u'|'));
        }
    }
    QSqlDatabase::removeDatabase(u"resync-check"_s);
    return rows;
}
} // namespace

class TestCliResync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondSyncOfAnUnchangedCommunityWritesNothing()
    {
        SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"1000"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        CliRunner cli;
        const CliResult added = cli.addWorkspace(
            u"H"_s, u"heartbeat"_s, sandbox.baseUrl() + u"/heartbeat/v0"_s, sandbox.apiKey());
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));

        const QStringList sync = {u"members"_s, u"sync"_s, u"-w"_s, u"H"_s, u"--json"_s};
        const CliResult first = cli.run(sync);
        QVERIFY2(first.exitCode == 0, qPrintable(first.diagnosis()));
        const QJsonObject firstFigures = QJsonDocument::fromJson(first.outBytes()).object();
        QCOMPARE(firstFigures[u"added"_s].toInt(), 1000);
        const QStringList rowsAfterFirst = memberRows(cli.homePath());
        QCOMPARE(rowsAfterFirst.size(), 1000);

        // Each sync stamps the rows it writes with its own time: a row written again differs.
        QTest::qWait(5);
        const CliResult second = cli.run(sync);
        QVERIFY2(second.exitCode == 0, qPrintable(second.diagnosis()));
        const QJsonObject figures = QJsonDocument::fromJson(second.outBytes()).object();
        QCOMPARE(figures[u"members"_s].toInt(), 1000);
        QCOMPARE(figures[u"added"_s].toInt(), 0);
        QCOMPARE(figures[u"changed"_s].toInt(), 0);
        QCOMPARE(figures[u"unchanged"_s].toInt(), 1000);
        QCOMPARE(figures[u"unlisted"_s].toInt(), 0);
        QCOMPARE(memberRows(cli.homePath()), rowsAfterFirst);

        const CliResult plain = cli.run({u"members"_s, u"sync"_s, u"-w"_s, u"H"_s});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.diagnosis()));
        QVERIFY2(plain.out.contains(u"0 new, 0 changed, 1000 unchanged"_s),
                 qPrintable(plain.diagnosis()));
    }
};

QTEST_GUILESS_MAIN(TestCliResync)
#include "tst_cli_resync.moc"
