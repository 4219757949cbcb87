#include "clipboard_countdown.h"

#include "secret_clipboard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

ClipboardCountdown::ClipboardCountdown(SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent), m_clipboard(clipboard), m_text(new QLabel(this)),
      m_clear(new QToolButton(this))
{
    setObjectName(u"clipboardCountdown"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(u"clipboardCountdownText"_s);
    m_text->setToolTip(tr("The link works once. Mail scanners that open links can use it up "
                          "before the member does: prefer a chat message."));
    layout->addWidget(m_text);
    m_clear->setObjectName(u"clipboardClearButton"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the login link from the clipboard"));
    m_clear->setAutoRaise(true);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, clipboard, &SecretClipboard::clearNow);
    connect(clipboard, &SecretClipboard::remainingChanged, this,
            &ClipboardCountdown::showRemaining);
    connect(clipboard, &SecretClipboard::cleared, this, &QWidget::hide);
    connect(clipboard, &SecretClipboard::abandoned, this, &QWidget::hide);
    hide();
}

void ClipboardCountdown::showRemaining(int seconds)
{
    m_text->setText(seconds > 0
                        ? tr("Login link on the clipboard, cleared in %n s", nullptr, seconds)
                        : tr("Login link on the clipboard until you clear it or quit"));
    show();
}
