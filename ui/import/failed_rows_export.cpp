#include "failed_rows_export.h"

#include "failed_rows_file.h"
#include "import_journal.h"

#include <QTimer>

namespace {
constexpr int PageSize = 2000;
} // namespace

FailedRowsExport::FailedRowsExport(RosterDatabase &db, qint64 runId, const QString &path,
                                   std::optional<CsvSaveFormat> format, QObject *parent)
    : QObject(parent), m_db(db), m_runId(runId), m_path(path), m_format(format)
{}

FailedRowsExport::~FailedRowsExport() = default;

void FailedRowsExport::start()
{
    QString error;
    const std::optional<ImportRunInfo> run = ImportJournal(m_db).run(m_runId, &error);
    if (!run)
        return fail(error);
    m_file = std::make_unique<FailedRowsFile>(
        m_path, m_format.value_or(FailedRowsFile::inputFormat(run->filePath, run->settings)));
    if (!m_file->open(run->header, &error))
        return fail(error);
    QTimer::singleShot(0, this, &FailedRowsExport::writePage);
}

void FailedRowsExport::fail(const QString &error)
{
    if (m_file)
        m_file->cancel();
    m_file.reset();
    QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
}

void FailedRowsExport::writePage()
{
    QString error;
    const std::optional<QList<ImportRowEntry>> page =
        ImportJournal(m_db).rowPage(m_runId, m_afterLine, PageSize, true, &error);
    if (!page)
        return fail(error);
    for (const ImportRowEntry &row : *page)
        m_file->addRow(row.isFromFile() ? row.line : 0, row.cells, row.error);
    if (!page->isEmpty())
        m_afterLine = page->last().line;
    if (page->size() == PageSize)
        return QTimer::singleShot(0, this, &FailedRowsExport::writePage);
    const qint64 rows = m_file->rowCount();
    if (!m_file->commit(&error))
        return fail(error);
    m_file.reset();
    Q_EMIT finished(rows);
}
