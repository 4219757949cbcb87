#include "member_exporter.h"

#include "member_csv_export.h"
#include "member_export_row.h"
#include "member_table_model.h"

#include <QElapsedTimer>
#include <QTimer>

namespace {
constexpr qint64 SliceMs = 15;
}

MemberExporter::MemberExporter(const MemberTableModel *model, QList<int> sourceRows,
                               const QString &path, QObject *parent)
    : QObject(parent), m_model(model), m_rows(std::move(sourceRows)), m_path(path),
      m_file(std::make_unique<MemberCsvExport>(path))
{}

MemberExporter::~MemberExporter() = default;

void MemberExporter::start()
{
    QString error;
    if (!m_file->open(MemberExportRow::header(), &error))
        return QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
    QTimer::singleShot(0, this, &MemberExporter::writeSlice);
}

void MemberExporter::cancel()
{
    m_cancelled = true;
    m_file->cancel();
}

void MemberExporter::writeSlice()
{
    if (m_cancelled)
        return;
    QElapsedTimer slice;
    slice.start();
    while (m_next < m_rows.size() && slice.elapsed() < SliceMs)
        m_file->addRow(MemberExportRow::cells(m_model->memberAt(m_rows.at(m_next++))));
    Q_EMIT progress(m_next, m_rows.size());
    if (m_next < m_rows.size())
        return QTimer::singleShot(0, this, &MemberExporter::writeSlice);
    QString error;
    if (!m_file->commit(&error))
        return Q_EMIT failed(error);
    Q_EMIT finished(m_rows.size());
}
