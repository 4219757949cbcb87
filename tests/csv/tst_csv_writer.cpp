// Writing CSV: RFC 4180 quoting, CRLF, UTF-8 with a BOM, formula neutralisation, a round trip
// through the reader, and files written whole or not at all.
#include "csv_save_file.h"
#include "csv_test_support.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace CsvTest;

namespace {
QByteArray written(const QList<QStringList> &records,
                   CsvWriter::Formulas formulas = CsvWriter::Formulas::Keep)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, formulas);
    for (const QStringList &record : records)
        writer.writeRecord(record);
    writer.flush();
    return buffer.data();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringList{u"a"_s, u"b c"_s} << "a,b c\r\n"_ba;
        QTest::newRow("empty fields") << QStringList{QString(), QString()} << ",\r\n"_ba;
        QTest::newRow("one empty field") << QStringList{QString()} << "\"\"\r\n"_ba;
        QTest::newRow("delimiter") << QStringList{u"Lovelace, Ada"_s} << "\"Lovelace, Ada\"\r\n"_ba;
        QTest::newRow("quote") << QStringList{u"say \"hi\""_s} << "\"say \"\"hi\"\"\"\r\n"_ba;
        QTest::newRow("line breaks")
            << QStringList{u"a\nb"_s, u"c\rd"_s} << "\"a\nb\",\"c\rd\"\r\n"_ba;
        QTest::newRow("UTF-8") << QStringList{u"Émilie 健二 😀"_s}
                               << u"Émilie 健二 😀\r\n"_s.toUtf8();
        QTest::newRow("formulas kept by default") << QStringList{u"=1+2"_s} << "=1+2\r\n"_ba;
    }

    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);
        QCOMPARE(written({fields}), expected);
    }

    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("=") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
        QTest::newRow("+") << u"+1"_s << u"'+1"_s;
        QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("CR") << u"\r=1"_s << u"'\r=1"_s;
        QTest::newRow("text") << u"Ada"_s << u"Ada"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("= later in the cell") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("an email") << u"ada@example.com"_s << u"ada@example.com"_s;
    }

    void neutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::neutraliseFormula(cell), expected);
        // Written and read back, the cell is the neutralised text.
        QByteArray bytes = written({{u"x"_s, cell}}, CsvWriter::Formulas::Neutralise);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ReadResult read = readDevice(&buffer, {CsvEncoding::Utf8, QChar(u','), false});
        QCOMPARE(read.records.size(), 1);
        QCOMPARE(read.records.first().fields(), (QStringList{u"x"_s, expected}));
    }

    void roundTripThroughTheReader()
    {
        QRandomGenerator random(3);
        const QStringList pieces = {u"a"_s, u","_s,  u"\""_s, u"\n"_s, u"\r\n"_s, u"\r"_s,  u" "_s,
                                    u"é"_s, u"김"_s, u"😀"_s,  u";"_s,  u"\t"_s,   QString()};
        QList<QStringList> records;
        for (int r = 0; r < 500; ++r) {
            QStringList record;
            for (int f = random.bounded(1, 5); f > 0; --f) {
                QString field;
                for (int k = random.bounded(0, 6); k > 0; --k)
                    field += pieces.at(random.bounded(pieces.size()));
                record.append(field);
            }
            records.append(record);
        }
        QByteArray bytes = written(records);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ReadResult read = readDevice(&buffer, {CsvEncoding::Utf8, QChar(u','), false});
        QCOMPARE(fieldsOf(read.records), records);
        for (const CsvRecord &record : read.records) {
            for (const CsvError &error : record.errors())
                QCOMPARE(error.kind, CsvError::Kind::RaggedRecord); // records of 1 to 4 fields
        }
    }

    void saveFileHasBomAndAppearsOnCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        CsvSaveFile file(path);
        QString error;
        QVERIFY2(file.open(&error), qPrintable(error));
        file.writeRecord({u"Email"_s, u"Name"_s});
        file.writeRecord({u"emilie@example.com"_s, u"Émilie"_s});
        QVERIFY(!QFile::exists(path)); // nothing at the path before commit
        QVERIFY2(file.commit(&error), qPrintable(error));
        QCOMPARE(readBytes(path),
                 "\xEF\xBB\xBF"_ba + u"Email,Name\r\nemilie@example.com,Émilie\r\n"_s.toUtf8());
        const ReadResult read = readFile(path);
        QVERIFY(read.format.bom);
        QCOMPARE(read.records.first().field(1), u"Émilie"_s);
    }

    // Each encoding its own bytes and byte order mark; Windows-1252 has none, and writes "?" for
    // what it lacks.
    void writesInTheEncodingAsked_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("UTF-8") << int(CsvEncoding::Utf8)
                               << QByteArray(
                                      "\xEF\xBB\xBFZo\xC3\xAB;\xE2\x82\xAC \xE2\x9C\x93\r\n");
        QTest::newRow("Windows-1252")
            << int(CsvEncoding::Windows1252) << QByteArray("Zo\xEB;\x80 ?\r\n");
        QTest::newRow("UTF-16LE") << int(CsvEncoding::Utf16LE)
                                  << QByteArray(
                                         "\xFF\xFEZ\0o\0\xEB\0;\0\xAC\x20 \0\x13\x27\r\0\n\0", 20);
        QTest::newRow("UTF-16BE") << int(CsvEncoding::Utf16BE)
                                  << QByteArray(
                                         "\xFE\xFF\0Z\0o\0\xEB\0;\x20\xAC\0 \x27\x13\0\r\0\n", 20);
    }

    void writesInTheEncodingAsked()
    {
        QFETCH(int, encoding);
        QFETCH(QByteArray, bytes);
        QByteArray out;
        QBuffer buffer(&out);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            CsvWriter writer(&buffer, CsvWriter::Formulas::Keep, u';', CsvEncoding(encoding));
            writer.writeBom();
            writer.writeRecord({u"Zoë"_s, u"€ ✓"_s});
        }
        QCOMPARE(out, bytes);
    }

    void cancelledSaveLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
        old.close();
        CsvSaveFile file(path);
        QString error;
        QVERIFY(file.open(&error));
        file.writeRecord({u"new"_s});
        file.cancel();
        QCOMPARE(readBytes(path), "old content\n"_ba);
    }

    void unwritablePathIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/dir/out.csv"_s);
        CsvSaveFile file(path);
        QString error;
        QVERIFY(!file.open(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!file.commit(&error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csv_writer.moc"
