// The member table as admins see it, in the Roster window against a real roster-sandbox: a
// Heartbeat workspace shows the members' pictures (fetched over loopback, kept under the XDG
// cache directory, drawn in the member's row and in the detail pane), last sign-in, groups, role
// and admin; a Forward workspace hides what Forward does not tell; the role and group filters
// offer what the members have; and each workspace keeps its own columns, order, widths and sort
// when the window switches between them and when it opens again.
#include "avatar_cache.h"
#include "dialog_test_helpers.h"
#include "http_client.h"
#include "main_window.h"
#include "member_detail_pane.h"
#include "member_filter_proxy.h"
#include "member_search_bar.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "sandbox_workspace.h"
#include "window_fixture.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using M = MemberTableModel;

class TestMemberTableColumns : public QObject
{
    Q_OBJECT

    static constexpr int SeededMembers = 12;
    static constexpr auto PicturedEmail = "pictured@example.com";

    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QString m_heartbeatId;
    QString m_forwardId;

    // An admin with a red picture and social links, made at the sandbox before Roster reads it.
    bool addPicturedAdmin()
    {
        QImage red(32, 32, QImage::Format_RGB32);
        red.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
        const QString picture = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
        const QJsonObject member{{u"name"_s, u"Pia Pictured"_s},
                                 {u"email"_s, QString::fromLatin1(PicturedEmail)},
                                 {u"roleID"_s, u"role_admin"_s},
                                 {u"groupIDs"_s, QJsonArray{u"grp_mentors"_s}},
                                 {u"linkedin"_s, u"https://www.linkedin.com/in/pia"_s},
                                 {u"twitter"_s, u"https://x.com/pia"_s},
                                 {u"instagram"_s, u"https://www.instagram.com/pia"_s},
                                 {u"profilePicture"_s, picture}};
        HttpClient http;
        const TestReply created =
            http.sendJson("PUT", m_fixture->sandbox().url(u"/heartbeat/v0/users"_s),
                          HttpClient::bearer(m_fixture->sandbox().apiKey()), member);
        if (created.status != 200)
            qWarning("create: %d %s", created.status, created.body.constData());
        return created.status == 200;
    }

    bool openWindow()
    {
        MainWindow *window = m_fixture->createWindow();
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            window->memberProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->resize(1360, 800);
        return m_fixture->showWindow();
    }

    void closeWindow()
    {
        window()->close();
        m_proxyTester.reset();
        m_fixture->destroyWindow();
    }

    MainWindow *window() const { return m_fixture->window(); }

    bool show(const QString &workspaceId, int members)
    {
        window()->showWorkspace(workspaceId);
        return QTest::qWaitFor(
            [&] {
                return !window()->memberModel()->isLoading() &&
                       window()->memberModel()->workspaceId() == workspaceId &&
                       window()->memberModel()->rowCount() == members;
            },
            20000);
    }

    MemberTableView *table() const { return window()->memberTable(); }
    QHeaderView *header() const { return table()->horizontalHeader(); }
    QStringList shownColumns() const
    {
        QStringList titles;
        for (int visual = 0; visual < header()->count(); ++visual) {
            const int column = header()->logicalIndex(visual);
            if (!header()->isSectionHidden(column))
                titles << M::columnTitle(column);
        }
        return titles;
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->dir().isValid());
        // The pictures' files go under this run's own cache directory.
        qputenv("XDG_CACHE_HOME", m_fixture->dir().filePath(u"cache"_s).toLocal8Bit());
        QVERIFY(m_fixture->startSandbox(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(SeededMembers)},
            "table-columns-key-7c1e2f"));
        QVERIFY(addPicturedAdmin());
        const Workspace heartbeat =
            SandboxWorkspace::make(m_fixture->sandbox(), Provider::Heartbeat, u"Heartbeat test"_s);
        const Workspace forward =
            SandboxWorkspace::make(m_fixture->sandbox(), Provider::Forward, u"Forward test"_s);
        m_heartbeatId = heartbeat.id;
        m_forwardId = forward.id;
        QVERIFY(m_fixture->openContext(QList<Workspace>{heartbeat, forward}));
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_fixture.reset();
    }

    void heartbeatShowsPicturesSignInsGroupsAndAdmins()
    {
        QVERIFY(openWindow());
        QVERIFY(show(m_heartbeatId, SeededMembers + 1));
        QCOMPARE(shownColumns(),
                 (QStringList{u"Picture"_s, u"Name"_s, u"Email"_s, u"Status"_s, u"Last sign-in"_s,
                              u"Groups"_s, u"Role"_s, u"Admin"_s}));

        MemberTableModel *model = window()->memberModel();
        const int row = model->rowOfEmail(QString::fromLatin1(PicturedEmail));
        QVERIFY(row >= 0);
        const MemberRecord pictured = model->memberAt(row);
        QVERIFY2(pictured.avatarUrl.startsWith(m_fixture->sandbox().baseUrl()),
                 qPrintable(pictured.avatarUrl));
        table()->selectSourceRow(row);
        MemberFilterProxy *proxy = window()->memberProxy();
        const int shown = proxy->proxyRow(row);
        QCOMPARE(proxy->index(shown, M::LastSignIn).data().toString(), u"never"_s);
        QCOMPARE(proxy->index(shown, M::Admin).data().toString(), u"yes"_s);
        QCOMPARE(proxy->index(shown, M::Groups).data().toString(), u"Mentors"_s);
        QCOMPARE(proxy->index(shown, M::Role).data().toString(), u"Admin"_s);

        // Painting the row asked for the picture: it arrives, is kept on disk under the XDG
        // cache directory, and the row shows it.
        AvatarCache &avatars = m_fixture->context().avatars();
        QTRY_VERIFY_WITH_TIMEOUT(avatars.has(pictured.avatarUrl), 20000);
        QVERIFY(avatars.problem(pictured.avatarUrl).isEmpty());
        const QString file = avatars.filePath(pictured.avatarUrl);
        QVERIFY2(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                 u"/avatars/"_s),
                 qPrintable(file));
        QVERIFY2(file.startsWith(m_fixture->dir().filePath(u"cache"_s)), qPrintable(file));
        QVERIFY(QFile::exists(file));
        const QRect cell = table()->visualRect(proxy->index(shown, M::Avatar));
        QTRY_COMPARE(table()->viewport()->grab().toImage().pixelColor(cell.center()),
                     QColor(Qt::red));
        // Every other member has Heartbeat's placeholder, one address whatever the sandbox's.
        QCOMPARE(model->memberAt(row == 0 ? 1 : 0).avatarUrl,
                 u"https://cdn.heartbeat.example/placeholder.jpg"_s);

        // The detail pane: the picture and every profile field, links as links.
        auto *avatar = DialogTest::find<QLabel>(window()->detailPane(), u"memberAvatar"_s);
        QTRY_VERIFY(avatar->isVisible());
        QCOMPARE(avatar->pixmap().toImage().pixelColor(avatar->pixmap().rect().center()),
                 QColor(Qt::red));
        const QString profile =
            DialogTest::find<QLabel>(window()->detailPane(), u"memberProfile"_s)->text();
        for (const QString &expected :
             {u"Last sign-in"_s, u"never"_s, u"Admin"_s, u"Twitter / X"_s, u"Instagram"_s,
              u"href=\"https://www.linkedin.com/in/pia\""_s, u"href=\"https://x.com/pia\""_s,
              u"href=\"https://www.instagram.com/pia\""_s})
            QVERIFY2(profile.contains(expected), qPrintable(expected + u" in "_s + profile));
    }

    void forwardHidesWhatItDoesNotTell()
    {
        QVERIFY(openWindow());
        QVERIFY(show(m_heartbeatId, SeededMembers + 1));
        QVERIFY(show(m_forwardId, SeededMembers));
        QCOMPARE(shownColumns(),
                 (QStringList{u"Name"_s, u"Email"_s, u"Status"_s, u"Last synced"_s}));
        // No roles or groups to filter by.
        QVERIFY(!window()->searchBar()->roleFilter()->isVisible());
        QVERIFY(!window()->searchBar()->groupFilter()->isVisible());
    }

    void roleAndGroupFiltersOfferWhatTheMembersHave()
    {
        QVERIFY(openWindow());
        QVERIFY(show(m_heartbeatId, SeededMembers + 1));
        QComboBox *roles = window()->searchBar()->roleFilter();
        QComboBox *groups = window()->searchBar()->groupFilter();
        QVERIFY(roles->isVisible());
        QVERIFY(groups->isVisible());
        QCOMPARE(roles->itemText(0), u"Any role"_s);
        QCOMPARE(groups->itemText(0), u"Any group"_s);
        QVERIFY(roles->findText(u"Admin"_s) > 0);
        QVERIFY(groups->findText(u"Mentors"_s) > 0);

        MemberFilterProxy *proxy = window()->memberProxy();
        const MemberTableModel *model = window()->memberModel();
        const auto shownEmails = [&] {
            QStringList emails;
            for (int row = 0; row < proxy->rowCount(); ++row)
                emails << proxy->index(row, M::Email).data().toString();
            return emails;
        };
        roles->setCurrentIndex(roles->findText(u"Admin"_s));
        QVERIFY(shownEmails().contains(QString::fromLatin1(PicturedEmail)));
        for (const QString &email : shownEmails())
            QCOMPARE(model->memberAt(model->rowOfEmail(email)).roleName, u"Admin"_s);
        groups->setCurrentIndex(groups->findText(u"Mentors"_s));
        QVERIFY(shownEmails().contains(QString::fromLatin1(PicturedEmail)));
        for (const QString &email : shownEmails()) {
            const MemberRecord member = model->memberAt(model->rowOfEmail(email));
            QCOMPARE(member.roleName, u"Admin"_s);
            QVERIFY(member.groups.contains(MemberGroup{u"grp_mentors"_s, u"Mentors"_s}));
        }
        roles->setCurrentIndex(0);
        groups->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), SeededMembers + 1);
    }

    void eachWorkspaceKeepsItsColumns()
    {
        QVERIFY(openWindow());
        QVERIFY(show(m_heartbeatId, SeededMembers + 1));
        // The Heartbeat workspace: Role hidden, Groups second, Email wider, sorted by sign-in.
        table()->setColumnHidden(M::Role, true);
        header()->moveSection(header()->visualIndex(M::Groups), 1);
        header()->resizeSection(M::Email, 321);
        table()->sortByColumn(M::LastSignIn, Qt::DescendingOrder);
        const QStringList heartbeatColumns = shownColumns();
        QCOMPARE(heartbeatColumns.mid(0, 3), (QStringList{u"Picture"_s, u"Groups"_s, u"Name"_s}));
        QVERIFY(!heartbeatColumns.contains(u"Role"_s));

        // The Forward workspace has its own, changed too.
        QVERIFY(show(m_forwardId, SeededMembers));
        QCOMPARE(shownColumns(),
                 (QStringList{u"Name"_s, u"Email"_s, u"Status"_s, u"Last synced"_s}));
        QVERIFY(header()->sectionSize(M::Email) != 321);
        QCOMPARE(header()->sortIndicatorSection(), -1);
        table()->setColumnHidden(M::ProviderId, false);
        header()->resizeSection(M::Name, 222);

        // Back and forth: each as it was left.
        QVERIFY(show(m_heartbeatId, SeededMembers + 1));
        QCOMPARE(shownColumns(), heartbeatColumns);
        QCOMPARE(header()->sectionSize(M::Email), 321);
        QCOMPARE(header()->sortIndicatorSection(), int(M::LastSignIn));
        QCOMPARE(header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(window()->memberProxy()->sortColumn(), int(M::LastSignIn));
        QVERIFY(show(m_forwardId, SeededMembers));
        QVERIFY(shownColumns().contains(u"Provider ID"_s));
        QCOMPARE(header()->sectionSize(M::Name), 222);

        // And after the window opens again, on the workspace it showed last.
        m_fixture->context().preferences().setDefaultWorkspaceId(m_heartbeatId);
        closeWindow();
        QVERIFY(openWindow());
        QVERIFY(show(m_heartbeatId, SeededMembers + 1));
        QCOMPARE(shownColumns(), heartbeatColumns);
        QCOMPARE(header()->sectionSize(M::Email), 321);
        QVERIFY(show(m_forwardId, SeededMembers));
        QCOMPARE(header()->sectionSize(M::Name), 222);
        QVERIFY(shownColumns().contains(u"Provider ID"_s));
    }
};

QTEST_MAIN(TestMemberTableColumns)
#include "tst_member_table_columns.moc"
