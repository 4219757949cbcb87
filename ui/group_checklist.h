#pragma once

#include "remote_member.h"

#include <QListWidget>

// A community's groups with a tick box each, for the groups a member joins (add) or is in
// (edit). Until the groups are loaded it says so in the list; ticked from the keyboard with the
// arrows and Space. A group ticked beforehand that the loaded list lacks is still shown, ticked,
// so that an edit never drops a group the user did not see.
class GroupChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit GroupChecklist(QWidget *parent = nullptr);

    void showLoading();
    void showUnavailable();
    // The groups to tick from, `ticked` ticked.
    void setGroups(const QList<NamedRef> &groups, const QList<NamedRef> &ticked = {});
    // Groups shown as they are, none to tick: a member's groups that cannot be changed here.
    void showFixed(const QList<NamedRef> &groups);

    // Whether the groups are loaded and may be ticked.
    bool isLoaded() const { return m_loaded; }
    QStringList tickedIds() const;

Q_SIGNALS:
    // The user ticked or unticked a group.
    void ticksChanged();

private:
    void showNote(const QString &text);
    QListWidgetItem *addGroup(const NamedRef &group, Qt::ItemFlags flags);

    bool m_loaded = false;
};
