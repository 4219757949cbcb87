#pragma once

#include "column_mapping.h"
#include "provider.h"

#include <QCoreApplication>

// What each provider needs from an import file, checked on the mapping before any row is:
//   Heartbeat:         email, a name (Full name, or First and/or Last name) and a role (a column
//                      or a constant: its create call requires a roleID); groups and bio are
//                      optional.
//   Forward, Beam.gg:  email, first name and last name (or a Full name to split); they keep no
//                      role, groups or bio.
class ImportRequirements
{
    Q_DECLARE_TR_FUNCTIONS(ImportRequirements)
public:
    // Whether the provider keeps the field at all.
    static bool uses(Provider provider, ImportField field);
    // One sentence per required field the mapping gives neither by a column nor a constant;
    // empty when the mapping can import into the provider.
    static QStringList missingFields(Provider provider, const ColumnMapping &mapping);
    // One sentence per mapped column whose field the provider does not keep.
    static QStringList ignoredColumns(Provider provider, const ColumnMapping &mapping,
                                      const QStringList &header);
};
