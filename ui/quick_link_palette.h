#pragma once

#include <QFrame>

class MemberQuickMatcher;
class MemberTableModel;
class QLabel;
class QLineEdit;
class QListWidget;

// Ctrl+Shift+L: support staff type part of an email or a name, pick a member with the arrow
// keys and press Enter; the window then copies that member's login link. Esc closes it.
class QuickLinkPalette : public QFrame
{
    Q_OBJECT
public:
    static constexpr int MaxMatches = 10;

    QuickLinkPalette(const MemberTableModel *model, QWidget *parent);
    ~QuickLinkPalette() override;

    // Shows it over the top of its parent, empty and focused.
    void popUp();
    void setNote(const QString &note);

Q_SIGNALS:
    // A row of the model.
    void memberChosen(int sourceRow);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose();

    const MemberTableModel *m_model;
    std::unique_ptr<MemberQuickMatcher> m_matcher;
    QLineEdit *m_query;
    QListWidget *m_matches;
    QLabel *m_note;
};
