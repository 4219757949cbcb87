// What roster-cli reads as a CSV file: a FIFO or a device is refused at once (it would block in
// open() or never end), and Ctrl+C or SIGTERM stops a long read with exit 130.
#include "cli_runner.h"

#include <QFile>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestCliInputFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDevice_isRefusedAtOnce()
    {
        CliRunner cli;
        const CliResult result = cli.run({u"csv"_s, u"inspect"_s, u"/dev/zero"_s});
        QVERIFY2(result.exitCode == 2, qPrintable(result.diagnosis()));
        QVERIFY2(result.err.contains(u"/dev/zero is a device, not a file"_s),
                 qPrintable(result.diagnosis()));
    }

    void aFifo_isRefusedWithoutOpeningIt()
    {
        CliRunner cli;
        const QString fifo = cli.homePath() + u"/members.csv"_s;
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QStringList &command :
             {QStringList{u"csv"_s, u"inspect"_s, fifo},
              QStringList{u"import"_s, fifo, u"-w"_s, u"Acme"_s, u"--dry-run"_s}}) {
            const CliResult result = cli.run(command); // no writer: an open() would block
            QVERIFY2(result.exitCode == 2, qPrintable(result.diagnosis()));
            QVERIFY2(result.err.contains(u"is a pipe (FIFO), not a file"_s),
                     qPrintable(result.diagnosis()));
        }
    }

    void sigtermDuringALongRead_stopsWithExit130()
    {
        CliRunner cli;
        const QString path = cli.homePath() + u"/big.csv"_s;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,name,notes\n");
            const QByteArray row = ",Someone with a name,a note that makes the row longer\n";
            for (int i = 0; i < 1'500'000; ++i)
                file.write(QByteArray::number(i) + row);
        }
        std::unique_ptr<QProcess> inspect = cli.start({u"csv"_s, u"inspect"_s, u"--json"_s, path});
        QVERIFY(inspect->waitForReadyRead(30'000)); // records are coming
        inspect->terminate();
        while (inspect->state() != QProcess::NotRunning) {
            inspect->readAllStandardOutput();
            inspect->waitForFinished(100);
        }
        const QByteArray err = inspect->readAllStandardError();
        QVERIFY2(inspect->exitCode() == 130, err.constData());
        QVERIFY2(err.contains("Interrupted"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliInputFiles)
#include "tst_cli_input_files.moc"
