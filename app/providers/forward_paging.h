#pragma once

#include "remote_member.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

// Reads Forward's paged user list ({data, meta: {page, size, total_count}}, live) to its end and
// judges whether what it read is every user (MemberListing::complete). Whether pages count from
// 0 or from 1 is not known: the first page asked is 0, and meta.page in the answer tells (a
// server that counts from 1 answers page 1 to it, or refuses it, and is then asked page 1).
// Also read: {data, total} and a bare array, which give no page number; a listing without a
// count is never complete.
class ForwardPaging
{
    Q_DECLARE_TR_FUNCTIONS(ForwardPaging)

public:
    explicit ForwardPaging(int requestedSize) : m_requestedSize(requestedSize) {}

    int nextPage() const { return m_nextPage; }
    int requestedSize() const { return m_requestedSize; }

    enum class Next
    {
        Ask,  // ask nextPage()
        Done, // listing() is all there is to read
    };
    // The answer to nextPage(): its envelope (the answer without its list), its parsed members,
    // of which it keeps those not listed before (a member is handed on once), and how many of
    // its items could not be read.
    Next take(const QJsonObject &envelope, QList<RemoteMember> &members, int unreadable);
    // The first page was refused: true when it is worth asking page 1 instead.
    bool retryFromOne();
    ListingEnd end() const;
    // Members taken so far, and the count Forward gave, if any.
    qint64 membersRead() const { return m_read; }
    std::optional<qint64> total() const { return m_total; }

private:
    Next stop(const QString &why);

    int m_requestedSize;
    int m_nextPage = 0;
    int m_pagesRead = 0;
    bool m_triedFromOne = false;
    std::optional<qint64> m_total;
    QSet<QString> m_seen;
    qint64 m_read = 0;
    int m_unreadable = 0;
    QString m_whyIncomplete;
};
