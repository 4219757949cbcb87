#pragma once

#include "http_job.h"
#include "json_list_stream.h"
#include "remote_member.h"

#include <memory>

// A provider's list of users read as its bytes arrive: each item read by the provider's reader
// of one user, and handed on in batches of `batchSize` members.
class MemberListReader
{
public:
    using Parse = std::function<std::optional<RemoteMember>(const QJsonValue &)>;
    using BatchReady = std::function<void(QList<RemoteMember> batch)>;

    MemberListReader(Parse parse, qsizetype batchSize, BatchReady ready);

    // False once the answer cannot be read.
    bool feed(QByteArrayView bytes);
    // The answer ended: hands on the last batch; false when the answer was no complete list.
    bool finish();

    bool failed() const { return m_stream.failed(); }
    QString problem() const { return m_stream.problem(); }
    qint64 membersRead() const { return m_read; }
    // Items that were no user with an id and an email.
    int unreadable() const { return m_unreadable; }
    qint64 itemCount() const { return m_stream.itemCount(); }
    QJsonObject envelope() const { return m_stream.envelope(); }

private:
    void take(const QJsonValue &item);
    void handOn();

    Parse m_parse;
    qsizetype m_batchSize;
    BatchReady m_ready;
    QList<RemoteMember> m_batch;
    qint64 m_read = 0;
    int m_unreadable = 0;
    JsonListStream m_stream;
};

// The body of one answer of a listing, for HttpJob: fed to `reader`, with `progress` (the whole
// listing's, carried across pages) brought up to date and reported to `sink`. `oneAnswer`: the
// answer is the whole listing, so its Content-Length is the listing's size.
BodySink listingBody(std::shared_ptr<MemberListReader> reader,
                     std::shared_ptr<ListingProgress> progress, const ListingSink &sink,
                     bool oneAnswer);
