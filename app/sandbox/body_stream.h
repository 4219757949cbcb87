#pragma once

#include <QByteArray>
#include <functional>
#include <vector>

// A response body that is written piece by piece as the connection drains, never whole in
// memory: fixed text and JSON arrays whose items are written one at a time. Its size is known
// before the first byte (a first pass writes each item into a scratch buffer and sums the
// lengths), so the answer carries a Content-Length. The item writers must read a snapshot that
// does not change while the body is written.
class BodyStream
{
public:
    using ItemWriter = std::function<void(qsizetype index, QByteArray &out)>;

    void addText(QByteArray text);
    // "[item0,item1,...]"
    void addArray(qsizetype count, ItemWriter write);

    // Counts the size a step at a time (about `items` items), so that a large body does not
    // hold up the event loop; true once size() is known.
    bool measure(qsizetype items);
    qint64 size();
    // Appends whole items to `out` until it has grown by `bytes` or the body ends; false when
    // nothing was left to append.
    bool writeNext(QByteArray &out, qint64 bytes);

private:
    struct Part
    {
        QByteArray text;
        qsizetype count = -1; // -1: fixed text
        ItemWriter write;
    };

    std::vector<Part> m_parts;
    qint64 m_size = -1;
    qint64 m_counted = 0; // while measuring: the size of the parts and items counted so far
    std::size_t m_countPart = 0;
    qsizetype m_countItem = 0;
    QByteArray m_scratch;
    std::size_t m_part = 0;
    qsizetype m_item = -1; // within an array: -1 until its '[' is written
};
