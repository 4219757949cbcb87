#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

// All workspaces, kept as JSON in one file (by default $XDG_CONFIG_HOME/Roster/workspaces.json):
//   {"format": "roster-workspaces", "version": 1, "workspaces": [ <WorkspaceJson>, … ]}
// Every change re-reads the file under a lock file, applies itself and writes the whole file
// atomically (QSaveFile), so two Roster processes do not lose each other's changes. A file that
// cannot be read or understood is never overwritten: load() and every change report it, naming
// the file, until someone fixes or moves it. The file never holds an API key.
class WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)
public:
    static constexpr int FormatVersion = 1;

    // The GUI, roster-cli and the demo share this file whatever their application names are,
    // so the path is built from the generic config location, not from AppConfigLocation.
    static QString defaultFilePath();

    explicit WorkspaceStore(const QString &filePath = defaultFilePath());

    const QString &filePath() const { return m_filePath; }

    // Reads the file. A missing file is an empty list, not an error.
    bool load(QString *error);

    // As of the last load() or successful change.
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    std::optional<Workspace> findById(const QString &id) const;
    std::optional<Workspace> findByName(const QString &name) const; // ignoring case
    std::optional<Workspace> find(const QString &idOrName) const;   // id first, then name

    // Each validates, refuses what would clash, and saves before it returns true. Names are
    // trimmed first.
    bool add(const Workspace &workspace, QString *error);    // refuses a taken name or id
    bool update(const Workspace &workspace, QString *error); // matched by id; may rename
    // Returns the removed workspace, so that the caller can delete its key from the keychain.
    std::optional<Workspace> removeByName(const QString &name, QString *error);

private:
    using Change = std::function<bool(QList<Workspace> &workspaces, QString *error)>;

    bool change(const Change &apply, QString *error);
    bool readFile(QList<Workspace> *workspaces, QString *error) const;
    bool writeFile(const QList<Workspace> &workspaces, QString *error) const;

    QString m_filePath;
    QList<Workspace> m_workspaces;
};
