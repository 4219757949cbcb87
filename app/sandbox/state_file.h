#pragma once

#include "sandbox_state.h"

#include <QObject>
#include <QTimer>

class Sandbox;

// Keeps the sandbox state in a JSON file across restarts. Writes are atomic (QSaveFile: a crash
// leaves the previous file intact) and coalesced: a burst of changes costs one write.
class StateFile : public QObject
{
    Q_OBJECT
public:
    enum class LoadResult
    {
        Loaded,
        Missing,
        Failed
    };

    explicit StateFile(const QString &path, QObject *parent = nullptr);

    LoadResult load(SandboxState *state, QString *error) const;
    bool save(const SandboxState &state, QString *error) const;

    // Saves `sandbox`'s state shortly after each change, and on flush().
    void follow(const Sandbox *sandbox);
    bool flush(QString *error = nullptr);

    const QString &path() const { return m_path; }

private:
    QString m_path;
    const Sandbox *m_sandbox = nullptr;
    QTimer m_saveTimer;
    bool m_dirty = false;
};
