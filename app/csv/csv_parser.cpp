#include "csv_parser.h"

#include "csv_format.h"
#include "csv_scan.h"

#include <algorithm>
#include <cstring>

using CsvScan::findAny;

namespace {
constexpr char16_t Replacement = u'\uFFFD';
constexpr qsizetype MinimumTextCapacity = 256;
constexpr qsizetype MinimumFieldCapacity = 32;
} // namespace

CsvParser::CsvParser(QChar delimiter) : m_delimiter(delimiter.unicode()) {}

bool CsvParser::parse(QStringView text, qsizetype *pos)
{
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    const char16_t *p = begin + *pos;
    const char16_t delimiter = m_delimiter;
    const auto done = [&](bool complete) {
        *pos = p - begin;
        return complete;
    };

    while (p < end) {
        switch (m_state) {
        case State::RecordStart: {
            const char16_t c = *p;
            if (m_skipLf) {
                m_skipLf = false;
                if (c == u'\n') {
                    ++p;
                    continue;
                }
            }
            if (c == u'\n' || c == u'\r') { // an empty line
                ++m_line;
                m_skipLf = c == u'\r';
                ++p;
                continue;
            }
            beginRecord();
            if (const char16_t *next = parseWholeRecord(p, end)) {
                p = next;
                return done(true);
            }
            m_state = State::FieldStart;
            [[fallthrough]];
        }
        case State::FieldStart:
            m_fieldLine = m_line;
            m_fieldStart = m_length;
            if (*p == u'"') {
                m_quoteLine = m_line;
                m_state = State::Quoted;
                ++p;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char16_t *run = p;
            p = findAny(p, end, delimiter, u'\n', u'\r', u'\0', u'\0');
            append(run, p - run);
            if (p == end)
                return done(false);
            const char16_t c = *p++;
            if (c == delimiter) {
                endField();
                m_state = State::FieldStart;
            } else if (c == u'\0') {
                appendNul();
            } else {
                endField();
                endRecord(c);
                return done(true);
            }
            continue;
        }
        case State::Quoted: {
            const char16_t *run = p;
            p = findAny(p, end, u'"', u'\n', u'\r', u'\0', u'\0');
            append(run, p - run);
            if (p == end)
                return done(false);
            const char16_t c = *p++;
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
            } else if (c == u'\0') {
                appendNul();
            } else {
                append(&c, 1);
                ++m_line;
                if (c == u'\r')
                    m_state = State::QuotedAfterCr;
            }
            continue;
        }
        case State::QuotedAfterCr:
            if (*p == u'\n') {
                append(p, 1);
                ++p;
            }
            m_state = State::Quoted;
            continue;
        case State::QuoteInQuoted: {
            const char16_t c = *p;
            if (c == u'"') { // a doubled quote
                append(p, 1);
                ++p;
                m_state = State::Quoted;
            } else if (c == delimiter) {
                ++p;
                endField();
                m_state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                ++p;
                endField();
                endRecord(c);
                return done(true);
            } else { // text after the closing quote joins the field
                m_state = State::Unquoted;
            }
            continue;
        }
        }
    }
    return done(false);
}

bool CsvParser::finish()
{
    switch (m_state) {
    case State::RecordStart:
        return false;
    case State::Quoted:
    case State::QuotedAfterCr:
        m_record.m_errors.append(
            CsvError::unterminatedQuote(m_quoteLine, m_record.m_line, m_fieldIndex));
        m_stopped = true;
        break;
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        break;
    }
    endField();
    m_record.m_endLine = m_line;
    completeRecord();
    return true;
}

void CsvParser::setDecodeErrors(bool errors, const QString &encodingName)
{
    m_decodeErrors = errors;
    m_encodingName = encodingName;
    if (errors && m_state != State::RecordStart)
        m_recordSuspect = true;
}

void CsvParser::beginRecord()
{
    CsvRecord &record = m_record;
    if (!record.m_errors.isEmpty())
        record.m_errors.clear();
    record.m_line = m_line;
    // Write straight into the record's buffers, reused while no copy of the record shares them.
    if (!record.m_text.isDetached() || record.m_text.size() < MinimumTextCapacity)
        record.m_text = QString(MinimumTextCapacity, Qt::Uninitialized);
    m_out = reinterpret_cast<char16_t *>(record.m_text.data());
    m_capacity = record.m_text.size();
    m_length = 0;
    if (!record.m_bounds.isDetached() || record.m_bounds.size() < 2 * MinimumFieldCapacity)
        record.m_bounds = QList<qsizetype>(2 * MinimumFieldCapacity);
    m_bounds = record.m_bounds.data();
    m_boundsCapacity = record.m_bounds.size();
    m_fieldCount = 0;
    m_fieldIndex = 0;
    m_fieldStart = 0;
    m_fieldCut = false;
    m_recordCut = false;
    m_fieldNul = false;
    m_recordSuspect = m_decodeErrors;
}

void CsvParser::reserveText(qsizetype length)
{
    if (length <= m_capacity)
        return;
    QString &text = m_record.m_text;
    text.resize(std::max(length, 2 * m_capacity));
    text.resize(text.capacity());
    m_out = reinterpret_cast<char16_t *>(text.data());
    m_capacity = text.size();
}

void CsvParser::growBounds()
{
    QList<qsizetype> &bounds = m_record.m_bounds;
    bounds.resize(2 * m_boundsCapacity);
    bounds.resize(bounds.capacity());
    m_bounds = bounds.data();
    m_boundsCapacity = bounds.size();
}

void CsvParser::append(const char16_t *text, qsizetype length)
{
    if (length == 0 || m_fieldIndex >= CsvLimits::MaxFieldCount)
        return;
    const qsizetype fieldLength = m_length - m_fieldStart;
    const qsizetype room =
        std::min(CsvLimits::MaxFieldLength - fieldLength, CsvLimits::MaxRecordLength - m_length);
    if (length > room) {
        overflow(fieldLength);
        length = std::max<qsizetype>(room, 0);
    }
    reserveText(m_length + length);
    std::memcpy(m_out + m_length, text, size_t(length) * sizeof(char16_t));
    m_length += length;
}

void CsvParser::overflow(qsizetype fieldLength)
{
    const bool fieldLimit =
        CsvLimits::MaxFieldLength - fieldLength <= CsvLimits::MaxRecordLength - m_length;
    if (fieldLimit && !m_fieldCut) {
        m_fieldCut = true;
        m_record.m_errors.append(
            CsvError::fieldTooLong(m_fieldLine, m_record.m_line, m_fieldIndex));
    } else if (!fieldLimit && !m_recordCut) {
        m_recordCut = true;
        m_record.m_errors.append(CsvError::recordTooLong(m_line, m_record.m_line));
    }
}

void CsvParser::appendNul()
{
    if (!m_fieldNul) {
        m_fieldNul = true;
        m_record.m_errors.append(CsvError::nulCharacter(m_line, m_record.m_line, m_fieldIndex));
    }
    const char16_t replacement = Replacement;
    append(&replacement, 1);
}

void CsvParser::endField()
{
    if (m_fieldIndex < CsvLimits::MaxFieldCount) {
        addBounds(m_fieldCount, m_fieldStart, m_length);
        ++m_fieldCount;
    } else if (m_fieldIndex == CsvLimits::MaxFieldCount) {
        m_record.m_errors.append(CsvError::tooManyFields(m_record.m_line));
    }
    ++m_fieldIndex;
    m_fieldCut = false;
    m_fieldNul = false;
}

void CsvParser::endRecord(char16_t lineBreak)
{
    m_record.m_endLine = m_line;
    ++m_line;
    m_skipLf = lineBreak == u'\r';
    completeRecord();
}

void CsvParser::completeRecord()
{
    m_state = State::RecordStart;
    m_record.m_count = m_fieldCount;
    m_out = nullptr;
    m_bounds = nullptr;
    if (m_recordSuspect)
        checkEncoding();
}

// Reports the first field holding a U+FFFD that the decoder put in place of bad bytes. (A U+FFFD
// that was in the file itself, near bad bytes, is reported too.)
void CsvParser::checkEncoding()
{
    const CsvRecord &record = m_record;
    qint64 line = record.m_line;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QStringView field = record.field(i);
        const bool hasNulError =
            std::any_of(record.m_errors.cbegin(), record.m_errors.cend(), [i](const CsvError &e) {
                return e.kind == CsvError::Kind::NulCharacter && e.field == i;
            });
        for (qsizetype k = 0; k < field.size(); ++k) {
            const char16_t c = field.at(k).unicode();
            if (c == u'\n' || (c == u'\r' && (k + 1 == field.size() || field.at(k + 1) != u'\n')))
                ++line;
            else if (c == Replacement && !hasNulError) {
                m_record.m_errors.append(
                    CsvError::invalidEncoding(line, record.m_line, i, m_encodingName));
                return;
            }
        }
    }
}
