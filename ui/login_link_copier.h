#pragma once

#include "api_error.h"
#include "remote_member.h"

#include <QObject>
#include <QPointer>

class ApiTask;
class MemberService;
class QClipboard;
class SecretClipboard;

// "Copy login link": asks the member's provider for a one-off link and puts it on the clipboard
// the way a password manager does (SecretClipboard). The link is never shown, logged or stored.
// For Heartbeat, which issues none by API, the community sign-in page goes on the clipboard
// instead, as ordinary text: it is no secret.
class LoginLinkCopier : public QObject
{
    Q_OBJECT
public:
    LoginLinkCopier(SecretClipboard *secrets, QClipboard *clipboard, QObject *parent = nullptr);

    void copyFor(MemberService *service, const QString &email);
    void cancel();
    bool isBusy() const { return m_task != nullptr; }

Q_SIGNALS:
    void started(const QString &email);
    void copied(const QString &email, LoginLink::Kind kind);
    void failed(const QString &email, const ApiError &error);

private:
    SecretClipboard *m_secrets;
    QClipboard *m_clipboard;
    QPointer<ApiTask> m_task;
};
