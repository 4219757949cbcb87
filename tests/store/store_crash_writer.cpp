// Test helper for tst_store_crash_safety: writes members to a roster database in batches, each
// batch with its audit entry in one transaction, forever. After each commit it prints
// "committed <members>" so the test knows what must survive a kill. A tiny page cache makes
// SQLite spill a transaction's pages to the WAL before it commits, so a kill leaves a part of a
// transaction in the file. With "hold", the third transaction stops half-way (half its members
// written), prints "holding <WAL bytes after the last commit> <WAL bytes now>" and waits to be
// killed.
//   store_crash_writer <database> <batch size> [hold]
#include "audit_log.h"
#include "member_repository.h"
#include "roster_database.h"
#include "store_transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: store_crash_writer <database> <batch size> [hold]\n");
        return 2;
    }
    const int batchSize = arguments.at(2).toInt();
    const bool hold = arguments.value(3) == u"hold";
    RosterDatabase db(arguments.at(1));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery(db.connection()).exec(u"PRAGMA cache_size = 8"_s);
    MemberRepository members(db);
    AuditLog audit(db);
    std::optional<qint64> written = members.count(u"crash"_s, &error);
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString walPath = db.path() + u"-wal"_s;
    qint64 walBytesAtCommit = 0;
    for (int round = 1;; ++round) {
        QList<MemberRecord> batch;
        for (int i = 0; i < batchSize; ++i) {
            MemberRecord member;
            member.workspaceId = u"crash"_s;
            member.providerMemberId = u"user_%1"_s.arg(*written + i);
            member.email = u"member%1@example.com"_s.arg(*written + i);
            member.displayName = u"Member %1 with a name long enough to fill pages"_s.arg(i);
            member.bio = QString(200, u'b');
            member.groups = {{u"g"_s, u"Group"_s}};
            batch.append(member);
        }
        StoreTransaction transaction(db);
        if (hold && round == 3) {
            if (!transaction.begin(&error) ||
                !members.upsertMany(batch.mid(0, batchSize / 2), &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            std::printf("holding %lld %lld\n", static_cast<long long>(walBytesAtCommit),
                        static_cast<long long>(QFileInfo(walPath).size()));
            std::fflush(stdout);
            for (;;)
                QThread::sleep(1);
        }
        if (!transaction.begin(&error) || !members.upsertMany(batch, &error) ||
            !audit.append({QDateTime(),
                           u"crash"_s,
                           {},
                           u"sync"_s,
                           AuditOutcome::Ok,
                           u"batch of %1"_s.arg(batchSize)},
                          &error) ||
            !transaction.commit(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        *written += batchSize;
        walBytesAtCommit = QFileInfo(walPath).size();
        std::printf("committed %lld\n", static_cast<long long>(*written));
        std::fflush(stdout);
    }
}
