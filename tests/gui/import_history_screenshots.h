#pragma once

// The import history (Member → Import history…) of a Heartbeat workspace after a quarter's
// imports: runs by two admins in each mode, finished, cancelled half-way, a dry run's plan
// waiting, with failures, at 1280 × 800 and 1024 × 700 (import-history-WIDTH.png), and a run's
// report opened from it (import-run-report.png). The runs are written to the real journal as the
// engine writes them; their times are set back so that the history spans weeks.
#include "gui_test_environment.h"
#include "import_history_window.h"
#include "import_journal.h"
#include "import_run_report_dialog.h"
#include "run_log.h"
#include "screenshot_support.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTableView>

namespace ImportHistoryScreenshots {

struct PastRun
{
    QString file;
    QString mode;
    QString user;
    QDateTime started;
    int minutes; // how long it ran; 0: never run (a dry run's plan)
    ImportRunState state;
    QList<std::pair<ImportPlan, ImportOutcome>> outcomes;
    QList<int> counts;
};

inline qint64 write(RosterDatabase &db, const QString &workspaceId, const PastRun &past)
{
    using namespace Qt::StringLiterals;
    ImportJournal journal(db);
    ImportRunInfo info;
    info.workspaceId = workspaceId;
    info.filePath = u"/home/casey/Documents/Members/"_s + past.file;
    info.fileSize = 48'213;
    info.fileModified = past.started.addSecs(-3600);
    info.header = {u"Email"_s, u"Full name"_s, u"Role"_s};
    info.settings = QJsonObject{{u"mode"_s, past.mode},
                                {u"columns"_s, QJsonArray{u"email"_s, u"name"_s, QJsonValue()}},
                                {u"constants"_s, QJsonObject{{u"role"_s, u"Member"_s}}}};
    info.createdAt = past.started;
    info.osUser = past.user;
    if (past.minutes == 0)
        info.dryRunSettings = info.settings;
    QString error;
    const std::optional<qint64> id = journal.createRun(info, &error);
    if (!id)
        return 0;
    QList<ImportRowEntry> rows;
    qint64 line = 2;
    for (qsizetype kind = 0; kind < past.outcomes.size(); ++kind) {
        for (int i = 0; i < past.counts.at(kind); ++i, ++line) {
            ImportRowEntry row;
            row.line = line;
            row.plan = past.outcomes.at(kind).first;
            const bool invalid = row.plan == ImportPlan::Invalid;
            const QString email =
                (invalid ? u"member.%1(at)example.com"_s : u"member.%1@example.com"_s).arg(line);
            row.email = invalid ? QString() : email;
            row.cells = {email, u"Member %1"_s.arg(line), u"Member"_s};
            row.outcome = past.outcomes.at(kind).second;
            if (row.outcome != ImportOutcome::None)
                row.state = ImportRowState::Done;
            if (row.outcome == ImportOutcome::Failed)
                row.error = row.plan == ImportPlan::Invalid
                                ? u"Line %1, column “Email”: not an email address"_s.arg(line)
                                : u"The provider refused the member: the email is taken"_s;
            rows.append(row);
        }
    }
    bool ok =
        journal.addRows(*id, rows, &error) && journal.completePlan(*id, &error) &&
        journal.setFileChecksum(
            *id,
            QString::fromLatin1(
                QCryptographicHash::hash(past.file.toUtf8(), QCryptographicHash::Sha256).toHex()),
            &error);
    if (past.minutes > 0) {
        ok &= journal.setRunState(*id, past.state, &error);
        QSqlQuery query(db.connection());
        ok &= query.exec(u"UPDATE import_runs SET finished_at = %1 WHERE id = %2"_s
                             .arg(past.started.addSecs(past.minutes * 60).toMSecsSinceEpoch())
                             .arg(*id));
    }
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok ? *id : 0;
}

inline bool save(GuiTestEnvironment &env, const ScreenshotSetup &setup)
{
    using namespace Qt::StringLiterals;
    using P = ImportPlan;
    using O = ImportOutcome;
    const Workspace workspace = env.workspaceFor(Provider::Heartbeat, u"Acme Community"_s);
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    const auto at = [&](int daysAgo, int hour, int minute) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, minute));
    };
    const QList<PastRun> runs = {
        {u"paid-members-2026-q3.csv"_s,
         u"upsert"_s,
         u"casey"_s,
         at(68, 9, 12),
         21,
         ImportRunState::Finished,
         {{P::Create, O::Created},
          {P::Update, O::Updated},
          {P::Unchanged, O::Skipped},
          {P::Invalid, O::Failed}},
         {1180, 42, 12, 6}},
        {u"october-signups.csv"_s,
         u"create"_s,
         u"sam"_s,
         at(37, 16, 40),
         2,
         ImportRunState::Finished,
         {{P::Create, O::Created}, {P::Create, O::Failed}},
         {85, 2}},
        {u"paid-members-2026-q4.csv"_s,
         u"mirror"_s,
         u"casey"_s,
         at(6, 10, 3),
         9,
         ImportRunState::Finished,
         {{P::Create, O::Created},
          {P::Update, O::Updated},
          {P::Reactivate, O::Reactivated},
          {P::Deactivate, O::Deactivated},
          {P::Unchanged, O::Skipped}},
         {64, 31, 3, 55, 1157}},
        {u"leavers-november.csv"_s,
         u"deactivate"_s,
         u"sam"_s,
         at(2, 14, 25),
         1,
         ImportRunState::Cancelled,
         {{P::Deactivate, O::Deactivated}, {P::Deactivate, O::None}},
         {25, 15}},
        {u"paid-members-2026-q4-fixed.csv"_s,
         u"upsert"_s,
         u"casey"_s,
         now.addSecs(-600),
         0,
         ImportRunState::Planned,
         {{P::Create, O::None}, {P::Update, O::None}, {P::Unchanged, O::Skipped}},
         {10, 4, 1282}},
    };
    bool ok = true;
    qint64 first = 0;
    for (const PastRun &run : runs) {
        const qint64 id = write(env.database(), workspace.id, run);
        ok &= id > 0;
        if (first == 0)
            first = id;
    }

    RunLog log;
    ImportHistoryWindow window(env.database(), log, workspace.id, workspace.name);
    window.show();
    ok &= QTest::qWaitFor([&] { return !window.isLoading(); }, 10'000);
    window.selectRun(first);
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        window.resize(size);
        ok &= saveScreenshot(window, setup.path(u"import-history-%1"_s.arg(size.width())));
    }
    window.openSelected();
    auto *report = window.findChild<ImportRunReportDialog *>();
    ok &= report && QTest::qWaitFor([&] { return !report->isLoading(); }, 10'000);
    if (report) {
        auto *rows = report->findChild<QTableView *>(u"reportRowsTable"_s);
        rows->scrollTo(rows->model()->index(1230, 0), QAbstractItemView::PositionAtCenter);
        rows->selectRow(1236);
        ok &= saveScreenshot(*report, setup.path(u"import-run-report"_s));
    }
    return ok;
}

} // namespace ImportHistoryScreenshots
