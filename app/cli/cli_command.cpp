#include "cli_command.h"

#include "api_task.h"
#include "cli_context.h"

#include <QTimer>

CliCommand::CliCommand(CliContext &context, QObject *parent) : QObject(parent), m_context(context)
{}

void CliCommand::interrupt()
{
    if (m_task)
        m_task->cancel();
    else
        finish(ExitInterrupted);
}

void CliCommand::finish(int code)
{
    finishWith(code, {});
}

void CliCommand::fail(int code, const QString &message)
{
    out().error(message);
    finishWith(code, message);
}

int CliCommand::finishing(int code, const QString &)
{
    return code;
}

void CliCommand::finishWith(int code, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    code = finishing(code, error);
    out().flush();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void CliCommand::failWith(const ApiError &error)
{
    QString message = error.message;
    if (error.outcomeUnknown) {
        message += u' ' + tr("The provider may or may not have carried it out: check before "
                             "trying again.");
    }
    fail(exitCodeFor(error.kind), message);
}

void CliCommand::track(ApiTask *task)
{
    m_task = task;
}

CliOutput &CliCommand::out()
{
    return m_context.output();
}
