// SecretClipboard on the application's real clipboard: the offscreen platform's (kept in process),
// and, where CTest also runs this under Xvfb, the X11 clipboard and primary selection.
#include "secret_clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Every secret below contains this, so that no log line may.
const QString secretMarker = u"s3cr3t-"_s;
const QString loginLink = u"https://sso.example.com/login?token=s3cr3t-4f9a"_s;
const QString otherLoginLink = u"https://sso.example.com/login?token=s3cr3t-77b1"_s;

QStringList loggedMessages;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

} // namespace

class TestSecretClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clipboardKeepsMimeFormats();
    void copyPutsTextAndEveryHint();
    void clearedAfterTimeout();
    void replacedContentIsLeftAlone_data();
    void replacedContentIsLeftAlone();
    void unsignalledReplacementIsLeftAlone_data();
    void unsignalledReplacementIsLeftAlone();
    void countdownTicksEverySecond();
    void zeroTimeoutNeverClears();
    void setTimeoutAppliesToTheHeldSecret();
    void clearNowClearsOnce();
    void clearIfOwnedOnQuit_data();
    void clearIfOwnedOnQuit();
    void destructorClearsOnlyItsOwnSecret();
    void secondSecretRestartsCountdown();
    void emptyTextCopiesNothing();
    void secretNeverGoesToTheSelection();
    void selectionHoldingTheSecretIsCleared();
    void hintsPerPlatform_data();
    void hintsPerPlatform();
};

void TestSecretClipboard::init()
{
    clipboard()->clear(QClipboard::Clipboard);
    if (clipboard()->supportsSelection())
        clipboard()->clear(QClipboard::Selection);
    loggedMessages.clear();
    previousHandler = qInstallMessageHandler(recordMessage);
}

void TestSecretClipboard::cleanup()
{
    qInstallMessageHandler(previousHandler);
    for (const QString &message : std::as_const(loggedMessages))
        QVERIFY2(!message.contains(secretMarker), "a log message contains the secret");
}

// The precondition of every other test: the platform's clipboard hands back what was set, every
// format and value, so a hint that reaches it is visible to the tests.
void TestSecretClipboard::clipboardKeepsMimeFormats()
{
    auto *mime = new QMimeData;
    mime->setText(u"plain"_s);
    mime->setData(u"x-roster-probe"_s, "\x01\x00\x02"_ba);
    clipboard()->setMimeData(mime);

    const QMimeData *read = clipboard()->mimeData();
    QVERIFY(read);
    QVERIFY(read->formats().contains(u"text/plain"_s));
    QVERIFY(read->formats().contains(u"x-roster-probe"_s));
    QCOMPARE(read->data(u"x-roster-probe"_s), "\x01\x00\x02"_ba);
    QCOMPARE(clipboard()->text(), u"plain"_s);
}

void TestSecretClipboard::copyPutsTextAndEveryHint()
{
    SecretClipboard secret(clipboard());
    secret.copySecret(loginLink);

    QVERIFY(secret.holdsSecret());
    QCOMPARE(clipboard()->text(), loginLink);
    const QMimeData *mime = clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->formats().contains(u"text/plain"_s));
    const QList<SecretMimeHint> hints = SecretClipboard::secretHints();
    QVERIFY(!hints.isEmpty());
    for (const SecretMimeHint &hint : hints) {
        QVERIFY2(mime->hasFormat(hint.format), qPrintable(hint.format));
        QCOMPARE(mime->data(hint.format), hint.value);
    }
}

void TestSecretClipboard::clearedAfterTimeout()
{
    SecretClipboard secret(clipboard(), 300ms);
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    QSignalSpy abandoned(&secret, &SecretClipboard::abandoned);
    secret.copySecret(loginLink);
    QCOMPARE(clipboard()->text(), loginLink);

    QTRY_COMPARE(cleared.count(), 1);
    QCOMPARE(clipboard()->text(), QString());
    QVERIFY(!secret.holdsSecret());
    QCOMPARE(secret.remainingSeconds(), 0);
    QCOMPARE(abandoned.count(), 0);
}

void TestSecretClipboard::replacedContentIsLeftAlone_data()
{
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<bool>("asHtmlOnly");
    QTest::newRow("other text") << u"meeting notes"_s << false;
    QTest::newRow("other content without text") << u"<b>bold</b>"_s << true;
    QTest::newRow("emptied by another program") << QString() << false;
}

void TestSecretClipboard::replacedContentIsLeftAlone()
{
    QFETCH(QString, replacement);
    QFETCH(bool, asHtmlOnly);
    SecretClipboard secret(clipboard(), 300ms);
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    QSignalSpy abandoned(&secret, &SecretClipboard::abandoned);
    secret.copySecret(loginLink);

    auto *mime = new QMimeData;
    if (asHtmlOnly)
        mime->setHtml(replacement);
    else if (!replacement.isEmpty())
        mime->setText(replacement);
    clipboard()->setMimeData(mime);

    QCOMPARE(abandoned.count(), 1);
    QVERIFY(!secret.holdsSecret());
    QCOMPARE(secret.remainingSeconds(), 0);
    // Past the timeout, nothing touches the clipboard.
    QSignalSpy changed(clipboard(), &QClipboard::dataChanged);
    QVERIFY(!changed.wait(700));
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(abandoned.count(), 1);
    QVERIFY(clipboard()->mimeData());
    if (asHtmlOnly)
        QCOMPARE(clipboard()->mimeData()->html(), replacement);
    else
        QCOMPARE(clipboard()->text(), replacement);
}

void TestSecretClipboard::unsignalledReplacementIsLeftAlone_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("at the timeout") << u"timeout"_s;
    QTest::newRow("at clear now") << u"clearNow"_s;
    QTest::newRow("at destruction") << u"destructor"_s;
}

// Platforms may report a change late (macOS only when the application is activated again), so
// the clipboard is compared again before every clear. Blocking dataChanged() stands in for that.
void TestSecretClipboard::unsignalledReplacementIsLeftAlone()
{
    QFETCH(QString, when);
    auto secret = std::make_unique<SecretClipboard>(clipboard(), 300ms);
    QSignalSpy cleared(secret.get(), &SecretClipboard::cleared);
    QSignalSpy abandoned(secret.get(), &SecretClipboard::abandoned);
    secret->copySecret(loginLink);
    clipboard()->blockSignals(true);
    clipboard()->setText(u"meeting notes"_s);
    clipboard()->blockSignals(false);
    QVERIFY(secret->holdsSecret());

    if (when == u"timeout"_s)
        QTRY_COMPARE(abandoned.count(), 1);
    else if (when == u"clearNow"_s)
        secret->clearNow();
    else
        secret.reset();
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(abandoned.count(), when == u"destructor"_s ? 0 : 1);
    QCOMPARE(clipboard()->text(), u"meeting notes"_s);
}

void TestSecretClipboard::countdownTicksEverySecond()
{
    SecretClipboard secret(clipboard(), 2500ms);
    QSignalSpy remaining(&secret, &SecretClipboard::remainingChanged);
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    secret.copySecret(loginLink);
    QCOMPARE(remaining.count(), 1);
    QCOMPARE(remaining.at(0).at(0).toInt(), 3);
    QCOMPARE(secret.remainingSeconds(), 3);

    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10'000);
    QList<int> seconds;
    for (const QList<QVariant> &emission : std::as_const(remaining))
        seconds.append(emission.at(0).toInt());
    QCOMPARE(seconds, QList<int>({3, 2, 1}));
    QCOMPARE(clipboard()->text(), QString());
}

void TestSecretClipboard::zeroTimeoutNeverClears()
{
    SecretClipboard secret(clipboard(), 0ms);
    QSignalSpy remaining(&secret, &SecretClipboard::remainingChanged);
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    secret.copySecret(loginLink);

    QSignalSpy changed(clipboard(), &QClipboard::dataChanged);
    QVERIFY(!changed.wait(700));
    QCOMPARE(clipboard()->text(), loginLink);
    QVERIFY(secret.holdsSecret());
    QCOMPARE(secret.remainingSeconds(), 0);
    QCOMPARE(remaining.count(), 0);
    QCOMPARE(cleared.count(), 0);

    // The button still works.
    secret.clearNow();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(clipboard()->text(), QString());
}

void TestSecretClipboard::setTimeoutAppliesToTheHeldSecret()
{
    SecretClipboard secret(clipboard(), 0ms);
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    secret.copySecret(loginLink);
    secret.setTimeout(300ms);
    QCOMPARE(secret.timeout(), 300ms);
    QCOMPARE(secret.remainingSeconds(), 1);
    QTRY_COMPARE(cleared.count(), 1);
    QCOMPARE(clipboard()->text(), QString());

    // And back to 0: the running countdown stops.
    secret.copySecret(loginLink);
    secret.setTimeout(-5s);
    QCOMPARE(secret.timeout(), 0ms);
    QSignalSpy changed(clipboard(), &QClipboard::dataChanged);
    QVERIFY(!changed.wait(700));
    QCOMPARE(clipboard()->text(), loginLink);
    QCOMPARE(cleared.count(), 1);
}

void TestSecretClipboard::clearNowClearsOnce()
{
    SecretClipboard secret(clipboard());
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    QSignalSpy abandoned(&secret, &SecretClipboard::abandoned);
    secret.copySecret(loginLink);
    QCOMPARE(secret.remainingSeconds(), 30);

    secret.clearNow();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(clipboard()->text(), QString());
    QVERIFY(!secret.holdsSecret());
    QCOMPARE(secret.remainingSeconds(), 0);

    clipboard()->setText(u"copied later"_s);
    secret.clearNow();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(abandoned.count(), 0);
    QCOMPARE(clipboard()->text(), u"copied later"_s);
}

void TestSecretClipboard::clearIfOwnedOnQuit_data()
{
    QTest::addColumn<bool>("replacedBeforeQuit");
    QTest::newRow("still the secret") << false;
    QTest::newRow("replaced by the user") << true;
}

// Wired as the application does it, through a real QCoreApplication::exec() and quit().
void TestSecretClipboard::clearIfOwnedOnQuit()
{
    QFETCH(bool, replacedBeforeQuit);
    SecretClipboard secret(clipboard());
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    connect(qApp, &QCoreApplication::aboutToQuit, &secret, &SecretClipboard::clearIfOwned);
    secret.copySecret(loginLink);
    if (replacedBeforeQuit)
        clipboard()->setText(u"the user's own text"_s);

    QSignalSpy aboutToQuit(qApp, &QCoreApplication::aboutToQuit);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    QCOMPARE(aboutToQuit.count(), 1);

    QVERIFY(!secret.holdsSecret());
    QCOMPARE(cleared.count(), replacedBeforeQuit ? 0 : 1);
    QCOMPARE(clipboard()->text(), replacedBeforeQuit ? u"the user's own text"_s : QString());
}

void TestSecretClipboard::destructorClearsOnlyItsOwnSecret()
{
    auto secret = std::make_unique<SecretClipboard>(clipboard());
    secret->copySecret(loginLink);
    secret.reset();
    QCOMPARE(clipboard()->text(), QString());

    secret = std::make_unique<SecretClipboard>(clipboard());
    secret->copySecret(loginLink);
    clipboard()->setText(u"the user's own text"_s);
    secret.reset();
    QCOMPARE(clipboard()->text(), u"the user's own text"_s);
}

void TestSecretClipboard::secondSecretRestartsCountdown()
{
    SecretClipboard secret(clipboard(), 2500ms);
    QSignalSpy remaining(&secret, &SecretClipboard::remainingChanged);
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    QSignalSpy abandoned(&secret, &SecretClipboard::abandoned);
    secret.copySecret(loginLink);
    QTRY_COMPARE(secret.remainingSeconds(), 2);

    secret.copySecret(otherLoginLink);
    QCOMPARE(remaining.last().at(0).toInt(), 3);
    QCOMPARE(secret.remainingSeconds(), 3);
    QCOMPARE(clipboard()->text(), otherLoginLink);

    // The first link, copied back by someone else, is not ours any more: it stays.
    clipboard()->setText(loginLink);
    QCOMPARE(abandoned.count(), 1);
    QSignalSpy changed(clipboard(), &QClipboard::dataChanged);
    QVERIFY(!changed.wait(3000));
    QCOMPARE(clipboard()->text(), loginLink);
    QCOMPARE(cleared.count(), 0);
}

void TestSecretClipboard::emptyTextCopiesNothing()
{
    clipboard()->setText(u"previous"_s);
    SecretClipboard secret(clipboard());
    secret.copySecret(QString());
    QVERIFY(!secret.holdsSecret());
    QCOMPARE(clipboard()->text(), u"previous"_s);
}

void TestSecretClipboard::secretNeverGoesToTheSelection()
{
    if (!clipboard()->supportsSelection())
        QSKIP("this platform has no selection clipboard (it does under X11)");
    clipboard()->setText(u"selected words"_s, QClipboard::Selection);
    SecretClipboard secret(clipboard());
    secret.copySecret(loginLink);
    QCOMPARE(clipboard()->text(QClipboard::Selection), u"selected words"_s);
    secret.clearNow();
    QCOMPARE(clipboard()->text(QClipboard::Selection), u"selected words"_s);
}

void TestSecretClipboard::selectionHoldingTheSecretIsCleared()
{
    if (!clipboard()->supportsSelection())
        QSKIP("this platform has no selection clipboard (it does under X11)");
    SecretClipboard secret(clipboard());
    secret.copySecret(loginLink);
    // The user selects the link in a text field.
    clipboard()->setText(loginLink, QClipboard::Selection);
    secret.clearNow();
    QCOMPARE(clipboard()->text(QClipboard::Selection), QString());
    QCOMPARE(clipboard()->text(), QString());
}

void TestSecretClipboard::hintsPerPlatform_data()
{
    QTest::addColumn<SecretClipboard::Platform>("platform");
    QTest::addColumn<QList<SecretMimeHint>>("expected");
    const QByteArray dwordZero(4, '\0');
    QTest::newRow("Linux") << SecretClipboard::Platform::Linux
                           << QList<SecretMimeHint>{{u"x-kde-passwordManagerHint"_s, "secret"_ba}};
    QTest::newRow("macOS") << SecretClipboard::Platform::MacOS
                           << QList<SecretMimeHint>{
                                  {u"application/x-nspasteboard-concealed-type"_s, "secret"_ba}};
    QTest::newRow("Windows") << SecretClipboard::Platform::Windows
                             << QList<SecretMimeHint>{
                                    {u"ExcludeClipboardContentFromMonitorProcessing"_s, "1"_ba},
                                    {u"CanIncludeInClipboardHistory"_s, dwordZero},
                                    {u"CanUploadToCloudClipboard"_s, dwordZero}};
}

void TestSecretClipboard::hintsPerPlatform()
{
    QFETCH(SecretClipboard::Platform, platform);
    QFETCH(QList<SecretMimeHint>, expected);
    QCOMPARE(SecretClipboard::secretHints(platform), expected);
#ifdef Q_OS_LINUX
    QCOMPARE(SecretClipboard::buildPlatform, SecretClipboard::Platform::Linux);
#endif
}

QTEST_MAIN(TestSecretClipboard)
#include "tst_secret_clipboard.moc"
