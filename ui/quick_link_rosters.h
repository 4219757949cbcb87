#pragma once

#include "workspace.h"

#include <QObject>
#include <QSet>
#include <map>

class MemberTableModel;
class RosterContext;

// The members of every workspace for the quick-link palette: the window's model for the shown
// workspace, and for each other one a model read from the local roster in the background
// (loaded() says when one arrives) when the palette opens, again only once that workspace's
// service stored a member or synced since.
class QuickLinkRosters : public QObject
{
    Q_OBJECT
public:
    struct Roster
    {
        Workspace workspace;
        const MemberTableModel *model;
    };

    // `shown` is the window's model (not owned).
    QuickLinkRosters(RosterContext &context, const MemberTableModel *shown, QObject *parent);
    ~QuickLinkRosters() override;

    // Reads the other workspaces' members that are not read yet or changed since.
    void reload();
    // The shown workspace first, then the others in the sidebar's order.
    QList<Roster> rosters() const;

Q_SIGNALS:
    void loaded();

private:
    RosterContext &m_context;
    const MemberTableModel *m_shown;
    void watch(const QString &workspaceId);

    std::map<QString, MemberTableModel *> m_others;
    // Loaded and unchanged since; workspaces whose service is watched.
    QSet<QString> m_fresh;
    QSet<QString> m_watched;
};
