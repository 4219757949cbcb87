// Roster's reader against Python's csv module (C code, the reference most people trust), on every
// well-formed fixture and on a file of random records that Python writes: the same records, the
// same fields, and each record ending on the same line. python3 must be installed; if it is not,
// this test fails (packaging/debian-packages.txt lists it).
#include "csv_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace CsvTest;

namespace {
const QString Script = QStringLiteral(CSV_TEST_DATA "/../python_csv.py");

struct PythonRecord
{
    qint64 end;
    QStringList fields;
};

bool runPython(const QStringList &arguments, QByteArray *output, QString *error)
{
    QProcess python;
    python.start(QStringLiteral(ROSTER_PYTHON3), QStringList{Script} + arguments);
    if (!python.waitForStarted()) {
        *error =
            u"python3 (%1) did not start: %2; install it (packaging/debian-packages.txt)"_s.arg(
                QStringLiteral(ROSTER_PYTHON3), python.errorString());
        return false;
    }
    python.waitForFinished(120000);
    *output = python.readAllStandardOutput();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *error = u"python3 failed: "_s + QString::fromUtf8(python.readAllStandardError());
        return false;
    }
    return true;
}

QList<PythonRecord> pythonRecords(const QString &path, const QString &encoding,
                                  const QString &delimiter, QString *error)
{
    QByteArray output;
    if (!runPython({u"read"_s, path, encoding, delimiter}, &output, error))
        return {};
    QList<PythonRecord> records;
    const QJsonArray array = QJsonDocument::fromJson(output).array();
    for (const QJsonValue &value : array) {
        PythonRecord record{value[u"end"_s].toInteger(), {}};
        for (const QJsonValue &field : value[u"fields"_s].toArray())
            record.fields.append(field.toString());
        records.append(record);
    }
    return records;
}

// What Roster read, the header row included, for comparing with Python, which knows no header.
QList<CsvRecord> allRecords(const ReadResult &read)
{
    QList<CsvRecord> records = read.records;
    if (read.format.hasHeader && read.headerRecord.size() > 0)
        records.prepend(read.headerRecord);
    return records;
}
} // namespace

class TestCsvPython : public QObject
{
    Q_OBJECT

    // `ragged`: records may differ in field count (random ones do), and say so.
    void compareWithPython(const QString &path, const ReadResult &read, const QString &encoding,
                           bool ragged = false)
    {
        QVERIFY2(read.started, qPrintable(read.startError));
        QString error;
        const QList<PythonRecord> expected =
            pythonRecords(path, encoding, QString(read.format.delimiter), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<CsvRecord> ours = allRecords(read);
        QCOMPARE(ours.size(), expected.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            for (const CsvError &e : ours.at(i).errors())
                QVERIFY2(ragged && e.kind == CsvError::Kind::RaggedRecord, qPrintable(e.message));
            QCOMPARE(ours.at(i).fields(), expected.at(i).fields);
            QCOMPARE(ours.at(i).endLine(), expected.at(i).end);
        }
    }

private Q_SLOTS:
    void fixturesReadAsPythonReadsThem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pythonEncoding");
        const QStringList utf8 = {u"basic_lf.csv"_s,
                                  u"crlf.csv"_s,
                                  u"cr_only.csv"_s,
                                  u"mixed_endings.csv"_s,
                                  u"no_final_newline.csv"_s,
                                  u"quoted.csv"_s,
                                  u"empty_lines.csv"_s,
                                  u"utf8.csv"_s,
                                  u"utf8_bom.csv"_s,
                                  u"semicolon.csv"_s,
                                  u"tab.tsv"_s,
                                  u"pipe.csv"_s,
                                  u"no_header.csv"_s,
                                  u"duplicate_header.csv"_s,
                                  u"trailing_delimiter.csv"_s,
                                  u"excel_blank_rows.csv"_s,
                                  u"whitespace.csv"_s,
                                  u"single_column.csv"_s,
                                  u"unicode_wide.csv"_s};
        for (const QString &file : utf8)
            QTest::newRow(qPrintable(file)) << file << u"utf-8-sig"_s;
        QTest::newRow("utf16le_bom.tsv") << u"utf16le_bom.tsv"_s << u"utf-16"_s;
        QTest::newRow("utf16be_bom.csv") << u"utf16be_bom.csv"_s << u"utf-16"_s;
        QTest::newRow("utf16le_no_bom.csv") << u"utf16le_no_bom.csv"_s << u"utf-16-le"_s;
        QTest::newRow("windows1252.csv") << u"windows1252.csv"_s << u"cp1252"_s;
    }

    void fixturesReadAsPythonReadsThem()
    {
        QFETCH(QString, file);
        QFETCH(QString, pythonEncoding);
        compareWithPython(fixture(file), readFile(fixture(file)), pythonEncoding);
    }

    // Random records written by Python's csv.writer, read in chunks of several sizes.
    void randomRecordsReadAsPythonReadsThem_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("seed 1, default chunks") << 1 << qsizetype(0);
        QTest::newRow("seed 2, 7-byte chunks") << 2 << qsizetype(7);
        QTest::newRow("seed 3, 1000-byte chunks") << 3 << qsizetype(1000);
    }

    void randomRecordsReadAsPythonReadsThem()
    {
        QFETCH(int, seed);
        QFETCH(qsizetype, chunk);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"random.csv"_s);
        QByteArray ignored;
        QString error;
        QVERIFY2(
            runPython({u"generate"_s, path, QString::number(seed), u"3000"_s}, &ignored, &error),
            qPrintable(error));
        const ReadResult read = readFile(path, {CsvEncoding::Utf8, QChar(u','), false}, chunk);
        QVERIFY(read.records.size() >= 3000);
        compareWithPython(path, read, u"utf-8"_s, true);
    }
};

QTEST_GUILESS_MAIN(TestCsvPython)
#include "tst_csv_python.moc"
