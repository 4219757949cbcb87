#pragma once

#include "csv_record.h"

// The RFC 4180 state machine, on decoded text that arrives in pieces of any size. A record may
// span pieces: the parser keeps its state between calls, so text can be cut anywhere (even
// between the CR and LF of a line break).
//
// Beyond RFC 4180, as real files and Python's csv module (non-strict) do: lines may end in CRLF,
// LF or a lone CR, mixed; empty lines are skipped (but counted); a quote inside an unquoted field
// is an ordinary character; text after a closing quote joins the field ("ab"c reads abc); the
// last line needs no line break.
//
// A record that lies whole in the piece at hand and has no line break or NUL inside quotes (the
// common case) is read in one pass: copied as it is, then its doubled quotes undone in place.
class CsvParser
{
public:
    explicit CsvParser(QChar delimiter);

    // Parses `text` from `*pos`. Returns true as soon as a record is complete (`*pos` then
    // points just after it); false when the text ran out mid-record or between records.
    bool parse(QStringView text, qsizetype *pos);
    // At the end of the input: completes the record in progress, if any (reporting an
    // unterminated quote), and returns whether there was one.
    bool finish();

    // The record parse() or finish() just completed; take() swaps it out, keeping the caller's
    // old buffers for the next record.
    const CsvRecord &record() const { return m_record; }
    void take(CsvRecord &out) { out.swap(m_record); }

    // Text from now on came from bytes the decoder could not decode (replaced by U+FFFD): the
    // records that hold such text get an InvalidEncoding error naming the encoding.
    void setDecodeErrors(bool errors, const QString &encodingName);

    // The line the parser is on (1-based): where the next record starts at the latest.
    qint64 line() const { return m_line; }
    // A record ended on an unterminated quote: nothing can follow.
    bool stopped() const { return m_stopped; }

private:
    enum class State
    {
        RecordStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuotedAfterCr,
        QuoteInQuoted
    };

    void beginRecord();
    const char16_t *parseWholeRecord(const char16_t *start, const char16_t *end);
    void reserveText(qsizetype length);
    void addBounds(qsizetype index, qsizetype start, qsizetype end)
    {
        if (2 * index + 2 > m_boundsCapacity)
            growBounds();
        m_bounds[2 * index] = start;
        m_bounds[2 * index + 1] = end;
    }
    void growBounds();
    void append(const char16_t *text, qsizetype length);
    void appendNul();
    void endField();
    void endRecord(char16_t lineBreak);
    void completeRecord();
    void checkEncoding();
    void overflow(qsizetype fieldLength);

    char16_t m_delimiter;
    State m_state = State::RecordStart;
    bool m_skipLf = false; // a CR ended the last line; an LF right after belongs to it
    qint64 m_line = 1;
    qint64 m_fieldLine = 1;
    qint64 m_quoteLine = 1;
    // The record being built, written in place: its text and field bounds at full capacity.
    char16_t *m_out = nullptr;
    qsizetype m_length = 0;
    qsizetype m_capacity = 0;
    qsizetype *m_bounds = nullptr;
    qsizetype m_boundsCapacity = 0;
    qsizetype m_fieldCount = 0; // fields stored
    qsizetype m_fieldIndex = 0; // fields begun, dropped ones (past MaxFieldCount) included
    qsizetype m_fieldStart = 0;
    bool m_fieldCut = false;
    bool m_recordCut = false;
    bool m_fieldNul = false;
    bool m_decodeErrors = false;
    bool m_recordSuspect = false;
    bool m_stopped = false;
    QString m_encodingName;
    CsvRecord m_record;
};
