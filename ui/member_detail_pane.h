#pragma once

#include "audit_log.h"
#include "member_record.h"

#include <QWidget>

class AvatarCache;
class QLabel;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

// The selected member beside the table: their profile as the local roster holds it, buttons
// for the actions on them, and the audit history of what Roster did to them.
class MemberDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit MemberDetailPane(QWidget *parent = nullptr);

    // Buttons for these actions, in order, under the profile.
    void setActions(const QList<QAction *> &actions);
    // Where the member's picture comes from; none: no picture.
    void setAvatarCache(AvatarCache *cache);
    // Nothing, or several members: a short note instead of a profile.
    void showNothing(int selectedCount);
    void showMember(const MemberRecord &member, const QList<AuditEntry> &history);
    // Its keyboard stops, in order: the action buttons, the profile's links, the history.
    QList<QWidget *> focusChain() const;

    static constexpr int AvatarSide = 48;

private:
    void fitHistoryColumns();
    void showAvatar();

    AvatarCache *m_avatars = nullptr;
    QString m_avatarUrl;
    QLabel *m_avatar;
    QLabel *m_title;
    QLabel *m_note;
    // One label with the profile as a two-column table: it wraps long values (groups, a bio,
    // an id) to the pane's width, where a form of labels would clip them.
    QLabel *m_profile;
    QWidget *m_buttons;
    QVBoxLayout *m_buttonLayout;
    QTreeWidget *m_history;
};
