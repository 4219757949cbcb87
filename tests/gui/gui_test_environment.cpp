#include "gui_test_environment.h"

#include "sandbox_workspace.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;

GuiTestEnvironment::GuiTestEnvironment(const QStringList &sandboxArguments)
    : m_sandbox(std::make_unique<SandboxProcess>(sandboxArguments))
{}

GuiTestEnvironment::~GuiTestEnvironment()
{
    for (const QString &id : std::as_const(m_writtenKeys)) {
        bool done = false;
        m_keyStore.deleteKey(id, [&done](const KeyResult &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("the keychain did not delete a test key in time");
    }
    m_opener.reset();
}

QString GuiTestEnvironment::start()
{
    if (!m_dir.isValid())
        return u"no temporary directory"_s;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
    m_store = std::make_unique<WorkspaceStore>(workspacesPath());
    QString error;
    if (!m_store->load(&error))
        return error;
    m_database = std::make_unique<RosterDatabase>(m_dir.filePath(u"data/Roster/roster.sqlite"_s));
    if (!m_database->open(&error))
        return error;
    m_opener = std::make_unique<WorkspaceOpener>(QList<QNetworkAccessManager *>{&m_network},
                                                 &m_keyProvider, &m_pacers, *m_database);
    if (!m_sandbox->start())
        return m_sandbox->error();
    return {};
}

QString GuiTestEnvironment::workspacesPath() const
{
    return m_dir.filePath(u"config/Roster/workspaces.json"_s);
}

WorkspaceDialogContext GuiTestEnvironment::context(bool demoMode)
{
    WorkspaceDialogContext context;
    context.store = m_store.get();
    context.keyStore = &m_keyStore;
    context.sessionKeys = &m_sessionKeys;
    context.opener = m_opener.get();
    context.database = m_database.get();
    context.demoMode = demoMode;
    return context;
}

QUrl GuiTestEnvironment::apiAddress(Provider provider) const
{
    return SandboxWorkspace::apiAddress(*m_sandbox, provider);
}

Workspace GuiTestEnvironment::workspaceFor(Provider provider, const QString &name)
{
    return SandboxWorkspace::make(*m_sandbox, provider, name);
}

MemberService *GuiTestEnvironment::service(const Workspace &workspace, const QString &key)
{
    return m_opener->openWithKey(workspace, key.isEmpty() ? apiKey() : key);
}

KeyResult GuiTestEnvironment::readKey(const QString &workspaceId)
{
    std::optional<KeyResult> result;
    m_keyStore.readKey(workspaceId, [&result](const KeyResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        return KeyResult::failure(KeyResult::Error::Other, u"no answer from the keychain"_s);
    return *result;
}

KeyResult GuiTestEnvironment::writeKey(const QString &workspaceId, const QString &key)
{
    m_writtenKeys << workspaceId;
    std::optional<KeyResult> result;
    m_keyStore.writeKey(workspaceId, key, [&result](const KeyResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        return KeyResult::failure(KeyResult::Error::Other, u"no answer from the keychain"_s);
    return *result;
}

QStringList GuiTestEnvironment::filesContaining(const QByteArray &needle) const
{
    QStringList found;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}
