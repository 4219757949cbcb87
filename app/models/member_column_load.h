#pragma once

#include "member_storage.h"

#include <atomic>
#include <functional>

class RosterDatabase;

// A whole workspace read from the store into a MemberStorage by three threads: the calling one
// reads rows with MemberBulkReader and copies their bytes into batches, a second files them
// into the storage (MemberStorageBuilder) and ranks the names, a third reads the email order
// from the store's index on a connection of its own. The rows, group sets and email order come
// from one snapshot: when another connection commits between the two reads' starts (PRAGMA
// data_version), the calling thread reads the email order again in its own transaction.
//
// Requires MemberBulkReader::available(db).
namespace MemberColumnLoad {

enum class Outcome
{
    Loaded,
    Canceled,
    Failed
};

// `progress(filed)` is called on the second thread every so many rows; `*total` gets the
// number of members as soon as the email scan has counted them (else at the end). On success
// the storage is finished (MemberStorage::finishLoad()).
Outcome load(const RosterDatabase &db, const QString &workspaceId, MemberStorage *members,
             const std::atomic<bool> &canceled, const std::function<void(qint64)> &progress,
             std::atomic<qint64> *total, QString *error);

// The rows whose ids come in `idsInOrder`, given each row's id (`rowIds`, increasing); empty
// unless every id is a row's and every row comes once.
QList<quint32> rowsInOrderOf(const QList<qint64> &idsInOrder, const QList<qint64> &rowIds);

} // namespace MemberColumnLoad
