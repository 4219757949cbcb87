// roster-cli import list against a real sandbox's Beam.gg workspace, after real imports: the
// runs newest first, each with when, who, the mode, the state (a dry run's kept plan too), the
// file's name and SHA-256 (the whole checksum in JSON, its start in the table; taken for a run
// as much as for a dry run) and the rows counted by outcome; --limit and the refusals.
#include "audit_source.h"
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliImportList : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_first;
    QString m_second;

    bool writeFile(const QString &path, const QString &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(text.toUtf8()) > 0;
    }

    static QString sha256(const QString &path)
    {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            return {};
        return QString::fromLatin1(hash.result().toHex());
    }

    CliResult import(const QString &path, const QStringList &options)
    {
        return m_cli->run(QStringList{u"import"_s, path, u"-w"_s, u"B"_s} + options);
    }

    QJsonArray listJson(const QStringList &options = {})
    {
        const CliResult listed =
            m_cli->run(QStringList{u"import"_s, u"list"_s, u"-w"_s, u"B"_s, u"--json"_s} + options);
        if (listed.exitCode != 0)
            qWarning("%s", qPrintable(listed.diagnosis()));
        return QJsonDocument::fromJson(listed.outBytes()).array();
    }

private Q_SLOTS:
    void initTestCase()
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
        m_first = m_cli->homePath() + u"/files/autumn-members.csv"_s;
        m_second = m_cli->homePath() + u"/files/winter-members.csv"_s;
        QVERIFY(writeFile(m_first, u"Email,First name,Last name\n"
                                   "list-1@example.com,Sara,Lind\n"
                                   "list-2@example.com,Omar,Haddad\n"
                                   "not-an-address,Ines,Ruiz\n"_s));
        QVERIFY(writeFile(m_second, u"Email,First name,Last name\n"
                                    "list-3@example.com,Ada,Byron\n"_s));

        // A run (two created, one row invalid), a dry run whose plan is kept, and another run.
        const CliResult first = import(m_first, {});
        QVERIFY2(first.exitCode != 2, qPrintable(first.diagnosis()));
        const CliResult dryRun = import(m_second, {u"--dry-run"_s, u"--mode"_s, u"upsert"_s});
        QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.diagnosis()));
        const CliResult second = import(m_second, {u"--mode"_s, u"upsert"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.diagnosis()));
    }

    void cleanupTestCase()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void json_listsTheRunsNewestFirst()
    {
        const QJsonArray runs = listJson();
        QCOMPARE(runs.size(), 3);
        const QJsonObject second = runs.at(0).toObject();
        const QJsonObject dryRun = runs.at(1).toObject();
        const QJsonObject first = runs.at(2).toObject();
        QVERIFY(second[u"run"_s].toInteger() > dryRun[u"run"_s].toInteger());
        QVERIFY(dryRun[u"run"_s].toInteger() > first[u"run"_s].toInteger());

        QCOMPARE(first[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(first[u"dryRun"_s].toBool(), false);
        QCOMPARE(first[u"mode"_s].toString(), u"create"_s);
        QCOMPARE(first[u"user"_s].toString(), AuditSource::currentActor());
        QCOMPARE(first[u"rows"_s].toInteger(), 3);
        QCOMPARE(first[u"outcomes"_s][u"created"_s].toInteger(), 2);
        QCOMPARE(first[u"outcomes"_s][u"failed"_s].toInteger(), 1);
        QCOMPARE(first[u"plans"_s][u"invalid"_s].toInteger(), 1);
        QVERIFY(
            QDateTime::fromString(first[u"createdAt"_s].toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(
            QDateTime::fromString(first[u"finishedAt"_s].toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject file = first[u"file"_s].toObject();
        QCOMPARE(file[u"path"_s].toString(), QFileInfo(m_first).absoluteFilePath());
        QCOMPARE(file[u"name"_s].toString(), u"autumn-members.csv"_s);
        // Kept for a run, not only for a dry run.
        QCOMPARE(file[u"sha256"_s].toString(), sha256(m_first));

        QCOMPARE(dryRun[u"state"_s].toString(), u"planned"_s);
        QCOMPARE(dryRun[u"dryRun"_s].toBool(), true);
        QCOMPARE(dryRun[u"mode"_s].toString(), u"upsert"_s);
        QCOMPARE(dryRun[u"plans"_s][u"create"_s].toInteger(), 1);
        QVERIFY(dryRun[u"finishedAt"_s].isNull());
        QCOMPARE(dryRun[u"file"_s][u"sha256"_s].toString(), sha256(m_second));

        QCOMPARE(second[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(second[u"outcomes"_s][u"created"_s].toInteger(), 1);
        QCOMPARE(second[u"file"_s][u"sha256"_s].toString(), sha256(m_second));
    }

    void text_isATableWithTheChecksumsStart()
    {
        const CliResult listed = m_cli->run({u"import"_s, u"list"_s, u"-w"_s, u"B"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.diagnosis()));
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QString header = lines.at(0);
        const QStringList titles = {u"RUN"_s,   u"STARTED"_s, u"FINISHED"_s, u"USER"_s, u"MODE"_s,
                                    u"STATE"_s, u"FILE"_s,    u"SHA-256"_s,  u"ROWS"_s};
        for (const QString &title : titles)
            QVERIFY2(header.contains(title), qPrintable(header));
        // Aligned: each column starts where its title does, on every line.
        const qsizetype fileAt = header.indexOf(u"FILE"_s);
        const qsizetype checksumAt = header.indexOf(u"SHA-256"_s);
        QCOMPARE(lines.at(1).mid(fileAt).section(u' ', 0, 0), u"winter-members.csv"_s);
        QCOMPARE(lines.at(2).mid(fileAt).section(u' ', 0, 0), u"winter-members.csv"_s);
        QCOMPARE(lines.at(3).mid(fileAt).section(u' ', 0, 0), u"autumn-members.csv"_s);
        QCOMPARE(lines.at(3).mid(checksumAt, 12), sha256(m_first).left(12));
        QVERIFY2(!lines.at(3).contains(sha256(m_first)), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(2).contains(u"dry run"_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).endsWith(u"  3: 2 created, 1 failed"_s), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).contains(AuditSource::currentActor()), qPrintable(lines.at(3)));
        // The local time, to the minute.
        const QString started = lines.at(3).mid(header.indexOf(u"STARTED"_s), 16);
        QVERIFY2(QDateTime::fromString(started, u"yyyy-MM-dd HH:mm"_s).isValid(),
                 qPrintable(started));
    }

    void limit_keepsTheNewest()
    {
        const QJsonArray all = listJson();
        const QJsonArray newest = listJson({u"--limit"_s, u"1"_s});
        QCOMPARE(newest.size(), 1);
        QCOMPARE(newest.at(0)[u"run"_s], all.at(0)[u"run"_s]);
    }

    void badUsage_isRefused()
    {
        const CliResult zero =
            m_cli->run({u"import"_s, u"list"_s, u"-w"_s, u"B"_s, u"--limit"_s, u"0"_s});
        QCOMPARE(zero.exitCode, 2);
        QVERIFY2(zero.err.contains(u"--limit"_s), qPrintable(zero.diagnosis()));
        const CliResult unknown = m_cli->run({u"import"_s, u"list"_s, u"-w"_s, u"Nope"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"Nope"_s), qPrintable(unknown.diagnosis()));
        const CliResult help = m_cli->run({u"--help"_s});
        QVERIFY2(help.out.contains(u"import list"_s), qPrintable(help.diagnosis()));
    }
};

QTEST_GUILESS_MAIN(TestCliImportList)
#include "tst_cli_import_list.moc"
