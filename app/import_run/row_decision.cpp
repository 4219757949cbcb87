#include "row_decision.h"

#include "capabilities.h"
#include "change_text.h"
#include "draft_json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The dry run said these first: their translations stay where they are.
QString translate(const char *text)
{
    return QCoreApplication::translate("ImportPlanner", text);
}

RowDecision unchanged(const QString &note)
{
    return RowDecision{ImportPlan::Unchanged, note, {}};
}

RowDecision deactivation(const MemberRecord &stored, const Capabilities &can)
{
    if (memberIsInactive(stored.status))
        return unchanged(translate(QT_TRANSLATE_NOOP("ImportPlanner", "%1 is deactivated already."))
                             .arg(stored.email));
    if (!can.supports(MemberOperation::Deactivate))
        return RowDecision{
            ImportPlan::CannotDeactivate,
            translate(QT_TRANSLATE_NOOP("ImportPlanner",
                                        "%1 cannot deactivate members: %2 is left as they are."))
                .arg(providerDisplayName(can.provider), stored.email),
            {}};
    RowDecision decision;
    decision.plan = ImportPlan::Deactivate;
    decision.change = RowChange::of(stored, std::nullopt, MemberStatus::Deactivated);
    decision.note = decision.change.describe().join(u"; "_s);
    return decision;
}
} // namespace

void RowDecision::into(ImportRowEntry &entry) const
{
    entry.plan = plan;
    entry.error = note;
    if (!change.isEmpty())
        entry.change = change.toJson();
    if (!sends()) {
        entry.state = ImportRowState::Done;
        entry.outcome = ImportOutcome::Skipped;
    }
}

std::optional<MemberStatus> RowDecision::wantedState(const MemberDraft &draft,
                                                     ImportSettings::Mode mode)
{
    switch (mode) {
    case ImportSettings::Mode::Deactivate:
        return MemberStatus::Deactivated;
    case ImportSettings::Mode::Reactivate:
        return MemberStatus::Active;
    default:
        return draft.state;
    }
}

RowDecision RowDecision::absent(const MemberRecord &stored, const Capabilities &can)
{
    return deactivation(stored, can);
}

RowDecision RowDecision::decide(const MemberDraft &draft, const MemberRecord &stored,
                                ImportSettings::Mode mode, const Capabilities &can,
                                const QHash<QString, QString> &groupNames)
{
    const std::optional<MemberStatus> wanted = wantedState(draft, mode);
    if (wanted == MemberStatus::Deactivated)
        return deactivation(stored, can);
    const bool inactive = memberIsInactive(stored.status);
    const bool updates = ImportSettings::updatesFields(mode);
    if (!updates && !(wanted == MemberStatus::Active && inactive)) {
        if (mode != ImportSettings::Mode::CreateOnly)
            return unchanged(translate(QT_TRANSLATE_NOOP("ImportPlanner", "%1 is active already."))
                                 .arg(draft.email));
        return RowDecision{
            ImportPlan::Conflict,
            translate(
                QT_TRANSLATE_NOOP("ImportPlanner",
                                  "%1 is a member already; this import only creates members."))
                .arg(draft.email),
            {}};
    }
    const std::optional<MemberChanges> changes =
        updates ? DraftJson::changes(draft, stored, can.editableFields()) : std::nullopt;
    RowDecision decision;
    if (inactive && can.supports(MemberOperation::Reactivate)) {
        decision.plan = ImportPlan::Reactivate;
        decision.change = RowChange::of(stored, changes, MemberStatus::Active);
    } else if (changes) {
        decision.plan = ImportPlan::Update;
        decision.change = RowChange::of(stored, changes, std::nullopt);
    } else {
        return unchanged(
            translate(
                QT_TRANSLATE_NOOP("ImportPlanner", "%1 is a member already, as the row has them."))
                .arg(draft.email));
    }
    decision.note = changes ? ChangeText::describe(*changes, stored, groupNames) : QString();
    return decision;
}
