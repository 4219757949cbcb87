#pragma once

#include "import_journal.h"
#include "provider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <optional>

// What is known of a roster-cli import when it ends, however it ends.
struct ImportReportFacts
{
    QString workspace; // by name, as given
    std::optional<Provider> provider;
    QString filePath; // absolute
    QString mode;     // ImportSettings::modeId: the run's, else as given
    bool dryRun = false;
    QDateTime startedAt;
    QDateTime finishedAt;
    int exitCode = 0;
    QString error; // why the command failed or was refused; empty otherwise
    QString user;  // the OS user running the command (AuditSource::currentActor())
    std::optional<ImportRunInfo> run;
    std::optional<ImportCounts> counts;
};

// The outcome of a roster-cli import as one JSON document, for a script that watches
// unattended runs: what --json prints at the end of a run and what --report-json writes, built
// here for both. It names the run, the workspace, the file, the mode, the OS user and the
// times, counts the rows per plan and per outcome (over ImportJournal's ids: a new plan or
// outcome appears by itself), gives the exit code, the error and the failed rows. Never a key
// or a login link.
class ImportReportJson
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportJson)
public:
    // The array of failed rows, last in the document.
    static QString failedRowsKey();

    // Every field but the failed rows.
    static QJsonObject summary(const ImportReportFacts &facts);
    // {"line", "email", "plan", "error"}; line is null for a row the file does not hold.
    static QJsonObject failedRow(const ImportRowEntry &row);
    // The run's failed rows in line order, read from the journal a page at a time.
    static bool forEachFailedRow(const ImportJournal &journal, qint64 runId,
                                 const std::function<void(const QJsonObject &)> &visit,
                                 QString *error);
    // The whole document to `path` at once (QSaveFile: a reader finds the previous report or
    // this one, never a part): `summary` and, with a journal, the failed rows of `runId`. The
    // folder is made when missing.
    static bool write(const QString &path, const QJsonObject &summary, const ImportJournal *journal,
                      qint64 runId, QString *error);

    // A word for an import's exit code: "done", "rows-failed", "needs-consent"...
    static QString resultId(int exitCode);
};
