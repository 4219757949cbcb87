#pragma once

#include "import_journal.h"
#include "import_settings.h"
#include "member_record.h"

#include <QHash>

struct Capabilities;
struct MemberDraft;

// What an import does with a row whose member the provider has: the one rule, used by the
// dry run for members it knows of and by the run for a create the provider refused as a
// duplicate.
struct RowDecision
{
    ImportPlan plan = ImportPlan::Unchanged; // Conflict, Update, Reactivate or Unchanged
    // Why the row is not sent (Conflict, Unchanged), or what an update changes.
    QString note;

    bool sends() const { return plan == ImportPlan::Update || plan == ImportPlan::Reactivate; }

    // `groupNames` (by id) name the groups an update changes in `note`; may be empty.
    static RowDecision decide(const MemberDraft &draft, const MemberRecord &stored,
                              ImportSettings::Mode mode, const Capabilities &can,
                              const QHash<QString, QString> &groupNames = {});
};
