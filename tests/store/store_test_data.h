#pragma once

#include "member_record.h"

#include <QByteArray>
#include <QFile>

// Members and file helpers shared by the store's tests.
namespace StoreTestData {

inline MemberRecord member(const QString &workspaceId, int index)
{
    using namespace Qt::StringLiterals;
    MemberRecord record;
    record.workspaceId = workspaceId;
    record.providerMemberId = u"user_%1"_s.arg(index, 6, 10, QChar(u'0'));
    record.email = u"member%1@example.com"_s.arg(index);
    record.firstName = u"First%1"_s.arg(index);
    record.lastName = u"Last%1"_s.arg(index);
    record.displayName = record.firstName + u' ' + record.lastName;
    record.status = MemberStatus::Active;
    record.roleId = u"role_member"_s;
    record.roleName = u"Member"_s;
    record.groups = {{u"g1"_s, u"Everyone"_s}};
    record.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + index, Qt::UTC);
    record.updatedAt = record.createdAt.addSecs(60);
    return record;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace StoreTestData
