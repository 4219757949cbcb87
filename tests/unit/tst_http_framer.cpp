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
        QCOMPARE(endless.failureStatus(), 431);
    }

    void refusedAtOnce_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("status");
        const QByteArray chunkedHead =
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("negative chunk size") << chunkedHead + "-6\r\nabcdef\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk size 7fffffffffffffff")
            << chunkedHead + "7fffffffffffffff\r\nabc" << 400;
        QTest::newRow("chunk size ffffffffffffffffff") << chunkedHead + "ffffffffffffffffff\r\n"
                                                       << 400;
        QTest::newRow("chunk size with a sign") << chunkedHead + "+5\r\nabcde\r\n" << 400;
        QTest::newRow("chunk size 0x5") << chunkedHead + "0x5\r\nabcde\r\n" << 400;
        QTest::newRow("chunk data not followed by CRLF") << chunkedHead + "3\r\nabcdef\r\n" << 400;
        QTest::newRow("chunk over 16 MB") << chunkedHead + "1000001\r\n" << 413;
        QTest::newRow("chunks adding up to over 16 MB")
            << chunkedHead + "800000\r\n" + QByteArray(0x800000, 'a') + "\r\n800001\r\n"
            << 413;
        QTest::newRow("endless chunk size line") << chunkedHead + QByteArray(2000, '1') << 400;
        QTest::newRow("Content-Length 9223372036854775807")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 9223372036854775807\r\n\r\n") << 413;
        QTest::newRow("Content-Length of 40 digits")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: ") + QByteArray(40, '9') + "\r\n\r\n"
            << 413;
        QTest::newRow("Content-Length 16 MB + 1")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 16777217\r\n\r\n") << 413;
        QTest::newRow("Content-Length with a sign")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: +4\r\n\r\n") << 400;
        QTest::newRow("Content-Length in hex")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0x4\r\n\r\n") << 400;
        QTest::newRow("two different lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\n")
            << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n")
            << 400;
        QTest::newRow("gzip transfer coding")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 400;
        QTest::newRow("space before the colon")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length : 4\r\n\r\nabcd") << 400;
        QTest::newRow("header line without a name")
            << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
    }

    void refusedAtOnce()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, status);
        HttpFramer framer;
        framer.append(stream);
        QVERIFY(!framer.takeMessage());
        QVERIFY(framer.failed());
        QCOMPARE(framer.failureStatus(), status);
        framer.append("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(!framer.takeMessage());
    }

    // A head, a chunk-size line and a trailer at their limits pass, one byte more fails,
    // wherever the stream is cut (found by tests/fuzz/fuzz_http_framer: cut inside the line
    // end of a part at its limit, a message that passed in one piece was refused).
    void limitsHoldWhereverTheStreamIsCut_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("failure"); // 0: the stream is one message
        const qsizetype maxHead = HttpFramer::MaxHeadSize;
        const qsizetype maxChunkSizeLine = 1024; // http_framer.cpp
        const QByteArray chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        const auto head = [](qsizetype size) -> QByteArray {
            const QByteArray start = "GET / HTTP/1.1\r\nX: ";
            return start + QByteArray(size - start.size(), 'a') + "\r\n\r\n";
        };
        const auto sizeLine = [&](qsizetype size) -> QByteArray {
            return chunked + QByteArray(size - 1, '0') + "1\r\nx\r\n0\r\n\r\n";
        };
        // From the CRLF after the last chunk's size to the empty line: "\r\nX: aaa".
        const auto trailer = [&](qsizetype size) -> QByteArray {
            return chunked + "0\r\nX: " + QByteArray(size - 5, 'a') + "\r\n\r\n";
        };
        QTest::newRow("head at the limit") << head(maxHead) << 0;
        QTest::newRow("head over it") << head(maxHead + 1) << 431;
        QTest::newRow("chunk-size line at the limit") << sizeLine(maxChunkSizeLine) << 0;
        QTest::newRow("chunk-size line over it") << sizeLine(maxChunkSizeLine + 1) << 400;
        QTest::newRow("trailer at the limit") << trailer(maxHead) << 0;
        QTest::newRow("trailer over it") << trailer(maxHead + 1) << 431;
    }

    void limitsHoldWhereverTheStreamIsCut()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, failure);
        for (qsizetype cut = stream.size() - 16; cut <= stream.size(); ++cut) {
            HttpFramer framer;
            framer.append(stream.left(cut));
            std::optional<QByteArray> message = framer.takeMessage();
            if (!message && !framer.failed()) {
                framer.append(stream.mid(cut));
                message = framer.takeMessage();
            }
            const QByteArray where = "cut at " + QByteArray::number(cut);
            QVERIFY2(framer.failureStatus() == failure, where.constData());
            QVERIFY2(message.has_value() == (failure == 0), where.constData());
            if (message)
                QVERIFY2(*message == stream, where.constData());
        }
    }

    void bodyOfExactly16MegabytesPasses()
    {
        const qint64 size = HttpFramer::DefaultMaxBodySize;
        HttpFramer framer;
        framer.append("POST / HTTP/1.1\r\nContent-Length: " + QByteArray::number(size) +
                      "\r\n\r\n");
        QVERIFY(!framer.takeMessage());
        QVERIFY(!framer.failed());
        framer.append(QByteArray(size, 'a'));
        const std::optional<QByteArray> message = framer.takeMessage();
        QVERIFY(message);
        QVERIFY(message->endsWith('a'));
    }

    void leadingZerosAndTrailersInChunks()
    {
        const QByteArray request = "POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
                                   "0000000000000003\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\nGET";
        HttpFramer framer;
        framer.append(request);
        QCOMPARE(framer.takeMessage().value_or(QByteArray()), request.chopped(3));
        QVERIFY(!framer.failed());
    }

    void connectionCloseAndHttp10()
    {
        QVERIFY(HttpFramer::closesConnection("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
        QVERIFY(HttpFramer::closesConnection("GET / HTTP/1.1\r\nconnection: TE, Close\r\n\r\n"));
        QVERIFY(HttpFramer::closesConnection("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n"));
        QVERIFY(!HttpFramer::closesConnection("GET / HTTP/1.1\r\nConnection: keep-alive\r\n\r\n"));
        QVERIFY(!HttpFramer::closesConnection("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost with port") << QByteArray("localhost:7678") << true;
        QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST") << true;
        QTest::newRow("127.0.0.1 with port") << QByteArray("127.0.0.1:7678") << true;
        QTest::newRow("127.1.2.3") << QByteArray("127.1.2.3") << true;
        QTest::newRow("[::1] with port") << QByteArray("[::1]:7678") << true;
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("evil.example") << QByteArray("evil.example") << false;
        QTest::newRow("evil.example with port") << QByteArray("evil.example:7678") << false;
        QTest::newRow("localhost.evil.example") << QByteArray("localhost.evil.example") << false;
        QTest::newRow("128.0.0.1") << QByteArray("128.0.0.1:7678") << false;
        QTest::newRow("port not a number") << QByteArray("localhost:x") << false;
        QTest::newRow("empty port") << QByteArray("localhost:") << false;
        QTest::newRow("unbracketed ::1") << QByteArray("::1") << false;
    }

    void loopbackHosts()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, loopback);
        QCOMPARE(HttpFramer::isLoopbackHostHeader(host), loopback);
        const QByteArray message = "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
        QCOMPARE(HttpFramer::hasLoopbackHost(message), loopback);
    }
};

QTEST_GUILESS_MAIN(TestHttpFramer)
#include "tst_http_framer.moc"
