#include "roster_context.h"

#include "api_session.h"
#include "avatar_cache.h"
#include "http_trace.h"
#include "key_provider.h"
#include "key_store.h"
#include "preferences.h"
#include "roster_database.h"
#include "run_log.h"
#include "secret_clipboard.h"
#include "session_keys.h"
#include "workspace_connections.h"
#include "workspace_opener.h"
#include "workspace_store.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

RosterPaths RosterPaths::usersOwn()
{
    return {WorkspaceStore::defaultFilePath(), RosterDatabase::defaultPath(), {}, false};
}

QString RosterPaths::avatarDirectory() const
{
    return demo ? QFileInfo(workspacesFile).dir().filePath(u"avatars"_s)
                : AvatarCache::defaultDirectory();
}

RosterContext::RosterContext(const RosterPaths &paths, QObject *parent)
    : QObject(parent), m_paths(paths), m_log(std::make_unique<RunLog>()),
      m_preferences(paths.settingsFile.isEmpty()
                        ? std::make_unique<Preferences>()
                        : std::make_unique<Preferences>(paths.settingsFile)),
      m_workspaces(std::make_unique<WorkspaceStore>(paths.workspacesFile)),
      m_database(std::make_unique<RosterDatabase>(paths.databaseFile)),
      m_keyStore(std::make_unique<KeyStore>()), m_sessionKeys(std::make_unique<SessionKeys>()),
      m_keyProvider(std::make_unique<KeyProvider>(m_keyStore.get(), m_sessionKeys.get())),
      m_pacers(std::make_unique<PacerRegistry>())
{
    QList<QNetworkAccessManager *> networks;
    for (int i = 0; i < 2; ++i) {
        m_networks.push_back(std::make_unique<QNetworkAccessManager>());
        networks.append(m_networks.back().get());
    }
    m_opener = std::make_unique<WorkspaceOpener>(networks, m_keyProvider.get(), m_pacers.get(),
                                                 *m_database);
    if (HttpTrace::wantedByEnvironment()) {
        m_trace = std::make_unique<HttpTrace>(HttpTrace::toStandardError());
        m_opener->setTrace(m_trace.get());
    }
    m_connections = std::make_unique<WorkspaceConnections>(m_opener.get());
    m_clipboard = std::make_unique<SecretClipboard>(
        QGuiApplication::clipboard(), std::chrono::seconds(m_preferences->clipboardSeconds()));
    connect(qApp, &QCoreApplication::aboutToQuit, m_clipboard.get(),
            &SecretClipboard::clearIfOwned);
    m_avatars = std::make_unique<AvatarCache>(paths.avatarDirectory());
}

// Services first (their tasks use the network managers and the pacers), the database last.
RosterContext::~RosterContext()
{
    m_avatars.reset();
    m_clipboard.reset();
    m_connections.reset();
    m_opener.reset();
    m_pacers.reset();
    m_networks.clear();
    m_keyProvider.reset();
    m_keyStore.reset();
    m_database.reset();
}

bool RosterContext::open(QString *error)
{
    return m_workspaces->load(error) && m_database->open(error);
}
