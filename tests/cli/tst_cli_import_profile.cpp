// roster-cli import with every column Heartbeat takes, against a real sandbox: pictures named by
// paths relative to the CSV file, social links, status lines, groups and introduction threads
// land at the provider; a bad link or picture is reported on its row; a second file's dry run
// shows what each update changes, field by field, in text and JSON, and its run adds members to
// the groups they are not in yet.
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliImportProfile : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_folder; // the CSV file's, with its photos/ beside it
    const QStringList m_ws = {u"-w"_s, u"Acme"_s};

    QString writeCsv(const QString &name, const QString &text)
    {
        const QString path = m_folder + u'/' + name;
        QFile file(path);
        [&] {
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(text.toUtf8()) > 0);
        }();
        return path;
    }

    void writePicture(const QString &relativePath, QSize size, const char *format)
    {
        QImage image(size, QImage::Format_RGB32);
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x)
                image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
        }
        QVERIFY(image.save(m_folder + u'/' + relativePath, format));
    }

    CliResult import(const QString &path, const QStringList &options)
    {
        return m_cli->run(QStringList{u"import"_s, path} + m_ws + options);
    }

    QJsonObject atProvider(const QString &email)
    {
        const QJsonArray members = m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray();
        for (const QJsonValue &member : members) {
            if (member[u"email"_s].toString() == email)
                return member.toObject();
        }
        return {};
    }

    static QImage picture(const QJsonObject &member)
    {
        return QImage::fromData(
            QByteArray::fromBase64(member[u"profilePicture"_s].toString().toLatin1()));
    }

    static QStringList groupIds(const QJsonObject &member)
    {
        QStringList ids;
        for (const QJsonValue &id : member[u"groupIDs"_s].toArray())
            ids << id.toString();
        ids.sort();
        return ids;
    }

    qint64 profileWrites()
    {
        const QJsonObject heartbeat = m_sandbox->stats()[u"providers"_s][u"heartbeat"_s].toObject();
        qint64 writes = 0;
        for (const QString &endpoint :
             {u"PUT /v0/users"_s, u"POST /v0/users"_s, u"PUT /v0/groups/{id}/memberships"_s}) {
            const QJsonObject statuses = heartbeat[endpoint].toObject();
            for (const QJsonValue &count : statuses)
                writes += count.toInteger();
        }
        return writes;
    }

    static QJsonObject planOf(const QJsonObject &dryRun, const QString &email)
    {
        for (const QJsonValue &row : dryRun[u"plan"_s].toArray()) {
            if (row[u"email"_s].toString() == email)
                return row.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"2"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        const CliResult added =
            m_cli->addWorkspace(u"Acme"_s, u"heartbeat"_s,
                                m_sandbox->baseUrl() + u"/heartbeat/v0"_s, m_sandbox->apiKey());
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        m_folder = m_cli->homePath() + u"/files"_s;
        QVERIFY(QDir().mkpath(m_folder + u"/photos"_s));
    }

    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void everyColumn_importsAndUpdatesShowTheirDiff()
    {
        writePicture(u"photos/ada.png"_s, {1000, 700}, "PNG");
        writePicture(u"photos/grace.jpg"_s, {64, 48}, "JPEG");
        QFile notes(m_folder + u"/photos/notes.png"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a picture");
        notes.close();
        const QString first = writeCsv(
            u"members.csv"_s,
            u"Email,Name,Role,Groups,About,Status,LinkedIn,Twitter / X,Instagram,Photo\n"
            "ada@example.com,Ada Lovelace,Member,Mentors; Welcome,\"Wrote the first program, "
            "1843\",Counting,https://www.linkedin.com/in/ada,https://x.com/ada,"
            "https://www.instagram.com/ada,photos/ada.png\n"
            "grace@example.com,Grace Hopper,Member,,Found the bug,,,,,photos/grace.jpg\n"
            "bob@example.com,Bob,Member,,,,linkedin.com/in/bob,,,\n"
            "cy@example.com,Cy,Member,,,,,,,photos/missing.png\n"
            "di@example.com,Di,Member,,,,,,,photos/notes.png\n"_s);

        // The dry run: two to create, three refused on their row, nothing sent.
        CliResult r = import(first, {u"--dry-run"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 4);
        QJsonObject dryRun = QJsonDocument::fromJson(r.outBytes()).object();
        QCOMPARE(dryRun[u"plans"_s][u"create"_s].toInt(), 2);
        QCOMPARE(dryRun[u"plans"_s][u"invalid"_s].toInt(), 3);
        QCOMPARE(profileWrites(), 0);
        r = import(first, {u"--dry-run"_s});
        QVERIFY2(r.out.contains(u"column “LinkedIn”"_s) && r.out.contains(u"https://"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"column “Photo”"_s) && r.out.contains(u"missing.png"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"notes.png is not a picture"_s), qPrintable(r.out));

        // The run: every field of the two valid rows at the provider.
        r = import(first, {u"--introduce"_s, u"--report"_s, m_folder + u"/failed.csv"_s});
        QCOMPARE(r.exitCode, 4); // three rows failed
        QVERIFY2(r.out.contains(u"2 created"_s), qPrintable(r.diagnosis()));
        QJsonObject ada = atProvider(u"ada@example.com"_s);
        QCOMPARE(ada[u"bio"_s].toString(), u"Wrote the first program, 1843"_s);
        QCOMPARE(ada[u"status"_s].toString(), u"Counting"_s);
        QCOMPARE(ada[u"linkedin"_s].toString(), u"https://www.linkedin.com/in/ada"_s);
        QCOMPARE(ada[u"twitter"_s].toString(), u"https://x.com/ada"_s);
        QCOMPARE(ada[u"instagram"_s].toString(), u"https://www.instagram.com/ada"_s);
        QCOMPARE(groupIds(ada), (QStringList{u"grp_mentors"_s, u"grp_welcome"_s}));
        QVERIFY(ada[u"introductionThread"_s].toBool());
        QCOMPARE(picture(ada).size(), QSize(512, 358)); // scaled down to 512 × 512 at most
        const QJsonObject grace = atProvider(u"grace@example.com"_s);
        QCOMPARE(picture(grace).size(), QSize(64, 48));
        QVERIFY(grace[u"introductionThread"_s].toBool());
        QVERIFY(atProvider(u"bob@example.com"_s).isEmpty());
        QFile failed(m_folder + u"/failed.csv"_s);
        QVERIFY(failed.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(failed.readAll()).contains(u"missing.png"_s));

        // A second file: Ada's bio and LinkedIn change and she joins a group; an empty cell
        // leaves her status and picture as they are; Grace is as the file has her.
        const QString second =
            writeCsv(u"changes.csv"_s,
                     u"Email,Name,Role,Groups,Bio,Status,LinkedIn,Photo\n"
                     "ada@example.com,Ada Lovelace,Member,Mentors; Berlin chapter,Analyst,,"
                     "https://www.linkedin.com/in/ada-lovelace,\n"
                     "grace@example.com,Grace Hopper,Member,,Found the bug,,,\n"_s);
        const qint64 writesBefore = profileWrites();
        r = import(second, {u"--dry-run"_s, u"--mode"_s, u"upsert"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QVERIFY2(r.out.startsWith(u"2 rows: 1 update, 1 unchanged."_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"bio: 'Wrote the first program, 1843' → 'Analyst'"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"linkedin: 'https://www.linkedin.com/in/ada' → "
                                u"'https://www.linkedin.com/in/ada-lovelace'"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"groups: + Berlin chapter"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"status:"_s) && !r.out.contains(u"picture:"_s),
                 qPrintable(r.out));
        r = import(second, {u"--dry-run"_s, u"--mode"_s, u"upsert"_s, u"--json"_s});
        dryRun = QJsonDocument::fromJson(r.outBytes()).object();
        QCOMPARE(planOf(dryRun, u"ada@example.com"_s)[u"plan"_s].toString(), u"update"_s);
        QVERIFY(planOf(dryRun, u"ada@example.com"_s)[u"detail"_s].toString().contains(
            u"bio: 'Wrote the first program, 1843' → 'Analyst'"_s));
        QCOMPARE(planOf(dryRun, u"grace@example.com"_s)[u"plan"_s].toString(), u"unchanged"_s);
        QCOMPARE(profileWrites(), writesBefore);

        r = import(second, {u"--mode"_s, u"upsert"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QVERIFY2(r.out.contains(u"1 updated"_s), qPrintable(r.out));
        ada = atProvider(u"ada@example.com"_s);
        QCOMPARE(ada[u"bio"_s].toString(), u"Analyst"_s);
        QCOMPARE(ada[u"linkedin"_s].toString(), u"https://www.linkedin.com/in/ada-lovelace"_s);
        QCOMPARE(ada[u"status"_s].toString(), u"Counting"_s);
        QCOMPARE(picture(ada).size(), QSize(512, 358));
        QCOMPARE(groupIds(ada), (QStringList{u"grp_berlin"_s, u"grp_mentors"_s, u"grp_welcome"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliImportProfile)
#include "tst_cli_import_profile.moc"
