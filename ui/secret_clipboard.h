#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <chrono>

// A mime format and its value that ask clipboard managers and clipboard history to skip the
// content (see SecretClipboard::secretHints()).
struct SecretMimeHint
{
    QString format;
    QByteArray value;

    friend bool operator==(const SecretMimeHint &, const SecretMimeHint &) = default;
};

// Puts one secret (a member's one-off login link) on the clipboard the way a password manager
// does: marked as secret for the platform's clipboard managers, cleared after a timeout, on
// clearNow() and on quit, but only while the clipboard still holds that secret. Content that
// someone else copied meanwhile is never touched.
//
// The secret goes on the clipboard only, never on the X11 primary selection (a link there is
// pasted by any middle click). When clearing, the selection is cleared too if it holds the secret,
// e.g. because the user selected the link in a text field.
//
// The text is kept only while it is needed to recognise the clipboard content as ours, in a buffer
// of its own that is overwritten before release. That is best effort: the copies held by Qt, the
// windowing system and other applications are out of reach. The secret is never logged.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    enum class Platform
    {
        Linux, // and every other X11 or Wayland desktop
        MacOS,
        Windows
    };
    static constexpr Platform buildPlatform =
#if defined(Q_OS_MACOS)
        Platform::MacOS;
#elif defined(Q_OS_WIN)
        Platform::Windows;
#else
        Platform::Linux;
#endif
    static constexpr std::chrono::milliseconds defaultTimeout{30'000};

    // `clipboard` is normally QGuiApplication::clipboard(); should it be destroyed first, this
    // object does nothing from then on. A timeout of 0 never clears by itself (clearNow()
    // and quitting still do); a negative one counts as 0.
    explicit SecretClipboard(QClipboard *clipboard,
                             std::chrono::milliseconds timeout = defaultTimeout,
                             QObject *parent = nullptr);
    // Clears the clipboard if it still holds the secret, without emitting anything.
    ~SecretClipboard() override;

    std::chrono::milliseconds timeout() const
    {
        return m_timeout;
    }
    // Applies at once: a secret on the clipboard gets the new timeout, counted from now.
    void setTimeout(std::chrono::milliseconds timeout);

    // True from copySecret() until the secret is cleared or someone else's content replaces it.
    bool holdsSecret() const
    {
        return !m_secret.isEmpty();
    }
    // Whole seconds (rounded up) until the clipboard is cleared; 0 when no countdown runs.
    int remainingSeconds() const
    {
        return m_remainingSeconds;
    }

    // The formats that mark clipboard content as secret on `platform`: exactly these go next to
    // text/plain. Linux: x-kde-passwordManagerHint=secret (KDE Klipper and others skip it).
    // macOS: application/x-nspasteboard-concealed-type (nspasteboard.org). Windows: the marker
    // ExcludeClipboardContentFromMonitorProcessing and the DWORD 0 opt-outs
    // CanIncludeInClipboardHistory and CanUploadToCloudClipboard.
    static QList<SecretMimeHint> secretHints(Platform platform = buildPlatform);

public Q_SLOTS:
    // Replaces the clipboard with `text` marked as secret and (re)starts the countdown; a secret
    // copied before is forgotten. An empty text copies nothing.
    void copySecret(const QString &text);
    // The "Clear now" button: clears if the clipboard still holds the secret (emits cleared()),
    // otherwise forgets it (emits abandoned()). Does nothing when no secret is held.
    void clearNow();
    // Connect to QCoreApplication::aboutToQuit. Same as clearNow().
    void clearIfOwned()
    {
        clearNow();
    }

Q_SIGNALS:
    // At copySecret() and every time the whole seconds left change; only while a countdown runs.
    void remainingChanged(int seconds);
    // The secret was removed from the clipboard by this object.
    void cleared();
    // The clipboard holds something else now; it is left alone and the countdown stopped.
    void abandoned();

private:
    void onClipboardChanged();
    void startCountdown();
    void onTick();
    bool clipboardHoldsSecret(QClipboard::Mode mode) const;
    // Forgets the secret and clears what of it is still on the clipboard; true if it was there.
    bool release();
    void wipeSecret();

    QPointer<QClipboard> m_clipboard;
    std::chrono::milliseconds m_timeout;
    QString m_secret;
    QDeadlineTimer m_deadline;
    QTimer m_tick;
    int m_remainingSeconds = 0;
};
