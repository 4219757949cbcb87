#include "import_run_report_dialog.h"

#include "import_history_model.h"
#include "import_row_loader.h"
#include "import_row_model.h"
#include "import_table_style.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The file's column mapped to the email, from the run's settings (-1: none): rows the dry run
// found invalid have no email of their own.
qsizetype emailColumn(const ImportRunInfo &run)
{
    const QJsonArray columns = run.settings.value(u"columns"_s).toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).toString() == u"email")
            return i;
    }
    return -1;
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

QString ImportRunReportDialog::objectNameFor(qint64 runId)
{
    return u"importRunReport-%1"_s.arg(runId);
}

ImportRunReportDialog::ImportRunReportDialog(RosterDatabase &db, const ImportRunSummary &summary,
                                             QWidget *parent)
    : QDialog(parent), m_rows(new ImportRowModel(this)), m_view(new QTableView(this)),
      m_problem(new QLabel(this))
{
    const ImportRunInfo &run = summary.run;
    setObjectName(objectNameFor(run.id));
    setWindowTitle(tr("Import %1: %2").arg(run.id).arg(QFileInfo(run.filePath).fileName()));
    setAccessibleName(windowTitle());
    setModal(false);

    auto *facts = new QFormLayout;
    const auto fact = [&](const QString &caption, const QString &value, const QString &name) {
        QLabel *label = valueLabel(value.isEmpty() ? tr("not recorded") : value, this);
        label->setObjectName(name);
        label->setAccessibleName(QString(caption).remove(u'&').remove(u':'));
        facts->addRow(caption, label);
    };
    fact(tr("File:"), QDir::toNativeSeparators(run.filePath), u"reportFile"_s);
    fact(tr("SHA-256:"), run.fileChecksum, u"reportChecksum"_s);
    fact(tr("Mode:"), ImportHistoryModel::modeText(run), u"reportMode"_s);
    fact(tr("State:"), ImportHistoryModel::stateText(run), u"reportState"_s);
    fact(tr("When:"), ImportHistoryModel::whenText(run), u"reportWhen"_s);
    fact(tr("User:"), run.osUser, u"reportUser"_s);
    fact(tr("Rows:"), ImportHistoryModel::rowsText(summary), u"reportRows"_s);

    auto *rowsLabel = new QLabel(tr("&Every row, with what became of it:"), this);
    m_view->setObjectName(u"reportRowsTable"_s);
    m_view->setAccessibleName(tr("Rows of the import"));
    m_view->setModel(m_rows);
    ImportTableStyle::apply(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(ImportRowModel::Line, metrics.horizontalAdvance(u"1000000"_s) + 24);
    m_view->setColumnWidth(ImportRowModel::Plan,
                           metrics.horizontalAdvance(tr("Cannot deactivate")) + 24);
    m_view->setColumnWidth(ImportRowModel::Outcome,
                           metrics.horizontalAdvance(tr("Not done yet")) + 24);
    m_view->setColumnWidth(ImportRowModel::Email,
                           metrics.horizontalAdvance(u"katherine.johnson@example.com"_s) + 24);
    rowsLabel->setBuddy(m_view);
    m_problem->setObjectName(u"reportProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addSpacing(6);
    layout->addWidget(rowsLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(860, 560);

    m_rows->setEmailColumn(emailColumn(run));
    m_loader = new ImportRowLoader(db, run.id, false, this);
    connect(m_loader, &ImportRowLoader::rowsLoaded, m_rows, &ImportRowModel::append);
    connect(m_loader, &ImportRowLoader::finished, this, [this] {
        m_loader->deleteLater();
        m_loader = nullptr;
    });
    connect(m_loader, &ImportRowLoader::failed, this, [this](const QString &why) {
        m_loader->deleteLater();
        m_loader = nullptr;
        m_problem->setText(why);
        m_problem->show();
    });
    m_loader->start();
}

ImportRunReportDialog::~ImportRunReportDialog()
{
    if (m_loader)
        m_loader->cancel();
}
