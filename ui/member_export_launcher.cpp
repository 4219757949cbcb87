#include "member_export_launcher.h"

#include "member_exporter.h"
#include "member_filter_proxy.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "status_report.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>

using namespace Qt::StringLiterals;
using Scope = ExportScopeDialog::Scope;

MemberExportLauncher::MemberExportLauncher(MemberTableModel *model, MemberFilterProxy *proxy,
                                           MemberTableView *table, StatusReport *report,
                                           QWidget *window)
    : QObject(window), m_model(model), m_proxy(proxy), m_table(table), m_report(report),
      m_window(window)
{}

void MemberExportLauncher::start(const QString &workspaceName)
{
    const int selected = int(m_table->selectedSourceRows().size());
    if (selected == 0) {
        const bool filtered = m_proxy->rowCount() < m_model->rowCount();
        return chooseFile(filtered ? Scope::Shown : Scope::All, workspaceName);
    }
    auto *ask = new ExportScopeDialog(selected, m_proxy->rowCount(), m_model->rowCount(), m_window);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &ExportScopeDialog::chosen, this,
            [this, workspaceName](Scope scope) { chooseFile(scope, workspaceName); });
    ask->open();
}

QList<int> MemberExportLauncher::rowsOf(Scope scope) const
{
    QList<int> rows;
    switch (scope) {
    case Scope::Selection:
        return m_table->selectedSourceRows();
    case Scope::Shown:
        rows.reserve(m_proxy->rowCount());
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->sourceRow(row));
        return rows;
    case Scope::All:
        break;
    }
    rows.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows.append(row);
    return rows;
}

void MemberExportLauncher::chooseFile(Scope scope, const QString &workspaceName)
{
    const QList<int> rows = rowsOf(scope);
    if (rows.isEmpty())
        return m_report->show(tr("No members to export."), StatusReport::InfoMs);
    const QString what = ExportScopeDialog::describe(scope, int(rows.size()));
    auto *chooser = new QFileDialog(m_window, tr("Export %1").arg(what), QDir::homePath(),
                                    tr("CSV files (*.csv)"));
    chooser->setObjectName(u"exportFileDialog"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setLabelText(QFileDialog::Accept, tr("Export"));
    chooser->setDefaultSuffix(u"csv"_s);
    chooser->selectFile(workspaceName + u".csv"_s);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this, rows, what](const QString &path) { write(rows, what, path); });
    m_report->show(tr("Exporting %1: choose the file.").arg(what));
    chooser->open();
}

void MemberExportLauncher::write(const QList<int> &rows, const QString &what, const QString &path)
{
    auto *exporter = new MemberExporter(m_model, rows, path, this);
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(what), tr("Cancel"), 0,
                                         int(rows.size()), m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    connect(exporter, &MemberExporter::progress, progress,
            [progress](qsizetype done) { progress->setValue(int(done)); });
    connect(progress, &QProgressDialog::canceled, exporter, [exporter] {
        exporter->cancel();
        exporter->deleteLater();
    });
    connect(exporter, &MemberExporter::finished, this, [this, exporter, progress, what, path] {
        progress->close();
        exporter->deleteLater();
        m_report->info(tr("Exported %1 to %2.").arg(what, path));
    });
    connect(exporter, &MemberExporter::failed, this,
            [this, exporter, progress](const QString &error) {
                progress->close();
                exporter->deleteLater();
                m_report->error(error);
            });
    exporter->start();
}
