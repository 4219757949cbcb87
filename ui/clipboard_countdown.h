#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class SecretClipboard;

// In the status bar while a login link is on the clipboard: "Login link on the clipboard,
// cleared in 27 s" and a button that clears it now.
class ClipboardCountdown : public QWidget
{
    Q_OBJECT
public:
    explicit ClipboardCountdown(SecretClipboard *clipboard, QWidget *parent = nullptr);

private:
    void showRemaining(int seconds);

    SecretClipboard *m_clipboard;
    QLabel *m_text;
    QToolButton *m_clear;
};
