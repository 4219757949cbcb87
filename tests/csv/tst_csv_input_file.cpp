// CsvInputFile: a file that changes while it is read fails instead of ending, a stop request
// ends the read, and what is not a regular file is refused before it is opened.
#include "csv_input_file.h"
#include "csv_inspect.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestCsvInputFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, int rows)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
        file.write("email,name\n");
        for (int i = 0; i < rows; ++i)
            file.write("member" + QByteArray::number(i) + "@example.com,Member\n");
        return path;
    }

private Q_SLOTS:
    void anUnchangedFile_isReadToTheEnd()
    {
        const QString path = writeFile(u"same.csv"_s, 50'000);
        CsvInputFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(CsvInspect::writeJson(&file, &out, {}, &error), qPrintable(error));
        QVERIFY(out.data().contains("member49999@example.com"));
        QVERIFY(!file.changed());
    }

    // The file is cut short by someone else after the first chunk has been read.
    void aFileTruncatedWhileRead_isReportedAsChanged()
    {
        const QString path = writeFile(u"cut.csv"_s, 200'000);
        CsvInputFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray chunk(64 * 1024, '\0');
        QVERIFY(file.read(chunk.data(), chunk.size()) == chunk.size());
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
        qint64 got = 0;
        while ((got = file.read(chunk.data(), chunk.size())) > 0) {
        }
        QCOMPARE(got, qint64(-1));
        QVERIFY(file.changed());
        QVERIFY2(file.errorString().contains(u"changed while it was read"_s),
                 qPrintable(file.errorString()));

        // Through the whole reader: an error, not a complete file.
        const QString again = writeFile(u"cut-again.csv"_s, 200'000);
        bool cut = false; // once the reader has started
        CsvInputFile input(again, [&again, &cut] {
            if (!cut)
                cut = QFile::resize(again, 1000);
            return false;
        });
        QVERIFY(input.open(QIODevice::ReadOnly));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!CsvInspect::writeJson(&input, &out, {}, &error));
        QVERIFY2(error.contains(u"changed while it was read"_s), qPrintable(error));
    }

    void aStopRequest_endsTheRead()
    {
        const QString path = writeFile(u"stop.csv"_s, 200'000);
        int reads = 0;
        CsvInputFile file(path, [&reads] { return ++reads > 2; });
        QVERIFY(file.open(QIODevice::ReadOnly));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!CsvInspect::writeJson(&file, &out, {}, &error));
        QVERIFY(file.interrupted());
    }

    void notARegularFile_isRefused()
    {
        QVERIFY(CsvInputFile::problem(u"/dev/zero"_s)->contains(u"is a device"_s));
        const QString fifo = m_dir.filePath(u"pipe.csv"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(CsvInputFile::problem(fifo)->contains(u"FIFO"_s));
        CsvInputFile file(fifo);
        QVERIFY(!file.open(QIODevice::ReadOnly)); // refused, not blocked
        QVERIFY(!CsvInputFile::problem(writeFile(u"fine.csv"_s, 1)));
    }
};

QTEST_GUILESS_MAIN(TestCsvInputFile)
#include "tst_csv_input_file.moc"
