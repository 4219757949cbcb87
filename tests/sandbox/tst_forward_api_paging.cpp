// Forward's GET /users pages over loopback against a real roster-sandbox with 130 members, with
// pages counted from 0 (the default) and from 1 (--forward-first-page 1): reading every page gets
// every member exactly once.
#include "http_client.h"
#include "sandbox_process.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Members = 130;
}

class TestForwardApiPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    TestReply list(const QString &query)
    {
        return m_http.get(m_sandbox->url(u"/forward/users?type=BUSINESS"_s + query),
                          HttpClient::xApiKey(m_sandbox->apiKey()));
    }

    QStringList storedIds()
    {
        QStringList ids;
        for (const QJsonValue &member : m_sandbox->state(u"forward"_s)[u"members"_s].toArray())
            ids.append(member[u"id"_s].toString());
        return ids;
    }

    void addFirstPageRows()
    {
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<int>("firstPage");
        QTest::newRow("default") << QStringList() << 0;
        QTest::newRow("first page 0") << QStringList{u"--forward-first-page"_s, u"0"_s} << 0;
        QTest::newRow("first page 1") << QStringList{u"--forward-first-page"_s, u"1"_s} << 1;
    }

    void startWith(const QStringList &option)
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(Members)} +
            option);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

private Q_SLOTS:
    void cleanup() { m_sandbox.reset(); }

    void readingEveryPage_getsEveryMemberExactlyOnce_data() { addFirstPageRows(); }

    void readingEveryPage_getsEveryMemberExactlyOnce()
    {
        QFETCH(QStringList, option);
        QFETCH(int, firstPage);
        startWith(option);

        for (const int size : {20, 7, 50}) {
            QStringList seen;
            const int pages = (Members + size - 1) / size;
            for (int page = firstPage; page < firstPage + pages; ++page) {
                const TestReply result = list(u"&size=%1&page=%2"_s.arg(size).arg(page));
                QCOMPARE(result.status, 200);
                const QJsonObject meta = result.object()[u"meta"_s].toObject();
                QCOMPARE(meta,
                         QJsonObject(
                             {{u"page"_s, page}, {u"size"_s, size}, {u"total_count"_s, Members}}));
                const QJsonArray data = result.object()[u"data"_s].toArray();
                const bool last = page == firstPage + pages - 1;
                QCOMPARE(data.size(), last ? Members - (pages - 1) * size : size);
                for (const QJsonValue &user : data)
                    seen.append(user[u"id"_s].toString());
            }
            QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), Members);
            QCOMPARE(seen, storedIds());

            const TestReply beyond = list(u"&size=%1&page=%2"_s.arg(size).arg(firstPage + pages));
            QCOMPARE(beyond.status, 200);
            QCOMPARE(beyond.object()[u"data"_s].toArray(), QJsonArray());
            QCOMPARE(beyond.object()[u"meta"_s][u"total_count"_s].toInt(), Members);
        }
    }

    void withoutPageOrSize_theFirstPageOfTwenty_data() { addFirstPageRows(); }

    void withoutPageOrSize_theFirstPageOfTwenty()
    {
        QFETCH(QStringList, option);
        QFETCH(int, firstPage);
        startWith(option);
        const TestReply result = list(QString());
        QCOMPARE(result.status, 200);
        QCOMPARE(
            result.object()[u"meta"_s].toObject(),
            QJsonObject({{u"page"_s, firstPage}, {u"size"_s, 20}, {u"total_count"_s, Members}}));
        const QJsonArray data = result.object()[u"data"_s].toArray();
        QCOMPARE(data.size(), 20);
        QCOMPARE(data.first()[u"id"_s].toString(), storedIds().first());
        QCOMPARE(list(u"&page=%1"_s.arg(firstPage)).object(), result.object());
    }

    void aSizeAboveFifty_isClampedToFifty_data() { addFirstPageRows(); }

    void aSizeAboveFifty_isClampedToFifty()
    {
        QFETCH(QStringList, option);
        QFETCH(int, firstPage);
        startWith(option);
        QStringList seen;
        for (int page = firstPage; page < firstPage + 3; ++page) {
            const TestReply result = list(u"&size=100&page=%1"_s.arg(page));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.object()[u"meta"_s][u"size"_s].toInt(), 50);
            QCOMPARE(result.object()[u"meta"_s][u"page"_s].toInt(), page);
            for (const QJsonValue &user : result.object()[u"data"_s].toArray())
                seen.append(user[u"id"_s].toString());
        }
        QCOMPARE(seen, storedIds());
    }

    void aPageBeforeTheFirst_isRefusedNamingPage()
    {
        startWith({u"--forward-first-page"_s, u"1"_s});
        const TestReply result = list(u"&page=0"_s);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object()[u"argument_errors"_s].toObject().keys(), QStringList{u"page"_s});
        QCOMPARE(result.object()[u"message"_s].toString(), u"Invalid request"_s);
    }
};

QTEST_GUILESS_MAIN(TestForwardApiPaging)
#include "tst_forward_api_paging.moc"
