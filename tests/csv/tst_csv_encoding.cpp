// The byte-level helpers under the reader, checked against Qt's own decoders: the Windows-1252
// table against ICU's, the UTF-8 decoder and validator against QStringDecoder and
// QByteArrayView::isValidUtf8 on random input, and where a chunk may be cut.
#include "csv_encoding.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CsvEncodingDetection;

namespace {
QString decodeWithOurs(QByteArrayView bytes, bool *errors)
{
    QString text(bytes.size(), Qt::Uninitialized);
    *errors = false;
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    text.resize(decodeUtf8(bytes, out, errors) - out);
    return text;
}

// A random string of code points from every UTF-8 length (surrogates excluded).
QString randomText(QRandomGenerator &random, int length)
{
    QString text;
    for (int i = 0; i < length; ++i) {
        char32_t c;
        switch (random.bounded(5)) {
        case 0:
            c = random.bounded(0x20, 0x80);
            break;
        case 1:
            c = random.bounded(0x80, 0x800);
            break;
        case 2:
            c = random.bounded(0x800, 0xD800);
            break;
        case 3:
            c = random.bounded(0xE000, 0x10000);
            break;
        default:
            c = random.bounded(0x10000, 0x110000);
        }
        text.append(QChar::fromUcs4(c));
    }
    return text;
}
} // namespace

class TestCsvEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows1252TableMatchesIcu()
    {
        QStringDecoder icu("windows-1252");
        QVERIFY2(icu.isValid(), "Qt has no ICU here: the table is what decodes Windows-1252");
        for (int byte = 0; byte < 256; ++byte) {
            const char c = char(byte);
            QChar ours;
            decodeWindows1252(QByteArrayView(&c, 1), &ours);
            const QString theirs = icu.decode(QByteArrayView(&c, 1));
            QCOMPARE(QString(ours), theirs);
        }
    }

    void utf8DecoderMatchesQt()
    {
        QRandomGenerator random(7);
        QStringDecoder qt(QStringDecoder::Utf8);
        for (int round = 0; round < 2000; ++round) {
            const QByteArray bytes = randomText(random, random.bounded(0, 60)).toUtf8();
            bool errors = true;
            QCOMPARE(decodeWithOurs(bytes, &errors), qt.decode(bytes));
            QVERIFY(!errors);
        }
    }

    void utf8DecoderFlagsBadBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lone continuation") << "a\x80z"_ba << u"a\uFFFDz"_s;
        QTest::newRow("overlong 2-byte") << "\xC0\x80"_ba << u"\uFFFD\uFFFD"_s;
        QTest::newRow("overlong 3-byte") << "\xE0\x80\x80"_ba << u"\uFFFD\uFFFD\uFFFD"_s;
        QTest::newRow("surrogate") << "\xED\xA0\x80"_ba << u"\uFFFD\uFFFD\uFFFD"_s;
        QTest::newRow("past U+10FFFF") << "\xF4\x90\x80\x80"_ba << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s;
        QTest::newRow("cut short") << "ab\xE2\x82"_ba << u"ab\uFFFD\uFFFD"_s;
        QTest::newRow("Windows-1252 é") << "caf\xE9 ok"_ba << u"caf\uFFFD ok"_s;
        QTest::newRow("bad byte after sixteen ASCII")
            << "0123456789abcdef\xFF"_ba << u"0123456789abcdef\uFFFD"_s;
    }

    void utf8DecoderFlagsBadBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        bool errors = false;
        QCOMPARE(decodeWithOurs(bytes, &errors), expected);
        QVERIFY(errors);
        QVERIFY(!isValidUtf8(bytes));
    }

    void utf8ValidatorMatchesQt()
    {
        QRandomGenerator random(11);
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes = randomText(random, random.bounded(0, 40)).toUtf8();
            // Spoil some: a random byte at a random place.
            if (!bytes.isEmpty() && random.bounded(2) == 0)
                bytes[random.bounded(bytes.size())] = char(random.bounded(256));
            QCOMPARE(isValidUtf8(bytes), QByteArrayView(bytes).isValidUtf8());
        }
    }

    void chunksAreCutBetweenCharacters()
    {
        const QByteArray utf8 = u"aé健😀b"_s.toUtf8(); // 1, 2, 3, 4 and 1 bytes
        QList<qsizetype> cuts;
        for (qsizetype n = 0; n <= utf8.size(); ++n)
            cuts.append(completePrefixLength(utf8.first(n), CsvEncoding::Utf8));
        QCOMPARE(cuts, (QList<qsizetype>{0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10, 11}));

        const QString text = u"a😀"_s;
        const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QList<qsizetype> leCuts;
        for (qsizetype n = 0; n <= le.size(); ++n)
            leCuts.append(completePrefixLength(le.first(n), CsvEncoding::Utf16LE));
        QCOMPARE(leCuts, (QList<qsizetype>{0, 0, 2, 2, 2, 2, 6}));
        QCOMPARE(completePrefixLength("abc", CsvEncoding::Windows1252), 3);
    }

    void byteOrderMarks()
    {
        QCOMPARE(detectBom("\xEF\xBB\xBFx")->encoding, CsvEncoding::Utf8);
        QCOMPARE(detectBom("\xEF\xBB\xBFx")->length, 3);
        QCOMPARE(detectBom("\xFF\xFEx\0")->encoding, CsvEncoding::Utf16LE);
        QCOMPARE(detectBom("\xFE\xFF\0x")->encoding, CsvEncoding::Utf16BE);
        QVERIFY(!detectBom("Email"));
        const QString text = u"Email,Name\nada@example.com,Ada\n"_s;
        const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QCOMPARE(guessUtf16WithoutBom(le), CsvEncoding::Utf16LE);
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        QCOMPARE(guessUtf16WithoutBom(be), CsvEncoding::Utf16BE);
        QVERIFY(!guessUtf16WithoutBom(text.toUtf8()));
        QVERIFY(!guessUtf16WithoutBom(u"健二,김민지"_s.toUtf8()));
    }

    void namesForTheCommandLine()
    {
        QCOMPARE(csvEncodingFromName(u"utf8"), CsvEncoding::Utf8);
        QCOMPARE(csvEncodingFromName(u"UTF-16le"), CsvEncoding::Utf16LE);
        QCOMPARE(csvEncodingFromName(u"utf_16_be"), CsvEncoding::Utf16BE);
        QCOMPARE(csvEncodingFromName(u"CP1252"), CsvEncoding::Windows1252);
        QCOMPARE(csvEncodingFromName(u"windows-1252"), CsvEncoding::Windows1252);
        QVERIFY(!csvEncodingFromName(u"latin-9"));
        for (CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE,
                                     CsvEncoding::Windows1252})
            QCOMPARE(csvEncodingFromName(csvEncodingName(encoding)), encoding);
        QCOMPARE(csvDelimiterFromName(u"tab"), QChar(u'\t'));
        QCOMPARE(csvDelimiterFromName(u"\\t"), QChar(u'\t'));
        QCOMPARE(csvDelimiterFromName(u";"), QChar(u';'));
        QVERIFY(!csvDelimiterFromName(u"\""));
        QVERIFY(!csvDelimiterFromName(u",;"));
        QCOMPARE(csvDelimiterName(u'\t'), u"tab"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvEncoding)
#include "tst_csv_encoding.moc"
