#include "import_deactivation_consent.h"

#include "confirm.h"
#include "confirm_member_action_dialog.h"
#include "deactivation_confirmation.h"
#include "deactivation_guard.h"
#include "import_journal.h"
#include "member_repository.h"
#include "preferences.h"
#include "workspace.h"

#include <QLocale>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr int PageRows = 1000;
// The file's rows read for names at most: the count is known already, the names only show.
constexpr int MaxPagesRead = 20;

// Adds the emails of `rows` planned for deactivation, up to FirstNamed, from the file's rows
// only when `fileOnly`; false when there is no page after this one to read.
bool collect(const QList<ImportRowEntry> &rows, bool fileOnly, QStringList &emails,
             qint64 &lastLine)
{
    for (const ImportRowEntry &row : rows) {
        if (fileOnly && !row.isFromFile())
            return false;
        lastLine = row.line;
        if (row.plan == ImportPlan::Deactivate &&
            emails.size() < ImportDeactivationConsent::FirstNamed)
            emails << row.email;
    }
    return rows.size() == PageRows && emails.size() < ImportDeactivationConsent::FirstNamed;
}
} // namespace

bool ImportDeactivationConsent::read(RosterDatabase &db, qint64 runId, Deactivations *out,
                                     QString *error)
{
    ImportJournal journal(db);
    const std::optional<ImportCounts> counts = journal.counts(runId, error);
    if (!counts)
        return false;
    *out = {};
    out->count = counts->plans.value(ImportPlan::Deactivate);
    if (out->count == 0)
        return true;
    // A mirror's members outside the file come last, all of them to deactivate: read them
    // first; then the file's own rows (a list, a status column, an undo).
    for (const bool fileOnly : {false, true}) {
        qint64 after = fileOnly ? 0 : ImportRowEntry::FirstOutsideLine - 1;
        for (int page = 0; page < MaxPagesRead; ++page) {
            const std::optional<QList<ImportRowEntry>> rows =
                journal.rowPage(runId, after, PageRows, false, error);
            if (!rows)
                return false;
            if (!collect(*rows, fileOnly, out->firstEmails, after))
                break;
        }
        if (out->firstEmails.size() >= std::min<qint64>(out->count, FirstNamed))
            break;
    }
    return true;
}

QMessageBox *ImportDeactivationConsent::ask(QWidget *parent, RosterDatabase &db,
                                            const Preferences *preferences,
                                            const Workspace &workspace, qint64 runId,
                                            std::function<void()> onYes, QString *error)
{
    Deactivations deactivations;
    if (!read(db, runId, &deactivations, error))
        return nullptr;
    if (deactivations.count == 0) {
        onYes();
        return nullptr;
    }
    const std::optional<qint64> active =
        MemberRepository(db).countNotDeactivated(workspace.id, error);
    if (!active)
        return nullptr;
    const DeactivationGuard guard(*active, preferences ? preferences->deactivationLimit() : 0);
    const qint64 count = deactivations.count;
    if (guard.needsTypedConsent(count))
        return Confirm::ask(
            parent,
            DeactivationConfirmation::spec(guard, count, deactivations.firstEmails, workspace.name),
            std::move(onYes));
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    ConfirmSpec spec;
    spec.objectName = u"importDeactivationConfirmation"_s;
    spec.title = tr("Deactivate Members?");
    spec.text =
        tr("Start the import, and deactivate %n member(s) of %1?", nullptr, n).arg(workspace.name);
    spec.informativeText = ConfirmMemberActionDialog::whoList(deactivations.firstEmails, count) +
                           u"\n\n"_s +
                           ConfirmMemberActionDialog::consequence(MemberAction::Deactivate, count);
    spec.yesText = tr("&Deactivate %n Member(s)", nullptr, n);
    spec.destructive = true;
    spec.yesObjectName = u"confirmActionButton"_s;
    spec.noObjectName = u"cancelActionButton"_s;
    return Confirm::ask(parent, spec, std::move(onYes));
}
