// The Roster window end to end, offscreen, against a real roster-sandbox, a real SQLite roster
// and the test session's keychain: members filled from the provider and searched, a member
// added, edited, a selection deactivated, one reactivated, login links copied (from the table
// and the quick-link palette) with the clipboard's secret hints and clearing, a workspace added
// with its key round-tripping through the keychain, and what a provider lacks disabled.
#include "bulk_action_progress_dialog.h"
#include "confirm_member_action_dialog.h"
#include "dialog_test_helpers.h"
#include "http_client.h"
#include "key_store.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_detail_pane.h"
#include "member_dialog.h"
#include "member_filter_proxy.h"
#include "member_search_bar.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "preferences.h"
#include "secret_clipboard.h"
#include "window_fixture.h"
#include "workspace_connections.h"
#include "workspace_dialog.h"
#include "workspace_store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;
using DialogTest::type;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static constexpr int SeededMembers = 12;

    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    // A window on one workspace of `provider`, its key for this session, its members shown.
    bool openWindowOn(Provider provider)
    {
        if (!m_fixture->openContext({{provider, providerDisplayName(provider) + u" test"_s}}))
            return false;
        m_fixture->context().preferences().setClipboardSeconds(2);
        MainWindow *window = m_fixture->createWindow();
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            window->memberModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            window->memberProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return m_fixture->showWindow() && m_fixture->waitForService();
    }

    MainWindow *window() const { return m_fixture->window(); }
    MemberTableModel *model() const { return window()->memberModel(); }
    MemberTableView *table() const { return window()->memberTable(); }

    bool waitForMembers(int count) { return m_fixture->waitForRows(count); }

    void select(const QStringList &emails)
    {
        table()->clearSelection();
        for (const QString &email : emails) {
            const int row = window()->memberProxy()->proxyRow(model()->rowOfEmail(email));
            table()->selectionModel()->select(window()->memberProxy()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
            table()->selectionModel()->setCurrentIndex(window()->memberProxy()->index(row, 0),
                                                       QItemSelectionModel::NoUpdate);
        }
    }

    // The dialog of this type the window has open, waited for.
    template <typename Dialog> Dialog *openedDialog() { return m_fixture->openedDialog<Dialog>(); }

    QJsonObject sandboxMember(const QString &provider, const QString &email)
    {
        const QJsonArray members = m_fixture->sandbox().state(provider)[u"members"_s].toArray();
        for (const QJsonValue &member : members) {
            if (member[u"email"_s].toString() == email)
                return member.toObject();
        }
        return {};
    }

    QStringList firstEmails(int count)
    {
        QStringList emails;
        for (int row = 0; row < count; ++row)
            emails << model()->memberAt(row).email;
        return emails;
    }

    // Confirms the deactivation or reactivation the window asks about.
    bool confirm()
    {
        auto *question = openedDialog<ConfirmMemberActionDialog>();
        return question && click(question->actionButton());
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        QApplication::clipboard()->clear();
    }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->startSandbox(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(SeededMembers)},
            "main-window-key-0b8e1d"));
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_fixture.reset();
        QApplication::clipboard()->clear();
    }

    void emptyRosterIsFilledFromTheProviderAndSearchedAsYouType()
    {
        QVERIFY(openWindowOn(Provider::Heartbeat));
        QVERIFY(waitForMembers(SeededMembers));
        const QString id = window()->shownWorkspaceId();
        QTRY_COMPARE(m_fixture->context().connections().state(id),
                     WorkspaceConnections::State::Connected);

        const MemberRecord someone = model()->memberAt(3);
        QLineEdit *search = window()->searchBar()->searchField();
        type(search, someone.email.left(someone.email.indexOf(u'@')));
        QVERIFY(window()->memberProxy()->rowCount() >= 1);
        QVERIFY(window()->memberProxy()->rowCount() < SeededMembers);
        QCOMPARE(window()->memberProxy()->index(0, MemberTableModel::Email).data().toString(),
                 someone.email);
        type(search, u"nobody-has-this-name"_s);
        QCOMPARE(window()->memberProxy()->rowCount(), 0);
        search->clear();
        QCOMPARE(window()->memberProxy()->rowCount(), SeededMembers);
    }

    void addEditDeactivateASelectionAndReactivate()
    {
        QVERIFY(openWindowOn(Provider::Heartbeat));
        QVERIFY(waitForMembers(SeededMembers));

        window()->memberActions()->add()->trigger();
        auto *add = openedDialog<MemberDialog>();
        QVERIFY(add);
        auto *roles = find<QComboBox>(add, u"roleCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(roles->isEnabled() && roles->count() > 0, 20000);
        type(find<QLineEdit>(add, u"nameEdit"_s), u"Ngozi Okafor"_s);
        type(find<QLineEdit>(add, u"emailEdit"_s), u"ngozi@example.com"_s);
        roles->setCurrentIndex(roles->findText(u"Moderator"_s));
        QVERIFY(click(find<QPushButton>(add, u"okButton"_s)));
        QVERIFY(waitForMembers(SeededMembers + 1));
        QCOMPARE(sandboxMember(u"heartbeat"_s, u"ngozi@example.com"_s)[u"name"_s].toString(),
                 u"Ngozi Okafor"_s);
        // The new member is selected, with their history beside the table.
        QTRY_COMPARE(table()->currentSourceRow(), model()->rowOfEmail(u"ngozi@example.com"_s));
        auto *history = find<QTreeWidget>(window()->detailPane(), u"memberHistory"_s);
        QTRY_COMPARE(history->topLevelItem(0)->text(1), u"added"_s);

        window()->memberActions()->edit()->trigger();
        auto *edit = openedDialog<MemberDialog>();
        QVERIFY(edit);
        type(find<QLineEdit>(edit, u"nameEdit"_s), u"Ngozi A. Okafor"_s);
        QVERIFY(click(find<QPushButton>(edit, u"okButton"_s)));
        const int row = model()->rowOfEmail(u"ngozi@example.com"_s);
        QTRY_COMPARE(model()->index(row, MemberTableModel::Name).data().toString(),
                     u"Ngozi A. Okafor"_s);

        const QStringList three = firstEmails(3);
        select(three);
        QVERIFY(window()->memberActions()->deactivate()->isEnabled());
        window()->memberActions()->deactivate()->trigger();
        QVERIFY(confirm());
        auto *progress = openedDialog<BulkActionProgressDialog>();
        QVERIFY(progress);
        for (const QString &email : three) {
            QTRY_COMPARE_WITH_TIMEOUT(
                sandboxMember(u"heartbeat"_s, email)[u"accountStatus"_s].toString(),
                u"deactivated"_s, 20000);
            QTRY_COMPARE(model()->memberAt(model()->rowOfEmail(email)).status,
                         MemberStatus::Deactivated);
        }

        select({three.first()});
        QTRY_VERIFY(window()->memberActions()->reactivate()->isEnabled());
        QVERIFY(!window()->memberActions()->deactivate()->isEnabled());
        window()->memberActions()->reactivate()->trigger();
        QVERIFY(confirm());
        QTRY_COMPARE_WITH_TIMEOUT(
            sandboxMember(u"heartbeat"_s, three.first())[u"accountStatus"_s].toString(),
            u"active"_s, 20000);
        QTRY_COMPARE(model()->memberAt(model()->rowOfEmail(three.first())).status,
                     MemberStatus::Active);
        QTRY_COMPARE(history->topLevelItem(0)->text(1), u"reactivated"_s);
        QCOMPARE(history->topLevelItem(1)->text(1), u"deactivated"_s);
    }

    void copyLink_isASecretOnTheClipboardClearedAfterItsTime()
    {
        QVERIFY(openWindowOn(Provider::Forward));
        QVERIFY(waitForMembers(SeededMembers));
        // A member who can sign in.
        int row = 0;
        while (model()->memberAt(row).status != MemberStatus::Active)
            ++row;
        select({model()->memberAt(row).email});
        QVERIFY(window()->memberActions()->copyLink()->isEnabled());
        QTest::keyClick(table(), Qt::Key_L, Qt::ControlModifier);
        QClipboard *clipboard = QApplication::clipboard();
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().startsWith(m_fixture->sandbox().baseUrl()),
                                 20000);
        const QString link = clipboard->text();
        QCOMPARE(clipboard->mimeData()->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
        auto *countdown = window()->findChild<QWidget *>(u"clipboardCountdown"_s);
        QVERIFY(countdown->isVisible());
        // Cleared after the two seconds of the preferences, and the link was never stored.
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
        QVERIFY(!countdown->isVisible());
        const QString code = QUrlQuery(QUrl(link)).queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());
        QDirIterator files(m_fixture->dir().path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(code.toLatin1()), qPrintable(file.fileName()));
        }
        HttpClient http;
        QCOMPARE(http.get(QUrl(link)).status, 200);
    }

    void quickLinkPalette_findsAMemberAndCopiesTheirLinkFromTheKeyboard()
    {
        QVERIFY(openWindowOn(Provider::Forward));
        QVERIFY(waitForMembers(SeededMembers));
        int row = 0;
        while (model()->memberAt(row).status != MemberStatus::Active)
            ++row;
        const QString email = model()->memberAt(row).email;
        QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        auto *palette = window()->findChild<QWidget *>(u"quickLinkPalette"_s);
        QTRY_VERIFY(palette->isVisible());
        auto *query = find<QLineEdit>(palette, u"quickLinkQuery"_s);
        QTRY_VERIFY(query->hasFocus());
        DialogTest::typeKeys(query, email.left(email.indexOf(u'@')));
        auto *matches = find<QListWidget>(palette, u"quickLinkMatches"_s);
        QVERIFY(matches->currentItem());
        const QString shown = matches->currentItem()->data(Qt::AccessibleTextRole).toString();
        QVERIFY2(shown.contains(email), qPrintable(shown));
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            QApplication::clipboard()->text().startsWith(m_fixture->sandbox().baseUrl()), 20000);
        QCOMPARE(QApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
                 "secret"_ba);
        // The link is the chosen member's: the audit log says so.
        select({email});
        auto *history = find<QTreeWidget>(window()->detailPane(), u"memberHistory"_s);
        QTRY_COMPARE(history->topLevelItem(0)->text(1), u"login link"_s);
    }

    void export_writesTheShownMembersOrTheSelectionAsCsv()
    {
        QVERIFY(openWindowOn(Provider::Forward));
        QVERIFY(waitForMembers(SeededMembers));
        auto exportFile = [this](const QString &name) {
            window()->findChild<QAction *>(u"exportMembersAction"_s)->trigger();
            // With a selection, it asks which rows: the selection is its first answer.
            if (!table()->selectedSourceRows().isEmpty()) {
                auto *ask = openedDialog<QDialog>();
                if (!ask || !click(find<QPushButton>(ask, u"okButton"_s)))
                    return QByteArray();
            }
            auto *chooser = openedDialog<QFileDialog>();
            if (!chooser)
                return QByteArray();
            const QString path = m_fixture->dir().filePath(name);
            chooser->selectFile(path);
            QMetaObject::invokeMethod(chooser, "accept");
            QFile file(path);
            if (!QTest::qWaitFor([&] { return file.exists(); }, 10000) ||
                !file.open(QIODevice::ReadOnly))
                return QByteArray();
            return file.readAll();
        };
        const QByteArray all = exportFile(u"all.csv"_s);
        QVERIFY(all.startsWith("\xef\xbb\xbf"
                               "Email,Name,First name,Last name"));
        QCOMPARE(all.count('\n'), SeededMembers + 1);
        const QStringList two = firstEmails(2);
        select(two);
        const QByteArray selection = exportFile(u"selection.csv"_s);
        QCOMPARE(selection.count('\n'), 3);
        QVERIFY(selection.contains(two.at(0).toUtf8()) && selection.contains(two.at(1).toUtf8()));
    }

    void heartbeatLink_isTheCommunityPage()
    {
        QVERIFY(openWindowOn(Provider::Heartbeat));
        QVERIFY(waitForMembers(SeededMembers));
        select({model()->memberAt(0).email});
        window()->memberActions()->copyLink()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::clipboard()->text(),
                                  m_fixture->sandbox().baseUrl() + u"/heartbeat/community"_s,
                                  20000);
        // No secret: nothing to clear, no hint.
        QVERIFY(!QApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
    }

    void beam_whatItLacksIsDisabledWithTheReason()
    {
        QVERIFY(openWindowOn(Provider::Beam));
        QCOMPARE(model()->rowCount(), 0); // Beam cannot list: nothing was asked
        QAction *deactivate = window()->memberActions()->deactivate();
        QVERIFY(!deactivate->isEnabled());
        QVERIFY2(deactivate->toolTip().contains(u"no API to deactivate"_s),
                 qPrintable(deactivate->toolTip()));
        QVERIFY(!window()->memberActions()->refresh()->isEnabled());
        QVERIFY2(window()->memberActions()->refresh()->toolTip().contains(u"no API that lists"_s),
                 qPrintable(window()->memberActions()->refresh()->toolTip()));
        QVERIFY(window()->memberActions()->add()->isEnabled());
    }

    void addWorkspace_theKeyRoundTripsThroughTheKeychain()
    {
        QVERIFY(openWindowOn(Provider::Beam));
        auto *addAction = window()->findChild<QAction *>(u"addWorkspaceAction"_s);
        addAction->trigger();
        auto *dialog = openedDialog<WorkspaceDialog>();
        QVERIFY(dialog);
        type(find<QLineEdit>(dialog, u"nameEdit"_s), u"Second community"_s);
        auto *provider = find<QComboBox>(dialog, u"providerCombo"_s);
        provider->setCurrentIndex(provider->findData(int(Provider::Forward)));
        type(find<QLineEdit>(dialog, u"apiAddressEdit"_s),
             m_fixture->sandbox().baseUrl() + u"/forward"_s);
        type(find<QLineEdit>(dialog, u"businessIdEdit"_s), u"biz_sandbox"_s);
        type(find<QLineEdit>(dialog, u"keyEdit"_s),
             QString::fromLatin1(m_fixture->sandbox().apiKey()));
        QVERIFY(click(find<QPushButton>(dialog, u"okButton"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_fixture->context().workspaces().findByName(u"Second community"_s), 20000);
        const Workspace added =
            *m_fixture->context().workspaces().findByName(u"Second community"_s);
        // The window shows it, and its members come from the provider with the stored key.
        QTRY_COMPARE(window()->shownWorkspaceId(), added.id);
        QVERIFY(waitForMembers(SeededMembers));
        KeyStore keys;
        std::optional<KeyResult> read;
        keys.readKey(added.id, [&read](const KeyResult &result) { read = result; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY2(read->ok, qPrintable(read->message));
        QCOMPARE(read->key, QString::fromLatin1(m_fixture->sandbox().apiKey()));
        std::optional<KeyResult> deleted;
        keys.deleteKey(added.id, [&deleted](const KeyResult &result) { deleted = result; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
        QDirIterator files(m_fixture->dir().path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_fixture->sandbox().apiKey()),
                     qPrintable(file.fileName()));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
