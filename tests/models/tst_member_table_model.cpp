// MemberTableModel over a real roster file: loading, failures, cancelling, and single-member
// updates, with QAbstractItemModelTester watching every signal.
#include "email_order.h"
#include "model_test_data.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace ModelTestData;

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsWhatTheStoreHolds();
    void showsOnlyTheLoadedWorkspace();
    void missingDatabaseFailsReadably();
    void damagedDatabaseFailsReadably();
    void cancelledLoadReportsNothing();
    void newWorkspaceReplacesLoadUnderWay();
    void loadWaitsWhileAnotherConnectionHoldsTheFile();
    void upsertAppendsANewMember();
    void upsertUpdatesTheRowInPlace();
    void upsertKeepsWhatTheUpdateLeavesOut();
    void upsertWithARenamedEmailDropsTheStaleRow();
    void removeMemberRemovesItsRow();
    void changesDuringALoadSurviveIt();
    void progressCountsTowardsTheTotal();
    void reloadWithinTheBudgetKeepsTheRowsShown();
    void reloadOverTheBudgetClearsTheRowsFirst();
    void loadMatchesTheMembersAddedOneByOne();
    void membersWithoutAKnownStateShowWhetherTheyEverSignedIn();
    void profileColumnsShowSignInAdminAndPicture();
    void rowsInOrderOfIds_data();
    void rowsInOrderOfIds();
    void controlCharactersAreShownEscaped();

private:
    QString writeRoster(const QList<MemberRecord> &members);
    QList<MemberRecord> sampleMembers() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    MemberTableModel *m_model = nullptr;
    std::unique_ptr<MemberTableModel> m_ownedModel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMemberTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_tester.reset();
    m_ownedModel = std::make_unique<MemberTableModel>();
    m_model = m_ownedModel.get();
    m_model->setCollationLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QString TestMemberTableModel::writeRoster(const QList<MemberRecord> &members)
{
    const QString path = m_dir->filePath(u"roster.sqlite"_s);
    QString error;
    if (!writeMembers(path, members, &error))
        qWarning("cannot write the roster: %s", qPrintable(error));
    return path;
}

QList<MemberRecord> TestMemberTableModel::sampleMembers() const
{
    MemberRecord ada = member(u"ada@example.com"_s, u"Ada Lovelace"_s);
    ada.groups = {{u"g1"_s, u"Founders"_s}, {u"g2"_s, u"Writers"_s}};
    ada.bio = u"Wrote the first program."_s;
    ada.lastSignInAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    MemberRecord grace = member(u"grace@example.com"_s, u"Grace Hopper"_s, MemberStatus::Pending);
    grace.roleId = u"role_admin"_s;
    grace.roleName = u"Admin"_s;
    MemberRecord noDisplay = member(u"linus@example.com"_s, QString(), MemberStatus::Deactivated);
    noDisplay.firstName = u"Linus"_s;
    noDisplay.lastName = u"Torvalds"_s;
    noDisplay.createdAt = QDateTime();
    return {ada, grace, noDisplay};
}

void TestMemberTableModel::loadsWhatTheStoreHolds()
{
    const QList<MemberRecord> written = sampleMembers();
    const QString path = writeRoster(written);
    QSignalSpy started(m_model, &MemberTableModel::loadStarted);
    QVERIFY(loadAndWait(*m_model, path));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toString(), Workspace);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(MemberTableModel::ColumnCount));
    QCOMPARE(m_model->workspaceId(), Workspace);

    // Everything the store holds comes back, in the order it was stored.
    RosterDatabase db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const auto stored = MemberRepository(db).list(Workspace, MemberOrder::Insertion, &error);
    QVERIFY2(stored, qPrintable(error));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->memberAt(row), stored->at(row));
        QCOMPARE(m_model->data(m_model->index(row, 0), MemberTableModel::MemberRole)
                     .value<MemberRecord>(),
                 stored->at(row));
    }

    const auto text = [this](int row, int column) {
        return m_model->data(m_model->index(row, column)).toString();
    };
    QCOMPARE(text(0, MemberTableModel::Name), u"Ada Lovelace"_s);
    QCOMPARE(text(2, MemberTableModel::Name), u"Linus Torvalds"_s); // no display name
    QCOMPARE(text(0, MemberTableModel::Email), u"ada@example.com"_s);
    QCOMPARE(text(1, MemberTableModel::Status), u"Pending"_s);
    QCOMPARE(text(2, MemberTableModel::Status), u"Deactivated"_s);
    QCOMPARE(text(1, MemberTableModel::Role), u"Admin"_s);
    QCOMPARE(text(0, MemberTableModel::Groups), u"Founders, Writers"_s);
    QCOMPARE(text(0, MemberTableModel::ProviderId), u"id-ada"_s);
    QCOMPARE(m_model->data(m_model->index(0, MemberTableModel::Created)).toDateTime(),
             written.at(0).createdAt);
    QVERIFY(!m_model->data(m_model->index(2, MemberTableModel::Created)).isValid());
    QCOMPARE(
        m_model->data(m_model->index(0, MemberTableModel::Created), Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(m_model->data(m_model->index(1, 0), MemberTableModel::StatusRole).toInt(),
             int(MemberStatus::Pending));
    QCOMPARE(m_model->data(m_model->index(1, 0), MemberTableModel::EmailRole).toString(),
             u"grace@example.com"_s);
    QCOMPARE(m_model->data(m_model->index(1, 0), MemberTableModel::ProviderIdRole).toString(),
             u"id-grace"_s);
    QVERIFY(m_model->data(m_model->index(0, MemberTableModel::Groups), Qt::ToolTipRole)
                .toString()
                .contains(u"Writers (id g2)"_s));
    QCOMPARE(m_model->headerData(MemberTableModel::Email, Qt::Horizontal).toString(), u"Email"_s);
    QCOMPARE(m_model->headerData(MemberTableModel::LastSynced, Qt::Horizontal).toString(),
             u"Last synced"_s);
    QCOMPARE(m_model->rowOfEmail(u" Grace@Example.com "_s), 1);
    QCOMPARE(m_model->rowOfProviderId(u"id-linus"_s), 2);
    QCOMPARE(m_model->rowOfEmail(u"nobody@example.com"_s), -1);
    QCOMPARE(m_model->memberAt(7), MemberRecord());
}

void TestMemberTableModel::membersWithoutAKnownStateShowWhetherTheyEverSignedIn()
{
    MemberRecord never = member(u"never@example.com"_s, u"Nev Er"_s, MemberStatus::Unknown);
    never.neverSignedIn = true;
    MemberRecord seen = member(u"seen@example.com"_s, u"See N"_s, MemberStatus::Unknown);
    seen.lastSignInAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    MemberRecord gone = member(u"gone@example.com"_s, u"Gone Away"_s, MemberStatus::Unlisted);
    QVERIFY(loadAndWait(*m_model, writeRoster({never, seen, gone})));
    const auto text = [this](int row, int role) {
        return m_model->data(m_model->index(row, MemberTableModel::Status), role).toString();
    };
    QCOMPARE(text(0, Qt::DisplayRole), u"Never signed in"_s);
    QVERIFY(text(0, Qt::ToolTipRole).contains(u"never signed in"_s));
    QCOMPARE(text(1, Qt::DisplayRole), u"Unknown"_s);
    QCOMPARE(text(2, Qt::DisplayRole), u"Not listed"_s);
    QVERIFY(text(2, Qt::ToolTipRole).contains(u"outside Roster"_s));
    QVERIFY(m_model->memberAt(0).neverSignedIn);
    QCOMPARE(m_model->memberAt(1).lastSignInAt, seen.lastSignInAt);
    QVERIFY(!m_model->memberAt(1).neverSignedIn);
    QCOMPARE(m_model->memberAt(2).status, MemberStatus::Unlisted);
}

void TestMemberTableModel::profileColumnsShowSignInAdminAndPicture()
{
    MemberRecord never = member(u"never@example.com"_s, u"Nev Er"_s, MemberStatus::Unknown);
    never.neverSignedIn = true;
    never.avatarUrl = u"https://cdn.example.com/placeholder.jpg"_s;
    MemberRecord seen = member(u"seen@example.com"_s, u"See N"_s, MemberStatus::Unknown);
    seen.lastSignInAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    seen.isAdmin = true;
    seen.avatarUrl = u"https://cdn.example.com/avatars/seen.png"_s;
    MemberRecord untold = member(u"untold@example.com"_s, u"Forward Person"_s);
    QVERIFY(loadAndWait(*m_model, writeRoster({never, seen, untold})));
    const auto data = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, column), role);
    };
    using M = MemberTableModel;
    QCOMPARE(data(0, M::LastSignIn).toString(), u"never"_s);
    QCOMPARE(data(1, M::LastSignIn).toDate(), seen.lastSignInAt.toLocalTime().date());
    QVERIFY(data(1, M::LastSignIn, Qt::ToolTipRole)
                .toString()
                .contains(QLocale().toString(seen.lastSignInAt.toLocalTime().time(),
                                             QLocale::ShortFormat)));
    QVERIFY(!data(2, M::LastSignIn).isValid()); // the provider does not tell
    QCOMPARE(data(0, M::LastSignIn, Qt::ToolTipRole).toString(), u"Has never signed in"_s);
    QCOMPARE(data(2, M::LastSignIn, Qt::ToolTipRole).toString(), u"The provider does not say"_s);
    QCOMPARE(data(1, M::LastSignIn, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // Sorting values: not told, then never, then the oldest first.
    QVERIFY(!data(2, M::LastSignIn, M::SortRole).isValid());
    QVERIFY(data(0, M::LastSignIn, M::SortRole).toLongLong() <
            data(1, M::LastSignIn, M::SortRole).toLongLong());

    QCOMPARE(data(1, M::Admin).toString(), u"yes"_s);
    QCOMPARE(data(0, M::Admin).toString(), u"—"_s);
    QCOMPARE(data(1, M::Admin, M::SortRole).toInt(), 1);
    QCOMPARE(data(0, M::Admin, M::SortRole).toInt(), 0);

    // The picture column has no text: the view draws the picture at the URL.
    QVERIFY(!data(0, M::Avatar).isValid());
    QCOMPARE(data(0, M::Avatar, M::AvatarUrlRole).toString(), never.avatarUrl);
    QCOMPARE(data(1, M::Name, M::AvatarUrlRole).toString(), seen.avatarUrl);
    QCOMPARE(data(2, M::Avatar, M::AvatarUrlRole).toString(), QString());
    QCOMPARE(data(1, M::Avatar, M::SortRole).toString(), seen.avatarUrl);

    // Headers: the picture column's name is in its tooltip only.
    QCOMPARE(m_model->headerData(M::LastSignIn, Qt::Horizontal).toString(), u"Last sign-in"_s);
    QCOMPARE(m_model->headerData(M::Admin, Qt::Horizontal).toString(), u"Admin"_s);
    QCOMPARE(m_model->headerData(M::Avatar, Qt::Horizontal).toString(), QString());
    QCOMPARE(m_model->headerData(M::Avatar, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"Picture"_s);
    QCOMPARE(M::columnTitle(M::Avatar), u"Picture"_s);

    // A member's changes reach the new columns.
    MemberRecord changed = m_model->memberAt(0);
    changed.neverSignedIn = false;
    changed.lastSignInAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    changed.isAdmin = true;
    m_model->upsert(changed);
    QCOMPARE(data(0, M::LastSignIn).toDate(), changed.lastSignInAt.toLocalTime().date());
    QCOMPARE(data(0, M::Admin).toString(), u"yes"_s);
}

void TestMemberTableModel::showsOnlyTheLoadedWorkspace()
{
    QList<MemberRecord> members = sampleMembers();
    MemberRecord other = member(u"other@example.com"_s, u"Other Person"_s);
    other.workspaceId = u"ws-other"_s;
    members.append(other);
    const QString path = writeRoster(members);
    QVERIFY(loadAndWait(*m_model, path, u"ws-other"_s));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->memberAt(0).email, u"other@example.com"_s);
    // A workspace with no local members loads empty, without failing.
    QVERIFY(loadAndWait(*m_model, path, u"ws-never-synced"_s));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestMemberTableModel::missingDatabaseFailsReadably()
{
    const QString path = m_dir->filePath(u"missing.sqlite"_s);
    QString failure;
    QVERIFY(!loadAndWait(*m_model, path, Workspace, &failure));
    QVERIFY2(failure.contains(path), qPrintable(failure));
    QVERIFY2(failure.contains(u"does not exist"_s), qPrintable(failure));
    QVERIFY2(failure.contains(Workspace), qPrintable(failure));
    QVERIFY(!QFile::exists(path)); // a load never creates a database
    QVERIFY(!m_model->isLoading());
}

void TestMemberTableModel::damagedDatabaseFailsReadably()
{
    const QString good = writeRoster(sampleMembers());
    QVERIFY(loadAndWait(*m_model, good));
    const QString path = m_dir->filePath(u"damaged.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QByteArray before = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.close();

    QString failure;
    QVERIFY(!loadAndWait(*m_model, path, Workspace, &failure));
    QVERIFY2(failure.contains(path), qPrintable(failure));
    QVERIFY2(failure.contains(u"not a database"_s), qPrintable(failure));
    // The members shown stay (same workspace), and the damaged file is left as it was.
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestMemberTableModel::cancelledLoadReportsNothing()
{
    QList<MemberRecord> many;
    for (int i = 0; i < 20000; ++i)
        many.append(member(u"member%1@example.com"_s.arg(i), u"Member %1"_s.arg(i)));
    const QString path = writeRoster(many);
    QSignalSpy finished(m_model, &MemberTableModel::loadFinished);
    QSignalSpy failed(m_model, &MemberTableModel::loadFailed);
    m_model->load(path, Workspace);
    QVERIFY(m_model->isLoading());
    m_model->cancelLoad();
    QVERIFY(!m_model->isLoading());
    QTest::qWait(1500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    // The model loads again afterwards.
    QVERIFY(loadAndWait(*m_model, path));
    QCOMPARE(m_model->rowCount(), 20000);
}

void TestMemberTableModel::newWorkspaceReplacesLoadUnderWay()
{
    QList<MemberRecord> members;
    for (int i = 0; i < 20000; ++i)
        members.append(member(u"member%1@example.com"_s.arg(i), u"Member %1"_s.arg(i)));
    MemberRecord other = member(u"other@example.com"_s, u"Other Person"_s);
    other.workspaceId = u"ws-other"_s;
    members.append(other);
    const QString path = writeRoster(members);
    QVERIFY(loadAndWait(*m_model, path));
    QCOMPARE(m_model->rowCount(), 20000);

    QSignalSpy finished(m_model, &MemberTableModel::loadFinished);
    QSignalSpy failed(m_model, &MemberTableModel::loadFailed);
    m_model->load(path, Workspace); // a reload, abandoned by the switch below
    QCOMPARE(m_model->rowCount(), 20000);
    m_model->load(path, u"ws-other"_s);
    QCOMPARE(m_model->rowCount(), 0); // the other workspace's members go at once
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toLongLong(), 1);
    QCOMPARE(m_model->workspaceId(), u"ws-other"_s);
    QCOMPARE(m_model->memberAt(0).email, u"other@example.com"_s);
}

// Another connection holding the file a moment (the last one to close checkpoints the WAL with
// an exclusive lock; the first to open recovers it) delays the load, and never fails it.
void TestMemberTableModel::loadWaitsWhileAnotherConnectionHoldsTheFile()
{
    const QString path = writeRoster(sampleMembers());
    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &holder, SQLITE_OPEN_READWRITE,
                             nullptr),
             SQLITE_OK);
    const auto close = qScopeGuard([&holder] { sqlite3_close(holder); });
    QCOMPARE(sqlite3_exec(holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN IMMEDIATE; COMMIT",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    QTimer::singleShot(300, this, [&holder] {
        sqlite3_close(holder);
        holder = nullptr;
    });
    QString failure;
    QVERIFY2(loadAndWait(*m_model, path, Workspace, &failure), qPrintable(failure));
    QCOMPARE(m_model->rowCount(), sampleMembers().size());
}

// A terminal escape in a name is shown as \x1b in the table; the member keeps the name as it is.
void TestMemberTableModel::controlCharactersAreShownEscaped()
{
    QVERIFY(loadAndWait(*m_model, writeRoster(sampleMembers())));
    const QString name = u"Eve\x1b]0;pwned\x07 Evil\x1b[2J"_s;
    const int row = m_model->upsert(member(u"eve@example.com"_s, name));
    QVERIFY(row >= 0);
    const QModelIndex cell = m_model->index(row, MemberTableModel::Name);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), u"Eve\\x1b]0;pwned\\x07 Evil\\x1b[2J"_s);
    QCOMPARE(m_model->memberAt(row).displayName, name);
}

void TestMemberTableModel::upsertAppendsANewMember()
{
    QVERIFY(loadAndWait(*m_model, writeRoster(sampleMembers())));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    const MemberRecord katherine = member(u"Katherine@Example.com"_s, u"Katherine Johnson"_s);
    QCOMPARE(m_model->upsert(katherine), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOfEmail(u"katherine@example.com"_s), 3);
    QCOMPARE(m_model->memberAt(3).email, u"katherine@example.com"_s);
    QCOMPARE(m_model->memberAt(3).workspaceId, Workspace);
    // A member with neither provider id nor email cannot be placed.
    MemberRecord nobody;
    nobody.displayName = u"Nobody"_s;
    QCOMPARE(m_model->upsert(nobody), -1);
    QCOMPARE(m_model->rowCount(), 4);
}

void TestMemberTableModel::upsertUpdatesTheRowInPlace()
{
    QVERIFY(loadAndWait(*m_model, writeRoster(sampleMembers())));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    MemberRecord grace = m_model->memberAt(1);
    grace.displayName = u"Rear Admiral Hopper"_s;
    grace.status = MemberStatus::Active;
    QCOMPARE(m_model->upsert(grace), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), MemberTableModel::ColumnCount - 1);
    QCOMPARE(m_model->data(m_model->index(1, MemberTableModel::Name)).toString(),
             u"Rear Admiral Hopper"_s);
    QCOMPARE(m_model->data(m_model->index(1, MemberTableModel::Status)).toString(), u"Active"_s);
    QCOMPARE(m_model->memberAt(1), grace);
}

void TestMemberTableModel::upsertKeepsWhatTheUpdateLeavesOut()
{
    QVERIFY(loadAndWait(*m_model, writeRoster(sampleMembers())));
    const MemberRecord stored = m_model->memberAt(0);
    MemberRecord update = member(u"ada@example.com"_s, u"Ada King"_s);
    update.providerMemberId.clear();
    update.createdAt = QDateTime();
    QCOMPARE(m_model->upsert(update), 0);
    const MemberRecord shown = m_model->memberAt(0);
    QCOMPARE(shown.displayName, u"Ada King"_s);
    QCOMPARE(shown.providerMemberId, stored.providerMemberId);
    QCOMPARE(shown.createdAt, stored.createdAt);
}

void TestMemberTableModel::upsertWithARenamedEmailDropsTheStaleRow()
{
    QVERIFY(loadAndWait(*m_model, writeRoster(sampleMembers())));
    // Linus (row 2) changed his address at the provider to the one Ada's stale row holds.
    MemberRecord linus = m_model->memberAt(2);
    linus.email = u"ada@example.com"_s;
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(m_model->upsert(linus), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfEmail(u"ada@example.com"_s), 1);
    QCOMPARE(m_model->memberAt(1).providerMemberId, u"id-linus"_s);
    QCOMPARE(m_model->rowOfEmail(u"linus@example.com"_s), -1);
}

void TestMemberTableModel::removeMemberRemovesItsRow()
{
    QVERIFY(loadAndWait(*m_model, writeRoster(sampleMembers())));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->removeMember(u"GRACE@example.com"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfEmail(u"grace@example.com"_s), -1);
    QCOMPARE(m_model->rowOfEmail(u"linus@example.com"_s), 1);
    QVERIFY(!m_model->removeMember(u"grace@example.com"_s));
    QCOMPARE(removed.size(), 1);
}

void TestMemberTableModel::changesDuringALoadSurviveIt()
{
    const QString path = writeRoster(sampleMembers());
    QSignalSpy finished(m_model, &MemberTableModel::loadFinished);
    m_model->load(path, Workspace);
    // An action completes while the roster is still loading.
    m_model->upsert(member(u"katherine@example.com"_s, u"Katherine Johnson"_s));
    m_model->removeMember(u"grace@example.com"_s);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->rowOfEmail(u"katherine@example.com"_s) >= 0);
    QCOMPARE(m_model->rowOfEmail(u"grace@example.com"_s), -1);
}

void TestMemberTableModel::progressCountsTowardsTheTotal()
{
    QList<MemberRecord> many;
    for (int i = 0; i < 70000; ++i)
        many.append(member(u"member%1@example.com"_s.arg(i), u"Member %1"_s.arg(i % 100)));
    const QString path = writeRoster(many);
    QSignalSpy progress(m_model, &MemberTableModel::loadProgress);
    QVERIFY(loadAndWait(*m_model, path));
    QCOMPARE(m_model->rowCount(), 70000);
    QVERIFY(!progress.isEmpty());
    qint64 previous = 0;
    for (const QList<QVariant> &report : std::as_const(progress)) {
        const qint64 read = report.at(0).toLongLong();
        const qint64 total = report.at(1).toLongLong();
        QVERIFY(read > previous);
        QVERIFY(total == -1 || (total >= read && total == 70000));
        previous = read;
    }
}

void TestMemberTableModel::reloadWithinTheBudgetKeepsTheRowsShown()
{
    const QString path = writeRoster(sampleMembers());
    QVERIFY(loadAndWait(*m_model, path));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy finished(m_model, &MemberTableModel::loadFinished);
    m_model->load(path, Workspace);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(reset.size(), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestMemberTableModel::reloadOverTheBudgetClearsTheRowsFirst()
{
    const QString path = writeRoster(sampleMembers());
    QVERIFY(loadAndWait(*m_model, path));
    m_model->setReloadMemoryBudget(0);
    QSignalSpy finished(m_model, &MemberTableModel::loadFinished);
    m_model->load(path, Workspace);
    // Old and new members would not fit together: the old ones go at once.
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->workspaceId(), Workspace);
    QVERIFY(m_model->isLoading());
    // An action meanwhile still reaches the members the load brings.
    m_model->upsert(member(u"katherine@example.com"_s, u"Katherine Johnson"_s));
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->memberAt(0).email, u"ada@example.com"_s);
    QVERIFY(m_model->rowOfEmail(u"katherine@example.com"_s) >= 0);
}

void TestMemberTableModel::loadMatchesTheMembersAddedOneByOne()
{
    // Texts that test the UTF-8 decoding and the search folding: accents, a character beyond
    // the BMP, a display name that is not first + last, no display name, a bio, no times.
    QList<MemberRecord> members = sampleMembers();
    MemberRecord soren = member(u"søren@eksempel.dk"_s, u"Søren Kierkegaard"_s);
    soren.bio = u"Filosof 🦉, født i København."_s;
    soren.groups = {{u"g3"_s, u"Tänkare"_s}};
    MemberRecord nick = member(u"nick@example.com"_s, u"The Nick"_s);
    nick.firstName = u"Nicolás"_s;
    nick.lastName = u"Ñúñez"_s;
    nick.providerMemberId.clear();
    nick.updatedAt = QDateTime();
    MemberRecord first = member(u"solo@example.com"_s, QString());
    first.firstName = u"Straße"_s;
    first.lastName.clear();
    first.roleId = u"role_x"_s;
    first.roleName.clear();
    members << soren << nick << first;
    // Profile fields told or not, in combinations (each a bit of the reader's flags), and
    // admins with and without them.
    for (int told = 0; told < 32; ++told) {
        MemberRecord profiled = member(u"profile%1@example.com"_s.arg(told), u"Pro File"_s);
        if (told & 1)
            profiled.statusLine = told & 2 ? u"On holiday"_s : QString();
        if (told & 2)
            profiled.linkedin = u"https://www.linkedin.com/in/p%1"_s.arg(told);
        if (told & 4)
            profiled.twitter = u"https://x.com/p%1"_s.arg(told);
        if (told & 8)
            profiled.instagram = u"https://www.instagram.com/p"_s;
        profiled.isAdmin = told & 16;
        profiled.avatarUrl = told % 3 ? u"https://cdn.example.com/placeholder.jpg"_s : QString();
        members << profiled;
    }
    for (int i = 0; i < 50; ++i)
        members.append(member(u"m%1@example.com"_s.arg(49 - i), u"Émile %1"_s.arg(i % 7)));
    const QString path = writeRoster(members);
    QVERIFY(loadAndWait(*m_model, path));

    // The same members added one record at a time, as after an action.
    RosterDatabase db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const auto stored = MemberRepository(db).list(Workspace, MemberOrder::Insertion, &error);
    QVERIFY2(stored, qPrintable(error));
    MemberStorage expected(Workspace, m_model->collationLocale());
    for (const MemberRecord &record : *stored)
        QVERIFY(expected.append(record));

    const MemberStorage &loaded = m_model->members();
    QCOMPARE(loaded.size(), expected.size());
    for (qsizetype row = 0; row < loaded.size(); ++row) {
        QCOMPARE(loaded.record(row), expected.record(row));
        QCOMPARE(loaded.searchText(row), expected.searchText(row));
        QCOMPARE(loaded.groupsText(row), expected.groupsText(row));
    }
    QCOMPARE(loaded.nameOrder().rowsByName(), expected.nameOrder().rowsByName());
    // Ranks differ (one-by-one leaves gaps), but equal names share one in both.
    const QList<quint32> byName = loaded.nameOrder().rowsByName();
    for (qsizetype i = 1; i < byName.size(); ++i) {
        const quint32 a = byName.at(i - 1);
        const quint32 b = byName.at(i);
        QCOMPARE(loaded.nameOrder().rank(a) == loaded.nameOrder().rank(b),
                 expected.nameOrder().rank(a) == expected.nameOrder().rank(b));
    }
    // The email order read from the store's index is the one sorted in memory.
    QCOMPARE(loaded.emailOrder().rows(), expected.emailOrder().rows());
    QCOMPARE(loaded.email(loaded.emailOrder().rows().first()), u"ada@example.com"_s);
}

void TestMemberTableModel::rowsInOrderOfIds_data()
{
    QTest::addColumn<QList<qint64>>("rowIds");
    QTest::addColumn<QList<qint64>>("idsInOrder");
    QTest::addColumn<QList<quint32>>("rows");
    QTest::newRow("a sequence") << QList<qint64>{100, 101, 102, 103}
                                << QList<qint64>{102, 100, 103, 101} << QList<quint32>{2, 0, 3, 1};
    QTest::newRow("gaps of removed members")
        << QList<qint64>{100, 104, 105, 111} << QList<qint64>{111, 104, 100, 105}
        << QList<quint32>{3, 1, 0, 2};
    QTest::newRow("ids far apart")
        << QList<qint64>{5, 1'000'000, 1'000'000'000} << QList<qint64>{1'000'000'000, 5, 1'000'000}
        << QList<quint32>{2, 0, 1};
    QTest::newRow("an id that is no row")
        << QList<qint64>{100, 101, 102} << QList<qint64>{102, 100, 107} << QList<quint32>{};
    QTest::newRow("an id twice") << QList<qint64>{100, 101, 102} << QList<qint64>{102, 100, 102}
                                 << QList<quint32>{};
    QTest::newRow("an id twice, far apart") << QList<qint64>{5, 1'000'000, 1'000'000'000}
                                            << QList<qint64>{5, 5, 1'000'000} << QList<quint32>{};
    QTest::newRow("a row missing")
        << QList<qint64>{100, 101, 102} << QList<qint64>{102, 100} << QList<quint32>{};
}

void TestMemberTableModel::rowsInOrderOfIds()
{
    QFETCH(QList<qint64>, rowIds);
    QFETCH(QList<qint64>, idsInOrder);
    QFETCH(QList<quint32>, rows);
    QCOMPARE(EmailOrder::rowsOfIds(idsInOrder, rowIds), rows);
}

QTEST_GUILESS_MAIN(TestMemberTableModel)
#include "tst_member_table_model.moc"
