#pragma once

#include "api_error.h"
#include "exit_codes.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

class ApiTask;
class CliContext;
class CliOutput;

// One roster-cli command ("workspace add", "link", ...). The dispatcher declares its options on a
// parser of its own, then runs it; the command answers asynchronously with finished().
class CliCommand : public QObject
{
    Q_OBJECT
public:
    explicit CliCommand(CliContext &context, QObject *parent = nullptr);

    virtual void declare(QCommandLineParser &parser) = 0;
    virtual void run(const QCommandLineParser &parser) = 0;
    // Ctrl+C or SIGTERM: cancels what runs; the command then finishes as it would on a cancel.
    virtual void interrupt();
    // What --help says after the options (its exit codes, say); empty for most commands.
    virtual QString helpDetails() const { return {}; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // finished(code) on the next turn of the event loop, once.
    void finish(int code);
    void fail(int code, const QString &message);
    // Called once, as the command finishes, with its exit code and the message of fail() (empty
    // after finish()): for a command that reports every ending. Answers the exit code to end
    // with.
    virtual int finishing(int code, const QString &error);
    // Says what went wrong at the provider, and finishes with its exit code.
    void failWith(const ApiError &error);
    // The running task, for interrupt().
    void track(ApiTask *task);
    CliOutput &out();

    CliContext &m_context;

private:
    void finishWith(int code, const QString &error);

    QPointer<ApiTask> m_task;
    bool m_finished = false;
};
