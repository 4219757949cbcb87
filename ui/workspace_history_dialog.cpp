#include "workspace_history_dialog.h"

#include "audit_source.h"
#include "audit_text.h"
#include "csv_save_file.h"
#include "status_report.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    When,
    User,
    Source,
    Action,
    Member,
    Outcome,
    Changes,
    ColumnCount
};

// What a date edit shows at its minimum: no bound.
const QDate NoDate(2000, 1, 1);
constexpr int SortRole = Qt::UserRole + 1;

QDateEdit *dateEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(WorkspaceHistoryDialog::tr("any day"));
    edit->setDate(NoDate);
    return edit;
}

QList<QStandardItem *> rowOf(const AuditEntry &entry)
{
    const QDateTime local = entry.when.toLocalTime();
    const QStringList texts = {
        QLocale().toString(local, QLocale::ShortFormat),
        AuditText::actor(entry.actor),
        AuditSource::text(entry.source),
        AuditText::action(entry.action),
        entry.memberEmail.isEmpty() ? WorkspaceHistoryDialog::tr("(workspace)") : entry.memberEmail,
        AuditText::outcome(entry.outcome),
        AuditText::changes(entry),
    };
    QList<QStandardItem *> items;
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QStandardItem(texts.at(column));
        item->setEditable(false);
        item->setToolTip(texts.at(column));
        item->setData(column == When ? QVariant(entry.when) : QVariant(texts.at(column).toLower()),
                      SortRole);
        items << item;
    }
    if (entry.outcome == AuditOutcome::Failed)
        items.at(Outcome)->setForeground(QColor(0xc0, 0x39, 0x2b));
    return items;
}
} // namespace

QString WorkspaceHistoryDialog::objectNameFor(const QString &workspaceId)
{
    return u"workspaceHistory-"_s + workspaceId;
}

WorkspaceHistoryDialog::WorkspaceHistoryDialog(RosterDatabase &db, RunLog &log,
                                               const QString &workspaceId,
                                               const QString &workspaceName, QWidget *parent)
    : QDialog(parent), m_db(db), m_workspaceId(workspaceId), m_workspaceName(workspaceName),
      m_member(new QLineEdit(this)), m_action(new QComboBox(this)), m_user(new QLineEdit(this)),
      m_since(dateEdit(u"historySince"_s, tr("From"), this)),
      m_until(dateEdit(u"historyUntil"_s, tr("To"), this)), m_model(new QStandardItemModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this))
{
    setObjectName(objectNameFor(workspaceId));
    setWindowTitle(tr("History of %1").arg(workspaceName));
    setAccessibleName(windowTitle());
    setModal(false);
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_member->setObjectName(u"historyMember"_s);
    m_member->setPlaceholderText(tr("Member's email"));
    m_member->setAccessibleName(tr("Member"));
    m_member->setClearButtonEnabled(true);
    m_action->setObjectName(u"historyAction"_s);
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Every action"), QString());
    for (const QString &id : AuditText::actionIds())
        m_action->addItem(AuditText::action(id), id);
    m_user->setObjectName(u"historyUser"_s);
    m_user->setPlaceholderText(tr("User"));
    m_user->setAccessibleName(tr("User"));
    m_user->setClearButtonEnabled(true);
    const auto labelled = [this, filters](const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field, stretch);
    };
    labelled(tr("&Member:"), m_member, 3);
    labelled(tr("&Action:"), m_action, 0);
    labelled(tr("&User:"), m_user, 1);
    labelled(tr("&From:"), m_since, 0);
    labelled(tr("&To:"), m_until, 0);
    layout->addLayout(filters);

    m_model->setHorizontalHeaderLabels({tr("When"), tr("User"), tr("Source"), tr("Action"),
                                        tr("Member"), tr("Outcome"), tr("Changes")});
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("History entries"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(When, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Wide enough for a date and time and the short words; the member gets room, the changes
    // the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 24;
    const auto widthOf = [&](const QString &text) {
        return metrics.horizontalAdvance(text) + padding;
    };
    m_table->setColumnWidth(
        When, widthOf(QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)),
                                         QLocale::ShortFormat)));
    m_table->setColumnWidth(User, widthOf(u"katherine"_s));
    m_table->setColumnWidth(Source, widthOf(AuditSource::text(AuditSource::importRun(999))));
    m_table->setColumnWidth(Action, widthOf(AuditText::action(u"group-remove"_s)));
    m_table->setColumnWidth(Member, widthOf(u"katherine.johnson@example.com"_s));
    m_table->setColumnWidth(Outcome, std::max(widthOf(AuditText::outcome(AuditOutcome::Failed)),
                                              widthOf(tr("Outcome"))));
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_count->setObjectName(u"historyCount"_s);
    m_export = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"historyExport"_s);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    auto *statusBar = new QStatusBar(this);
    statusBar->setObjectName(u"historyStatus"_s);
    statusBar->setSizeGripEnabled(false);
    layout->addWidget(statusBar);
    m_report = new StatusReport(statusBar, log, this);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &WorkspaceHistoryDialog::chooseExportFile);
    connect(m_member, &QLineEdit::textChanged, this, &WorkspaceHistoryDialog::reload);
    connect(m_user, &QLineEdit::textChanged, this, &WorkspaceHistoryDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &WorkspaceHistoryDialog::reload);
    connect(m_since, &QDateEdit::dateChanged, this, &WorkspaceHistoryDialog::reload);
    connect(m_until, &QDateEdit::dateChanged, this, &WorkspaceHistoryDialog::reload);
    resize(1000, 560);
    reload();
}

AuditFilter WorkspaceHistoryDialog::filter() const
{
    AuditFilter filter;
    filter.workspaceId = m_workspaceId;
    filter.memberText = m_member->text();
    filter.action = m_action->currentData().toString();
    filter.actor = m_user->text();
    if (m_since->date() != NoDate)
        filter.since = QDateTime(m_since->date(), QTime(0, 0));
    if (m_until->date() != NoDate)
        filter.until = QDateTime(m_until->date().addDays(1), QTime(0, 0));
    filter.limit = MaxShown;
    return filter;
}

void WorkspaceHistoryDialog::reload()
{
    QString error;
    const std::optional<QList<AuditEntry>> entries = AuditLog(m_db).list(filter(), &error);
    m_model->removeRows(0, m_model->rowCount());
    if (!entries) {
        m_count->clear();
        m_report->error(error);
        return;
    }
    m_sorted->setDynamicSortFilter(false);
    for (const AuditEntry &entry : *entries)
        m_model->appendRow(rowOf(entry));
    m_sorted->setDynamicSortFilter(true);
    m_sorted->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                   m_table->horizontalHeader()->sortIndicatorOrder());
    m_count->setText(entries->size() >= MaxShown
                         ? tr("The newest %n entries; narrow the filters to see older ones.",
                              nullptr, int(entries->size()))
                         : tr("%n entries", nullptr, int(entries->size())));
    const bool any = m_model->rowCount() > 0;
    m_export->setEnabled(any);
    m_export->setToolTip(any ? tr("Save the entries shown, in the order shown, as a CSV file.")
                             : tr("No entries to export: nothing matches the filters."));
}

void WorkspaceHistoryDialog::chooseExportFile()
{
    auto *chooser = new QFileDialog(this, tr("Export the history of %1").arg(m_workspaceName),
                                    QDir::homePath(), tr("CSV files (*.csv)"));
    chooser->setObjectName(u"historyExportFileDialog"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setLabelText(QFileDialog::Accept, tr("Export"));
    chooser->setDefaultSuffix(u"csv"_s);
    chooser->selectFile(tr("%1 history.csv").arg(m_workspaceName));
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportTo(path); });
    chooser->open();
}

bool WorkspaceHistoryDialog::exportTo(const QString &path)
{
    CsvSaveFile file(path, CsvWriter::Formulas::Neutralise);
    QString error;
    if (file.open(&error)) {
        QStringList header;
        for (int column = 0; column < ColumnCount; ++column)
            header << m_sorted->headerData(column, Qt::Horizontal).toString();
        file.writeRecord(header);
        for (int row = 0; row < m_sorted->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < ColumnCount; ++column)
                cells << m_sorted->index(row, column).data().toString();
            // Unambiguous for a spreadsheet, in the user's time zone.
            cells[When] =
                m_sorted->index(row, When).data(SortRole).toDateTime().toLocalTime().toString(
                    Qt::ISODate);
            file.writeRecord(cells);
        }
        if (file.commit(&error)) {
            m_report->info(
                tr("Exported %n history entries of %1 to %2.", nullptr, m_sorted->rowCount())
                    .arg(m_workspaceName, QDir::toNativeSeparators(path)));
            return true;
        }
    }
    m_report->error(tr("Could not export the history: %1").arg(error));
    return false;
}
