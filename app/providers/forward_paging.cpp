#include "forward_paging.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
std::optional<qint64> numberAt(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

// Pages beyond the count, for a server that keeps answering full pages past it.
constexpr int SparePages = 2;
} // namespace

bool ForwardPaging::retryFromOne()
{
    if (m_pagesRead > 0 || m_triedFromOne)
        return false;
    m_triedFromOne = true;
    m_nextPage = 1;
    return true;
}

ForwardPaging::Next ForwardPaging::stop(const QString &why)
{
    if (m_whyIncomplete.isEmpty())
        m_whyIncomplete = why;
    return Next::Done;
}

ForwardPaging::Next ForwardPaging::take(const QJsonObject &object, QList<RemoteMember> &members,
                                        int unreadable)
{
    const int asked = m_nextPage;
    ++m_pagesRead;
    const QJsonObject meta = object.value(u"meta"_s).toObject();
    const std::optional<qint64> page = numberAt(meta, u"page"_s);
    const std::optional<qint64> size = numberAt(meta, u"size"_s);
    const std::optional<qint64> total = meta.contains(u"total_count"_s)
                                            ? numberAt(meta, u"total_count"_s)
                                            : numberAt(object, u"total"_s);
    if (total)
        m_total = total;

    // Page 0 answered as page 1: the server counts from 1 and took 0 for its first page.
    const bool countsFromOne = m_pagesRead == 1 && asked == 0 && page == 1;
    if (page && *page != asked && !countsFromOne) {
        members.clear();
        return stop(tr("Forward answered page %1 when asked for page %2.")
                        .arg(QString::number(*page), QString::number(asked)));
    }

    const qsizetype itemsRead = members.size();
    members.removeIf([this](const RemoteMember &member) {
        if (m_seen.contains(member.id))
            return true;
        m_seen.insert(member.id);
        return false;
    });
    const qsizetype fresh = members.size();
    m_read += fresh;
    m_unreadable += unreadable;
    if (m_unreadable > 0 && m_whyIncomplete.isEmpty())
        m_whyIncomplete =
            tr("%n of the users Forward listed had no id or email.", nullptr, int(m_unreadable));
    const qsizetype items = itemsRead + unreadable;
    if (items > 0 && fresh == 0 && unreadable == 0)
        return stop(tr("Forward answered page %1 with users it had listed already.")
                        .arg(QString::number(asked)));
    m_nextPage = (countsFromOne ? 1 : asked) + 1;

    if (!m_total) {
        const qint64 pageSize = size.value_or(m_requestedSize);
        if (items == 0 || items < pageSize)
            return stop(tr("Forward's list of users gave no count, so Roster cannot tell that it "
                           "is complete."));
        return Next::Ask;
    }
    const qint64 read = m_read + m_unreadable;
    if (read >= *m_total) {
        if (read > *m_total)
            return stop(tr("Forward listed %1 users where it counted %2: the list changed while "
                           "Roster read it.")
                            .arg(QString::number(read), QString::number(*m_total)));
        return Next::Done;
    }
    if (items == 0)
        return stop(tr("Forward's list of users ended after %1 of the %2 it counted.")
                        .arg(QString::number(read), QString::number(*m_total)));
    const qint64 pageSize = std::max<qint64>(1, size.value_or(items));
    if (m_pagesRead > *m_total / pageSize + SparePages)
        return stop(tr("Forward kept answering pages beyond the %1 users it counted.")
                        .arg(QString::number(*m_total)));
    return Next::Ask;
}

ListingEnd ForwardPaging::end() const
{
    ListingEnd listing;
    listing.members = m_read;
    listing.whyIncomplete = m_whyIncomplete;
    if (listing.whyIncomplete.isEmpty() && !m_total)
        listing.whyIncomplete = tr("Forward's list of users gave no count, so Roster cannot tell "
                                   "that it is complete.");
    listing.complete = listing.whyIncomplete.isEmpty();
    return listing;
}
