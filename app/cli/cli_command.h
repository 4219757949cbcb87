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

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // finished(code) on the next turn of the event loop, once.
    void finish(int code);
    void fail(int code, const QString &message);
    // Says what went wrong at the provider, and finishes with its exit code.
    void failWith(const ApiError &error);
    // The running task, for interrupt().
    void track(ApiTask *task);
    CliOutput &out();

    CliContext &m_context;

private:
    QPointer<ApiTask> m_task;
    bool m_finished = false;
};
