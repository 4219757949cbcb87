#include "import_report_page.h"

#include "failed_rows_export.h"
#include "failed_rows_file.h"
#include "import_row_loader.h"
#include "import_row_model.h"
#include "import_table_style.h"
#include "import_text.h"
#include "import_wizard_context.h"
#include "inline_message.h"
#include "undo_run_check.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr ImportOutcome Outcomes[] = {ImportOutcome::Created,     ImportOutcome::Updated,
                                      ImportOutcome::Reactivated, ImportOutcome::Deactivated,
                                      ImportOutcome::Skipped,     ImportOutcome::Failed};
} // namespace

ImportReportPage::ImportReportPage(ImportWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_summary(new InlineMessage(this)),
      m_rows(new ImportRowModel(this)), m_failedLabel(new QLabel(tr("Rows that &failed:"), this)),
      m_view(new QTableView(this)), m_save(new QPushButton(tr("&Save Failed Rows as CSV…"), this)),
      m_retry(new QPushButton(tr("&Retry Failed Rows"), this)),
      m_undo(new QPushButton(tr("&Undo This Run…"), this)), m_saveFormat(new QComboBox(this)),
      m_saveMessage(new InlineMessage(this))
{
    setObjectName(u"importReportPage"_s);
    setTitle(tr("Report"));
    setSubTitle(tr("What the import did, row by row. The member table shows the changes."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Close"));

    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setAccessibleName(tr("Summary"));
    const QList<std::pair<ImportOutcome, QString>> names = {
        {ImportOutcome::Created, u"createdCount"_s},
        {ImportOutcome::Updated, u"updatedCount"_s},
        {ImportOutcome::Reactivated, u"reactivatedCount"_s},
        {ImportOutcome::Deactivated, u"deactivatedCount"_s},
        {ImportOutcome::Skipped, u"skippedCount"_s},
        {ImportOutcome::Failed, u"failedCount"_s}};
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    int column = 0;
    for (const auto &[outcome, name] : names) {
        auto *figure = new QLabel(u"0"_s, this);
        figure->setObjectName(name);
        figure->setAccessibleName(ImportText::outcome(outcome));
        QFont big = figure->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        figure->setFont(big);
        auto *caption = new QLabel(ImportText::outcome(outcome), this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(figure, 0, column);
        grid->addWidget(caption, 1, column);
        m_figures << figure;
        ++column;
    }
    grid->setColumnStretch(column, 1);

    m_view->setObjectName(u"failedRowsTable"_s);
    m_view->setAccessibleName(tr("Rows that failed, with the reason"));
    m_view->setModel(m_rows);
    ImportTableStyle::apply(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->hideColumn(ImportRowModel::Outcome);
    m_view->setColumnWidth(ImportRowModel::Line, 60);
    m_view->setColumnWidth(ImportRowModel::Plan, 90);
    m_view->setColumnWidth(ImportRowModel::Email, 220);
    m_failedLabel->setBuddy(m_view);

    m_save->setObjectName(u"saveFailedRowsButton"_s);
    m_save->setAccessibleName(tr("Save the failed rows as a CSV file"));
    m_save->setAutoDefault(false);
    m_retry->setObjectName(u"retryFailedRowsButton"_s);
    m_retry->setAccessibleName(tr("Send the failed rows again"));
    m_retry->setAutoDefault(false);
    m_undo->setObjectName(u"undoRunButton"_s);
    m_undo->setAccessibleName(tr("Undo this run"));
    m_undo->setAutoDefault(false);
    m_saveFormat->setObjectName(u"failedRowsFormatCombo"_s);
    m_saveFormat->setAccessibleName(tr("Format of the failed-rows file"));
    m_saveFormat->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveFormat);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    m_saveMessage->setObjectName(u"saveFailedRowsMessage"_s);
    m_saveMessage->setAccessibleName(tr("The failed-rows file"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_failedLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_saveMessage);

    connect(m_save, &QPushButton::clicked, this, &ImportReportPage::chooseFile);
    connect(m_retry, &QPushButton::clicked, this, &ImportReportPage::retryRequested);
    connect(m_undo, &QPushButton::clicked, this, &ImportReportPage::undoRequested);
}

ImportReportPage::~ImportReportPage() = default;

void ImportReportPage::initializePage()
{
    const qint64 runId = m_context.choices.runId;
    ImportJournal journal(*m_context.database);
    QString error;
    const std::optional<ImportCounts> counts = journal.counts(runId, &error);
    const std::optional<ImportRunInfo> run = journal.run(runId, &error);
    m_counts = counts.value_or(ImportCounts());
    m_fileName = run ? run->filePath : QString();
    m_retryable = 0;
    m_rows->clear();
    m_saveMessage->clear();
    m_undo->setEnabled(false);
    if (!counts || !run) {
        m_summary->showMessage(InlineMessage::Type::Error, error);
        return;
    }
    showCounts();
    const QString whyNot = UndoRunCheck::whyNot(*run, *counts);
    m_undo->setEnabled(whyNot.isEmpty());
    m_undo->setToolTip(whyNot.isEmpty() ? UndoRunCheck::whatItDoes() : whyNot);
    const CsvSaveFormat like = FailedRowsFile::inputFormat(run->filePath, run->settings);
    m_saveFormat->clear();
    m_saveFormat->addItem(tr("As the imported file: %1").arg(formatName(like)),
                          QVariant::fromValue(like));
    if (!(like == CsvSaveFormat{}))
        m_saveFormat->addItem(tr("UTF-8 with commas"), QVariant::fromValue(CsvSaveFormat{}));
    m_saveFormat->setEnabled(m_saveFormat->count() > 1);
    if (m_loader)
        m_loader->deleteLater();
    m_rows->setEmailColumn(m_context.choices.mapping.columnOf(ImportField::Email));
    m_loader = new ImportRowLoader(*m_context.database, runId, true, this);
    connect(m_loader, &ImportRowLoader::rowsLoaded, this,
            [this](const QList<ImportRowEntry> &rows) {
                m_rows->append(rows);
                for (const ImportRowEntry &row : rows)
                    m_retryable += importPlanSends(row.plan) ? 1 : 0;
                m_retry->setEnabled(m_retryable > 0);
                if (m_retryable > 0)
                    m_retry->setToolTip(
                        tr("Send the %n row(s) the provider refused or did not answer again.",
                           nullptr, int(m_retryable)));
            });
    connect(m_loader, &ImportRowLoader::finished, this, [this] {
        m_loader->deleteLater();
        m_loader = nullptr;
    });
    connect(m_loader, &ImportRowLoader::failed, this, [this](const QString &why) {
        m_saveMessage->showMessage(InlineMessage::Type::Error, why);
    });
    m_loader->start();
}

void ImportReportPage::cleanupPage()
{
    if (m_loader)
        m_loader->cancel();
}

void ImportReportPage::showCounts()
{
    const QLocale locale;
    for (int i = 0; i < m_figures.size(); ++i)
        m_figures.at(i)->setText(locale.toString(m_counts.outcomes.value(Outcomes[i])));
    const auto &o = m_counts.outcomes;
    const qint64 failed = o.value(ImportOutcome::Failed);
    const QString file = QFileInfo(m_fileName).fileName();
    QString text =
        tr("%1: %n row(s), %2 created, %3 updated, %4 reactivated, %5 deactivated, %6 skipped, "
           "%7 failed.",
           nullptr, int(m_counts.total()))
            .arg(file, locale.toString(o.value(ImportOutcome::Created)),
                 locale.toString(o.value(ImportOutcome::Updated)),
                 locale.toString(o.value(ImportOutcome::Reactivated)),
                 locale.toString(o.value(ImportOutcome::Deactivated)),
                 locale.toString(o.value(ImportOutcome::Skipped)), locale.toString(failed));
    if (failed > 0)
        text += u' ' + tr("Save the failed rows to fix them and import them again.");
    m_summary->showMessage(
        failed > 0 ? InlineMessage::Type::Warning : InlineMessage::Type::Positive, text);
    m_save->setEnabled(failed > 0);
    m_retry->setEnabled(false); // until a failed row that was sent is found
    m_retry->setToolTip(tr("Only rows the provider refused or did not answer can be retried; "
                           "rows with problems need fixing in the file."));
    m_failedLabel->setVisible(failed > 0);
    m_view->setVisible(failed > 0);
}

QString ImportReportPage::formatName(const CsvSaveFormat &format)
{
    const QString delimiter = format.delimiter == u','    ? tr("commas")
                              : format.delimiter == u';'  ? tr("semicolons")
                              : format.delimiter == u'\t' ? tr("tabs")
                                                          : tr("\"%1\"").arg(format.delimiter);
    QString encoding = csvEncodingName(format.encoding);
    if (format.bom && format.encoding == CsvEncoding::Utf8)
        encoding = tr("%1 with BOM").arg(encoding);
    return tr("%1, %2").arg(encoding, delimiter);
}

void ImportReportPage::chooseFile()
{
    const QFileInfo source(m_fileName);
    const QString suggested =
        source.absoluteDir().filePath(source.completeBaseName() + tr("-failed") + u".csv"_s);
    auto *dialog = new QFileDialog(this, tr("Save Failed Rows as CSV"), suggested,
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(u"saveFailedRowsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportReportPage::saveFailedRows);
    dialog->open();
}

void ImportReportPage::saveFailedRows(const QString &path)
{
    if (m_export || path.isEmpty())
        return;
    m_save->setEnabled(false);
    m_saveMessage->showMessage(InlineMessage::Type::Information,
                               tr("Writing the failed rows to %1…").arg(path));
    m_export = new FailedRowsExport(*m_context.database, m_context.choices.runId, path,
                                    m_saveFormat->currentData().value<CsvSaveFormat>(), this);
    connect(m_export, &FailedRowsExport::finished, this, [this, path](qint64 rows) {
        m_export->deleteLater();
        m_save->setEnabled(true);
        m_saveMessage->showMessage(
            InlineMessage::Type::Positive,
            tr("Saved %n failed row(s) to %1, with their line and error.", nullptr, int(rows))
                .arg(path));
        Q_EMIT failedRowsSaved(path, rows);
    });
    connect(m_export, &FailedRowsExport::failed, this, [this](const QString &error) {
        m_export->deleteLater();
        m_save->setEnabled(true);
        m_saveMessage->showMessage(InlineMessage::Type::Error, error);
        Q_EMIT failedRowsNotSaved(error);
    });
    m_export->start();
}
