#include "import_validation_page.h"

#include "import_table_style.h"
#include "import_wizard_context.h"
#include "inline_message.h"
#include "issue_cell_delegate.h"
#include "problem_row_model.h"
#include "validation_issue_model.h"
#include "validation_scan.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    ImportTableStyle::apply(view);
    view->verticalHeader()->hide();
    return view;
}
} // namespace

ImportValidationPage::ImportValidationPage(ImportWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_issues(new ValidationIssueModel(this)),
      m_rows(new ProblemRowModel(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("&Stop Checking"), this)),
      m_again(new QPushButton(tr("Check &Again"), this)), m_valid(new QLabel(this)),
      m_invalid(new QLabel(this)), m_blank(new QLabel(this)), m_message(new InlineMessage(this))
{
    setObjectName(u"importValidationPage"_s);
    setTitle(tr("Check the Rows"));
    setSubTitle(tr("Every row is checked as %1 needs it. Rows with problems are reported as "
                   "failed, not sent; go Back to change the mapping.")
                    .arg(providerDisplayName(context.provider())));

    m_status->setObjectName(u"validationStatus"_s);
    m_status->setAccessibleName(tr("Checking"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(u"validationProgress"_s);
    m_progress->setAccessibleName(tr("Rows checked"));
    m_progress->setFormat(tr("%p%"));
    m_cancel->setObjectName(u"stopValidationButton"_s);
    m_cancel->setAccessibleName(tr("Stop checking"));
    m_cancel->setAutoDefault(false);
    m_again->setObjectName(u"checkAgainButton"_s);
    m_again->setAccessibleName(tr("Check the rows again"));
    m_again->setAutoDefault(false);
    m_again->hide();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_again);

    const QList<std::pair<QLabel *, QString>> counts = {{m_valid, u"validCountLabel"_s},
                                                        {m_invalid, u"invalidCountLabel"_s},
                                                        {m_blank, u"blankCountLabel"_s}};
    auto *countRow = new QHBoxLayout;
    for (const auto &[label, name] : counts) {
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        countRow->addWidget(label);
    }
    m_valid->setAccessibleName(tr("Rows that can be imported"));
    m_invalid->setAccessibleName(tr("Rows with problems"));
    m_blank->setAccessibleName(tr("Blank rows"));
    countRow->setSpacing(24);
    countRow->addStretch(1);

    m_message->setObjectName(u"validationMessage"_s);
    m_message->setAccessibleName(tr("The check's result"));

    m_issueView = makeTable(this, u"issueTable"_s, tr("Problems, one a line"));
    m_issueView->setModel(m_issues);
    m_issueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issueView->setColumnWidth(ValidationIssueModel::Line, 60);
    m_issueView->setColumnWidth(ValidationIssueModel::ColumnName, 120);
    m_issueView->setColumnWidth(ValidationIssueModel::Field, 100);
    m_rowView = makeTable(this, u"problemRowTable"_s, tr("Rows with problems, as read"));
    m_rowView->setModel(m_rows);
    m_rowView->setItemDelegate(new IssueCellDelegate(m_rowView));
    m_rowView->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *issuesLabel = new QLabel(tr("&Problems:"), this);
    issuesLabel->setBuddy(m_issueView);
    auto *rowsLabel = new QLabel(tr("&Rows with problems, as read (problem cells are tinted; "
                                    "point at one for its problem):"),
                                 this);
    rowsLabel->setBuddy(m_rowView);
    rowsLabel->setWordWrap(true);
    auto *issuesPane = new QWidget(this);
    auto *issuesLayout = new QVBoxLayout(issuesPane);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(issuesLabel);
    issuesLayout->addWidget(m_issueView);
    auto *rowsPane = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rowsPane);
    rowsLayout->setContentsMargins(0, 4, 0, 0);
    rowsLayout->addWidget(rowsLabel);
    rowsLayout->addWidget(m_rowView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"validationSplitter"_s);
    splitter->addWidget(issuesPane);
    splitter->addWidget(rowsPane);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addLayout(countRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportValidationPage::cancelScan);
    connect(m_again, &QPushButton::clicked, this, &ImportValidationPage::startScan);
    connect(m_issueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportValidationPage::showIssueCell);
}

ImportValidationPage::~ImportValidationPage() = default;

bool ImportValidationPage::isChecking() const
{
    return m_scan && m_scan->isRunning();
}

void ImportValidationPage::initializePage()
{
    startScan();
}

void ImportValidationPage::cleanupPage()
{
    if (m_scan) {
        m_scan->cancel();
        m_scan->deleteLater();
    }
}

void ImportValidationPage::startScan()
{
    if (m_scan) {
        m_scan->cancel();
        m_scan->deleteLater();
    }
    const ImportChoices &choices = m_context.choices;
    m_issues->clear();
    m_rows->reset(choices.header);
    m_message->clear();
    m_scan = new ValidationScan(m_context.provider(), choices.filePath, choices.csv,
                                choices.mapping, choices.roles, this);
    m_scan->setEmailsOnly(!ImportSettings::createsMembers(choices.mode));
    connect(m_scan, &ValidationScan::progress, this, &ImportValidationPage::onProgress);
    connect(m_scan, &ValidationScan::problemsFound, this, [this](const QList<ValidatedRow> &rows) {
        m_rows->append(rows);
        m_issues->append(rows);
    });
    connect(m_scan, &ValidationScan::finished, this, &ImportValidationPage::onFinished);
    connect(m_scan, &ValidationScan::failed, this, &ImportValidationPage::onFailed);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_again->hide();
    m_status->setText(tr("Checking every row of %1…").arg(choices.filePath));
    showCounts();
    m_scan->start();
    Q_EMIT completeChanged();
}

void ImportValidationPage::cancelScan()
{
    if (!isChecking())
        return;
    m_scan->cancel();
    m_cancel->hide();
    m_again->show();
    m_status->setText(tr("Checking stopped at %Ln rows.", nullptr, int(m_scan->rowCount())));
    m_message->showMessage(InlineMessage::Type::Information,
                           tr("The check was stopped before the end of the file. Check Again "
                              "to check it whole, or go Back to change the mapping."));
    Q_EMIT completeChanged();
    Q_EMIT checkEnded();
}

void ImportValidationPage::onProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_progress->setValue(int(1000 * done / total));
    showCounts();
}

void ImportValidationPage::showCounts()
{
    const qint64 valid = m_scan ? m_scan->validCount() : 0;
    const qint64 invalid = m_scan ? m_scan->invalidCount() : 0;
    const qint64 blank = m_scan ? m_scan->blankCount() : 0;
    const QLocale locale;
    m_valid->setText(tr("Can be imported: %1").arg(locale.toString(valid)));
    m_invalid->setText(tr("With problems: %1").arg(locale.toString(invalid)));
    m_blank->setText(tr("Blank: %1").arg(locale.toString(blank)));
}

void ImportValidationPage::onFinished()
{
    showCounts();
    m_progress->setValue(m_progress->maximum());
    m_cancel->hide();
    const qint64 valid = m_scan->validCount();
    const qint64 invalid = m_scan->invalidCount();
    const qint64 blank = m_scan->blankCount();
    const QLocale locale;
    m_status->setText(tr("Checked %n row(s).", nullptr, int(m_scan->rowCount())));
    m_progress->hide();
    QStringList parts;
    InlineMessage::Type type = InlineMessage::Type::Positive;
    if (valid == 0) {
        type = InlineMessage::Type::Error;
        parts << tr("No row can be imported: go Back to change the format or the mapping.");
    } else if (invalid == 0) {
        parts << tr("Every row can be imported.");
    } else {
        type = InlineMessage::Type::Warning;
        parts << tr("%n row(s) can be imported.", nullptr, int(valid))
              << tr("%n row(s) with problems will be reported as failed and not sent: fix them "
                    "in the file, or go Back to change the mapping.",
                    nullptr, int(invalid));
    }
    if (blank > 0)
        parts << tr("%n blank row(s) are counted and skipped.", nullptr, int(blank));
    if (!m_scan->keptAll())
        parts << tr("The first %1 rows with problems are listed here; the failed-rows file "
                    "after the import has them all.")
                     .arg(locale.toString(qint64(ValidationScan::MaxKeptRows)));
    m_message->showMessage(type, parts.join(u' '));
    m_issueView->resizeColumnToContents(ValidationIssueModel::Line);
    m_rowView->resizeColumnsToContents();
    for (int column = 0; column < m_rows->columnCount(); ++column)
        m_rowView->setColumnWidth(column, std::min(m_rowView->columnWidth(column), 240));
    Q_EMIT completeChanged();
    Q_EMIT checkEnded();
}

void ImportValidationPage::onFailed(const QString &error)
{
    showCounts();
    m_cancel->hide();
    m_again->show();
    m_status->setText(tr("The rows could not all be checked."));
    m_message->showMessage(InlineMessage::Type::Error, error);
    Q_EMIT completeChanged();
    Q_EMIT checkEnded();
}

void ImportValidationPage::showIssueCell()
{
    const QModelIndex current = m_issueView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.data(ValidationIssueModel::ProblemRowRole).toInt();
    const int column = current.data(ValidationIssueModel::FileColumnRole).toInt() + 1;
    const QModelIndex cell = m_rows->index(row, column);
    m_rowView->setCurrentIndex(cell);
    m_rowView->scrollTo(cell);
}

bool ImportValidationPage::isComplete() const
{
    return m_scan && m_scan->isFinished() && m_scan->validCount() > 0;
}
