#include "secret_clipboard.h"

#include <QMimeData>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

SecretClipboard::SecretClipboard(QClipboard *clipboard, std::chrono::milliseconds timeout,
                                 QObject *parent)
    : QObject(parent), m_clipboard(clipboard), m_timeout(std::max(timeout, 0ms))
{
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SecretClipboard::onTick);
    if (m_clipboard)
        connect(m_clipboard, &QClipboard::dataChanged, this, &SecretClipboard::onClipboardChanged);
}

SecretClipboard::~SecretClipboard()
{
    if (m_clipboard)
        disconnect(m_clipboard, nullptr, this, nullptr);
    release();
}

void SecretClipboard::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, 0ms);
    if (holdsSecret())
        startCountdown();
}

QList<SecretMimeHint> SecretClipboard::secretHints(Platform platform)
{
    switch (platform) {
    case Platform::Linux:
        return {{u"x-kde-passwordManagerHint"_s, "secret"_ba}};
    case Platform::MacOS:
        // A marker type: its presence is the signal, so the value need not repeat the secret.
        return {{u"application/x-nspasteboard-concealed-type"_s, "secret"_ba}};
    case Platform::Windows: {
        const QByteArray dwordZero(4, '\0');
        return {{u"ExcludeClipboardContentFromMonitorProcessing"_s, "1"_ba},
                {u"CanIncludeInClipboardHistory"_s, dwordZero},
                {u"CanUploadToCloudClipboard"_s, dwordZero}};
    }
    }
    return {};
}

void SecretClipboard::copySecret(const QString &text)
{
    if (!m_clipboard || text.isEmpty())
        return;
    wipeSecret();
    // A buffer not shared with the caller's string, so that wipeSecret() overwrites it in place.
    m_secret = QString(text.constData(), text.size());

    auto *mime = new QMimeData;
    mime->setText(text);
    for (const SecretMimeHint &hint : secretHints())
        mime->setData(hint.format, hint.value);
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    startCountdown();
}

void SecretClipboard::clearNow()
{
    if (!holdsSecret())
        return;
    if (release())
        Q_EMIT cleared();
    else
        Q_EMIT abandoned();
}

void SecretClipboard::onClipboardChanged()
{
    if (!holdsSecret() || clipboardHoldsSecret(QClipboard::Clipboard))
        return;
    m_tick.stop();
    m_remainingSeconds = 0;
    wipeSecret();
    Q_EMIT abandoned();
}

void SecretClipboard::startCountdown()
{
    m_tick.stop();
    m_remainingSeconds = 0;
    if (m_timeout == 0ms)
        return;
    m_deadline = QDeadlineTimer(m_timeout, Qt::PreciseTimer);
    onTick();
}

void SecretClipboard::onTick()
{
    const auto left =
        std::chrono::ceil<std::chrono::milliseconds>(m_deadline.remainingTimeAsDuration());
    if (left <= 0ms) {
        clearNow();
        return;
    }
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(left);
    if (seconds.count() != m_remainingSeconds) {
        m_remainingSeconds = int(seconds.count());
        Q_EMIT remainingChanged(m_remainingSeconds);
    }
    // Wake when the whole seconds left change next (the last time: at the deadline).
    m_tick.start(left - (seconds - 1s));
}

bool SecretClipboard::clipboardHoldsSecret(QClipboard::Mode mode) const
{
    return m_clipboard && m_clipboard->text(mode) == m_secret;
}

bool SecretClipboard::release()
{
    if (!holdsSecret())
        return false;
    m_tick.stop();
    m_remainingSeconds = 0;
    const bool onClipboard = clipboardHoldsSecret(QClipboard::Clipboard);
    const bool inSelection = m_clipboard && m_clipboard->supportsSelection() &&
                             clipboardHoldsSecret(QClipboard::Selection);
    // Forgotten first, so the dataChanged() that clear() emits finds nothing to compare.
    wipeSecret();
    if (onClipboard)
        m_clipboard->clear(QClipboard::Clipboard);
    if (inSelection)
        m_clipboard->clear(QClipboard::Selection);
    return onClipboard;
}

void SecretClipboard::wipeSecret()
{
    // m_secret never shares its buffer (see copySecret()), so fill() writes over it, not a copy.
    m_secret.fill(QChar(u'\0'));
    m_secret.clear();
}
