// Help → About Roster in the real window: the version CMake set, the licence, Qt's version and
// the keychain in use, copied for support in one click; the window's own icon at the sizes a
// desktop asks for; and Qt's own About Qt beside it.
#include "about_dialog.h"
#include "app_icon.h"
#include "dialog_test_helpers.h"
#include "keychain_backend.h"
#include "window_fixture.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_fixture;

    MainWindow *window() const { return m_fixture->window(); }

    // The menu bar's last menu, as people see it: Help.
    QMenu *helpMenu() const
    {
        const QList<QAction *> menus = window()->menuBar()->actions();
        return menus.isEmpty() ? nullptr : menus.last()->menu();
    }

    QAction *helpAction(const QString &text) const
    {
        for (QAction *action : helpMenu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
        return nullptr;
    }

    QString labelText(QWidget *dialog, const QString &name) const
    {
        auto *label = dialog->findChild<QLabel *>(name);
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        // No desktop, as QtKeychain tells it: a KDE session's KWallet would come first.
        for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                                 "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION"})
            qunsetenv(name);
    }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->openContext(QList<Workspace>{}));
        QVERIFY(m_fixture->showWindow());
    }

    void cleanup() { m_fixture.reset(); }

    void helpAboutRoster_showsVersionLicenceQtAndKeychain()
    {
        QMenu *help = helpMenu();
        QVERIFY(help);
        QCOMPARE(help->title().remove(u'&'), u"Help"_s);
        QAction *about = helpAction(u"About Roster"_s);
        QVERIFY(about);
        QCOMPARE(about->menuRole(), QAction::AboutRole);
        about->trigger();
        auto *dialog = m_fixture->openedDialog<AboutDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isHidden());
        QVERIFY(dialog->isModal()); // open(), window-modal

        const QString version = labelText(dialog, u"aboutVersionLabel"_s);
        QVERIFY2(version.contains(QStringLiteral(ROSTER_VERSION)), qPrintable(version));
        const QString licence = labelText(dialog, u"aboutLicenceLabel"_s);
        QVERIFY2(licence.contains(u"GNU General Public License"_s), qPrintable(licence));
        QVERIFY2(licence.contains(u"version 3 or later"_s), qPrintable(licence));
        QVERIFY2(licence.contains(u"https://www.gnu.org/licenses/gpl-3.0.html"_s),
                 qPrintable(licence));
        const QString qt = labelText(dialog, u"aboutQtLabel"_s);
        QVERIFY2(qt.startsWith(QString::fromLatin1(qVersion())), qPrintable(qt));

        auto *keychain = dialog->findChild<QLabel *>(u"aboutKeychainLabel"_s);
        QVERIFY(keychain);
        // No desktop and libsecret installed: QtKeychain takes the Secret Service.
        QTRY_COMPARE(keychain->text(), KeychainBackend::name(KeychainBackend::Kind::SecretService));
        QVERIFY(keychain->textInteractionFlags() & Qt::TextSelectableByMouse);

        auto *copy = dialog->findChild<QPushButton *>(u"copyDetailsButton"_s);
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"Roster "_s + QStringLiteral(ROSTER_VERSION)),
                 qPrintable(copied));
        QVERIFY2(copied.contains(QString::fromLatin1(qVersion())), qPrintable(copied));
        QVERIFY2(copied.contains(keychain->text()), qPrintable(copied));

        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(window()->findChildren<AboutDialog *>().isEmpty()); // deleted on close
    }

    void helpAboutQt_isThere()
    {
        QAction *aboutQt = helpAction(u"About Qt"_s);
        QVERIFY(aboutQt);
        QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
        QVERIFY(aboutQt->isEnabled());
    }

    void window_hasRostersIconFrom16To256Pixels()
    {
        const QIcon icon = window()->windowIcon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.pixmap(QSize(16, 16)).size(), QSize(16, 16));
        QCOMPARE(icon.pixmap(QSize(256, 256)).size(), QSize(256, 256));
        // Compiled in: one PNG for each size the hicolor theme gets.
        const QList<QSize> bundled = AppIcon::bundled().availableSizes();
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QVERIFY2(bundled.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QVERIFY(!AppIcon::scalable(96, 1.0).isNull());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_about_dialog.moc"
