#pragma once

#include "api_error.h"
#include "api_task.h"
#include "workspace.h"

#include <QObject>
#include <QPointer>
class MemberService;
class WorkspaceOpener;

// "Test connection" without a window: opens a service for the workspace as typed, on a key just
// typed or else on the stored one, and runs MemberService::testConnection(). One test at a time;
// a new start() or cancel() forgets the test before.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    // `opener` is not owned and must outlive this object.
    explicit ConnectionTester(WorkspaceOpener *opener, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // `key` empty: the key the opener finds for workspace.id (this session's, else the
    // keychain's). Answers with succeeded() or failed(), never before returning.
    void start(const Workspace &workspace, const QString &key);
    // Stops the test; nothing more is reported for it.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `message` is for people, e.g. "Heartbeat answers at https://… and accepts the key."
    void succeeded(const QString &message);
    // `kind` is None when the key could not be read; `message` names what went wrong.
    void failed(ApiErrorKind kind, const QString &message);

private:
    void run(MemberService *service, const Workspace &workspace, quint64 generation);
    void stopTask();

    WorkspaceOpener *m_opener;
    QPointer<ApiTask> m_task;
    quint64 m_generation = 0;
    bool m_running = false;
};
