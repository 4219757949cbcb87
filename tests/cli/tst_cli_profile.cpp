// Every profile field through roster-cli member add and member edit, against a real sandbox:
// Heartbeat's status line, social links, picture, introduction thread and group memberships are
// set, changed and cleared as the sandbox's state then shows; what a provider does not take, a
// link that is not a full https:// address and a picture that is not one are refused before
// anything is sent.
#include "cli_runner.h"
#include "profile_picture.h"
#include "sandbox_process.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliProfile : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    const QStringList m_ws = {u"-w"_s, u"Acme"_s};
    const QString m_email = u"ada@example.com"_s;

    void startWorkspace(const QString &provider)
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"2"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        QStringList add = {u"workspace"_s,  u"add"_s, u"Acme"_s,
                           u"--provider"_s, provider, u"--key-stdin"_s};
        if (provider == u"heartbeat"_s)
            add << u"--url"_s << m_sandbox->baseUrl() + u"/heartbeat/v0"_s;
        else
            add << u"--url"_s << m_sandbox->baseUrl() + u"/forward"_s << u"--business-id"_s
                << u"biz_sandbox"_s;
        const CliResult added = m_cli->run(add, m_sandbox->apiKey() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
    }

    CliResult member(const QString &command, const QStringList &options)
    {
        return m_cli->run(QStringList{u"member"_s, command, m_email} + m_ws + options);
    }

    // The provider's own record of the member.
    QJsonObject atProvider(const QString &provider = u"heartbeat"_s)
    {
        const QJsonArray members = m_sandbox->state(provider)[u"members"_s].toArray();
        for (const QJsonValue &member : members) {
            if (member[u"email"_s].toString() == m_email)
                return member.toObject();
        }
        return {};
    }

    qint64 requests() { return m_sandbox->stats()[u"total"_s].toInteger(); }

    qint64 profileUpdates()
    {
        return m_sandbox->stats()[u"providers"_s][u"heartbeat"_s][u"POST /v0/users"_s][u"200"_s]
            .toInteger();
    }

    // A picture file of `size`, in `format`, with some detail so that it does not compress to
    // nothing.
    QString writePicture(const QString &name, QSize size, const char *format)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QPainter painter(&image);
        for (int x = 0; x < size.width(); x += 16)
            painter.fillRect(x, (x * 7) % size.height(), 12, 12,
                             QColor::fromHsv(x % 360, 200, 220));
        painter.end();
        const QString path = m_cli->homePath() + u'/' + name;
        [&] { QVERIFY(image.save(path, format)); }();
        return path;
    }

    static QImage decoded(const QJsonObject &member)
    {
        return QImage::fromData(
            QByteArray::fromBase64(member[u"profilePicture"_s].toString().toLatin1()));
    }

    static QStringList groupIds(const QJsonObject &member)
    {
        QStringList ids;
        for (const QJsonValue &id : member[u"groupIDs"_s].toArray())
            ids << id.toString();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
    }

    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void heartbeat_setsChangesAndClearsEveryField()
    {
        startWorkspace(u"heartbeat"_s);
        const QString large = writePicture(u"portrait.png"_s, {1600, 1200}, "PNG");

        CliResult r = member(u"add"_s, {u"--name"_s,
                                        u"Ada Lovelace"_s,
                                        u"--role"_s,
                                        u"Member"_s,
                                        u"--group"_s,
                                        u"Mentors"_s,
                                        u"--bio"_s,
                                        u"Wrote the first program"_s,
                                        u"--introduce"_s,
                                        u"--status"_s,
                                        u"Counting"_s,
                                        u"--linkedin"_s,
                                        u"https://www.linkedin.com/in/ada"_s,
                                        u"--twitter"_s,
                                        u"https://x.com/ada"_s,
                                        u"--instagram"_s,
                                        u"https://www.instagram.com/ada"_s,
                                        u"--picture"_s,
                                        large,
                                        u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QJsonObject at = atProvider();
        QCOMPARE(at[u"name"_s].toString(), u"Ada Lovelace"_s);
        QCOMPARE(at[u"bio"_s].toString(), u"Wrote the first program"_s);
        QCOMPARE(at[u"status"_s].toString(), u"Counting"_s);
        QCOMPARE(at[u"linkedin"_s].toString(), u"https://www.linkedin.com/in/ada"_s);
        QCOMPARE(at[u"twitter"_s].toString(), u"https://x.com/ada"_s);
        QCOMPARE(at[u"instagram"_s].toString(), u"https://www.instagram.com/ada"_s);
        QVERIFY(at[u"introductionThread"_s].toBool());
        QCOMPARE(groupIds(at), QStringList{u"grp_mentors"_s});
        QImage picture = decoded(at);
        QVERIFY2(!picture.isNull(), "the sandbox holds no picture");
        QVERIFY(picture.width() <= ProfilePicture::MaxSide &&
                picture.height() <= ProfilePicture::MaxSide);
        QCOMPARE(picture.width(), ProfilePicture::MaxSide); // scaled down, its shape kept
        QCOMPARE(picture.height(), ProfilePicture::MaxSide * 1200 / 1600);
        const QJsonObject shown = QJsonDocument::fromJson(r.outBytes()).object();
        QCOMPARE(shown[u"statusLine"_s].toString(), u"Counting"_s);
        QCOMPARE(shown[u"twitter"_s].toString(), u"https://x.com/ada"_s);

        // Every field changed, and the groups: into one, out of another.
        const QString small = writePicture(u"small.jpg"_s, {64, 48}, "JPEG");
        r = member(u"edit"_s,
                   {u"--name"_s, u"Ada King"_s, u"--bio"_s, u"Analyst"_s, u"--status"_s,
                    u"Travelling"_s, u"--linkedin"_s, u"https://www.linkedin.com/in/ada-king"_s,
                    u"--twitter"_s, u"https://x.com/adaking"_s, u"--instagram"_s,
                    u"https://www.instagram.com/adaking"_s, u"--picture"_s, small, u"--add-group"_s,
                    u"welcome"_s, u"--remove-group"_s, u"Mentors"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QVERIFY2(r.out.contains(u"Status line: Travelling"_s), qPrintable(r.out));
        at = atProvider();
        QCOMPARE(at[u"name"_s].toString(), u"Ada King"_s);
        QCOMPARE(at[u"bio"_s].toString(), u"Analyst"_s);
        QCOMPARE(at[u"status"_s].toString(), u"Travelling"_s);
        QCOMPARE(at[u"linkedin"_s].toString(), u"https://www.linkedin.com/in/ada-king"_s);
        QCOMPARE(at[u"twitter"_s].toString(), u"https://x.com/adaking"_s);
        QCOMPARE(at[u"instagram"_s].toString(), u"https://www.instagram.com/adaking"_s);
        QCOMPARE(groupIds(at), QStringList{u"grp_welcome"_s});
        picture = decoded(at);
        QCOMPARE(picture.size(), QSize(64, 48)); // small enough to go as it is

        // The same again: nothing differs, so no change is sent.
        const qint64 updatesBefore = profileUpdates();
        r = member(u"edit"_s, {u"--bio"_s, u"Analyst"_s, u"--status"_s, u"Travelling"_s,
                               u"--add-group"_s, u"Welcome"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QVERIFY2(r.err.contains(u"nothing was sent"_s), qPrintable(r.err));
        QCOMPARE(profileUpdates(), updatesBefore);

        // Every field that can be emptied, emptied.
        r = member(u"edit"_s, {u"--clear"_s, u"bio"_s, u"--clear"_s, u"status"_s, u"--clear"_s,
                               u"linkedin"_s, u"--clear"_s, u"twitter"_s, u"--clear"_s,
                               u"instagram"_s, u"--clear"_s, u"picture"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        at = atProvider();
        for (const QString &field : {u"bio"_s, u"status"_s, u"linkedin"_s, u"twitter"_s,
                                     u"instagram"_s, u"profilePicture"_s})
            QVERIFY2(at[field].toString().isEmpty(), qPrintable(field));
        QCOMPARE(at[u"name"_s].toString(), u"Ada King"_s);
        QCOMPARE(QJsonDocument::fromJson(r.outBytes()).object()[u"statusLine"_s].toString(), u""_s);
    }

    void heartbeat_unknownGroupListsTheGroups()
    {
        startWorkspace(u"heartbeat"_s);
        QCOMPARE(member(u"add"_s, {u"--name"_s, u"Ada"_s, u"--role"_s, u"Member"_s}).exitCode, 0);
        const CliResult r = member(u"edit"_s, {u"--add-group"_s, u"Knitting"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no group \"Knitting\""_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Mentors"_s) && r.err.contains(u"Berlin chapter"_s),
                 qPrintable(r.err));
    }

    void badInput_isRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("says");
        const QStringList add = {u"--name"_s, u"Ada"_s, u"--role"_s, u"Member"_s};
        QTest::newRow("a bare LinkedIn address")
            << u"add"_s << add + QStringList{u"--linkedin"_s, u"linkedin.com/in/ada"_s}
            << u"https://"_s;
        QTest::newRow("an http Twitter address")
            << u"edit"_s << QStringList{u"--twitter"_s, u"http://x.com/ada"_s} << u"https://"_s;
        QTest::newRow("a picture that is not there")
            << u"add"_s << add + QStringList{u"--picture"_s, u"/nowhere/ada.png"_s}
            << u"/nowhere/ada.png"_s;
        QTest::newRow("a picture that is text")
            << u"edit"_s << QStringList{u"--picture"_s, u"NOTES"_s} << u"not a picture"_s;
        QTest::newRow("a field that cannot be emptied")
            << u"edit"_s << QStringList{u"--clear"_s, u"email"_s} << u"--clear email"_s;
        QTest::newRow("set and cleared")
            << u"edit"_s << QStringList{u"--bio"_s, u"x"_s, u"--clear"_s, u"bio"_s}
            << u"not both"_s;
        QTest::newRow("introduced without a bio")
            << u"add"_s << add + QStringList{u"--introduce"_s} << u"--bio"_s;
    }

    void badInput_isRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        QFETCH(QString, says);
        startWorkspace(u"heartbeat"_s);
        QFile notes(m_cli->homePath() + u"/NOTES"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image\n");
        notes.close();
        for (QString &option : options) {
            if (option == u"NOTES"_s)
                option = notes.fileName();
        }
        const qint64 before = requests();
        const CliResult r = member(command, options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(requests(), before);
        QVERIFY(atProvider().isEmpty());
    }

    void forward_refusesWhatItDoesNotTake_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("refused");
        QTest::newRow("status on add")
            << u"add"_s << QStringList{u"--name"_s, u"Ada Lovelace"_s, u"--status"_s, u"Counting"_s}
            << u"--status"_s;
        QTest::newRow("picture on add")
            << u"add"_s
            << QStringList{u"--name"_s, u"Ada Lovelace"_s, u"--picture"_s, u"/nowhere/ada.png"_s}
            << u"--picture"_s;
        QTest::newRow("bio cleared on edit")
            << u"edit"_s << QStringList{u"--clear"_s, u"bio"_s} << u"--clear bio"_s;
        QTest::newRow("a group on edit")
            << u"edit"_s << QStringList{u"--add-group"_s, u"Mentors"_s} << u"--add-group"_s;
    }

    void forward_refusesWhatItDoesNotTake()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        QFETCH(QString, refused);
        startWorkspace(u"forward"_s);
        const qint64 before = requests();
        const CliResult r = member(command, options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"Forward takes first-name, last-name, email"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"leave out "_s + refused), qPrintable(r.err));
        QCOMPARE(requests(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
