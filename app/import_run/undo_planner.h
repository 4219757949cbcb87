#pragma once

#include "import_journal.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ApiTask;
class MemberService;
class RosterDatabase;

// The dry run of undoing a bulk run: from each row the run changed (its journal keeps the
// member's state and values before), the reverse, written into the journal as a new run (mode
// Undo) that ImportRunner carries out like any other:
//   - a member the run deactivated is reactivated, one it reactivated deactivated again;
//   - fields it changed get their values before back (a value Roster never knew, and a
//     picture, cannot be put back: the row says so);
//   - a member it created is offered for deactivation (never deleted): planned only with
//     setIncludeCreated(), listed otherwise;
//   - a member changed again since the run (RowChange::stillAsLeft) is a conflict, left alone
//     unless setIncludeConflicts().
// The roster is refreshed from the provider first where it can list, so that "changed since"
// is judged against the provider.
class UndoPlanner : public QObject
{
    Q_OBJECT
public:
    // `service` and `db` are not owned and must outlive the planner.
    UndoPlanner(MemberService *service, RosterDatabase &db, qint64 runId,
                QObject *parent = nullptr);
    ~UndoPlanner() override;

    void setIncludeCreated(bool include) { m_includeCreated = include; }
    void setIncludeConflicts(bool include) { m_includeConflicts = include; }

    void start();
    void cancel();

Q_SIGNALS:
    void finished(qint64 undoRunId);
    // The run cannot be undone (unknown, another workspace's, not run, an undo planned from it
    // failed), or the provider or the journal failed; nothing was kept.
    void failed(const QString &error);

private:
    void plan();
    // The reverse of one row of the run; false when the roster cannot be read.
    bool reverse(const ImportRowEntry &row, ImportRowEntry &undo, QString *error) const;
    void fail(const QString &error);

    MemberService *m_service;
    RosterDatabase &m_db;
    qint64 m_runId;
    ImportRunInfo m_run;
    bool m_includeCreated = false;
    bool m_includeConflicts = false;
    bool m_stopped = false;
    QPointer<ApiTask> m_sync;
};
