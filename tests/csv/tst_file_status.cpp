// FileStatus, built twice: with the platform's implementation (tst_file_status) and with the Qt
// one Windows uses (tst_file_status_windows, ROSTER_FILE_STATUS_WINDOWS), so that the fallback
// is exercised on Linux too. A file, a folder and nothing at all are told apart, and a file's
// size and modification time are what CsvInputFile compares.
#include "file_status.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#ifndef ROSTER_FILE_STATUS_WINDOWS
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

class TestFileStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void aFile_isRegularWithItsSize()
    {
        QFile file(m_dir.filePath(u"members.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("email\nada@example.com\n"), 22);
        file.close();

        const std::optional<FileStatus> byPath = FileStatus::ofPath(file.fileName());
        QVERIFY(byPath);
        QCOMPARE(byPath->kind, FileStatus::Kind::Regular);
        QCOMPARE(byPath->size, 22);

        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<FileStatus> opened = FileStatus::ofOpenFile(file);
        QVERIFY(opened);
        QCOMPARE(opened->kind, FileStatus::Kind::Regular);
        QCOMPARE(opened->size, 22);
        QCOMPARE(opened->modifiedNs, byPath->modifiedNs);
    }

    void aFileTouchedAgain_hasAnotherModificationTime()
    {
        QFile file(m_dir.filePath(u"touched.csv"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write("email\n");
        const QDateTime first = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        QVERIFY(file.setFileTime(first, QFileDevice::FileModificationTime));
        const std::optional<FileStatus> before = FileStatus::ofOpenFile(file);
        QVERIFY(before);
        QCOMPARE(before->modifiedNs, qint64(1'700'000'000) * 1'000'000'000);

        QVERIFY(file.setFileTime(first.addSecs(60), QFileDevice::FileModificationTime));
        const std::optional<FileStatus> after = FileStatus::ofOpenFile(file);
        QVERIFY(after);
        QCOMPARE(after->modifiedNs - before->modifiedNs, qint64(60) * 1'000'000'000);
    }

    void aFolder_isAFolder()
    {
        const std::optional<FileStatus> status = FileStatus::ofPath(m_dir.path());
        QVERIFY(status);
        QCOMPARE(status->kind, FileStatus::Kind::Folder);
    }

    void nothingThere_hasNoStatus()
    {
        QVERIFY(!FileStatus::ofPath(m_dir.filePath(u"missing.csv"_s)));
    }

    void aPipe_isAPipe()
    {
#ifdef ROSTER_FILE_STATUS_WINDOWS
        QSKIP("Windows' FileStatus does not tell pipes from other things that are not files");
#else
        const QString path = m_dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const std::optional<FileStatus> status = FileStatus::ofPath(path);
        QVERIFY(status);
        QCOMPARE(status->kind, FileStatus::Kind::Pipe);
#endif
    }
};

QTEST_GUILESS_MAIN(TestFileStatus)
#include "tst_file_status.moc"
