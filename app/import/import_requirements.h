#pragma once

#include "column_mapping.h"
#include "provider.h"

#include <QCoreApplication>

// What each provider needs from an import file, checked on the mapping before any row is:
//   Heartbeat:         email, a name (Full name, or First and/or Last name) and a role (a column
//                      or a constant: its create call requires a roleID); the rest of its
//                      profile is optional.
//   Forward, Beam.gg:  email, first name and last name (or a Full name to split).
// Which other fields a provider keeps is its Capabilities' to say.
class ImportRequirements
{
    Q_DECLARE_TR_FUNCTIONS(ImportRequirements)
public:
    // Whether the provider keeps the field at all: the names and the email always (joined or
    // split into what it takes), any other field when its Capabilities take it on create or
    // edit.
    static bool uses(Provider provider, ImportField field);
    // One sentence per required field the mapping gives neither by a column nor a constant;
    // empty when the mapping can import into the provider. `emailsOnly`: a list of members to
    // deactivate or reactivate, which needs only the email.
    static QStringList missingFields(Provider provider, const ColumnMapping &mapping,
                                     bool emailsOnly = false);
    // One sentence per mapped column whose field the provider does not keep.
    static QStringList ignoredColumns(Provider provider, const ColumnMapping &mapping,
                                      const QStringList &header);
};
