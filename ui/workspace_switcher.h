#pragma once

#include "workspace.h"

#include <QObject>

class QAction;
class QMenu;

// Ctrl+1 … Ctrl+9: the first nine workspaces of the sidebar, as actions in a menu (so that the
// keyboard shortcuts list names them) that ask to show their workspace.
class WorkspaceSwitcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxShortcuts = 9;

    // The actions go where the menu ends now (`menu` not owned), before what is added later.
    explicit WorkspaceSwitcher(QMenu *menu, QObject *parent = nullptr);

    void setWorkspaces(const QList<Workspace> &workspaces);
    QList<QAction *> actions() const { return m_actions; }

Q_SIGNALS:
    void switchRequested(const QString &workspaceId);

private:
    QMenu *m_menu;
    QAction *m_place;
    QList<QAction *> m_actions;
};
