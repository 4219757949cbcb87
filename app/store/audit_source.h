#pragma once

#include <QCoreApplication>
#include <QString>

// Where an audited action came from, as the audit log stores it: a short machine word
// ("dialog", "bulk-action", "cli", "import-run-7"), '' when unknown (entries older than schema
// version 5). text() is what people read.
class AuditSource
{
    Q_DECLARE_TR_FUNCTIONS(AuditSource)
public:
    static QString dialog() { return QStringLiteral("dialog"); }
    static QString bulkAction() { return QStringLiteral("bulk-action"); }
    static QString cli() { return QStringLiteral("cli"); }
    static QString importRun(qint64 runId);

    // "dialog", "bulk action", "CLI", "import run 7", "unknown".
    static QString text(const QString &source);
    // The OS user running Roster: USER, else USERNAME, else the account this process runs as;
    // "" when none is known.
    static QString currentActor();
};
