#pragma once

#include <QDialog>

class QLabel;

// Help → About Roster: the icon, the version, what Roster is, its licence, and what support
// asks for (Qt's version, the keychain in use, the system), with a button that copies those.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // What "Copy details" puts on the clipboard: version, Qt, keychain and system, one a line.
    QString details() const;

private:
    QLabel *m_qt;
    QLabel *m_keychain;
    QLabel *m_system;
};
