#include "body_stream.h"

void BodyStream::addText(QByteArray text)
{
    m_parts.push_back(Part{std::move(text), -1, {}});
}

void BodyStream::addArray(qsizetype count, ItemWriter write)
{
    m_parts.push_back(Part{{}, count, std::move(write)});
}

qint64 BodyStream::size()
{
    if (m_size >= 0)
        return m_size;
    m_size = 0;
    QByteArray scratch;
    for (const Part &part : m_parts) {
        if (part.count < 0) {
            m_size += part.text.size();
            continue;
        }
        m_size += 2 + std::max<qsizetype>(0, part.count - 1); // brackets and commas
        for (qsizetype i = 0; i < part.count; ++i) {
            scratch.resize(0); // keeps the capacity
            part.write(i, scratch);
            m_size += scratch.size();
        }
    }
    return m_size;
}

bool BodyStream::writeNext(QByteArray &out, qint64 bytes)
{
    const qsizetype start = out.size();
    while (out.size() - start < bytes && m_part < m_parts.size()) {
        const Part &part = m_parts[m_part];
        if (part.count < 0) {
            out.append(part.text);
            ++m_part;
        } else if (m_item < 0) {
            out.append('[');
            m_item = 0;
        } else if (m_item < part.count) {
            if (m_item > 0)
                out.append(',');
            part.write(m_item++, out);
        } else {
            out.append(']');
            ++m_part;
            m_item = -1;
        }
    }
    return out.size() > start;
}
