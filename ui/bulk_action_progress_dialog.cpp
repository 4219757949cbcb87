#include "bulk_action_progress_dialog.h"

#include "bulk_member_action.h"
#include "grow_to_fit.h"
#include "inline_message.h"
#include "member_service.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Room for a handful of failures; the dialog grows to show more.
class FailureList : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    QSize sizeHint() const override
    {
        const int row = fontMetrics().height() + 6;
        return {520, header()->sizeHint().height() + 5 * row + 2 * frameWidth()};
    }
};

// Rows as tall as their wrapped message at the column's width: QTreeView asks the delegate
// for a row's height without saying how wide the column is.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int width = m_view->header()->sectionSize(index.column()) - 8;
        if (width > 0) {
            const QRect text = option.fontMetrics.boundingRect(
                QRect(0, 0, width, 100'000), Qt::TextWordWrap, index.data().toString());
            size.setHeight(std::max(size.height(), text.height() + 6));
        }
        return size;
    }

private:
    QTreeView *m_view;
};
} // namespace

BulkActionProgressDialog::BulkActionProgressDialog(BulkMemberAction *action, QWidget *parent)
    : QDialog(parent), m_action(action)
{
    m_action->setParent(this);
    setObjectName(u"bulkActionProgressDialog"_s);
    setWindowTitle(title());
    setAccessibleName(windowTitle());

    m_heading = new QLabel(heading(), this);
    m_heading->setObjectName(u"headingLabel"_s);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(tr("What is being done"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(tr("%p%"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setAccessibleName(tr("Members done so far"));

    m_failuresLabel = new QLabel(tr("&Failed:"), this);
    m_failuresLabel->setObjectName(u"failuresLabel"_s);
    m_failures = new FailureList(this);
    m_failures->setObjectName(u"failuresList"_s);
    m_failures->setAccessibleName(tr("Members that failed, with the provider's message"));
    m_failures->setHeaderLabels({tr("Email"), tr("Provider's message")});
    m_failures->setRootIsDecorated(false);
    m_failures->setWordWrap(true);
    m_failures->setItemDelegate(new WrappingDelegate(m_failures));
    connect(m_failures->header(), &QHeaderView::sectionResized, m_failures,
            [this] { m_failures->doItemsLayout(); });
    m_failures->setAlternatingRowColors(true);
    m_failures->header()->setStretchLastSection(true);
    m_failures->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_failuresLabel->setBuddy(m_failures);
    m_failuresLabel->hide();
    m_failures->hide();

    m_summary = new InlineMessage(this);
    m_summary->setObjectName(u"summaryMessage"_s);
    m_summary->setAccessibleName(tr("Summary"));

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(u"buttons"_s);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel the run"));
    m_retryButton = m_buttons->addButton(tr("&Retry Failed"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(u"retryFailedButton"_s);
    m_retryButton->setAccessibleName(tr("Retry the members that failed"));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setAccessibleName(tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_failuresLabel);
    layout->addWidget(m_failures, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    GrowToFit::install(this);

    connect(m_cancelButton, &QPushButton::clicked, this, &BulkActionProgressDialog::reject);
    connect(m_retryButton, &QPushButton::clicked, this, &BulkActionProgressDialog::retryFailed);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(action, &BulkMemberAction::progressChanged, this,
            &BulkActionProgressDialog::onProgress);
    connect(action, &BulkMemberAction::memberFailed, this, &BulkActionProgressDialog::onFailed);
    connect(action, &BulkMemberAction::finished, this, &BulkActionProgressDialog::onFinished);
    onProgress(action->finishedCount(), action->total());
    setRunning(true);
}

void BulkActionProgressDialog::setRunning(bool running)
{
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_cancelButton->setText(tr("Cancel"));
    m_retryButton->setVisible(!running && !m_action->failures().isEmpty());
    m_closeButton->setVisible(!running);
    if (!running)
        m_closeButton->setDefault(true);
}

void BulkActionProgressDialog::onProgress(int finished, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(total == 0 ? 1 : finished);
    const int failed = int(m_action->failures().size());
    m_status->setText(
        failed == 0 ? tr("%1 of %2 done").arg(finished).arg(total)
                    : tr("%1 of %2 done, %n failed", nullptr, failed).arg(finished).arg(total));
}

void BulkActionProgressDialog::onFailed(const QString &email, const QString &message)
{
    auto *item = new QTreeWidgetItem(m_failures, {email, message});
    item->setToolTip(1, message);
    for (int column = 0; column < 2; ++column)
        item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
    m_failuresLabel->show();
    m_failures->show();
}

void BulkActionProgressDialog::onFinished()
{
    const bool failed = !m_action->failures().isEmpty();
    const InlineMessage::Type type = m_action->wasCancelled() ? InlineMessage::Type::Information
                                     : failed                 ? InlineMessage::Type::Warning
                                                              : InlineMessage::Type::Positive;
    m_summary->showMessage(type, summary());
    setRunning(false);
    // Nothing to read or retry: the status bar keeps the result.
    if (!m_action->wasCancelled() && m_action->fullySucceeded()) {
        QDialog::accept();
        return;
    }
    (failed ? m_retryButton : m_closeButton)->setFocus();
}

QString BulkActionProgressDialog::title() const
{
    switch (m_action->action()) {
    case MemberAction::Deactivate:
        return tr("Deactivating Members");
    case MemberAction::Reactivate:
        return tr("Reactivating Members");
    case MemberAction::AddToGroup:
        return tr("Adding Members to a Group");
    case MemberAction::RemoveFromGroup:
        break;
    }
    return tr("Removing Members from a Group");
}

QString BulkActionProgressDialog::heading() const
{
    const Workspace &workspace = m_action->service()->workspace();
    const QString where = u"%1 (%2)"_s.arg(workspace.name, providerDisplayName(workspace.provider));
    const QString group = m_action->groupName();
    const int count = m_action->total();
    const QString one = m_action->emails().value(0);
    switch (m_action->action()) {
    case MemberAction::Deactivate:
        return count == 1 ? tr("Deactivating %1 in %2.").arg(one, where)
                          : tr("Deactivating %n members of %1.", nullptr, count).arg(where);
    case MemberAction::Reactivate:
        return count == 1 ? tr("Reactivating %1 in %2.").arg(one, where)
                          : tr("Reactivating %n members of %1.", nullptr, count).arg(where);
    case MemberAction::AddToGroup:
        return count == 1 ? tr("Adding %1 to the group %2 in %3.").arg(one, group, where)
                          : tr("Adding %n members of %1 to the group %2.", nullptr, count)
                                .arg(where, group);
    case MemberAction::RemoveFromGroup:
        break;
    }
    return count == 1 ? tr("Removing %1 from the group %2 in %3.").arg(one, group, where)
                      : tr("Removing %n members of %1 from the group %2.", nullptr, count)
                            .arg(where, group);
}

QString BulkActionProgressDialog::summary() const
{
    const QString total = QString::number(m_action->total());
    const QString done = QString::number(m_action->succeededCount());
    const int failed = int(m_action->failures().size());
    QString text;
    switch (m_action->action()) {
    case MemberAction::Deactivate:
        text = tr("%1 of %2 deactivated.").arg(done, total);
        break;
    case MemberAction::Reactivate:
        text = tr("%1 of %2 reactivated.").arg(done, total);
        break;
    case MemberAction::AddToGroup:
        text = tr("%1 of %2 added to %3.").arg(done, total, m_action->groupName());
        break;
    case MemberAction::RemoveFromGroup:
        text = tr("%1 of %2 removed from %3.").arg(done, total, m_action->groupName());
        break;
    }
    if (failed > 0)
        text += u' ' + tr("%n failed: Retry Failed tries them again.", nullptr, failed);
    if (m_action->wasCancelled()) {
        text += u' ' + tr("Cancelled: %n not started.", nullptr, m_action->notStartedCount());
        if (m_action->interruptedCount() > 0)
            text += u' ' + tr("%n stopped while in flight: the provider may or may not have "
                              "carried them out.",
                              nullptr, m_action->interruptedCount());
    }
    return text;
}

void BulkActionProgressDialog::reject()
{
    if (m_action->isRunning()) {
        m_action->cancel();
        m_cancelButton->setEnabled(false);
        m_cancelButton->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void BulkActionProgressDialog::retryFailed()
{
    if (m_action->isRunning() || m_action->failures().isEmpty())
        return;
    QString refusal;
    if (!m_action->retryFailed(&refusal)) {
        m_summary->showMessage(InlineMessage::Type::Warning, refusal);
        return;
    }
    m_failures->clear();
    m_failuresLabel->hide();
    m_failures->hide();
    m_summary->clear();
    setRunning(true);
}
