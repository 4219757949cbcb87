#pragma once

#include <QObject>
#include <functional>

class RosterDatabase;

// The SHA-256 of the file a run planned, for the import history: read on a worker thread, so a
// large file does not hold the window, and kept in the journal only when the file is still the
// one the run read (its size and modification time unchanged before and after the reading).
namespace RunChecksum {

// Calls `done` on `context`'s thread once the checksum is kept, or is not (the file changed or
// cannot be read: the run then has none). Nothing is called once `context` is gone. `db` is not
// owned and must outlive `context`.
void record(RosterDatabase &db, qint64 runId, QObject *context, std::function<void()> done);

} // namespace RunChecksum
