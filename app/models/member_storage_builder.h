#pragma once

#include "member_bulk_reader.h"
#include "member_storage.h"

#include <QCollatorSortKey>
#include <QHash>

// Files the rows of a bulk read (MemberBulkReader) into a MemberStorage on the thread that
// builds it, without a MemberRecord or a QString per row: UTF-8 is decoded straight into the
// text columns, the search text is folded from them, a role is looked up by its bytes only when
// it differs from the last row's, and each distinct name gets its collation key as it first
// appears, so that finish() only sorts the distinct names. Group sets are interned by the
// reading thread (MemberStorage::internGroupSetForLoad()).
class MemberStorageBuilder
{
public:
    explicit MemberStorageBuilder(MemberStorage *members);

    // False, changing nothing, when the text would pass TextColumn::MaxCharacters.
    bool append(const MemberRowBytes &row, quint32 groupSet);
    // Ranks the names. Then MemberStorage::finishLoad().
    void finish();

private:
    quint32 roleOf(const MemberRowBytes &row);
    quint32 nameOf(QStringView display, QStringView first, QStringView last);
    static void appendSearchText(QByteArray *out, QStringView display, QStringView first,
                                 QStringView last, QStringView email);

    MemberStorage *m_members;
    QByteArray m_lastRole;
    quint32 m_lastRoleIndex = 0;
    QHash<QByteArray, quint32> m_roles;
    QHash<QString, quint32> m_names;
    QList<QCollatorSortKey> m_nameKeys;
    QList<quint32> m_nameOfRow;
    QString m_fullName;
};
