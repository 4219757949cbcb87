#include "workspace_switcher.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

WorkspaceSwitcher::WorkspaceSwitcher(QMenu *menu, QObject *parent)
    : QObject(parent), m_menu(menu), m_place(menu->addSeparator())
{}

void WorkspaceSwitcher::setWorkspaces(const QList<Workspace> &workspaces)
{
    qDeleteAll(m_actions);
    m_actions.clear();
    for (int i = 0; i < std::min<int>(MaxShortcuts, int(workspaces.size())); ++i) {
        const Workspace &workspace = workspaces.at(i);
        auto *action = new QAction(tr("Show %1").arg(workspace.name), m_menu);
        action->setObjectName(u"switchWorkspaceAction%1"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        const QString id = workspace.id;
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT switchRequested(id); });
        m_menu->insertAction(m_place, action);
        m_actions << action;
    }
}
