// A writer killed with SIGKILL never leaves a damaged database nor a part of a transaction, and
// every transaction it reported as committed is still there.
#include "audit_log.h"
#include "member_repository.h"
#include "roster_database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int BatchSize = 500;
constexpr int RandomRounds = 8;

// store_crash_writer on one database file.
class Writer
{
public:
    Writer(const QString &path, bool hold)
    {
        QStringList arguments = {path, QString::number(BatchSize)};
        if (hold)
            arguments.append(u"hold"_s);
        m_process.start(QStringLiteral(STORE_CRASH_WRITER), arguments);
    }
    ~Writer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    // Waits until the writer has printed `count` lines starting with `word`.
    bool waitFor(const QByteArray &word, int count)
    {
        while (m_output.count(word) < count) {
            if (!m_process.waitForReadyRead(60'000)) {
                qWarning("writer: %s", m_process.readAllStandardError().constData());
                return false;
            }
            m_output += m_process.readAllStandardOutput();
        }
        return true;
    }

    bool kill()
    {
        m_process.kill(); // SIGKILL
        if (!m_process.waitForFinished(10'000) || m_process.exitStatus() != QProcess::CrashExit)
            return false;
        m_output += m_process.readAllStandardOutput();
        return true;
    }

    // The last line that starts with `word`.
    QByteArray line(const QByteArray &word) const
    {
        const qsizetype at = m_output.lastIndexOf(word);
        return at < 0 ? QByteArray() : m_output.mid(at, m_output.indexOf('\n', at) - at);
    }

    // The member count of the last "committed" line.
    qint64 lastCommitted() const { return line("committed ").mid(10).toLongLong(); }

private:
    QProcess m_process;
    QByteArray m_output;
};
} // namespace

class TestStoreCrashSafety : public QObject
{
    Q_OBJECT

    // Opens the file as Roster would after a crash and checks it holds whole transactions only.
    void verifyWholeTransactions(const QString &path, qint64 reported)
    {
        RosterDatabase db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery integrity(db.connection());
        QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);
        integrity.finish();
        const std::optional<qint64> count = MemberRepository(db).count(u"crash"_s, &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(*count % BatchSize, 0);
        // Reported commits survive; at most one more committed before its line was read.
        QVERIFY2(*count >= reported && *count <= reported + BatchSize,
                 qPrintable(u"%1 members, %2 reported committed"_s.arg(*count).arg(reported)));
        const auto audit = AuditLog(db).list(u"crash"_s, {}, 0, &error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(audit->size(), *count / BatchSize);
    }

private Q_SLOTS:
    void killedInTheMiddleOfATransaction()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"held.sqlite"_s);
        Writer writer(path, true);
        QVERIFY(writer.waitFor("holding", 1));
        // The unfinished transaction has already spilled pages into the WAL.
        const QList<QByteArray> walBytes = writer.line("holding").split(' ');
        QCOMPARE(walBytes.size(), 3);
        QVERIFY2(walBytes.at(2).toLongLong() > walBytes.at(1).toLongLong(),
                 writer.line("holding").constData());
        QVERIFY(writer.kill());
        QCOMPARE(writer.lastCommitted(), 2 * BatchSize);
        verifyWholeTransactions(path, 2 * BatchSize);
    }

    void killedAtRandomMoments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"random.sqlite"_s);
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int round = 0; round < RandomRounds; ++round) {
            Writer writer(path, false);
            QVERIFY(writer.waitFor("committed ", 2));
            QTest::qSleep(int(random.bounded(50)));
            QVERIFY(writer.kill());
            verifyWholeTransactions(path, writer.lastCommitted());
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreCrashSafety)
#include "tst_store_crash_safety.moc"
