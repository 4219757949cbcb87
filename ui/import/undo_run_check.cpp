#include "undo_run_check.h"

#include "import_journal.h"

QString UndoRunCheck::whyNot(const ImportRunInfo &run, const ImportCounts &counts)
{
    switch (run.state) {
    case ImportRunState::Planned:
        return tr("This run never ran: there is nothing to undo.");
    case ImportRunState::Running:
        return tr("This run is still running or stopped half-way: let it end, or resume it, "
                  "before undoing it.");
    case ImportRunState::Finished:
    case ImportRunState::Cancelled:
        break;
    }
    const auto &o = counts.outcomes;
    if (o.value(ImportOutcome::Created) + o.value(ImportOutcome::Updated) +
            o.value(ImportOutcome::Reactivated) + o.value(ImportOutcome::Deactivated) ==
        0)
        return tr("This run changed no member: there is nothing to undo.");
    return {};
}

QString UndoRunCheck::whatItDoes()
{
    return tr("Plan the reverse of this run and show it as a dry run first: reactivate whom it "
              "deactivated, deactivate whom it reactivated, put changed fields back.");
}
