#pragma once

#include "csv_error.h"

#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file: its fields as read (quotes removed, doubled quotes undone, line
// breaks inside quotes kept as they were), where it lies in the file, and what is wrong with it.
// The fields live in one buffer that a reader reuses from record to record; copies are cheap
// (implicitly shared) and independent of the reader.
class CsvRecord
{
public:
    // The physical line (1-based) where the record starts, and the one where it ends (later
    // when a quoted field holds line breaks).
    qint64 line() const { return m_line; }
    qint64 endLine() const { return m_endLine; }

    qsizetype size() const { return m_count; }
    // An empty view past the last field. The view stays valid while this record is unchanged.
    QStringView field(qsizetype index) const
    {
        if (index < 0 || index >= m_count)
            return {};
        const qsizetype start = m_bounds.at(2 * index);
        return QStringView(m_text.constData() + start, m_bounds.at(2 * index + 1) - start);
    }
    QStringList fields() const;

    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QList<CsvError> &errors() const { return m_errors; }
    // All of the errors' messages, joined by "; ".
    QString errorText() const;

    // A record with the given fields (for tests and for writing).
    static CsvRecord fromFields(const QStringList &fields, qint64 line = 0);
    // A copy in buffers of its own size, for keeping many records: one from a reader shares
    // buffers made for any record (half a kilobyte at least).
    CsvRecord compacted() const;

private:
    friend class CsvParser;
    friend class CsvReader;

    void swap(CsvRecord &other) noexcept
    {
        m_text.swap(other.m_text);
        m_bounds.swap(other.m_bounds);
        m_errors.swap(other.m_errors);
        std::swap(m_count, other.m_count);
        std::swap(m_line, other.m_line);
        std::swap(m_endLine, other.m_endLine);
    }

    // The parser writes both buffers in place at their full size; only the fields' bounds mean
    // anything in m_text.
    QString m_text;
    QList<qsizetype> m_bounds; // start and end of each field in m_text
    qsizetype m_count = 0;
    QList<CsvError> m_errors;
    qint64 m_line = 0;
    qint64 m_endLine = 0;
};
