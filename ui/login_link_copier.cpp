#include "login_link_copier.h"

#include "api_task.h"
#include "member_service.h"
#include "secret_clipboard.h"

#include <QClipboard>

LoginLinkCopier::LoginLinkCopier(SecretClipboard *secrets, QClipboard *clipboard, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_clipboard(clipboard)
{}

void LoginLinkCopier::copyFor(MemberService *service, const QString &email)
{
    cancel();
    Q_EMIT started(email);
    QPointer<LoginLinkCopier> self(this);
    m_task = service->loginLink(email, [self, email](const Result<LoginLink> &link) {
        if (!self)
            return;
        self->m_task = nullptr;
        if (!link.ok())
            return Q_EMIT self->failed(email, link.error);
        const QString text = link.value.url.toString(QUrl::FullyEncoded);
        if (link.value.kind == LoginLink::Kind::OneTime)
            self->m_secrets->copySecret(text);
        else
            self->m_clipboard->setText(text);
        Q_EMIT self->copied(email, link.value.kind);
    });
}

void LoginLinkCopier::cancel()
{
    if (m_task)
        m_task->cancel();
    m_task = nullptr;
}
