#include "window_fixture.h"

#include "import_launcher.h"
#include "import_wizard.h"
#include "member_actions.h"
#include "member_filter_proxy.h"
#include "member_service.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "sandbox_workspace.h"
#include "session_keys.h"
#include "workspace_store.h"

#include <QTest>

using namespace Qt::StringLiterals;

WindowFixture::WindowFixture() = default;
WindowFixture::~WindowFixture() = default;

bool WindowFixture::startSandbox(const QStringList &arguments, const QByteArray &apiKey)
{
    m_sandbox = std::make_unique<SandboxProcess>(arguments, apiKey);
    if (!m_sandbox->start()) {
        qWarning("%s", qPrintable(m_sandbox->error()));
        return false;
    }
    return true;
}

bool WindowFixture::openContext(const QList<PlannedWorkspace> &workspaces)
{
    QList<Workspace> made;
    for (const auto &[provider, name] : workspaces)
        made << SandboxWorkspace::make(*m_sandbox, provider, name);
    return openContext(made);
}

bool WindowFixture::openContext(const QList<Workspace> &workspaces)
{
    const RosterPaths paths = this->paths();
    {
        WorkspaceStore store(paths.workspacesFile);
        for (const Workspace &workspace : workspaces) {
            QString error;
            if (!store.add(workspace, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
    }
    return openContextOn(paths);
}

bool WindowFixture::openContextOn(const RosterPaths &paths)
{
    m_context = std::make_unique<RosterContext>(paths);
    QString error;
    if (!m_context->open(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    for (const Workspace &workspace : m_context->workspaces().workspaces())
        m_context->sessionKeys().setKey(workspace.id, QString::fromLatin1(m_sandbox->apiKey()));
    return true;
}

void WindowFixture::close()
{
    m_window.reset();
    m_context.reset();
}

RosterPaths WindowFixture::paths() const
{
    return {m_dir.filePath(u"workspaces.json"_s), m_dir.filePath(u"roster.sqlite"_s),
            m_dir.filePath(u"settings.ini"_s), false};
}

MainWindow *WindowFixture::createWindow()
{
    m_window = std::make_unique<MainWindow>(*m_context);
    return m_window.get();
}

bool WindowFixture::showWindow()
{
    if (!m_window)
        createWindow();
    m_window->show();
    m_window->showInitialWorkspace();
    return QTest::qWaitForWindowExposed(m_window.get());
}

bool WindowFixture::waitForService()
{
    return QTest::qWaitFor([this] { return m_window->memberActions()->service(); }, 20000);
}

bool WindowFixture::waitForRows(int count)
{
    return QTest::qWaitFor([this, count] { return model()->rowCount() == count; }, 20000);
}

bool WindowFixture::open(const QList<PlannedWorkspace> &workspaces, int expectedRows)
{
    return openContext(workspaces) && showWindow() && waitForService() && waitForRows(expectedRows);
}

MemberTableModel *WindowFixture::model() const
{
    return m_window->memberModel();
}

void WindowFixture::select(const QStringList &emails)
{
    MemberTableView *table = m_window->memberTable();
    MemberFilterProxy *proxy = m_window->memberProxy();
    table->clearSelection();
    for (const QString &email : emails) {
        const QModelIndex index = proxy->index(proxy->proxyRow(model()->rowOfEmail(email)), 0);
        table->selectionModel()->select(index,
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

ImportWizard *WindowFixture::openImportWizard()
{
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    if (!QTest::qWaitFor(
            [this] {
                return m_window->imports()->wizard() && m_window->imports()->wizard()->isVisible();
            },
            10000))
        return nullptr;
    return m_window->imports()->wizard();
}
