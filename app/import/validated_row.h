#pragma once

#include "csv_record.h"
#include "row_issue.h"

// A row of an import file after MemberValidator::validate(): the record as read (its original
// fields and line, for the failed-rows file), and whether and why it cannot be imported. The
// member it describes comes from MemberValidator::draft().
struct ValidatedRow
{
    enum class Outcome
    {
        Valid,
        Invalid,
        // Every cell empty (such as a ",,,," line at the end of an Excel export): nothing to
        // import and nothing wrong; count it, do not report it as a failure.
        Blank
    };

    CsvRecord record;
    Outcome outcome = Outcome::Invalid;
    QList<RowIssue> issues;

    qint64 line() const { return record.line(); }
    bool isValid() const { return outcome == Outcome::Valid; }
    // The issues' messages joined by "; ": the "error" cell of the failed-rows file.
    QString errorText() const;
};
