// MemberFilterProxy over a model loaded from a real roster file: search, accents, status filter,
// the order of every column, and single-member updates while filtered and sorted, with
// QAbstractItemModelTester on both models.
#include "member_facets.h"
#include "member_filter_proxy.h"
#include "model_test_data.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ModelTestData;

class TestMemberFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void search_data();
    void search();
    void narrowingAndWideningAgree();
    void statusFilter_data();
    void statusFilter();
    void roleAndGroupChoices();
    void roleAndGroupFilter_data();
    void roleAndGroupFilter();
    void roleAndGroupFiltersFollowChanges();
    void sortOrder_data();
    void sortOrder();
    void sortOrderInTheBackground_data() { sortOrder_data(); }
    void sortOrderInTheBackground();
    void backgroundSortKeepsTheRowsUntilApplied();
    void sortAskedDuringABackgroundSortReplacesIt();
    void changeDuringABackgroundSortIsSortedIn();
    void emailOrderFollowsChanges();
    void descendingKeepsEqualValuesInModelOrder();
    void upsertAndRemoveShowAtOnce();
    void renamedMemberMovesInNameOrder();
    void selectionFollowsTheMember();
    void newLoadResetsTheProxy();

private:
    QStringList shownEmails() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemberTableModel> m_model;
    std::unique_ptr<MemberFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QString m_path;
};

// Row order in the store: the order below.
static QList<MemberRecord> roster()
{
    QList<MemberRecord> members = {
        member(u"zoe.adams@example.com"_s, u"Zoë Adams"_s),
        member(u"jose.garcia@example.com"_s, u"José García"_s, MemberStatus::Pending),
        member(u"emma@example.org"_s, u"emma stone"_s),
        member(u"alice@example.com"_s, u"Alice Liddell"_s, MemberStatus::Deactivated),
        member(u"soren@example.dk"_s, u"Søren Kierkegaard"_s),
        member(u"bob@example.com"_s, u"Straße Bob"_s, MemberStatus::Pending),
        member(u"angel@example.com"_s, u"Ángel Ruiz"_s),
    };
    members[0].roleName = u"Moderator"_s;
    members[3].roleName = u"Admin"_s;
    members[0].groups = {{u"g2"_s, u"Writers"_s}};
    members[2].groups = {{u"g1"_s, u"Founders"_s}};
    members[4].groups = {{u"g1"_s, u"Founders"_s}, {u"g2"_s, u"Writers"_s}};
    members[1].providerMemberId = u"10"_s;
    members[2].providerMemberId = u"9"_s;
    members[5].providerMemberId = QString();
    // Signed in: never (zoe, soren), not told (jose, bob), alice in 2025, angel and emma in 2026.
    members[0].neverSignedIn = true;
    members[4].neverSignedIn = true;
    members[2].lastSignInAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    members[3].lastSignInAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    members[6].lastSignInAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    members[3].isAdmin = true;
    members[4].isAdmin = true;
    const QString placeholder = u"https://cdn.example.com/placeholder.jpg"_s;
    members[0].avatarUrl = placeholder;
    members[2].avatarUrl = u"https://cdn.example.com/a/emma.png"_s;
    members[3].avatarUrl = placeholder;
    members[5].avatarUrl = u"https://cdn.example.com/a/bob.png"_s;
    members[6].avatarUrl = placeholder;
    for (int i = 0; i < members.size(); ++i) {
        members[i].createdAt = QDateTime(QDate(2024, 1, 1 + (i * 3) % 7), QTime(9, 0), Qt::UTC);
        members[i].updatedAt = members[i].createdAt.addDays(10 - i);
        members[i].lastSyncedAt = i % 2 ? QDateTime() : members[i].createdAt.addDays(30);
    }
    return members;
}

void TestMemberFilterProxy::init()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"roster.sqlite"_s);
    QString error;
    QVERIFY2(writeMembers(m_path, roster(), &error), qPrintable(error));
    m_model = std::make_unique<MemberTableModel>();
    m_model->setCollationLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_proxy = std::make_unique<MemberFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAndWait(*m_model, m_path));
    QCOMPARE(m_proxy->rowCount(), 7);
}

QStringList TestMemberFilterProxy::shownEmails() const
{
    QStringList emails;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        emails.append(m_proxy->index(row, MemberTableModel::Email).data().toString());
    return emails;
}

void TestMemberFilterProxy::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("emails");
    QTest::newRow("part of a first name") << u"ali"_s << QStringList{u"alice@example.com"_s};
    QTest::newRow("part of a last name, upper case")
        << u"KIERKE"_s << QStringList{u"soren@example.dk"_s};
    QTest::newRow("part of an email") << u"example.org"_s << QStringList{u"emma@example.org"_s};
    QTest::newRow("plain letters find accents")
        << u"jose garcia"_s << QStringList{u"jose.garcia@example.com"_s};
    QTest::newRow("accents find plain letters") << u"ÉMMA"_s << QStringList{u"emma@example.org"_s};
    QTest::newRow("ø as o") << u"soren k"_s << QStringList{u"soren@example.dk"_s};
    QTest::newRow("ß as ss") << u"strasse"_s << QStringList{u"bob@example.com"_s};
    QTest::newRow("ë as e") << u"zoe"_s << QStringList{u"zoe.adams@example.com"_s};
    QTest::newRow("words in any order and field")
        << u"adams zoe.a"_s << QStringList{u"zoe.adams@example.com"_s};
    QTest::newRow("no match") << u"xylophone"_s << QStringList{};
    QTest::newRow("blank shows all")
        << u"   "_s << QStringList{u"zoe.adams@example.com"_s, u"jose.garcia@example.com"_s,
                                   u"emma@example.org"_s,      u"alice@example.com"_s,
                                   u"soren@example.dk"_s,      u"bob@example.com"_s,
                                   u"angel@example.com"_s};
}

void TestMemberFilterProxy::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, emails);
    QSignalSpy counted(m_proxy.get(), &MemberFilterProxy::shownCountChanged);
    m_proxy->setSearchText(text);
    QCOMPARE(shownEmails(), emails);
    QCOMPARE(m_proxy->searchText(), text);
    if (emails.size() != 7) {
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().at(0).toInt(), int(emails.size()));
        QCOMPARE(counted.first().at(1).toInt(), 7);
    }
}

void TestMemberFilterProxy::narrowingAndWideningAgree()
{
    m_proxy->sort(MemberTableModel::Name);
    for (const QString &text : {u"e"_s, u"ex"_s, u"exa"_s, u"exam"_s, u"exa"_s, u"e"_s, u"a"_s,
                                u"al"_s, u"a"_s, u""_s, u"o"_s, u"or"_s, u"o"_s}) {
        m_proxy->setSearchText(text);
        const QStringList shown = shownEmails();
        // The same text typed afresh (no narrowing from a previous one) shows the same rows.
        MemberFilterProxy fresh;
        fresh.setSourceModel(m_model.get());
        fresh.sort(MemberTableModel::Name);
        fresh.setSearchText(text);
        QStringList expected;
        for (int row = 0; row < fresh.rowCount(); ++row)
            expected.append(fresh.index(row, MemberTableModel::Email).data().toString());
        QCOMPARE(shown, expected);
    }
}

void TestMemberFilterProxy::statusFilter_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("emails");
    QTest::newRow("pending") << int(MemberFilterProxy::ShowPending)
                             << QStringList{u"jose.garcia@example.com"_s, u"bob@example.com"_s};
    QTest::newRow("deactivated") << int(MemberFilterProxy::ShowDeactivated)
                                 << QStringList{u"alice@example.com"_s};
    QTest::newRow("pending and deactivated")
        << int(MemberFilterProxy::ShowPending | MemberFilterProxy::ShowDeactivated)
        << QStringList{u"jose.garcia@example.com"_s, u"alice@example.com"_s, u"bob@example.com"_s};
    QTest::newRow("active") << int(MemberFilterProxy::ShowActive)
                            << QStringList{u"zoe.adams@example.com"_s, u"emma@example.org"_s,
                                           u"soren@example.dk"_s, u"angel@example.com"_s};
    QTest::newRow("none") << 0 << QStringList{};
}

void TestMemberFilterProxy::statusFilter()
{
    QFETCH(int, filter);
    QFETCH(QStringList, emails);
    m_proxy->setStatusFilter(MemberFilterProxy::StatusFilter(filter));
    QCOMPARE(shownEmails(), emails);
    // With a search on top.
    m_proxy->setSearchText(u"example.com"_s);
    QStringList both;
    for (const QString &email : std::as_const(emails)) {
        if (email.contains(u"example.com"_s))
            both.append(email);
    }
    QCOMPARE(shownEmails(), both);
}

void TestMemberFilterProxy::roleAndGroupChoices()
{
    QCOMPARE(MemberFacets::roles(m_model->members()),
             (QStringList{u"Admin"_s, u"Member"_s, u"Moderator"_s}));
    const QList<MemberGroup> groups = MemberFacets::groups(m_model->members());
    QCOMPARE(groups, (QList<MemberGroup>{{u"g1"_s, u"Founders"_s}, {u"g2"_s, u"Writers"_s}}));
    QCOMPARE(MemberFacets::groupKey(groups.first()), u"g1"_s);
    QCOMPARE(MemberFacets::groupKey({QString(), u"No id"_s}), u"No id"_s);
}

void TestMemberFilterProxy::roleAndGroupFilter_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("emails");
    QTest::newRow("a role") << u"Member"_s << QString()
                            << QStringList{u"jose.garcia@example.com"_s, u"emma@example.org"_s,
                                           u"soren@example.dk"_s, u"bob@example.com"_s,
                                           u"angel@example.com"_s};
    QTest::newRow("a role one member has")
        << u"Moderator"_s << QString() << QStringList{u"zoe.adams@example.com"_s};
    QTest::newRow("a group: members in it, alone or with others")
        << QString() << u"g1"_s << QStringList{u"emma@example.org"_s, u"soren@example.dk"_s};
    QTest::newRow("another group")
        << QString() << u"g2"_s << QStringList{u"zoe.adams@example.com"_s, u"soren@example.dk"_s};
    QTest::newRow("a role and a group")
        << u"Member"_s << u"g2"_s << QStringList{u"soren@example.dk"_s};
    QTest::newRow("a role nobody in the group has") << u"Moderator"_s << u"g1"_s << QStringList{};
    QTest::newRow("a role no member has") << u"Guest"_s << QString() << QStringList{};
    QTest::newRow("a group no member is in") << QString() << u"g9"_s << QStringList{};
}

void TestMemberFilterProxy::roleAndGroupFilter()
{
    QFETCH(QString, role);
    QFETCH(QString, group);
    QFETCH(QStringList, emails);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_proxy->setRoleFilter(role);
    m_proxy->setGroupFilter(group);
    QCOMPARE(m_proxy->roleFilter(), role);
    QCOMPARE(m_proxy->groupFilter(), group);
    QCOMPARE(shownEmails(), emails);
    QCOMPARE(layout.size(), int(!role.isEmpty()) + int(!group.isEmpty()));
    // With the status filter, the search and a sort on top.
    m_proxy->setStatusFilter(MemberFilterProxy::ShowActive);
    m_proxy->setSearchText(u"example.com"_s);
    m_proxy->sort(MemberTableModel::Email, Qt::DescendingOrder);
    QStringList narrowed;
    for (const QString &email : std::as_const(emails)) {
        const MemberRecord shown = m_model->memberAt(m_model->rowOfEmail(email));
        if (shown.status == MemberStatus::Active && email.endsWith(u"example.com"_s))
            narrowed.append(email);
    }
    std::sort(narrowed.begin(), narrowed.end(), std::greater<>());
    QCOMPARE(shownEmails(), narrowed);
    // Any role and any group show everyone the other filters let through.
    m_proxy->setRoleFilter(QString());
    m_proxy->setGroupFilter(QString());
    m_proxy->setStatusFilter(MemberFilterProxy::ShowAll);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 7);
}

void TestMemberFilterProxy::roleAndGroupFiltersFollowChanges()
{
    m_proxy->setRoleFilter(u"Guest"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    // A member with a role the roster did not have yet is shown by a filter already set on it.
    MemberRecord guest = member(u"guest@example.com"_s, u"Guest Person"_s);
    guest.roleId = u"role_guest"_s;
    guest.roleName = u"Guest"_s;
    guest.groups = {{u"g3"_s, u"Visitors"_s}};
    m_model->upsert(guest);
    QCOMPARE(shownEmails(), (QStringList{u"guest@example.com"_s}));
    m_proxy->setGroupFilter(u"g3"_s);
    QCOMPARE(shownEmails(), (QStringList{u"guest@example.com"_s}));
    // Leaving the group hides them; joining it again shows them.
    guest.groups = {{u"g1"_s, u"Founders"_s}};
    m_model->upsert(guest);
    QCOMPARE(m_proxy->rowCount(), 0);
    guest.groups = {{u"g1"_s, u"Founders"_s}, {u"g3"_s, u"Visitors"_s}};
    m_model->upsert(guest);
    QCOMPARE(shownEmails(), (QStringList{u"guest@example.com"_s}));
    // A new load keeps the filters and applies them to what it brings.
    m_proxy->setRoleFilter(u"Member"_s);
    m_proxy->setGroupFilter(u"g1"_s);
    QVERIFY(loadAndWait(*m_model, m_path));
    QCOMPARE(shownEmails(), (QStringList{u"emma@example.org"_s, u"soren@example.dk"_s}));
}

void TestMemberFilterProxy::sortOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("emails");
    // Collation: accents and case do not push a name to the end as code points would.
    QTest::newRow("name") << int(MemberTableModel::Name)
                          << QStringList{u"alice@example.com"_s,    u"angel@example.com"_s,
                                         u"emma@example.org"_s,     u"jose.garcia@example.com"_s,
                                         u"soren@example.dk"_s,     u"bob@example.com"_s,
                                         u"zoe.adams@example.com"_s};
    QTest::newRow("email") << int(MemberTableModel::Email)
                           << QStringList{u"alice@example.com"_s,       u"angel@example.com"_s,
                                          u"bob@example.com"_s,         u"emma@example.org"_s,
                                          u"jose.garcia@example.com"_s, u"soren@example.dk"_s,
                                          u"zoe.adams@example.com"_s};
    QTest::newRow("status: active, pending, deactivated, each in model order")
        << int(MemberTableModel::Status)
        << QStringList{u"zoe.adams@example.com"_s,   u"emma@example.org"_s,
                       u"soren@example.dk"_s,        u"angel@example.com"_s,
                       u"jose.garcia@example.com"_s, u"bob@example.com"_s,
                       u"alice@example.com"_s};
    QTest::newRow("role") << int(MemberTableModel::Role)
                          << QStringList{u"alice@example.com"_s,    u"jose.garcia@example.com"_s,
                                         u"emma@example.org"_s,     u"soren@example.dk"_s,
                                         u"bob@example.com"_s,      u"angel@example.com"_s,
                                         u"zoe.adams@example.com"_s};
    QTest::newRow("groups: none first")
        << int(MemberTableModel::Groups)
        << QStringList{u"jose.garcia@example.com"_s, u"alice@example.com"_s, u"bob@example.com"_s,
                       u"angel@example.com"_s,       u"emma@example.org"_s,  u"soren@example.dk"_s,
                       u"zoe.adams@example.com"_s};
    QTest::newRow("provider id: numbers numerically, then text")
        << int(MemberTableModel::ProviderId)
        << QStringList{u"emma@example.org"_s,     u"jose.garcia@example.com"_s,
                       u"bob@example.com"_s,      u"alice@example.com"_s,
                       u"angel@example.com"_s,    u"soren@example.dk"_s,
                       u"zoe.adams@example.com"_s};
    // Created on Jan 1, 4, 7, 3, 6, 2, 5 (rows 0..6).
    QTest::newRow("created") << int(MemberTableModel::Created)
                             << QStringList{
                                    u"zoe.adams@example.com"_s, u"bob@example.com"_s,
                                    u"alice@example.com"_s,     u"jose.garcia@example.com"_s,
                                    u"angel@example.com"_s,     u"soren@example.dk"_s,
                                    u"emma@example.org"_s};
    // Updated = created + 10 - row days: Jan 11, 13, 15, 10, 12, 6, 8.
    QTest::newRow("updated") << int(MemberTableModel::Updated)
                             << QStringList{u"bob@example.com"_s,   u"angel@example.com"_s,
                                            u"alice@example.com"_s, u"zoe.adams@example.com"_s,
                                            u"soren@example.dk"_s,  u"jose.garcia@example.com"_s,
                                            u"emma@example.org"_s};
    QTest::newRow("last sign-in: not told, then never, then the oldest")
        << int(MemberTableModel::LastSignIn)
        << QStringList{u"jose.garcia@example.com"_s, u"bob@example.com"_s,
                       u"zoe.adams@example.com"_s,   u"soren@example.dk"_s,
                       u"alice@example.com"_s,       u"angel@example.com"_s,
                       u"emma@example.org"_s};
    QTest::newRow("admin: the others first")
        << int(MemberTableModel::Admin)
        << QStringList{u"zoe.adams@example.com"_s, u"jose.garcia@example.com"_s,
                       u"emma@example.org"_s,      u"bob@example.com"_s,
                       u"angel@example.com"_s,     u"alice@example.com"_s,
                       u"soren@example.dk"_s};
    QTest::newRow("picture: none first, then by URL, the placeholder's together")
        << int(MemberTableModel::Avatar)
        << QStringList{u"jose.garcia@example.com"_s, u"soren@example.dk"_s,
                       u"bob@example.com"_s,         u"emma@example.org"_s,
                       u"zoe.adams@example.com"_s,   u"alice@example.com"_s,
                       u"angel@example.com"_s};
    // Odd rows never synced (first, in model order), even rows created + 30 days.
    QTest::newRow("last synced: never first")
        << int(MemberTableModel::LastSynced)
        << QStringList{u"jose.garcia@example.com"_s, u"alice@example.com"_s, u"bob@example.com"_s,
                       u"zoe.adams@example.com"_s,   u"angel@example.com"_s, u"soren@example.dk"_s,
                       u"emma@example.org"_s};
}

void TestMemberFilterProxy::sortOrder()
{
    QFETCH(int, column);
    QFETCH(QStringList, emails);
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(m_proxy->sortColumn(), column);
    QCOMPARE(shownEmails(), emails);
    // The sort survives filtering, and filtering keeps the order.
    m_proxy->setSearchText(u"e"_s);
    QStringList filtered;
    for (const QString &email : std::as_const(emails)) {
        if (m_model->data(m_model->index(m_model->rowOfEmail(email), 0))
                .toString()
                .contains(u'e', Qt::CaseInsensitive) ||
            email.contains(u'e'))
            filtered.append(email);
    }
    QCOMPARE(shownEmails(), filtered);
    m_proxy->setSearchText(QString());
    // Every value also sorts the same through SortRole (for a view that asks).
    if (column == MemberTableModel::Name) {
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            QVERIFY(m_proxy->index(row - 1, column).data(MemberTableModel::SortRole).toUInt() <=
                    m_proxy->index(row, column).data(MemberTableModel::SortRole).toUInt());
        }
    }
}

void TestMemberFilterProxy::sortOrderInTheBackground()
{
    QFETCH(int, column);
    QFETCH(QStringList, emails);
    // Every roster is "large": columns whose order is not kept ready sort on a worker thread.
    m_proxy->setBackgroundSortRows(0);
    QSignalSpy sorting(m_proxy.get(), &MemberFilterProxy::sortingChanged);
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(m_proxy->sortColumn(), column);
    const bool instant = column == MemberTableModel::Name || column == MemberTableModel::Email;
    QCOMPARE(m_proxy->isSorting(), !instant);
    QTRY_VERIFY(!m_proxy->isSorting());
    QCOMPARE(shownEmails(), emails);
    if (!instant) {
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(sorting.at(0).at(0).toBool(), true);
        QCOMPARE(sorting.at(1).at(0).toBool(), false);
    } else {
        QCOMPARE(sorting.size(), 0);
    }
    // The other direction comes from the same sort, at once.
    m_proxy->sort(column, Qt::DescendingOrder);
    QVERIFY(!m_proxy->isSorting());
    QCOMPARE(shownEmails().size(), emails.size());
}

void TestMemberFilterProxy::backgroundSortKeepsTheRowsUntilApplied()
{
    m_proxy->setBackgroundSortRows(0);
    m_proxy->sort(MemberTableModel::Email);
    const QStringList byEmail = shownEmails();
    const QPersistentModelIndex selected =
        m_proxy->index(m_proxy->proxyRow(m_model->rowOfEmail(u"alice@example.com"_s)), 1);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_proxy->sort(MemberTableModel::Created);
    // Asked for, shown by the header, not yet applied: the rows stay as they were.
    QCOMPARE(m_proxy->sortColumn(), int(MemberTableModel::Created));
    QVERIFY(m_proxy->isSorting());
    QCOMPARE(shownEmails(), byEmail);
    QCOMPARE(layout.size(), 0);
    // A search meanwhile keeps the old order too.
    m_proxy->setSearchText(u"example.com"_s);
    m_proxy->setSearchText(QString());
    QCOMPARE(shownEmails(), byEmail);
    QTRY_VERIFY(!m_proxy->isSorting());
    QCOMPARE(shownEmails().first(), u"zoe.adams@example.com"_s); // created on Jan 1
    QCOMPARE(selected.data().toString(), u"alice@example.com"_s);
}

void TestMemberFilterProxy::sortAskedDuringABackgroundSortReplacesIt()
{
    m_proxy->setBackgroundSortRows(0);
    QSignalSpy sorting(m_proxy.get(), &MemberFilterProxy::sortingChanged);
    m_proxy->sort(MemberTableModel::Created);
    m_proxy->sort(MemberTableModel::Updated);
    QTRY_VERIFY(!m_proxy->isSorting());
    QTest::qWait(50); // the first sort's result, if it came late, must change nothing
    QCOMPARE(shownEmails(),
             (QStringList{u"bob@example.com"_s, u"angel@example.com"_s, u"alice@example.com"_s,
                          u"zoe.adams@example.com"_s, u"soren@example.dk"_s,
                          u"jose.garcia@example.com"_s, u"emma@example.org"_s}));
    QCOMPARE(sorting.size(), 2);
    // A sort that is ready ends the one under way.
    m_proxy->sort(MemberTableModel::LastSynced);
    QVERIFY(m_proxy->isSorting());
    m_proxy->sort(MemberTableModel::Name);
    QVERIFY(!m_proxy->isSorting());
    QCOMPARE(shownEmails().first(), u"alice@example.com"_s);
    QTest::qWait(50);
    QCOMPARE(shownEmails().first(), u"alice@example.com"_s);
    QCOMPARE(m_proxy->sortColumn(), int(MemberTableModel::Name));
}

void TestMemberFilterProxy::changeDuringABackgroundSortIsSortedIn()
{
    m_proxy->setBackgroundSortRows(0);
    m_proxy->sort(MemberTableModel::Created);
    // Before the worker is done, a member created before everyone else arrives.
    MemberRecord early = member(u"early@example.com"_s, u"Early Bird"_s);
    early.createdAt = QDateTime(QDate(2023, 6, 1), QTime(9, 0), Qt::UTC);
    m_model->upsert(early);
    QTRY_VERIFY(!m_proxy->isSorting());
    QCOMPARE(m_proxy->rowCount(), 8);
    QCOMPARE(shownEmails().first(), u"early@example.com"_s);
    MemberFilterProxy fresh;
    fresh.setSourceModel(m_model.get());
    fresh.sort(MemberTableModel::Created);
    for (int row = 0; row < fresh.rowCount(); ++row)
        QCOMPARE(fresh.index(row, 1).data().toString(), shownEmails().at(row));
}

void TestMemberFilterProxy::emailOrderFollowsChanges()
{
    // The order by email is kept by the members themselves: after changes, a new sort by email
    // shows what a fresh sort of the emails gives.
    m_model->upsert(member(u"carol@example.com"_s, u"Carol Danvers"_s));
    m_model->upsert(member(u"aaron@example.com"_s, u"Aaron Swartz"_s));
    MemberRecord emma = m_model->memberAt(m_model->rowOfEmail(u"emma@example.org"_s));
    emma.email = u"yvonne@example.org"_s;
    m_model->upsert(emma);
    QVERIFY(m_model->removeMember(u"bob@example.com"_s));
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(MemberTableModel::Name);
        m_proxy->sort(MemberTableModel::Email, order);
        QStringList expected = shownEmails();
        std::sort(expected.begin(), expected.end());
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(shownEmails(), expected);
        QVERIFY(expected.contains(u"yvonne@example.org"_s));
        QVERIFY(!expected.contains(u"emma@example.org"_s));
        QVERIFY(!expected.contains(u"bob@example.com"_s));
    }
}

void TestMemberFilterProxy::descendingKeepsEqualValuesInModelOrder()
{
    m_proxy->sort(MemberTableModel::Status, Qt::DescendingOrder);
    QCOMPARE(shownEmails(),
             (QStringList{u"alice@example.com"_s, u"jose.garcia@example.com"_s,
                          u"bob@example.com"_s, u"zoe.adams@example.com"_s, u"emma@example.org"_s,
                          u"soren@example.dk"_s, u"angel@example.com"_s}));
    m_proxy->sort(MemberTableModel::Email, Qt::DescendingOrder);
    QCOMPARE(shownEmails().first(), u"zoe.adams@example.com"_s);
    QCOMPARE(shownEmails().last(), u"alice@example.com"_s);
    m_proxy->sort(MemberTableModel::Admin, Qt::DescendingOrder);
    QCOMPARE(shownEmails(),
             (QStringList{u"alice@example.com"_s, u"soren@example.dk"_s, u"zoe.adams@example.com"_s,
                          u"jose.garcia@example.com"_s, u"emma@example.org"_s, u"bob@example.com"_s,
                          u"angel@example.com"_s}));
    m_proxy->sort(MemberTableModel::LastSignIn, Qt::DescendingOrder);
    QCOMPARE(shownEmails(),
             (QStringList{u"emma@example.org"_s, u"angel@example.com"_s, u"alice@example.com"_s,
                          u"zoe.adams@example.com"_s, u"soren@example.dk"_s,
                          u"jose.garcia@example.com"_s, u"bob@example.com"_s}));
    m_proxy->sort(-1);
    QCOMPARE(shownEmails().first(), u"zoe.adams@example.com"_s);
    QCOMPARE(shownEmails().last(), u"angel@example.com"_s);
}

void TestMemberFilterProxy::upsertAndRemoveShowAtOnce()
{
    m_proxy->sort(MemberTableModel::Email);
    m_proxy->setSearchText(u"example.com"_s);
    QCOMPARE(m_proxy->rowCount(), 5);
    // A new member matching the search appears in its place in the order.
    m_model->upsert(member(u"carol@example.com"_s, u"Carol Danvers"_s));
    QCOMPARE(shownEmails().indexOf(u"carol@example.com"_s), 3);
    QCOMPARE(m_proxy->rowCount(), 6);
    // One that does not match is in the model but not shown.
    m_model->upsert(member(u"dave@example.net"_s, u"Dave"_s));
    QCOMPARE(m_proxy->rowCount(), 6);
    QCOMPARE(m_model->rowCount(), 9);
    // An update that makes a member match shows them; one that stops matching hides them.
    MemberRecord dave = m_model->memberAt(m_model->rowOfEmail(u"dave@example.net"_s));
    dave.displayName = u"Dave example.com fan"_s;
    m_model->upsert(dave);
    QCOMPARE(m_proxy->rowCount(), 7);
    QCOMPARE(shownEmails().indexOf(u"dave@example.net"_s), 4);
    dave.displayName = u"Dave"_s;
    m_model->upsert(dave);
    QCOMPARE(m_proxy->rowCount(), 6);
    // A status filtered out hides an updated member.
    m_proxy->setStatusFilter(MemberFilterProxy::ShowActive | MemberFilterProxy::ShowPending);
    QCOMPARE(m_proxy->rowCount(), 5);
    MemberRecord carol = m_model->memberAt(m_model->rowOfEmail(u"carol@example.com"_s));
    carol.status = MemberStatus::Deactivated;
    m_model->upsert(carol);
    QCOMPARE(m_proxy->rowCount(), 4);
    QVERIFY(!shownEmails().contains(u"carol@example.com"_s));
    // Removals.
    QVERIFY(m_model->removeMember(u"bob@example.com"_s));
    QVERIFY(m_model->removeMember(u"zoe.adams@example.com"_s));
    QCOMPARE(shownEmails(), (QStringList{u"angel@example.com"_s, u"jose.garcia@example.com"_s}));
    // Everything still lines up with the model.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 1));
        QCOMPARE(m_proxy->mapFromSource(source).row(), row);
        QCOMPARE(source.data().toString(), shownEmails().at(row));
    }
}

void TestMemberFilterProxy::renamedMemberMovesInNameOrder()
{
    m_proxy->sort(MemberTableModel::Name);
    QSignalSpy moved(m_proxy.get(), &QAbstractItemModel::rowsMoved);
    MemberRecord alice = m_model->memberAt(m_model->rowOfEmail(u"alice@example.com"_s));
    alice.displayName = u"Mary Ann"_s;
    m_model->upsert(alice);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(shownEmails(), (QStringList{u"angel@example.com"_s, u"emma@example.org"_s,
                                         u"jose.garcia@example.com"_s, u"alice@example.com"_s,
                                         u"soren@example.dk"_s, u"bob@example.com"_s,
                                         u"zoe.adams@example.com"_s}));
    // A new name between two others, and one equal to an existing name (after it).
    m_model->upsert(member(u"ann@example.com"_s, u"Ángela Ruiz"_s));
    m_model->upsert(member(u"emma2@example.com"_s, u"Emma Stone"_s));
    QCOMPARE(shownEmails().mid(0, 5),
             (QStringList{u"angel@example.com"_s, u"ann@example.com"_s, u"emma@example.org"_s,
                          u"emma2@example.com"_s, u"jose.garcia@example.com"_s}));
    // A fresh sort of the same members agrees with the updates.
    MemberFilterProxy fresh;
    fresh.setSourceModel(m_model.get());
    fresh.sort(MemberTableModel::Name);
    for (int row = 0; row < fresh.rowCount(); ++row)
        QCOMPARE(fresh.index(row, 1).data().toString(), shownEmails().at(row));
}

void TestMemberFilterProxy::selectionFollowsTheMember()
{
    const QPersistentModelIndex selected =
        m_proxy->index(m_proxy->proxyRow(m_model->rowOfEmail(u"soren@example.dk"_s)), 1);
    m_proxy->sort(MemberTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(selected.data().toString(), u"soren@example.dk"_s);
    m_proxy->setSearchText(u"o"_s);
    QCOMPARE(selected.data().toString(), u"soren@example.dk"_s);
    m_proxy->setSearchText(u"alice"_s);
    QVERIFY(!selected.isValid()); // filtered out
}

void TestMemberFilterProxy::newLoadResetsTheProxy()
{
    m_proxy->setSearchText(u"example.com"_s);
    m_proxy->sort(MemberTableModel::Email);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    QVERIFY(loadAndWait(*m_model, m_path, u"ws-empty"_s));
    QVERIFY(reset.size() >= 1);
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(loadAndWait(*m_model, m_path));
    QCOMPARE(shownEmails().first(), u"alice@example.com"_s);
    QCOMPARE(m_proxy->rowCount(), 5);
}

QTEST_GUILESS_MAIN(TestMemberFilterProxy)
#include "tst_member_filter_proxy.moc"
