// A listing read as its bytes arrive: JsonListStream cut at every byte of every plausible shape
// reads what QJsonDocument reads whole; a malformed, cut or boundless answer is an error; and
// the clients hand a listing on in batches, fail a malformed one with BadResponse naming the
// endpoint, and call a listing with an unreadable entry incomplete.
#include "api_session.h"
#include "api_task.h"
#include "forward_client.h"
#include "heartbeat_client.h"
#include "json_list_stream.h"
#include "provider_json.h"
#include "recorded_network.h"
#include "test_client.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Answer = RecordedNetwork::Answer;
using Request = RecordedNetwork::Request;

namespace {
const QByteArray Key = "sk_live_stream_0123456789";

QJsonObject heartbeatUser(int n)
{
    return QJsonObject{
        {u"id"_s, u"0fed0eb0-9dc6-41e9-a09d-%1"_s.arg(n, 12, 10, QLatin1Char('0'))},
        {u"email"_s, u"member%1@example.com"_s.arg(n)},
        {u"name"_s, u"Jöhn Dœ %1"_s.arg(n)},
        {u"bio"_s, u"line \"one\"\nline two \\ 😀"_s},
        {u"lastLogin"_s, QJsonValue::Null},
        {u"role"_s, u"User"_s},
        {u"isAdmin"_s, n % 2 == 0},
        {u"score"_s, 1.5 * n},
        {u"groups"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"User"_s}, {u"id"_s, u"e611cac5"_s}}, 42}},
        {u"socialLinks"_s, QJsonObject{}},
        {u"onboardingResponses"_s, QJsonArray{}},
    };
}

QJsonArray users(int count)
{
    QJsonArray list;
    for (int n = 0; n < count; ++n)
        list.append(heartbeatUser(n));
    return list;
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

struct Read
{
    bool ok = false;
    QJsonArray items;
    QJsonObject envelope;
};

// `bytes` fed in the pieces that `cuts` (offsets, ascending) make.
Read readInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts,
                  JsonListStream::Limits limits = {})
{
    Read read;
    JsonListStream stream([&read](const QJsonValue &item) { read.items.append(item); }, limits);
    qsizetype from = 0;
    bool fed = true;
    for (qsizetype cut : cuts) {
        fed = fed && stream.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    fed = fed && stream.feed(QByteArrayView(bytes).sliced(from));
    read.ok = fed && stream.finish();
    read.envelope = stream.envelope();
    return read;
}
} // namespace

class TestListingStream : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordedNetwork> m_network;
    std::unique_ptr<PacerRegistry> m_pacers;

    template <typename Client, typename... Args> std::unique_ptr<Client> make(Args &&...args)
    {
        return TestClient::make<Client>(m_network.get(), *m_pacers, Key, TestClient::AtOnce,
                                        std::forward<Args>(args)...);
    }

    struct Streamed
    {
        Result<ListingEnd> end;
        QList<qsizetype> batches;
        ListingProgress lastProgress;
    };
    Streamed stream(MemberClient &client)
    {
        Streamed streamed;
        std::optional<Result<ListingEnd>> result;
        ListingSink sink;
        sink.batch = [&streamed](QList<RemoteMember> batch) {
            streamed.batches.append(batch.size());
        };
        sink.progress = [&streamed](const ListingProgress &p) { streamed.lastProgress = p; };
        ApiTask *task =
            client.streamMembers(sink, [&result](const Result<ListingEnd> &r) { result = r; });
        QSignalSpy finished(task, &ApiTask::finished);
        if (!finished.wait(10000) || !result)
            qFatal("the listing did not finish");
        streamed.end = *result;
        return streamed;
    }

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<RecordedNetwork>(
            [](const Request &) { return Answer::json(404, {}); });
        m_pacers = std::make_unique<PacerRegistry>();
    }

    void everySplitPointReadsWhatQJsonDocumentReads_data()
    {
        QTest::addColumn<QByteArray>("answer");
        const QJsonArray three = users(3);
        const QJsonObject meta{{u"page"_s, 0}, {u"size"_s, 100}, {u"total_count"_s, 3}};
        QTest::newRow("bare array") << compact(three);
        QTest::newRow("empty array") << QByteArray("[ ]");
        QTest::newRow("{data, meta}")
            << compact(QJsonObject{{u"data"_s, three}, {u"meta"_s, meta}});
        QTest::newRow("{meta, data} in that order")
            << QByteArray(R"({"meta":{"page":0,"size":100,"total_count":3},"data":)") +
                   compact(three) + '}';
        QTest::newRow("{data, total}") << compact(QJsonObject{{u"data"_s, three}, {u"total"_s, 3}});
        QTest::newRow("{users}") << compact(QJsonObject{{u"users"_s, three}});
        QTest::newRow("scalars and nulls as items")
            << QByteArray(R"([1, "two", null, true, {"a": [1, {"b": -2.5e3}]}, []])");
        QTest::newRow("whitespace everywhere")
            << QByteArray("\n [ {\"id\" : \"1\" ,\n \"email\":\"a@example.com\"} ,\t{} ] \n");
        QTest::newRow("big numbers")
            << QByteArray(R"({"data":[{"id":12345678901234,"n":1e300,"m":-0.0}],"total":1})");
    }

    void everySplitPointReadsWhatQJsonDocumentReads()
    {
        QFETCH(QByteArray, answer);
        const QJsonDocument whole = QJsonDocument::fromJson(answer);
        const std::optional<QJsonArray> expected = ProviderJson::listItems(whole);
        QVERIFY(expected);
        QJsonObject expectedEnvelope = whole.object();
        expectedEnvelope.remove(u"data"_s);
        expectedEnvelope.remove(u"users"_s);
        for (qsizetype cut = 0; cut <= answer.size(); ++cut) {
            const Read read = readInPieces(answer, {cut});
            QVERIFY2(read.ok, qPrintable(u"cut at %1"_s.arg(cut)));
            QCOMPARE(read.items, *expected);
            QCOMPARE(read.envelope, expectedEnvelope);
        }
        // A byte at a time, as a slow network might.
        QList<qsizetype> everyByte;
        for (qsizetype at = 1; at < answer.size(); ++at)
            everyByte.append(at);
        const Read bytewise = readInPieces(answer, everyByte);
        QVERIFY(bytewise.ok);
        QCOMPARE(bytewise.items, *expected);
    }

    void whatIsNoCompleteListIsAnError_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut short") << compact(users(2)).chopped(7);
        QTest::newRow("a single object") << compact(heartbeatUser(1));
        QTest::newRow("a message") << QByteArray(R"({"message":"ok"})");
        QTest::newRow("a string") << QByteArray(R"("users")");
        QTest::newRow("data is no list") << QByteArray(R"({"data":{"id":"1"}})");
        QTest::newRow("trailing garbage") << QByteArray("[{\"id\":\"1\"}] x");
        QTest::newRow("two lists") << QByteArray("[][]");
        QTest::newRow("broken mid-way") << QByteArray("[{\"id\":\"1\"},{\"id\" \"2\"}]");
        QTest::newRow("not UTF-8") << QByteArray("[{\"name\":\"\xff\xfe\"}]");
        QTest::newRow("an HTML page") << QByteArray("<html><body>Bad gateway</body></html>");
    }

    void whatIsNoCompleteListIsAnError()
    {
        QFETCH(QByteArray, answer);
        for (qsizetype cut = 0; cut <= answer.size(); ++cut)
            QVERIFY2(!readInPieces(answer, {cut}).ok, qPrintable(u"cut at %1"_s.arg(cut)));
    }

    void anItemOrNestingBeyondTheLimitsIsAnError()
    {
        JsonListStream::Limits limits;
        limits.maxDepth = 8;
        limits.maxValueBytes = 4096;
        QVERIFY(readInPieces(compact(users(50)), {}, limits).ok);

        const QByteArray deep = "[" + QByteArray(20, '[') + QByteArray(20, ']') + "]";
        QVERIFY(!readInPieces(deep, {}, limits).ok);

        QJsonObject huge = heartbeatUser(1);
        huge.insert(u"bio"_s, QString(5000, u'x'));
        QVERIFY(!readInPieces(compact(QJsonArray{huge}), {100}, limits).ok);

        // The envelope is bounded the same way.
        const QByteArray bigEnvelope = "{\"data\":[],\"note\":\"" + QByteArray(5000, 'y') + "\"}";
        QVERIFY(!readInPieces(bigEnvelope, {}, limits).ok);

        // The default limits take a real answer.
        QVERIFY(readInPieces(compact(users(200)), {}).ok);
    }

    // Seen while writing fuzz_json_list_stream: an envelope's keys were not counted, and a value
    // cut by a piece's end was kept by YAJL whatever its length until it ended.
    void envelopeKeysAndValuesStillArrivingCountAgainstTheLimit()
    {
        JsonListStream::Limits limits;
        limits.maxValueBytes = 4096;
        const QByteArray longKey = "{\"data\":[],\"" + QByteArray(5000, 'k') + "\":0}";
        QVERIFY(!readInPieces(longKey, {}, limits).ok);
        QVERIFY(!readInPieces(longKey, {100, 3000}, limits).ok);

        // A string item that never ends is refused while it arrives, not at the end.
        qint64 items = 0;
        JsonListStream stream([&items](const QJsonValue &) { ++items; }, limits);
        QVERIFY(stream.feed("[1,\""));
        const QByteArray endless(1000, 'x');
        bool fed = true;
        for (int piece = 0; piece < 100 && fed; ++piece)
            fed = stream.feed(endless);
        QVERIFY(!fed);
        QVERIFY(stream.problem().contains(u"larger than 4096 bytes"_s));
        QCOMPARE(items, 1);

        // Whitespace between values is no value: a list padded with it is still read.
        // YAJL's whitespace has \v and \f too.
        const QByteArray padded = "[1," + QByteArray(" \t\n\v\f\r").repeated(7000) + "2]";
        QList<qsizetype> everyKilobyte;
        for (qsizetype at = 1000; at < padded.size(); at += 1000)
            everyKilobyte.append(at);
        const Read read = readInPieces(padded, everyKilobyte, limits);
        QVERIFY(read.ok);
        QCOMPARE(read.items, (QJsonArray{1, 2}));
    }

    void heartbeat_handsTheListingOnInBatchesWithProgress()
    {
        auto client = make<HeartbeatClient>(recordedBase(u"/v0"_s), QUrl());
        const qsizetype count = MemberClient::ListingBatch * 2 + 17;
        const QByteArray body = compact(users(int(count)));
        m_network->setScript([body](const Request &) { return Answer::json(200, body); });
        const Streamed streamed = stream(*client);
        QVERIFY2(streamed.end.ok(), qPrintable(streamed.end.error.message));
        QCOMPARE(streamed.end.value.members, count);
        QVERIFY(streamed.end.value.complete);
        const QList<qsizetype> batches{MemberClient::ListingBatch, MemberClient::ListingBatch, 17};
        QCOMPARE(streamed.batches, batches);
        QCOMPARE(streamed.lastProgress.bytesRead, body.size());
        QCOMPARE(streamed.lastProgress.membersRead, count);
    }

    void heartbeat_anUnreadableEntryMakesTheListingIncomplete()
    {
        auto client = make<HeartbeatClient>(recordedBase(u"/v0"_s), QUrl());
        QJsonArray list = users(5);
        QJsonObject noEmail = heartbeatUser(99);
        noEmail.remove(u"email"_s);
        list.insert(2, noEmail);
        list.append(u"not a user"_s);
        m_network->setScript([list](const Request &) { return Answer::json(200, compact(list)); });
        const Streamed streamed = stream(*client);
        QVERIFY2(streamed.end.ok(), qPrintable(streamed.end.error.message));
        QCOMPARE(streamed.end.value.members, 5);
        QVERIFY(!streamed.end.value.complete);
        QVERIFY2(streamed.end.value.whyIncomplete.contains(u"2 of the users"_s),
                 qPrintable(streamed.end.value.whyIncomplete));
    }

    void malformedAnswersFailWithBadResponseNamingTheEndpoint_data()
    {
        QTest::addColumn<QByteArray>("answer");
        const QByteArray valid = compact(users(MemberClient::ListingBatch * 2));
        const qsizetype between = valid.indexOf("},{\"bio\"", valid.size() * 3 / 4) + 2;
        QTest::newRow("broken after a batch") << valid.left(between) + "}}}" + valid.mid(between);
        QTest::newRow("cut short") << valid.chopped(30);
        QTest::newRow("an object") << QByteArray(R"({"message":"Heartbeat is down for upgrades"})");
    }

    void malformedAnswersFailWithBadResponseNamingTheEndpoint()
    {
        QFETCH(QByteArray, answer);
        auto client = make<HeartbeatClient>(recordedBase(u"/v0"_s), QUrl());
        // The key in the answer must not reach the message.
        const QByteArray withKey =
            answer.startsWith('[') ? "[\"" + Key + "\"," + answer.mid(1) : answer;
        m_network->setScript([withKey](const Request &) { return Answer::json(200, withKey); });
        const Streamed streamed = stream(*client);
        QCOMPARE(streamed.end.error.kind, ApiErrorKind::BadResponse);
        const QString message = streamed.end.error.message;
        QVERIFY2(message.contains(u"GET http://127.0.0.1:9/v0/users"_s), qPrintable(message));
        QVERIFY2(message.contains(u"a list of users"_s), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(Key)), qPrintable(message));
        QVERIFY2(message.contains(QString::fromUtf8(withKey.mid(withKey.indexOf(',') + 1, 20))) ||
                     message.contains(QString::fromUtf8(withKey.left(20))),
                 qPrintable(message));
        QVERIFY2(message.size() < 600, qPrintable(message));
    }

    void forward_handsEachPageOnOnceAcrossPages()
    {
        auto client = make<ForwardClient>(recordedBase(u"/forward"_s), u"biz_1"_s);
        m_network->setScript([](const Request &request) {
            const int page = request.query(u"page"_s).toInt();
            QJsonArray data;
            for (int n = page * 100; n < std::min(250, page * 100 + 100); ++n)
                data.append(QJsonObject{{u"id"_s, u"user_%1"_s.arg(n)},
                                        {u"email"_s, u"u%1@example.com"_s.arg(n)}});
            const QJsonObject meta{{u"page"_s, page}, {u"size"_s, 100}, {u"total_count"_s, 250}};
            return Answer::json(200, compact(QJsonObject{{u"meta"_s, meta}, {u"data"_s, data}}));
        });
        const Streamed streamed = stream(*client);
        QVERIFY2(streamed.end.ok(), qPrintable(streamed.end.error.message));
        QCOMPARE(streamed.end.value.members, 250);
        QVERIFY(streamed.end.value.complete);
        QCOMPARE(streamed.batches, (QList<qsizetype>{100, 100, 50}));
        QCOMPARE(streamed.lastProgress.membersExpected, 250);
        QCOMPARE(streamed.lastProgress.membersRead, 250);
    }
};

QTEST_GUILESS_MAIN(TestListingStream)
#include "tst_listing_stream.moc"
