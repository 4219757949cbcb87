#pragma once

#include "member_repository.h"
#include "member_table_model.h"
#include "roster_database.h"

#include <QSignalSpy>
#include <QTest>

// Members and a real roster file for the model tests.
namespace ModelTestData {

using namespace Qt::StringLiterals;

inline const QString Workspace = u"ws-test"_s;

inline MemberRecord member(const QString &email, const QString &displayName,
                           MemberStatus status = MemberStatus::Active)
{
    MemberRecord record;
    record.workspaceId = Workspace;
    record.email = email;
    record.displayName = displayName;
    const qsizetype space = displayName.indexOf(u' ');
    record.firstName = space < 0 ? displayName : displayName.left(space);
    record.lastName = space < 0 ? QString() : displayName.mid(space + 1);
    record.providerMemberId = u"id-"_s + email.section(u'@', 0, 0);
    record.status = status;
    record.roleId = u"role_member"_s;
    record.roleName = u"Member"_s;
    record.createdAt = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    record.updatedAt = record.createdAt.addDays(1);
    return record;
}

// Writes `members` to a roster file at `path`; QVERIFY-style failure text on error.
inline bool writeMembers(const QString &path, const QList<MemberRecord> &members, QString *error)
{
    RosterDatabase db(path);
    if (!db.open(error))
        return false;
    MemberRepository repository(db);
    return members.isEmpty() || repository.upsertMany(members, error).has_value();
}

// Loads `workspace` from `path` into `model` and waits for the outcome: true when it loaded.
inline bool loadAndWait(MemberTableModel &model, const QString &path,
                        const QString &workspace = Workspace, QString *failure = nullptr)
{
    QSignalSpy finished(&model, &MemberTableModel::loadFinished);
    QSignalSpy failed(&model, &MemberTableModel::loadFailed);
    model.load(path, workspace);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    if (failure && !failed.isEmpty())
        *failure = failed.first().first().toString();
    return !finished.isEmpty();
}

} // namespace ModelTestData
