#pragma once

#include "column_mapping.h"

#include <QCoreApplication>

// The mapping as text, for `--map` and `--set` on the command line.
//
//   COLUMN=FIELD   fills FIELD from COLUMN: `E-mail address=email`, `Given name=first-name`
//   COLUMN=skip    leaves COLUMN out (also `COLUMN=-` or `COLUMN=`)
//   #N=FIELD       the same by column number, from 1 (for files without a header)
//   FIELD=VALUE    (constants, `--set`) fills FIELD with VALUE on every row that has none:
//                  `role=Member`
//
// COLUMN is a header name, matched without regard to case, then by headerMatchKey() when that
// finds exactly one column; the text splits at its last '=' (so a column name may hold one).
// FIELD is an importFieldId() or any spelling importFieldFromText() knows ("first_name",
// "Given name"). A constant's text splits at its first '='.
class MappingText
{
    Q_DECLARE_TR_FUNCTIONS(MappingText)
public:
    // Applies each assignment to `mapping` (typically ColumnMapping::automatic(header)), which a
    // later assignment overrides. Returns one message per bad assignment, naming it; two
    // assignments that map the same field are an error.
    static QStringList applyAssignments(ColumnMapping &mapping, const QStringList &header,
                                        const QStringList &assignments);
    static QStringList applyConstants(ColumnMapping &mapping, const QStringList &constants);

    // The mapping written back: one `COLUMN=FIELD` or `COLUMN=skip` per column, then one
    // `FIELD=VALUE` per constant.
    static QStringList assignments(const ColumnMapping &mapping, const QStringList &header);
    static QStringList constants(const ColumnMapping &mapping);

private:
    static qsizetype findColumn(QStringView name, const QStringList &header, QString *error);
};
