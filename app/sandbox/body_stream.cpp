#include "body_stream.h"

void BodyStream::addText(QByteArray text)
{
    m_parts.push_back(Part{std::move(text), -1, {}});
}

void BodyStream::addArray(qsizetype count, ItemWriter write)
{
    m_parts.push_back(Part{{}, count, std::move(write)});
}

bool BodyStream::measure(qsizetype items)
{
    qsizetype counted = 0;
    while (m_size < 0 && counted < items) {
        if (m_countPart == m_parts.size()) {
            m_size = m_counted;
            m_scratch = QByteArray();
            break;
        }
        const Part &part = m_parts[m_countPart];
        if (part.count < 0) {
            m_counted += part.text.size();
            ++m_countPart;
        } else if (m_countItem < part.count) {
            m_scratch.resize(0); // keeps the capacity
            part.write(m_countItem++, m_scratch);
            m_counted += m_scratch.size();
            ++counted;
        } else {
            m_counted += 2 + std::max<qsizetype>(0, part.count - 1); // brackets and commas
            ++m_countPart;
            m_countItem = 0;
        }
    }
    return m_size >= 0;
}

qint64 BodyStream::size()
{
    while (!measure(1 << 20)) {
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
