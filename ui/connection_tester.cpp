#include "connection_tester.h"

#include "api_error_text.h"
#include "api_task.h"
#include "member_service.h"
#include "workspace_opener.h"

#include <QPointer>
#include <QTimer>

ConnectionTester::ConnectionTester(WorkspaceOpener *opener, QObject *parent)
    : QObject(parent), m_opener(opener)
{}

ConnectionTester::~ConnectionTester()
{
    stopTask();
}

void ConnectionTester::start(const Workspace &workspace, const QString &key)
{
    stopTask();
    const quint64 generation = ++m_generation;
    m_running = true;
    if (!key.isEmpty()) {
        MemberService *service = m_opener->openWithKey(workspace, key, this);
        // Started on the next turn, so that the answer never comes before start() returns.
        QTimer::singleShot(0, this, [this, service, workspace, generation] {
            run(service, workspace, generation);
        });
        return;
    }
    QPointer<ConnectionTester> self(this);
    m_opener->open(workspace,
                   [self, workspace, generation](MemberService *service, const KeyResult &stored) {
                       if (!self || generation != self->m_generation) {
                           delete service;
                           return;
                       }
                       if (!service) {
                           self->m_running = false;
                           Q_EMIT self->failed(ApiErrorKind::None, stored.message);
                           return;
                       }
                       service->setParent(self);
                       self->run(service, workspace, generation);
                   });
}

void ConnectionTester::run(MemberService *service, const Workspace &workspace, quint64 generation)
{
    if (generation != m_generation) {
        service->deleteLater();
        return;
    }
    QPointer<ConnectionTester> self(this);
    m_task = service->testConnection([self, workspace, generation](const Result<bool> &tested) {
        if (!self || generation != self->m_generation)
            return;
        self->m_running = false;
        if (tested.ok()) {
            Q_EMIT self->succeeded(tr("%1 answers at %2 and accepts the key.")
                                       .arg(providerDisplayName(workspace.provider),
                                            workspace.apiBaseUrl.toDisplayString()));
        } else {
            Q_EMIT self->failed(tested.error.kind, ApiErrorText::describe(tested.error));
        }
    });
    // The service goes once its one task is over, however it ended.
    connect(m_task, &ApiTask::finished, service, &QObject::deleteLater);
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    stopTask();
}

void ConnectionTester::stopTask()
{
    if (m_task)
        m_task->cancel();
    m_task.clear();
}
