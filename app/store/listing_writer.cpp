#include "listing_writer.h"

#include "email_check.h"
#include "member_merge.h"
#include "member_row.h"
#include "member_writer.h"
#include "roster_database.h"
#include "sql_helpers.h"
#include "store_transaction.h"

#include <vector>

namespace {
// Members marked Unlisted per round of finish(): the rows are read a round at a time, so that
// nothing is written while a statement reads.
constexpr int UnlistedRound = 1000;
} // namespace

struct ListingWriter::State
{
    State(RosterDatabase &db, const QString &workspaceId, const QDateTime &syncedAt)
        : db(db), workspaceId(workspaceId),
          stamp(syncedAt.isValid() ? syncedAt : QDateTime::currentDateTimeUtc())
    {}

    void see(qint64 rowId)
    {
        const auto at = size_t(rowId - MemberRow::firstRowId(workspaceKey));
        if (at >= seen.size())
            seen.resize(std::max(at + 1, seen.size() * 2));
        seen[at] = true;
    }
    bool wasSeen(qint64 rowId) const
    {
        const auto at = size_t(rowId - MemberRow::firstRowId(workspaceKey));
        return at < seen.size() && seen[at];
    }

    RosterDatabase &db;
    const QString workspaceId;
    const QDateTime stamp;
    std::unique_ptr<StoreTransaction> transaction;
    std::unique_ptr<MemberWriter> writer;
    qint64 workspaceKey = 0;
    // One bit per row of the workspace, by row id: the stored members this listing named or
    // wrote. Row ids are dense from the workspace's first (MemberRow::firstRowId()).
    std::vector<bool> seen;
    MemberRepository::ListingSummary summary;
    qint64 rowsWritten = 0;
};

ListingWriter::ListingWriter(RosterDatabase &db, const QString &workspaceId,
                             const QDateTime &syncedAt)
    : m_state(std::make_unique<State>(db, workspaceId, syncedAt))
{}

ListingWriter::~ListingWriter()
{
    abandon();
}

bool ListingWriter::begin(QString *error)
{
    State &s = *m_state;
    if (s.transaction) {
        setError(error, tr("The members of workspace %1 in %2 are already being refreshed.")
                            .arg(s.workspaceId, s.db.path()));
        return false;
    }
    s.transaction = std::make_unique<StoreTransaction>(s.db);
    if (!s.transaction->begin(error)) {
        s.transaction.reset();
        return false;
    }
    s.writer = std::make_unique<MemberWriter>(s.db.connection());
    s.summary = {};
    s.seen.clear();
    s.rowsWritten = 0;
    QString detail;
    const std::optional<qint64> key = s.writer->workspaceKey(s.workspaceId, &detail);
    if (!key) {
        abandon();
        setError(error, tr("Cannot refresh the members of workspace %1 in %2: %3")
                            .arg(s.workspaceId, s.db.path(), detail));
        return false;
    }
    s.workspaceKey = *key;
    return true;
}

bool ListingWriter::add(const QList<MemberRecord> &batch, QString *error)
{
    State &s = *m_state;
    const auto fail = [&](const QString &email, const QString &detail) {
        abandon();
        setError(error, tr("Cannot refresh the members of workspace %1 in %2: member %3: %4")
                            .arg(s.workspaceId, s.db.path(), email, detail));
        return false;
    };
    if (!s.transaction) {
        setError(error, tr("The refresh of workspace %1 in %2 was not started or has ended.")
                            .arg(s.workspaceId, s.db.path()));
        return false;
    }
    QString detail;
    std::optional<MemberWriter::Stored> stored;
    for (const MemberRecord &member : batch) {
        MemberRecord fresh = member;
        fresh.workspaceId = s.workspaceId;
        fresh.email = EmailCheck::normalized(fresh.email);
        if (!s.writer->findStored(s.workspaceKey, s.workspaceId, fresh.providerMemberId,
                                  fresh.email, &stored, &detail))
            return fail(member.email, detail);
        ++s.summary.listed;
        std::optional<MemberRecord> before;
        if (stored) {
            s.see(stored->rowId);
            before = std::move(stored->member);
        }
        MemberRecord merged = MemberMerge::withStored(fresh, before);
        if (before && merged == *before) {
            ++s.summary.unchanged;
            continue;
        }
        merged.lastSyncedAt = s.stamp;
        const std::optional<MemberWriter::Upserted> upserted =
            s.writer->upsert(s.workspaceKey, merged, &detail, !before);
        if (!upserted)
            return fail(member.email, detail);
        s.see(upserted->rowId);
        ++s.rowsWritten;
        ++(before ? s.summary.changed : s.summary.added);
    }
    return true;
}

std::optional<MemberRepository::ListingSummary> ListingWriter::finish(bool complete, QString *error)
{
    State &s = *m_state;
    if (!s.transaction) {
        setError(error, tr("The refresh of workspace %1 in %2 was not started or has ended.")
                            .arg(s.workspaceId, s.db.path()));
        return std::nullopt;
    }
    QString detail;
    const auto fail = [&](const QString &detail) {
        abandon();
        setError(error, tr("Cannot refresh the members of workspace %1 in %2: %3")
                            .arg(s.workspaceId, s.db.path(), detail));
        return std::nullopt;
    };
    if (complete) {
        qint64 after = MemberRow::firstRowId(s.workspaceKey) - 1;
        while (true) {
            QList<std::pair<qint64, QString>> absent;
            int read = 0;
            if (!s.writer->forEachListable(
                    s.workspaceKey, after, UnlistedRound,
                    [&](qint64 rowId, QString email) {
                        ++read;
                        after = rowId;
                        if (!s.wasSeen(rowId))
                            absent.append({rowId, std::move(email)});
                    },
                    &detail))
                return fail(detail);
            for (const auto &[rowId, email] : absent) {
                if (!s.writer->markUnlisted(rowId, s.stamp, &detail))
                    return fail(tr("member %1: %2").arg(email, detail));
                s.summary.unlisted.append(email);
                ++s.rowsWritten;
            }
            if (read < UnlistedRound)
                break;
        }
        if (!s.writer->setLastFullSync(s.workspaceKey, s.stamp, &detail))
            return fail(detail);
    }
    if (!s.writer->flush(&detail))
        return fail(detail);
    s.writer.reset();
    const bool committed = s.transaction->commit(error);
    s.transaction.reset();
    if (!committed)
        return std::nullopt;
    return s.summary;
}

void ListingWriter::abandon()
{
    State &s = *m_state;
    s.writer.reset();
    if (s.transaction)
        s.transaction->rollback();
    s.transaction.reset();
}

qint64 ListingWriter::rowsWritten() const
{
    return m_state->rowsWritten;
}
