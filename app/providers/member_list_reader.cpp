#include "member_list_reader.h"

MemberListReader::MemberListReader(Parse parse, qsizetype batchSize, BatchReady ready)
    : m_parse(std::move(parse)), m_batchSize(std::max<qsizetype>(1, batchSize)),
      m_ready(std::move(ready)), m_stream([this](const QJsonValue &item) { take(item); })
{}

void MemberListReader::take(const QJsonValue &item)
{
    std::optional<RemoteMember> member = m_parse(item);
    if (!member) {
        ++m_unreadable;
        return;
    }
    ++m_read;
    m_batch.append(std::move(*member));
    if (m_batch.size() >= m_batchSize)
        handOn();
}

void MemberListReader::handOn()
{
    if (m_batch.isEmpty())
        return;
    QList<RemoteMember> batch;
    batch.swap(m_batch);
    m_ready(std::move(batch));
}

bool MemberListReader::feed(QByteArrayView bytes)
{
    return m_stream.feed(bytes);
}

bool MemberListReader::finish()
{
    if (!m_stream.finish())
        return false;
    handOn();
    return true;
}

BodySink listingBody(std::shared_ptr<MemberListReader> reader,
                     std::shared_ptr<ListingProgress> progress, const ListingSink &sink,
                     bool oneAnswer)
{
    BodySink body;
    if (oneAnswer)
        body.begin = [progress](qint64 expected) { progress->bytesExpected = expected; };
    const qint64 before = progress->membersRead;
    body.write = [reader, progress, report = sink.progress, before](QByteArrayView bytes) {
        const bool read = reader->feed(bytes);
        progress->bytesRead += bytes.size();
        progress->membersRead = before + reader->membersRead();
        if (report)
            report(*progress);
        return read;
    };
    body.ready = sink.ready;
    return body;
}
