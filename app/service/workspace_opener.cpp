#include "workspace_opener.h"

#include "api_session.h"
#include "key_provider.h"
#include "member_service.h"

#include <QPointer>

WorkspaceOpener::WorkspaceOpener(const QList<QNetworkAccessManager *> &networks, KeyProvider *keys,
                                 PacerRegistry *pacers, RosterDatabase &db, QObject *parent)
    : QObject(parent), m_networks(networks), m_keys(keys), m_pacers(pacers), m_db(db)
{
    Q_ASSERT(!m_networks.isEmpty());
}

void WorkspaceOpener::open(const Workspace &workspace, Opened done)
{
    QPointer<WorkspaceOpener> self(this);
    m_keys->key(workspace.id, [self, workspace, done](const KeyResult &key) {
        if (!self)
            return;
        if (!key.ok)
            return done(nullptr, key);
        done(self->openWithKey(workspace, key.key), key);
    });
}

MemberService *WorkspaceOpener::openWithKey(const Workspace &workspace, const QString &key,
                                            QObject *parent)
{
    const QByteArray apiKey = key.toUtf8();
    RequestPacer *pacer = m_pacers->pacerFor(apiKey, workspace.requestBudget,
                                             ConnectionsPerNetwork * int(m_networks.size()));
    auto *session = new ApiSession(m_networks.first(), pacer, apiKey);
    session->setTrace(m_trace);
    for (qsizetype i = 1; i < m_networks.size(); ++i)
        session->addNetwork(m_networks.at(i));
    auto *service = new MemberService(workspace, session, m_db, parent);
    session->setParent(service);
    return service;
}
