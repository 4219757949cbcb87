#include "import_undo_page.h"

#include "capabilities.h"
#include "import_journal.h"
#include "import_settings.h"
#include "import_wizard.h"
#include "import_wizard_context.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportUndoPage::ImportUndoPage(ImportWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_summary(new QLabel(this)),
      m_includeCreated(new QCheckBox(this)),
      m_includeConflicts(
          new QCheckBox(tr("Also put back members &changed again since the run (conflicts)"), this))
{
    setObjectName(u"importUndoPage"_s);
    setTitle(tr("Undo Run %1").arg(context.undo.runId));
    setSubTitle(tr("Roster plans the reverse of the run and shows it as a dry run first: "
                   "nothing is sent to %1 until you start it.")
                    .arg(providerDisplayName(context.provider())));
    m_summary->setObjectName(u"undoSummaryLabel"_s);
    m_summary->setAccessibleName(tr("The run to undo"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_includeCreated->setObjectName(u"includeCreatedCheck"_s);
    m_includeCreated->setAccessibleName(tr("Also deactivate the members the run created"));
    m_includeConflicts->setObjectName(u"includeConflictsCheck"_s);
    m_includeConflicts->setAccessibleName(tr("Also put back members changed since the run"));
    m_includeConflicts->setToolTip(
        tr("A member changed again since the run (by hand, or by another import) is left "
           "alone unless you include them: putting them back undoes that change too."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_includeCreated, 0, Qt::AlignLeft);
    layout->addWidget(m_includeConflicts, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void ImportUndoPage::initializePage()
{
    const qint64 runId = m_context.undo.runId;
    ImportJournal journal(*m_context.database);
    QString error;
    const std::optional<ImportRunInfo> run = journal.run(runId, &error);
    const std::optional<ImportCounts> counts = journal.counts(runId, &error);
    if (!run || !counts) {
        m_summary->setText(error);
        m_includeCreated->hide();
        return;
    }
    const QLocale locale;
    const auto &o = counts->outcomes;
    m_summary->setText(tr("Run %1 imported %2 on %3. It created %4, updated %5, reactivated %6 and "
                          "deactivated %7 members.")
                           .arg(QString::number(runId), QFileInfo(run->filePath).fileName(),
                                locale.toString(run->createdAt.toLocalTime(), QLocale::ShortFormat),
                                locale.toString(o.value(ImportOutcome::Created)),
                                locale.toString(o.value(ImportOutcome::Updated)),
                                locale.toString(o.value(ImportOutcome::Reactivated)),
                                locale.toString(o.value(ImportOutcome::Deactivated))));
    const qint64 created = o.value(ImportOutcome::Created);
    m_includeCreated->setText(
        tr("Also &deactivate the %n member(s) this run created (never deleted)", nullptr,
           int(created)));
    m_includeCreated->setVisible(created > 0);
    const Capabilities &can = m_context.service->capabilities();
    m_includeCreated->setEnabled(can.supports(MemberOperation::Deactivate));
    m_includeCreated->setToolTip(can.supports(MemberOperation::Deactivate)
                                     ? tr("Members are never deleted: those the run created "
                                          "are deactivated, and can be reactivated.")
                                     : can.whyNot(MemberOperation::Deactivate));
}

bool ImportUndoPage::validatePage()
{
    m_context.undo.includeCreated = m_includeCreated->isEnabled() && m_includeCreated->isChecked();
    m_context.undo.includeConflicts = m_includeConflicts->isChecked();
    return true;
}

int ImportUndoPage::nextId() const
{
    return ImportWizard::DryRunPageId;
}
