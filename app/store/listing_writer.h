#pragma once

#include "member_record.h"
#include "member_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>
#include <optional>

class RosterDatabase;

// A provider's listing of one workspace brought into the local roster as it arrives, batch by
// batch, inside one transaction: begin(), add() for each batch, then finish() to commit or
// abandon() to leave the store as it was (a cancelled or failed sync changes nothing).
//
// Each listed member is merged with the stored one (MemberMerge) and written only when the
// merge differs from what is stored; an unchanged member is not written. finish() with a
// complete listing marks the members it lacked Unlisted (except those known to be deactivated)
// and sets the workspace's full-sync time; an incomplete listing marks nobody. Nobody is
// deleted. Memory stays bounded by the batch, not by the size of the community.
//
// Uses `db`'s connection: give it a RosterDatabase of its own to run on another thread.
class ListingWriter
{
    Q_DECLARE_TR_FUNCTIONS(ListingWriter)
public:
    ListingWriter(RosterDatabase &db, const QString &workspaceId, const QDateTime &syncedAt);
    ~ListingWriter(); // abandons what was not finished

    bool begin(QString *error);
    // The members' own workspaceId is ignored.
    bool add(const QList<MemberRecord> &batch, QString *error);
    std::optional<MemberRepository::ListingSummary> finish(bool complete, QString *error);
    void abandon();

    // Rows inserted or updated so far (unchanged members are not written).
    qint64 rowsWritten() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};
