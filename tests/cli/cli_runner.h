#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QByteArray outBytes() const { return out.toUtf8(); }
    // "exit 2\nstdout: …\nstderr: …", for a failed check's message.
    QString diagnosis() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(QString::number(exitCode), out, err);
    }
};

// Runs the real roster-cli in a home of its own (HOME and the XDG directories in a temporary
// directory), on the test session's bus and keyring, and waits for it.
class CliRunner
{
public:
    CliRunner();

    bool isValid() const { return m_home.isValid(); }
    QString homePath() const { return m_home.path(); }
    QProcessEnvironment &environment() { return m_environment; }

    CliResult run(const QStringList &arguments, const QByteArray &input = {},
                  const QProcessEnvironment &extra = {}) const;
    // `workspace add NAME --provider PROVIDER --url URL --key-stdin EXTRA...` with `key` on
    // standard input.
    CliResult addWorkspace(const QString &name, const QString &provider, const QString &url,
                           const QByteArray &key, const QStringList &extra = {},
                           const QProcessEnvironment &environment = {}) const;
    // A run that goes on in the background, for a test that kills it.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;
    // Several runs at the same time, as several Roster users on one key would.
    QList<CliResult> runTogether(const QList<QStringList> &runs) const;
    // The workspace's id, from `workspace list --json`; empty when there is no such workspace.
    QString workspaceId(const QString &name) const;

    // Files under the home whose bytes contain `secret` in UTF-8 or UTF-16, by path.
    QStringList filesContaining(const QString &secret) const;

    static QString executable();

private:
    static CliResult finish(QProcess &process);

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};
