// The reader on every fixture of tests/csv/data: the format it detects (encoding, BOM, delimiter,
// header), every record's fields and lines, and the errors of the malformed ones. Then the same
// files cut into chunks of every small size, which must read the same; and the options that
// override detection.
#include "csv_test_support.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CsvTest;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

class TestCsvReader : public QObject
{
    Q_OBJECT

    void addColumns()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("hasHeader");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Records>("records");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<Lines>("endLines");
        QTest::addColumn<QStringList>("errors");
    }

    void addFixtures()
    {
        const QStringList basicHeader = {u"Email"_s, u"First name"_s, u"Last name"_s, u"Role"_s};
        const Records basic = {{u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s, u"Member"_s},
                               {u"grace@example.com"_s, u"Grace"_s, u"Hopper"_s, u"Admin"_s}};
        const QStringList emailName = {u"Email"_s, u"Name"_s};
        QTest::newRow("LF") << u"basic_lf.csv"_s << u"UTF-8"_s << false << u","_s << true
                            << basicHeader << basic << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("CRLF") << u"crlf.csv"_s << u"UTF-8"_s << false << u","_s << true
                              << basicHeader << basic << Lines{2, 3} << Lines{2, 3}
                              << QStringList();
        QTest::newRow("CR only") << u"cr_only.csv"_s << u"UTF-8"_s << false << u","_s << true
                                 << basicHeader << basic << Lines{2, 3} << Lines{2, 3}
                                 << QStringList();
        QTest::newRow("mixed line ends, no final newline")
            << u"mixed_endings.csv"_s << u"UTF-8"_s << false << u","_s << true << emailName
            << Records{{u"ada@example.com"_s, u"Ada"_s},
                       {u"grace@example.com"_s, u"Grace"_s},
                       {u"ken@example.com"_s, u"Ken"_s},
                       {u"linus@example.com"_s, u"Linus"_s}}
            << Lines{2, 3, 4, 5} << Lines{2, 3, 4, 5} << QStringList();
        QTest::newRow("no final newline")
            << u"no_final_newline.csv"_s << u"UTF-8"_s << false << u","_s << true << emailName
            << Records{{u"ada@example.com"_s, u"Ada"_s}, {u"grace@example.com"_s, u"Grace"_s}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("quoted separators, quotes and line breaks")
            << u"quoted.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"Bio"_s}
            << Records{{u"ada@example.com"_s, u"Lovelace, Ada"_s, u"She said \"hi\""_s},
                       {u"grace@example.com"_s, u"Hopper, Grace"_s, u"line one\nline two"_s},
                       {u"ken@example.com"_s, u"Ken"_s, u"crlf\r\ninside"_s},
                       {u"linus@example.com"_s, QString(), u"plain\"quote"_s},
                       {u"radia@example.com"_s, u"cr\rinside"_s, u"abc"_s},
                       {u"dennis@example.com"_s, u"\"quoted\""_s, QString()}}
            << Lines{2, 3, 5, 7, 8, 10} << Lines{2, 4, 6, 7, 9, 10} << QStringList();
        QTest::newRow("empty lines")
            << u"empty_lines.csv"_s << u"UTF-8"_s << false << u","_s << true << emailName
            << Records{{u"ada@example.com"_s, u"Ada"_s}, {u"grace@example.com"_s, u"Grace"_s}}
            << Lines{4, 7} << Lines{4, 7} << QStringList();
        QTest::newRow("UTF-8") << u"utf8.csv"_s << u"UTF-8"_s << false << u","_s << true
                               << emailName
                               << Records{{u"emilie@example.com"_s, u"Émilie du Châtelet"_s},
                                          {u"jurgen@example.com"_s, u"Jürgen"_s},
                                          {u"kenji@example.com"_s, u"健二"_s}}
                               << Lines{2, 3, 4} << Lines{2, 3, 4} << QStringList();
        QTest::newRow("UTF-8 BOM")
            << u"utf8_bom.csv"_s << u"UTF-8"_s << true << u","_s << true << emailName
            << Records{{u"emilie@example.com"_s, u"Émilie"_s}, {u"zoe@example.com"_s, u"Zoë 😀"_s}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("UTF-16LE BOM, tabs (Excel's Unicode text)")
            << u"utf16le_bom.tsv"_s << u"UTF-16LE"_s << true << u"\t"_s << true << emailName
            << Records{{u"emilie@example.com"_s, u"Émilie"_s}, {u"kenji@example.com"_s, u"健二"_s}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("UTF-16BE BOM")
            << u"utf16be_bom.csv"_s << u"UTF-16BE"_s << true << u","_s << true << emailName
            << Records{{u"soren@example.com"_s, u"Søren"_s}, {u"zoe@example.com"_s, u"Zoë, 😀"_s}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("UTF-16LE without BOM")
            << u"utf16le_no_bom.csv"_s << u"UTF-16LE"_s << false << u","_s << true << emailName
            << Records{{u"ada@example.com"_s, u"Ada"_s}, {u"grace@example.com"_s, u"Grace"_s}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("Windows-1252, semicolons (Excel on Windows)")
            << u"windows1252.csv"_s << u"windows-1252"_s << false << u";"_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"Note"_s}
            << Records{{u"emilie@example.com"_s, u"Émilie"_s, u"5 €"_s},
                       {u"sarka@example.com"_s, u"Šárka"_s, u"it’s"_s},
                       {u"yves@example.com"_s, u"Ÿves"_s, u"ok"_s}}
            << Lines{2, 3, 4} << Lines{2, 3, 4} << QStringList();
        QTest::newRow("semicolons with decimal commas")
            << u"semicolon.csv"_s << u"UTF-8"_s << false << u";"_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"Score"_s}
            << Records{{u"ada@example.com"_s, u"Ada"_s, u"1,5"_s},
                       {u"grace@example.com"_s, u"Grace"_s, u"2,25"_s},
                       {u"ken@example.com"_s, u"Ken, Jr."_s, u"3"_s}}
            << Lines{2, 3, 4} << Lines{2, 3, 4} << QStringList();
        QTest::newRow("tabs") << u"tab.tsv"_s << u"UTF-8"_s << false << u"\t"_s << true
                              << QStringList{u"Email"_s, u"Name"_s, u"Bio"_s}
                              << Records{{u"ada@example.com"_s, u"Ada"_s,
                                          u"Likes, commas; and semicolons"_s},
                                         {u"grace@example.com"_s, u"Grace"_s, QString()}}
                              << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("pipes") << u"pipe.csv"_s << u"UTF-8"_s << false << u"|"_s << true
                               << QStringList{u"Email"_s, u"Name"_s, u"Bio"_s}
                               << Records{{u"ada@example.com"_s, u"Ada"_s, u"a, b; c"_s},
                                          {u"grace@example.com"_s, u"Grace"_s, QString()}}
                               << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("no header") << u"no_header.csv"_s << u"UTF-8"_s << false << u","_s << false
                                   << QStringList{u"column1"_s, u"column2"_s, u"column3"_s}
                                   << Records{{u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s},
                                              {u"grace@example.com"_s, u"Grace"_s, u"Hopper"_s}}
                                   << Lines{1, 2} << Lines{1, 2} << QStringList();
        QTest::newRow("duplicate and empty header names")
            << u"duplicate_header.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"email_2"_s, u"column4"_s, u"Name_2"_s}
            << Records{{u"a@example.com"_s, u"A"_s, u"b@example.com"_s, u"x"_s, u"B"_s}} << Lines{2}
            << Lines{2} << QStringList();
        QTest::newRow("trailing delimiter")
            << u"trailing_delimiter.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"column3"_s}
            << Records{{u"ada@example.com"_s, u"Ada"_s, QString()},
                       {u"grace@example.com"_s, u"Grace"_s, QString()}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("Excel's blank rows")
            << u"excel_blank_rows.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"Role"_s}
            << Records{{u"ada@example.com"_s, u"Ada"_s, u"Member"_s},
                       {QString(), QString(), QString()},
                       {QString(), QString(), QString()}}
            << Lines{2, 3, 4} << Lines{2, 3, 4} << QStringList();
        QTest::newRow("spaces kept")
            << u"whitespace.csv"_s << u"UTF-8"_s << false << u","_s << true << emailName
            << Records{{u" ada@example.com "_s, u" Ada Lovelace "_s},
                       {u"\tgrace@example.com\t"_s, u"Grace"_s}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("characters from U+8000 up")
            << u"unicode_wide.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"Bio"_s}
            << Records{{u"minji@example.com"_s, u"김민지 Kim Min-ji"_s,
                        u"한국어 소개 문장입니다 and more text"_s},
                       {u"zoe@example.com"_s, u"Zoë 😀😀😀 Lovelace, Ada"_s,
                        u"\uFFFD replacement, \uFFEE halfwidth 𝄞 clef"_s}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
        QTest::newRow("one column")
            << u"single_column.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"email"_s} << Records{{u"ada@example.com"_s}, {u"grace@example.com"_s}}
            << Lines{2, 3} << Lines{2, 3} << QStringList();
    }

    void addMalformed()
    {
        QTest::newRow("ragged rows")
            << u"ragged.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"Role"_s}
            << Records{{u"ada@example.com"_s, u"Ada"_s, u"Member"_s},
                       {u"grace@example.com"_s, u"Grace"_s, u"Admin"_s, u"extra"_s},
                       {u"ken@example.com"_s, u"Ken"_s, u"Member"_s},
                       {u"linus@example.com"_s, u"Linus"_s},
                       {u"radia@example.com"_s, u"Radia"_s, u"Member"_s}}
            << Lines{2, 3, 4, 5, 6} << Lines{2, 3, 4, 5, 6}
            << QStringList{u"3:ragged"_s, u"5:ragged"_s};
        QTest::newRow("ragged row over two lines")
            << u"ragged_multiline.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"Bio"_s}
            << Records{{u"ada@example.com"_s, u"Ada"_s, u"two\nlines"_s},
                       {u"grace@example.com"_s, u"Grace\nHopper"_s},
                       {u"ken@example.com"_s, u"Ken"_s, u"ok"_s}}
            << Lines{2, 4, 6} << Lines{3, 5, 6} << QStringList{u"4:ragged"_s};
        QTest::newRow("unterminated quote")
            << u"unterminated_quote.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s}
            << Records{{u"ada@example.com"_s, u"Ada"_s},
                       {u"grace@example.com"_s, u"Grace"_s},
                       {u"ken@example.com"_s, u"Ken\nnever closed\nlinus@example.com,Linus\n"_s}}
            << Lines{2, 3, 4} << Lines{2, 3, 7} << QStringList{u"4:unterminated"_s};
        QTest::newRow("unterminated quote in a later field")
            << u"unterminated_quote_later_field.csv"_s << u"UTF-8"_s << false << u","_s << true
            << QStringList{u"Email"_s, u"Name"_s, u"Bio"_s}
            << Records{{u"ada@example.com"_s, u"Ada\nLovelace"_s, u"fine"_s},
                       {u"grace@example.com"_s, u"Grace\nHopper"_s, u"open\nand never closed\n"_s}}
            << Lines{2, 4} << Lines{3, 7} << QStringList{u"5:unterminated"_s};
        QTest::newRow("NUL byte") << u"nul_byte.csv"_s << u"UTF-8"_s << false << u","_s << true
                                  << QStringList{u"Email"_s, u"Name"_s}
                                  << Records{{u"ada@example.com"_s, u"Ada"_s},
                                             {u"grace@example.com"_s, u"Gr\uFFFDace"_s},
                                             {u"ken@example.com"_s, u"Ken"_s}}
                                  << Lines{2, 3, 4} << Lines{2, 3, 4} << QStringList{u"3:nul"_s};
    }

    void compare(const ReadResult &read, const Records &records, const Lines &lines,
                 const Lines &endLines, const QStringList &errors)
    {
        QCOMPARE(fieldsOf(read.records), records);
        QCOMPARE(linesOf(read.records), lines);
        QCOMPARE(linesOf(read.records, true), endLines);
        QCOMPARE(errorSummary(read.records), errors);
        QVERIFY(!read.fatal);
    }

private Q_SLOTS:
    void detectsAndReads_data()
    {
        addColumns();
        addFixtures();
        addMalformed();
    }

    void detectsAndReads()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        QFETCH(QString, delimiter);
        QFETCH(bool, hasHeader);
        QFETCH(QStringList, header);
        QFETCH(Records, records);
        QFETCH(Lines, lines);
        QFETCH(Lines, endLines);
        QFETCH(QStringList, errors);

        const ReadResult read = readFile(fixture(file));
        QVERIFY2(read.started, qPrintable(read.startError));
        QCOMPARE(csvEncodingName(read.format.encoding), encoding);
        QCOMPARE(read.format.bom, bom);
        QCOMPARE(QString(read.format.delimiter), delimiter);
        QCOMPARE(read.format.hasHeader, hasHeader);
        QCOMPARE(read.header, header);
        compare(read, records, lines, endLines, errors);
    }

    // Chunks end anywhere: inside a character, between CR and LF, inside quotes.
    void sameAtEveryChunkSize_data() { detectsAndReads_data(); }

    void sameAtEveryChunkSize()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(bool, hasHeader);
        QFETCH(QStringList, header);
        QFETCH(Records, records);
        QFETCH(Lines, lines);
        QFETCH(Lines, endLines);
        QFETCH(QStringList, errors);

        const CsvOptions options{csvEncodingFromName(encoding), delimiter.front(), hasHeader};
        for (qsizetype chunk : {1, 2, 3, 4, 5, 7, 8, 13, 64}) {
            const ReadResult read = readFile(fixture(file), options, chunk);
            QVERIFY2(read.started, qPrintable(read.startError));
            QCOMPARE(read.header, header);
            compare(read, records, lines, endLines, errors);
        }
    }

    void optionsOverrideDetection()
    {
        // No header: the header row becomes the first record.
        ReadResult read = readFile(fixture(u"basic_lf.csv"_s), {std::nullopt, std::nullopt, false});
        QCOMPARE(read.header,
                 (QStringList{u"column1"_s, u"column2"_s, u"column3"_s, u"column4"_s}));
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.first().fields().first(), u"Email"_s);
        QCOMPARE(read.records.first().line(), 1);
        // A header where detection saw none.
        read = readFile(fixture(u"no_header.csv"_s), {std::nullopt, std::nullopt, true});
        QCOMPARE(read.header.first(), u"ada@example.com"_s);
        QCOMPARE(read.records.size(), 1);
        // Another delimiter: each line is one field.
        read = readFile(fixture(u"semicolon.csv"_s), {std::nullopt, QChar(u'|'), true});
        QCOMPARE(read.header, QStringList{u"Email;Name;Score"_s});
        QCOMPARE(read.records.at(0).fields(), QStringList{u"ada@example.com;Ada;1,5"_s});
        // Windows-1252 read as Latin text needs no detection.
        read = readFile(fixture(u"utf8.csv"_s), {CsvEncoding::Windows1252, std::nullopt, true});
        QCOMPARE(read.format.encoding, CsvEncoding::Windows1252);
        QCOMPARE(read.records.at(0).fields().at(1), u"Ã‰milie du ChÃ¢telet"_s);
    }

    void nonAsciiDelimiter()
    {
        QByteArray data =
            u"Email¦Name¦Bio\nada@example.com¦Ada¦\"a¦b, c\"\n"
            u"grace@example.com¦Grace¦long enough to need more than one block\n"_s.toUtf8();
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ReadResult read = readDevice(&buffer, {std::nullopt, QChar(u'¦'), true});
        QCOMPARE(read.header, (QStringList{u"Email"_s, u"Name"_s, u"Bio"_s}));
        QCOMPARE(fieldsOf(read.records), (Records{{u"ada@example.com"_s, u"Ada"_s, u"a¦b, c"_s},
                                                  {u"grace@example.com"_s, u"Grace"_s,
                                                   u"long enough to need more than one block"_s}}));
        QVERIFY(errorSummary(read.records).isEmpty());
    }

    // A lone surrogate in UTF-16 is an encoding error on its row, like a byte that is not
    // UTF-8: its row is reported and the character becomes U+FFFD, the rest of the text stays.
    void loneUtf16SurrogatesAreReported()
    {
        const ReadResult read = readFile(fixture(u"utf16le_lone_surrogate.csv"_s));
        QCOMPARE(errorSummary(read.records), (QStringList{u"2:encoding"_s, u"3:encoding"_s}));
        QCOMPARE(fieldsOf(read.records), (Records{{u"ann@example.com"_s, u"Ann\uFFFD Lee"_s},
                                                  {u"bob@example.com"_s, u"Bo\uFFFDb"_s},
                                                  {u"cy@example.com"_s, u"Cy 😀"_s}}));
        QVERIFY2(read.records.first().errors().first().message.contains(u"UTF-16"_s),
                 qPrintable(read.records.first().errors().first().message));
    }

    void bytesThatAreNotTheChosenEncodingAreReported()
    {
        const ReadResult read =
            readFile(fixture(u"windows1252.csv"_s), {CsvEncoding::Utf8, QChar(u';'), true});
        QCOMPARE(errorSummary(read.records),
                 (QStringList{u"2:encoding"_s, u"3:encoding"_s, u"4:encoding"_s}));
        const CsvError &error = read.records.first().errors().first();
        QCOMPARE(error.field, 1);
        QVERIFY2(error.message.contains(u"UTF-8"_s), qPrintable(error.message));
        QCOMPARE(read.records.first().field(0), u"emilie@example.com"_s);
    }

    void unusableDelimiterIsRefused()
    {
        QFile file(fixture(u"basic_lf.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file, {std::nullopt, QChar(u'"'), std::nullopt});
        QVERIFY(!reader.start());
        QVERIFY(!reader.errorString().isEmpty());
        CsvRecord record;
        QVERIFY(!reader.readRecord(record));
    }

    void deviceNotOpenIsRefused()
    {
        QFile file(fixture(u"basic_lf.csv"_s));
        CsvReader reader(&file);
        QVERIFY(!reader.start());
        QVERIFY(!reader.errorString().isEmpty());
    }

    void emptyFile()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ReadResult read = readDevice(&buffer);
        QVERIFY(read.started);
        QVERIFY(read.header.isEmpty());
        QVERIFY(read.records.isEmpty());
        QVERIFY(!read.format.hasHeader);
    }

    void bytePositionShowsProgress()
    {
        QFile file(fixture(u"quoted.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        reader.setChunkSize(16);
        QVERIFY(reader.start());
        QCOMPARE(reader.totalBytes(), file.size());
        qint64 last = reader.bytePosition();
        QVERIFY(last > 0);
        CsvRecord record;
        while (reader.readRecord(record)) {
            QVERIFY(reader.bytePosition() >= last);
            QVERIFY(reader.bytePosition() <= file.size());
            last = reader.bytePosition();
        }
        QCOMPARE(reader.bytePosition(), file.size());
    }

    void copiesOfRecordsStayIntact()
    {
        // The reader reuses its buffers; a record kept by the caller must not change.
        QFile file(fixture(u"basic_lf.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        CsvRecord record;
        QVERIFY(reader.readRecord(record));
        const CsvRecord kept = record;
        const QStringView view = kept.field(0);
        QVERIFY(reader.readRecord(record));
        QCOMPARE(kept.field(0), u"ada@example.com"_s);
        QCOMPARE(view, u"ada@example.com"_s);
        QCOMPARE(record.field(0), u"grace@example.com"_s);
        const CsvRecord compact = record.compacted();
        QCOMPARE(compact.fields(), record.fields());
        QCOMPARE(compact.line(), record.line());
        QCOMPARE(compact.endLine(), record.endLine());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
