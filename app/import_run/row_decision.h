#pragma once

#include "import_journal.h"
#include "import_settings.h"
#include "member_record.h"
#include "row_change.h"

#include <QHash>

struct Capabilities;
struct MemberDraft;

// What an import does with a row whose member the provider has: the one rule, used by the
// dry run for members it knows of and by the run for a create the provider refused as a
// duplicate.
//
// The state the row asks for (a state column, or the mode of a list: `members deactivate
// --from`) comes first: a member to deactivate is deactivated (or listed as one the provider
// cannot deactivate), with no field changed; one to make active is reactivated when deactivated.
// Otherwise create-only leaves a member as they are (a conflict), and the other modes update
// what differs and reactivate a deactivated member.
struct RowDecision
{
    // Conflict, Update, Reactivate, Deactivate, CannotDeactivate or Unchanged
    ImportPlan plan = ImportPlan::Unchanged;
    // Why the row is not sent (Conflict, Unchanged, CannotDeactivate), or what it changes.
    QString note;
    // What the row changes; empty when it sends nothing.
    RowChange change;

    bool sends() const { return importPlanSends(plan); }
    // The plan, note and change into the journal's row; a row not sent is done, skipped.
    void into(ImportRowEntry &entry) const;

    // `groupNames` (by id) name the groups an update changes in `note`; may be empty.
    static RowDecision decide(const MemberDraft &draft, const MemberRecord &stored,
                              ImportSettings::Mode mode, const Capabilities &can,
                              const QHash<QString, QString> &groupNames = {});
    // A member the file lacks, in a mirror: deactivated, or listed when the provider cannot.
    static RowDecision absent(const MemberRecord &stored, const Capabilities &can);
    // What `mode` asks of a row's member: Active, Deactivated, or none (as the mode does).
    static std::optional<MemberStatus> wantedState(const MemberDraft &draft,
                                                   ImportSettings::Mode mode);
};
