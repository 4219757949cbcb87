#include "import_history_model.h"

#include "display_text.h"

#include <QFileInfo>
#include <QLocale>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// The checksum's first characters, enough to tell files apart; the whole one is in the tooltip.
constexpr int ShortChecksum = 12;

QString planCount(ImportPlan plan, qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    switch (plan) {
    case ImportPlan::Create:
        return ImportHistoryModel::tr("%Ln to create", nullptr, n);
    case ImportPlan::Update:
        return ImportHistoryModel::tr("%Ln to update", nullptr, n);
    case ImportPlan::Reactivate:
        return ImportHistoryModel::tr("%Ln to reactivate", nullptr, n);
    case ImportPlan::Deactivate:
        return ImportHistoryModel::tr("%Ln to deactivate", nullptr, n);
    case ImportPlan::CannotDeactivate:
        return ImportHistoryModel::tr("%Ln cannot be deactivated", nullptr, n);
    case ImportPlan::Unchanged:
        return ImportHistoryModel::tr("%Ln unchanged", nullptr, n);
    case ImportPlan::Conflict:
        return ImportHistoryModel::tr("%Ln conflict(s)", nullptr, n);
    case ImportPlan::Invalid:
        return ImportHistoryModel::tr("%Ln invalid", nullptr, n);
    case ImportPlan::Blank:
        return ImportHistoryModel::tr("%Ln blank", nullptr, n);
    }
    return {};
}

// The time to the minute, as the locale writes times.
QString minutes(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return QLocale().toString(time, format);
}

QString outcomeCount(ImportOutcome outcome, qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    switch (outcome) {
    case ImportOutcome::None:
        return ImportHistoryModel::tr("%Ln not done", nullptr, n);
    case ImportOutcome::Created:
        return ImportHistoryModel::tr("%Ln created", nullptr, n);
    case ImportOutcome::Updated:
        return ImportHistoryModel::tr("%Ln updated", nullptr, n);
    case ImportOutcome::Reactivated:
        return ImportHistoryModel::tr("%Ln reactivated", nullptr, n);
    case ImportOutcome::Deactivated:
        return ImportHistoryModel::tr("%Ln deactivated", nullptr, n);
    case ImportOutcome::Skipped:
        return ImportHistoryModel::tr("%Ln skipped", nullptr, n);
    case ImportOutcome::Failed:
        return ImportHistoryModel::tr("%Ln failed", nullptr, n);
    }
    return {};
}
} // namespace

ImportHistoryModel::ImportHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportHistoryModel::setRuns(const QList<ImportRunSummary> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const ImportRunSummary *ImportHistoryModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::modeText(const ImportRunInfo &run)
{
    const QString id = run.settings.value(u"mode"_s).toString();
    if (id == u"create")
        return tr("Create only");
    if (id == u"upsert")
        return tr("Create and update");
    if (id == u"mirror")
        return tr("Mirror");
    if (id == u"deactivate")
        return tr("Deactivate");
    if (id == u"reactivate")
        return tr("Reactivate");
    return id;
}

QString ImportHistoryModel::stateText(const ImportRunInfo &run)
{
    if (!run.planComplete)
        return tr("Planning cut off");
    if (run.isWaitingDryRun())
        return tr("Dry run");
    switch (run.state) {
    case ImportRunState::Planned:
        return tr("Planned");
    case ImportRunState::Running:
        return tr("Running or stopped");
    case ImportRunState::Finished:
        return tr("Finished");
    case ImportRunState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ImportHistoryModel::rowsText(const ImportRunSummary &summary)
{
    const ImportCounts &counts = summary.counts;
    QStringList parts;
    if (summary.run.state == ImportRunState::Planned) {
        for (auto it = counts.plans.cbegin(); it != counts.plans.cend(); ++it)
            parts << planCount(it.key(), it.value());
    } else {
        for (auto it = counts.outcomes.cbegin(); it != counts.outcomes.cend(); ++it)
            parts << outcomeCount(it.key(), it.value());
        if (const qint64 left = counts.todo + counts.sending; left > 0)
            parts << tr("%Ln not sent yet", nullptr, int(left));
    }
    const QString rows = QLocale().toString(counts.total());
    return parts.isEmpty()
               ? rows
               : tr("%1: %2", "rows: what became of them").arg(rows, parts.join(u", "_s));
}

QString ImportHistoryModel::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + minutes(local.time());
}

QString ImportHistoryModel::whenText(const ImportRunInfo &run)
{
    const QString started = timeText(run.createdAt);
    if (!run.finishedAt.isValid())
        return started;
    const QDateTime end = run.finishedAt.toLocalTime();
    return end.date() == run.createdAt.toLocalTime().date()
               ? tr("%1–%2", "started–finished, the same day").arg(started, minutes(end.time()))
               : tr("%1 – %2", "started – finished, another day").arg(started, timeText(end));
}

QString ImportHistoryModel::text(const ImportRunSummary &summary, int column) const
{
    const ImportRunInfo &run = summary.run;
    switch (column) {
    case Run:
        return QString::number(run.id);
    case When:
        return whenText(run);
    case User:
        return run.osUser;
    case Mode:
        return modeText(run);
    case State:
        return stateText(run);
    case File:
        return QFileInfo(run.filePath).fileName();
    case Checksum:
        return run.fileChecksum.left(ShortChecksum);
    case Rows:
        return rowsText(summary);
    }
    return {};
}

QString ImportHistoryModel::toolTip(const ImportRunSummary &summary, int column) const
{
    const ImportRunInfo &run = summary.run;
    switch (column) {
    case File:
        return tr("%1 (%2 bytes when imported)")
            .arg(run.filePath, QLocale().toString(run.fileSize));
    case Checksum:
        return run.fileChecksum.isEmpty()
                   ? tr("No checksum was taken: the file changed while it was read, or the run "
                        "is older than the import history.")
                   : tr("SHA-256: %1").arg(run.fileChecksum);
    case When:
        return run.finishedAt.isValid()
                   ? tr("Started %1, finished %2")
                         .arg(QLocale().toString(run.createdAt.toLocalTime(), QLocale::LongFormat),
                              QLocale().toString(run.finishedAt.toLocalTime(), QLocale::LongFormat))
                   : tr("Started %1")
                         .arg(QLocale().toString(run.createdAt.toLocalTime(), QLocale::LongFormat));
    case User:
        return run.osUser.isEmpty() ? tr("Not recorded: the run is older than the import history.")
                                    : run.osUser;
    default:
        return text(summary, column);
    }
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const ImportRunSummary &summary = m_runs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return DisplayText::escapedForRole(text(summary, column), role);
    case Qt::ToolTipRole:
        return DisplayText::escaped(toolTip(summary, column));
    case Qt::TextAlignmentRole:
        return column == Run ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RunIdRole:
        return summary.run.id;
    case FailedRowsRole:
        return summary.counts.outcomes.value(ImportOutcome::Failed);
    case SortRole:
        switch (column) {
        case Run:
            return summary.run.id;
        case When:
            return summary.run.createdAt;
        case Rows:
            return summary.counts.total();
        default:
            return text(summary, column).toCaseFolded();
        }
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Run:
        return tr("Run");
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Mode:
        return tr("Mode");
    case State:
        return tr("State");
    case File:
        return tr("File");
    case Checksum:
        return tr("SHA-256");
    case Rows:
        return tr("Rows");
    }
    return {};
}
