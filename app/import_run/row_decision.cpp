#include "row_decision.h"

#include "capabilities.h"
#include "change_text.h"
#include "draft_json.h"

#include <QCoreApplication>

namespace {
// The dry run said these first: their translations stay where they are.
QString translate(const char *text)
{
    return QCoreApplication::translate("ImportPlanner", text);
}
} // namespace

RowDecision RowDecision::decide(const MemberDraft &draft, const MemberRecord &stored,
                                ImportSettings::Mode mode, const Capabilities &can,
                                const QHash<QString, QString> &groupNames)
{
    RowDecision decision;
    if (mode == ImportSettings::Mode::CreateOnly) {
        decision.plan = ImportPlan::Conflict;
        decision.note = translate(QT_TRANSLATE_NOOP(
                                      "ImportPlanner",
                                      "%1 is a member already; this import only creates members."))
                            .arg(draft.email);
        return decision;
    }
    // A member the provider no longer lists was deactivated or removed elsewhere: reactivating
    // one who is active after all is a success ("already active").
    const bool maybeInactive =
        stored.status == MemberStatus::Deactivated || stored.status == MemberStatus::Unlisted;
    const std::optional<MemberChanges> changes =
        DraftJson::changes(draft, stored, can.editableFields());
    if (changes)
        decision.note = ChangeText::describe(*changes, stored, groupNames);
    if (maybeInactive && can.supports(MemberOperation::Reactivate)) {
        decision.plan = ImportPlan::Reactivate;
        return decision;
    }
    if (changes) {
        decision.plan = ImportPlan::Update;
        return decision;
    }
    decision.plan = ImportPlan::Unchanged;
    decision.note = translate(QT_TRANSLATE_NOOP("ImportPlanner",
                                                "%1 is a member already, as the row has them."))
                        .arg(draft.email);
    return decision;
}
