// `csv inspect --json` (CsvInspect::writeJson) and the wizard's preview (CsvPreview): the JSON
// parses, says what the reader detected, keys each record by the header, lists bad records and
// their errors, and stays valid however the input ends.
#include "csv_inspect.h"
#include "csv_preview.h"
#include "csv_test_support.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace CsvTest;

namespace {
QJsonObject inspect(const QString &path, const CsvOptions &options = {}, qint64 max = -1,
                    bool *ok = nullptr, QString *error = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString message;
    const bool written = CsvInspect::writeJson(&file, &out, options, &message, max);
    if (ok)
        *ok = written;
    if (error)
        *error = message;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(out.data(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(parseError.errorString()));
    return document.object();
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}
} // namespace

class TestCsvInspect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesFormatAndRecords()
    {
        bool ok = false;
        const QJsonObject json = inspect(fixture(u"windows1252.csv"_s), {}, -1, &ok);
        QVERIFY(ok);
        QCOMPARE(json[u"encoding"_s].toString(), u"windows-1252"_s);
        QCOMPARE(json[u"bom"_s].toBool(), false);
        QCOMPARE(json[u"delimiter"_s].toString(), u";"_s);
        QCOMPARE(json[u"hasHeader"_s].toBool(), true);
        QCOMPARE(strings(json[u"header"_s]), (QStringList{u"Email"_s, u"Name"_s, u"Note"_s}));
        const QJsonArray records = json[u"records"_s].toArray();
        QCOMPARE(records.size(), 3);
        const QJsonObject first = records.first().toObject();
        QCOMPARE(first.keys().size(), 3);
        QCOMPARE(first[u"Email"_s].toString(), u"emilie@example.com"_s);
        QCOMPARE(first[u"Name"_s].toString(), u"Émilie"_s);
        QCOMPARE(first[u"Note"_s].toString(), u"5 €"_s);
        QVERIFY(json[u"errors"_s].toArray().isEmpty());
    }

    void everyValueIsAString()
    {
        const QJsonObject json = inspect(fixture(u"quoted.csv"_s));
        for (const QJsonValue &record : json[u"records"_s].toArray()) {
            const QJsonObject object = record.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                QVERIFY(it.value().isString());
        }
        const QJsonObject second = json[u"records"_s].toArray().at(1).toObject();
        QCOMPARE(second[u"Bio"_s].toString(), u"line one\nline two"_s);
        QCOMPARE(json[u"records"_s].toArray().at(0).toObject()[u"Bio"_s].toString(),
                 u"She said \"hi\""_s);
    }

    void keysWithoutHeaderAndWithDuplicates()
    {
        QJsonObject json = inspect(fixture(u"no_header.csv"_s));
        QCOMPARE(json[u"hasHeader"_s].toBool(), false);
        QCOMPARE(json[u"records"_s].toArray().first().toObject().keys(),
                 (QStringList{u"column1"_s, u"column2"_s, u"column3"_s}));
        json = inspect(fixture(u"duplicate_header.csv"_s));
        const QJsonObject record = json[u"records"_s].toArray().first().toObject();
        QCOMPARE(record[u"email_2"_s].toString(), u"b@example.com"_s);
        QCOMPARE(record[u"column4"_s].toString(), u"x"_s);
        QCOMPARE(record[u"Name_2"_s].toString(), u"B"_s);
    }

    void badRecordsAndTheirErrors()
    {
        const QJsonObject json = inspect(fixture(u"ragged.csv"_s));
        const QJsonArray records = json[u"records"_s].toArray();
        QCOMPARE(records.size(), 5);
        // The long row keeps its extra field under a key of its own; the short one has fewer.
        const QJsonObject longRow = records.at(1).toObject();
        QCOMPARE(longRow[u"column4"_s].toString(), u"extra"_s);
        QCOMPARE(records.at(3).toObject().keys().size(), 2);
        const QJsonArray errors = json[u"errors"_s].toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0)[u"line"_s].toInt(), 3);
        QCOMPARE(errors.at(1)[u"line"_s].toInt(), 5);
        QVERIFY(errors.at(0)[u"message"_s].toString().contains(u"Line 3"_s));
    }

    void unterminatedQuoteStillEndsTheDocument()
    {
        bool ok = false;
        const QJsonObject json = inspect(fixture(u"unterminated_quote.csv"_s), {}, -1, &ok);
        QVERIFY(ok); // the file was read to its end; the error is in "errors"
        QCOMPARE(json[u"records"_s].toArray().size(), 3);
        QCOMPARE(json[u"errors"_s].toArray().size(), 1);
        QCOMPARE(json[u"errors"_s].toArray().first()[u"line"_s].toInt(), 4);
    }

    void limitOnRecords()
    {
        const QJsonObject json = inspect(fixture(u"ragged.csv"_s), {}, 2);
        QCOMPARE(json[u"records"_s].toArray().size(), 2);
        QCOMPARE(json[u"errors"_s].toArray().size(), 1);
    }

    void emptyFileIsAnEmptyDocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QJsonObject json = inspect(path);
        QVERIFY(json[u"header"_s].toArray().isEmpty());
        QVERIFY(json[u"records"_s].toArray().isEmpty());
        QVERIFY(json[u"errors"_s].isArray());
    }

    // A file of many bad records: the errors wait in a temporary file, and the document is whole.
    void manyErrorsStream()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ragged-many.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b,c\n");
        for (int i = 0; i < 30000; ++i)
            file.write("only,two\n");
        file.close();
        const QJsonObject json = inspect(path);
        QCOMPARE(json[u"records"_s].toArray().size(), 30000);
        const QJsonArray errors = json[u"errors"_s].toArray();
        QCOMPARE(errors.size(), 30000);
        QCOMPARE(errors.last()[u"line"_s].toInt(), 30001);
    }

    void unreadableInputIsAnError()
    {
        QFile file(fixture(u"basic_lf.csv"_s)); // not open
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!CsvInspect::writeJson(&file, &out, {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void previewWithAGivenFormat()
    {
        CsvPreview preview = CsvPreview::readFile(fixture(u"ragged.csv"_s), {}, 3);
        QVERIFY(preview.errorString.isEmpty());
        QCOMPARE(preview.header, (QStringList{u"Email"_s, u"Name"_s, u"Role"_s}));
        QCOMPARE(preview.records.size(), 3);
        QVERIFY(!preview.complete);
        QCOMPARE(preview.records.at(1).line(), 3);
        QVERIFY(preview.records.at(1).hasErrors());
        // The same file as the user might re-read it: no header, semicolons.
        preview = CsvPreview::readFile(fixture(u"ragged.csv"_s),
                                       {CsvEncoding::Utf8, QChar(u';'), false}, 100);
        QVERIFY(preview.complete);
        QCOMPARE(preview.records.size(), 6);
        QCOMPARE(preview.records.first().fields(), QStringList{u"Email,Name,Role"_s});
        // And back to the detected format, exactly.
        const CsvPreview detected = CsvPreview::readFile(fixture(u"windows1252.csv"_s), {}, 1);
        const CsvPreview again =
            CsvPreview::readFile(fixture(u"windows1252.csv"_s), detected.format.toOptions(), 1);
        QCOMPARE(again.format, detected.format);
        QCOMPARE(again.records.first().fields(), detected.records.first().fields());
    }

    void previewOfAMissingFile()
    {
        const CsvPreview preview = CsvPreview::readFile(fixture(u"no-such-file.csv"_s), {}, 10);
        QVERIFY(preview.errorString.contains(u"no-such-file.csv"_s));
        QVERIFY(preview.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvInspect)
#include "tst_csv_inspect.moc"
