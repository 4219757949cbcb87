#pragma once

#include "member_storage.h"

#include <QList>
#include <functional>

// How the member table sorts each of MemberTableModel's columns:
// - Name: collation order of the locale (NameOrder's ranks, ready since the load);
// - Email: code points (emails are stored in lower case), as the store orders them (kept
//   ready by EmailOrder, read from the store's index at load);
// - Status: active, pending, deactivated, unknown;
// - Role, Groups: collation order of the shown text (a group set by its joined names);
// - Provider ID: ids of digits only first, numerically, then the others by code points;
// - times: oldest first, unknown times before all; last sign-in: not told, then never, then
//   the oldest first;
// - Admin: not an admin first; Avatar: by the picture's URL (code points), none first, so that
//   members sharing a picture (Heartbeat's placeholder) come together.
// Equal values keep row order, in both directions (see MemberFilterProxy).
namespace MemberSort {

// <0, 0, >0 as row `a` sorts before, with or after row `b` in `column`.
int compare(const MemberStorage &members, int column, qsizetype a, qsizetype b);
// Every row in ascending order of `column`, equal values in row order: a counting sort or a
// sort of fixed-size keys, never a comparison through the model.
QList<quint32> sortedRows(const MemberStorage &members, int column);
// sortedRows() as a job for another thread: it holds shallow copies of the columns it reads
// (Qt's implicit sharing: a later change to `members` copies that column, never the job's),
// so it runs while the GUI thread goes on changing the members.
using SortJob = std::function<QList<quint32>()>;
SortJob sortJob(const MemberStorage &members, int column);
// Whether the order of `column` is kept ready in the storage (names, emails): its job is a copy.
bool isInstant(int column);
// The descending order for the same column from the ascending one: equal values stay in row
// order.
QList<quint32> descending(const MemberStorage &members, int column,
                          const QList<quint32> &ascending);

// Code point order (UTF-16 order differs above U+D7FF).
int compareCodePoints(QStringView a, QStringView b);

} // namespace MemberSort
