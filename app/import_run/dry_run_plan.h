#pragma once

#include "import_journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// Whether a run may carry out a dry run's plan as it is, without planning again and so without
// looking a member up again: the same file, unchanged since; the same settings; and a plan young
// enough. Each check gives what differs, one phrase each, for the refusal to name.
class DryRunPlan
{
    Q_DECLARE_TR_FUNCTIONS(DryRunPlan)
public:
    // How long after its dry run a plan is run as it is. Members change at the provider
    // meanwhile; a row whose plan went stale still ends with a clear outcome (a create that
    // finds the member there, an update that finds them gone), but past this the plan is made
    // again rather than trusted.
    static constexpr int MaxAgeMinutes = 30;

    // SHA-256 of the file's bytes, in hex; empty, with `error` set, when it cannot be read.
    static QString fileChecksum(const QString &path, QString *error);

    // How the file at `path` differs from the one the run planned: its path, size, modification
    // time, and its content when `checksum` (of the file now) and the run's are both known.
    static QStringList fileChanges(const ImportRunInfo &run, const QString &path,
                                   const QString &checksum);
    // Which settings differ between those the dry run was given and `given` (both
    // ImportSettings::toJson, the file left out), named as roster-cli's options.
    static QStringList settingsChanges(const QJsonObject &planned, const QJsonObject &given);
    // Empty while the plan is young enough at `now`; else why not.
    static QStringList ageProblems(const ImportRunInfo &run, const QDateTime &now);
};
