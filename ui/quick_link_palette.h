#pragma once

#include <QFrame>

class QuickLinkRosters;
class QLabel;
class QLineEdit;
class QListWidget;

// Ctrl+Shift+L: support staff type part of an email or a name, pick a member of any workspace
// with the arrow keys and press Enter; the window then copies that member's login link. Each
// match names its workspace and provider; the shown workspace's come first. Esc closes it.
class QuickLinkPalette : public QFrame
{
    Q_OBJECT
public:
    static constexpr int MaxMatches = 10;

    // `rosters` is not owned.
    QuickLinkPalette(QuickLinkRosters *rosters, QWidget *parent);
    ~QuickLinkPalette() override;

    // Shows it over the top of its parent, empty and focused.
    void popUp();
    void setNote(const QString &note);

Q_SIGNALS:
    void memberChosen(const QString &workspaceId, const QString &email);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void search(const QString &text);
    void choose();

    QuickLinkRosters *m_rosters;
    QLineEdit *m_query;
    QListWidget *m_matches;
    QLabel *m_note;
};
