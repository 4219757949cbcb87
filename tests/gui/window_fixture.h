#pragma once

#include "main_window.h"
#include "provider.h"
#include "roster_context.h"
#include "sandbox_process.h"
#include "workspace.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <utility>

class ImportWizard;
class MemberTableModel;

// The main window on workspaces of a real roster-sandbox, with its workspaces file, SQLite roster
// and settings in a temporary directory of its own, each workspace's key set for the session.
// The steps can be taken one by one, for a test that changes the context before the window.
class WindowFixture
{
public:
    using PlannedWorkspace = std::pair<Provider, QString>;

    WindowFixture();
    ~WindowFixture();

    // Starts roster-sandbox with `arguments` and `apiKey`; warns and returns false if it cannot.
    bool startSandbox(const QStringList &arguments,
                      const QByteArray &apiKey = SandboxProcess::DefaultKey);
    // Writes `workspaces` to the workspaces file, opens the context and gives each workspace the
    // sandbox's key for this session.
    bool openContext(const QList<Workspace> &workspaces);
    // The same for workspaces made by SandboxWorkspace::make() on the sandbox.
    bool openContext(const QList<PlannedWorkspace> &workspaces);
    // A context on other files than the fixture's own, each of their workspaces with its key.
    bool openContextOn(const RosterPaths &paths);
    // Destroys the window and the context, as quitting Roster does.
    void close();
    // Destroys the window, for a test that opens another one on the same context.
    void destroyWindow() { m_window.reset(); }
    // Creates the window without showing it, for a test that watches it from the start.
    MainWindow *createWindow();
    // Shows the window (created if it is not yet) and its initial workspace; waits until it is
    // exposed.
    bool showWindow();
    // Waits until the window has a member service for its workspace.
    bool waitForService();
    bool waitForRows(int count);
    // All of the above on a started sandbox, until the table holds `expectedRows` members.
    bool open(const QList<PlannedWorkspace> &workspaces, int expectedRows);

    // The workspaces file, roster and settings in the temporary directory.
    RosterPaths paths() const;
    QTemporaryDir &dir() { return m_dir; }
    SandboxProcess &sandbox() { return *m_sandbox; }
    RosterContext &context() { return *m_context; }
    MainWindow *window() { return m_window.get(); }
    MemberTableModel *model() const;

    // Selects the rows of `emails` in the member table, and only those.
    void select(const QStringList &emails);
    // Ctrl+I in the window opens the import wizard; null if it does not show in time.
    ImportWizard *openImportWizard();
    // The visible dialog of this type the window has, waited for; null if none shows in time.
    template <typename Dialog> Dialog *openedDialog(int timeoutMs = 10000);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RosterContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

template <typename Dialog> Dialog *WindowFixture::openedDialog(int timeoutMs)
{
    Dialog *open = nullptr;
    const bool found = QTest::qWaitFor(
        [&] {
            const QList<Dialog *> dialogs = m_window->findChildren<Dialog *>();
            for (Dialog *dialog : dialogs) {
                if (dialog->isVisible())
                    open = dialog;
            }
            return open != nullptr;
        },
        timeoutMs);
    return found ? open : nullptr;
}
