#pragma once

#include <QCoreApplication>
#include <QString>

struct ImportCounts;
struct ImportRunInfo;

// Whether a bulk run can be undone now, for the report page's and the import history's "Undo
// this run…": the words for a disabled action's tooltip.
class UndoRunCheck
{
    Q_DECLARE_TR_FUNCTIONS(UndoRunCheck)
public:
    // Why `run` cannot be undone (never ran, still running, changed nobody); empty when it can.
    static QString whyNot(const ImportRunInfo &run, const ImportCounts &counts);
    // The tooltip of the enabled action.
    static QString whatItDoes();
};
