// roster-sandbox --members N seeds the same community whenever and on whichever port it starts:
// two seeded sandboxes answer byte for byte the same listings and state, a fresh state file is
// seeded byte for byte the same, and a sandbox restarted on its state file lists what it listed.
#include "sandbox_process.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Members = 400;
constexpr int ForwardPageSize = 50;

QStringList seeded(const QStringList &more = {})
{
    return QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(Members)} + more;
}

struct Listings
{
    QByteArray heartbeat;
    QByteArray forward; // every page, one after the other
    QByteArray state;   // Beam.gg cannot list: its members are in the sandbox's state
};

// What a client can read of the sandbox's members; an answer other than 200 is its status line.
Listings listings(SandboxProcess &sandbox)
{
    HttpClient http;
    const auto body = [](const TestReply &reply) {
        return reply.status == 200 ? reply.body
                                   : "HTTP " + QByteArray::number(reply.status) + ' ' + reply.body;
    };
    Listings out;
    out.heartbeat =
        body(http.get(sandbox.url(u"/heartbeat/v0/users"_s), HttpClient::bearer(sandbox.apiKey())));
    for (int page = 0; page * ForwardPageSize < Members; ++page) {
        out.forward += body(http.get(
            sandbox.url(
                u"/forward/users?type=BUSINESS&size=%1&page=%2"_s.arg(ForwardPageSize).arg(page)),
            HttpClient::xApiKey(sandbox.apiKey())));
    }
    out.state = body(http.get(sandbox.url(u"/_sandbox/state"_s)));
    return out;
}

void compareListings(const Listings &first, const Listings &second)
{
    QCOMPARE(QJsonDocument::fromJson(first.heartbeat).array().size(), Members);
    QCOMPARE(second.heartbeat, first.heartbeat);
    QVERIFY(first.forward.contains(QByteArray("\"total_count\":" + QByteArray::number(Members))));
    QCOMPARE(second.forward, first.forward);
    QCOMPARE(QJsonDocument::fromJson(first.state)[u"beam"_s][u"members"_s].toArray().size(),
             Members);
    QCOMPARE(second.state, first.state);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : "cannot read " + path.toUtf8();
}
} // namespace

class TestSandboxSeeding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSeededSandboxes_listTheSameMembersByteForByte()
    {
        SandboxProcess first(seeded());
        QVERIFY2(first.start(), qPrintable(first.error()));
        const Listings before = listings(first);
        SandboxProcess second(seeded());
        QVERIFY2(second.start(), qPrintable(second.error()));
        QVERIFY(second.port() != first.port());
        compareListings(before, listings(second));
        QVERIFY2(!before.heartbeat.contains(QByteArray(':' + QByteArray::number(first.port()))),
                 "the Heartbeat listing names the sandbox's port");
    }

    void freshStateFiles_areSeededByteForByteTheSame()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString one = dir.filePath(u"one.json"_s);
        const QString two = dir.filePath(u"two.json"_s);
        SandboxProcess first(seeded({u"--state"_s, one}));
        QVERIFY2(first.start(), qPrintable(first.error()));
        SandboxProcess second(seeded({u"--state"_s, two}));
        QVERIFY2(second.start(), qPrintable(second.error()));
        const QByteArray seededOnce = fileBytes(one);
        QVERIFY(seededOnce.size() > Members * 3 * 50);
        QCOMPARE(fileBytes(two), seededOnce);
        compareListings(listings(first), listings(second));
    }

    void aSandboxRestartedOnItsStateFile_onAnotherPort_listsWhatItListed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList options = seeded({u"--state"_s, dir.filePath(u"state.json"_s)});
        auto first = std::make_unique<SandboxProcess>(options);
        QVERIFY2(first->start(), qPrintable(first->error()));
        const Listings before = listings(*first);
        const quint16 oldPort = first->port();
        QCOMPARE(first->terminate(), 0);
        first.reset();

        QTcpServer oldPortTaken; // so that the restart listens elsewhere
        oldPortTaken.listen(QHostAddress::LocalHost, oldPort);
        SandboxProcess restarted(options);
        QVERIFY2(restarted.start(), qPrintable(restarted.error()));
        QVERIFY(restarted.port() != oldPort);
        compareListings(before, listings(restarted));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeeding)
#include "tst_sandbox_seeding.moc"
