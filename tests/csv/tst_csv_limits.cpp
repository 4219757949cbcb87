// Files no reader should choke on: a 10 MB field, a record of 20,000 fields, five 1 MiB fields in
// one record, tens of megabytes inside an unterminated quote, a device that fails mid-file, and
// bytes that turn out not to be UTF-8 after the part a sequential device lets the reader check.
// Each gives a clear error with its line, the records after it are read, and memory stays
// bounded by CsvLimits, not by the size of the garbage.
#include "csv_test_support.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace CsvTest;

namespace {
qint64 peakMemoryKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Writes `head`, then `count` bytes of `fill` in 1 MiB pieces, then `tail`.
bool writeFile(const QString &path, const QByteArray &head, char fill, qint64 count,
               const QByteArray &tail)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(head) != head.size())
        return false;
    const QByteArray piece(1024 * 1024, fill);
    for (qint64 left = count; left > 0; left -= piece.size()) {
        const qint64 n = std::min<qint64>(left, piece.size());
        if (file.write(piece.constData(), n) != n)
            return false;
    }
    return file.write(tail) == tail.size();
}

// A device whose reads fail after `good` bytes: a disk or network error mid-file, which a real
// file does not produce on demand.
class FailingDevice : public QIODevice
{
public:
    FailingDevice(QByteArray data, qint64 good) : m_data(std::move(data)), m_good(good)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_good) {
            setErrorString(u"Input/output error"_s);
            return -1;
        }
        const qint64 n = std::min(max, m_good - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_good;
    qint64 m_pos = 0;
};
} // namespace

class TestCsvLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void tenMegabyteFieldIsCutAndReported_data()
    {
        QTest::addColumn<bool>("quoted");
        QTest::newRow("unquoted") << false;
        QTest::newRow("quoted, with line breaks") << true;
    }

    void tenMegabyteFieldIsCutAndReported()
    {
        QFETCH(bool, quoted);
        const QString path = m_dir.filePath(u"long.csv"_s);
        const qint64 size = 10 * 1024 * 1024;
        // Quoted, the field holds a line break every 1 MiB (ten of them), which count as lines.
        QVERIFY(writeFile(
            path, quoted ? "Email,Bio\nada@example.com,\"" : "Email,Bio\nada@example.com,", 'x',
            size, quoted ? "\"\ngrace@example.com,ok\n" : "\ngrace@example.com,ok\n"));
        if (quoted) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (int i = 1; i <= 10; ++i) {
                QVERIFY(file.seek(26 + qint64(i) * 1024 * 1024 - 1));
                QCOMPARE(file.write("\n"), 1);
            }
        }
        const qint64 before = peakMemoryKiB();
        const ReadResult read = readFile(path);
        QVERIFY2(read.started, qPrintable(read.startError));
        QCOMPARE(read.records.size(), 2);
        const CsvRecord &first = read.records.at(0);
        QCOMPARE(errorSummary({first}), QStringList{u"2:field-too-long"_s});
        QCOMPARE(first.errors().first().field, 1);
        QCOMPARE(first.field(1).size(), CsvLimits::MaxFieldLength);
        QCOMPARE(first.field(0), u"ada@example.com"_s);
        const CsvRecord &second = read.records.at(1);
        QVERIFY(!second.hasErrors());
        QCOMPARE(second.fields(), (QStringList{u"grace@example.com"_s, u"ok"_s}));
        QCOMPARE(second.line(), quoted ? 13 : 3);
        // The field is cut at 1 Mi characters (2 MiB): nothing near the file's 10 MB is held.
        QVERIFY2(peakMemoryKiB() - before < 12 * 1024,
                 qPrintable(u"peak memory grew by %1 KiB"_s.arg(peakMemoryKiB() - before)));
    }

    void unterminatedQuoteOverTensOfMegabytesStaysBounded()
    {
        const QString path = m_dir.filePath(u"unterminated.csv"_s);
        const qint64 size = 48 * 1024 * 1024;
        QVERIFY(writeFile(path, "Email,Bio\nada@example.com,ok\ngrace@example.com,\"", 'y', size,
                          "\nken@example.com,never read\n"));
        const qint64 before = peakMemoryKiB();
        const ReadResult read = readFile(path);
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(errorSummary(read.records),
                 (QStringList{u"3:field-too-long"_s, u"3:unterminated"_s}));
        QVERIFY(read.records.at(1).errors().last().stopsReading());
        QVERIFY2(peakMemoryKiB() - before < 12 * 1024,
                 qPrintable(u"peak memory grew by %1 KiB"_s.arg(peakMemoryKiB() - before)));
    }

    void tooManyFieldsAreDropped()
    {
        QByteArray data = "a,b\n";
        data += QByteArray(20000, ',') + "\nc,d\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ReadResult read = readDevice(&buffer, {CsvEncoding::Utf8, QChar(u','), true});
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(0).size(), CsvLimits::MaxFieldCount);
        QCOMPARE(errorSummary(read.records), QStringList{u"2:too-many-fields"_s});
        QCOMPARE(read.records.at(1).fields(), (QStringList{u"c"_s, u"d"_s}));
        QCOMPARE(read.records.at(1).line(), 3);
    }

    void recordLongerThanItsLimitIsCut()
    {
        const QByteArray field(1024 * 1024 - 10, 'z');
        QByteArray data = "a,b,c,d,e\n";
        for (int i = 0; i < 5; ++i)
            data += field + (i < 4 ? "," : "\n");
        data += "1,2,3,4,5\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ReadResult read = readDevice(&buffer);
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(errorSummary(read.records), QStringList{u"2:record-too-long"_s});
        QCOMPARE(read.records.at(0).size(), 5);
        qsizetype total = 0;
        for (qsizetype i = 0; i < 5; ++i)
            total += read.records.at(0).field(i).size();
        QCOMPARE(total, CsvLimits::MaxRecordLength);
        QVERIFY(!read.records.at(1).hasErrors());
    }

    void deviceFailureStopsWithTheLine()
    {
        QByteArray data = "Email,Name\n";
        for (int i = 0; i < 100; ++i)
            data += "user" + QByteArray::number(i) + "@example.com,User\n";
        FailingDevice device(data, 500);
        CsvReader reader(&device);
        reader.setChunkSize(64);
        QVERIFY(reader.start());
        CsvRecord record;
        qint64 lastLine = 0;
        while (reader.readRecord(record)) {
            QVERIFY(!record.hasErrors());
            lastLine = record.line();
        }
        QVERIFY(reader.fatalError());
        QCOMPARE(reader.fatalError()->kind, CsvError::Kind::ReadFailed);
        QVERIFY(reader.fatalError()->stopsReading());
        QVERIFY(lastLine > 5);
        QCOMPARE(reader.fatalError()->line, lastLine + 1);
        QVERIFY2(reader.fatalError()->message.contains(u"Input/output error"_s),
                 qPrintable(reader.fatalError()->message));
    }

    // A pipe can be read once: the reader settles the encoding on its first chunk, and bytes that
    // are not UTF-8 further on are reported on their records.
    void sequentialDeviceReportsLateBadBytes()
    {
        QByteArray data = "Email,Name\n";
        for (int i = 0; i < 50; ++i)
            data += "user" + QByteArray::number(i) + "@example.com,User\n";
        data += "emilie@example.com,\xC9milie\nlast@example.com,Last\n"; // Windows-1252 É
        int fds[2];
        QCOMPARE(pipe(fds), 0);
        QCOMPARE(::write(fds[1], data.constData(), size_t(data.size())), ssize_t(data.size()));
        ::close(fds[1]);
        QFile pipeEnd;
        QVERIFY(pipeEnd.open(fds[0], QIODevice::ReadOnly, QFileDevice::AutoCloseHandle));
        QVERIFY(pipeEnd.isSequential());
        const ReadResult read = readDevice(&pipeEnd, {}, 256);
        QCOMPARE(read.format.encoding, CsvEncoding::Utf8);
        QCOMPARE(read.records.size(), 52);
        QCOMPARE(errorSummary(read.records), QStringList{u"52:encoding"_s});
        QCOMPARE(read.records.at(50).field(1), u"\uFFFDmilie"_s);
        QVERIFY(!read.records.at(51).hasErrors());
    }

    // A random-access file is checked whole: one bad byte far from the start is enough.
    void fileWithLateWindows1252IsReadAsWindows1252()
    {
        const QString path = m_dir.filePath(u"late.csv"_s);
        QByteArray data = "Email,Name\n";
        for (int i = 0; i < 20000; ++i)
            data += "user" + QByteArray::number(i) + "@example.com,User\n";
        data += "emilie@example.com,\xC9milie\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
        file.close();
        QVERIFY(data.size() > 2 * CsvTextSource::DefaultChunkSize);
        const ReadResult read = readFile(path);
        QCOMPARE(read.format.encoding, CsvEncoding::Windows1252);
        QCOMPARE(read.records.size(), 20001);
        QCOMPARE(read.records.last().field(1), u"Émilie"_s);
        QVERIFY(errorSummary(read.records).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvLimits)
#include "tst_csv_limits.moc"
