// The fault relay's HTTP message framing, fed byte streams cut at every offset.
#include "http_framer.h"

#include <QTest>

class TestHttpFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentLengthMessageSplitAnywhere()
    {
        const QByteArray request = "POST /beam/users/create HTTP/1.1\r\nHost: x\r\n"
                                   "Content-Length: 11\r\n\r\n{\"a\":\"bcd\"}";
        for (qsizetype cut = 0; cut <= request.size(); ++cut) {
            HttpFramer framer;
            framer.append(request.left(cut));
            std::optional<QByteArray> message = framer.takeMessage();
            if (cut < request.size()) {
                QVERIFY2(!message, qPrintable(QString::number(cut)));
                framer.append(request.mid(cut));
                message = framer.takeMessage();
            }
            QVERIFY(message);
            QCOMPARE(*message, request);
            QVERIFY(!framer.takeMessage());
        }
    }

    void pipelinedMessagesComeOutInOrder()
    {
        const QByteArray first = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray second = "PUT /b HTTP/1.1\r\ncontent-length: 2\r\n\r\n{}";
        HttpFramer framer;
        framer.append(first + second + "GET /c");
        QCOMPARE(framer.takeMessage().value_or(QByteArray()), first);
        QCOMPARE(framer.takeMessage().value_or(QByteArray()), second);
        QVERIFY(!framer.takeMessage());
        QCOMPARE(HttpFramer::requestPath(second), QByteArray("/b"));
    }

    void chunkedBody()
    {
        const QByteArray response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    "4\r\nWiki\r\n6;ext=1\r\npedia \r\n0\r\n\r\n";
        for (qsizetype cut = 0; cut < response.size(); ++cut) {
            HttpFramer framer;
            framer.append(response.left(cut));
            QVERIFY(!framer.takeMessage());
            framer.append(response.mid(cut));
            QCOMPARE(framer.takeMessage().value_or(QByteArray()), response);
        }
    }

    void malformedLengthOrEndlessHeadFails()
    {
        HttpFramer badLength;
        badLength.append("POST / HTTP/1.1\r\nContent-Length: -4\r\n\r\n");
        QVERIFY(!badLength.takeMessage());
        QVERIFY(badLength.failed());

        HttpFramer endless;
        endless.append(QByteArray(70 * 1024, 'x'));
        QVERIFY(!endless.takeMessage());
        QVERIFY(endless.failed());
    }
};

QTEST_GUILESS_MAIN(TestHttpFramer)
#include "tst_http_framer.moc"
