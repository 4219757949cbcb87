#pragma once

#include "import_planner.h"
#include "import_runner.h"
#include "member_service.h"
#include "roster_database.h"

#include <QSignalSpy>
#include <QTest>

// An import's two steps as the wizard and roster-cli start them, each waited for to its end.
namespace ImportSteps {

// The plan's run id, or -1 when planning failed or did not end within a minute.
inline qint64 plan(MemberService &members, RosterDatabase &db, const ImportSettings &settings,
                   bool lookUpUnknownRows)
{
    ImportPlanner planner(&members, db, settings);
    planner.setLookUpUnknownRows(lookUpUnknownRows);
    QSignalSpy finished(&planner, &ImportPlanner::finished);
    QSignalSpy failed(&planner, &ImportPlanner::failed);
    planner.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
        return -1;
    if (!failed.isEmpty()) {
        qWarning("planning failed: %s", qPrintable(failed.first().first().toString()));
        return -1;
    }
    return finished.first().first().toLongLong();
}

// Whether the run of `runId` ended within `timeoutMs` without failing.
inline bool run(MemberService &members, RosterDatabase &db, qint64 runId, int timeoutMs = 120000)
{
    ImportRunner runner(&members, db, runId);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QSignalSpy failed(&runner, &ImportRunner::failed);
    runner.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return false;
    return failed.isEmpty();
}

} // namespace ImportSteps
