#pragma once

#include "csv_format.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>

class QIODevice;

// Reads a device in chunks and hands out decoded text, never the whole file at once. Settles the
// encoding on open(): the caller's choice if given, else a byte order mark (UTF-8, UTF-16 LE or
// BE), else UTF-16 without a BOM when the zero bytes say so, else UTF-8 when every byte is valid
// UTF-8, else Windows-1252. The UTF-8 check covers the whole file on a random-access device (a
// fast pass, after which the device is put back where it was) and the first chunk on a
// sequential one. A BOM of the chosen encoding is skipped.
//
// read() must block until data comes or the input ends (files, QBuffer, stdin as a QFile), as it
// does for every device but sockets and processes.
class CsvTextSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvTextSource)
public:
    static constexpr qsizetype DefaultChunkSize = 256 * 1024;

    explicit CsvTextSource(QIODevice *device, qsizetype chunkSize = DefaultChunkSize);

    // Reads the first chunk and settles the encoding. False if reading failed (errorString()).
    bool open(std::optional<CsvEncoding> encoding);
    CsvEncoding encoding() const { return m_encoding; }
    bool hasBom() const { return m_bom; }

    // Replaces `text` with the next chunk of decoded text; false at the end of the input or on a
    // read failure (then failed() is true). The first chunk is at least 4 bytes when the file is.
    bool next(QString &text);
    // The chunk next() returned last held bytes invalid in the encoding (decoded as U+FFFD).
    bool decodeErrors() const { return m_decodeErrors; }

    // Every byte has been handed out.
    bool atEnd() const { return m_eof && m_filled == 0; }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes taken from the device so far (at most one chunk ahead of what next() returned).
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill(qsizetype minimum);
    CsvEncoding detect();
    bool wholeFileIsUtf8();
    void decode(QByteArrayView bytes, QString &text);

    QIODevice *m_device;
    qsizetype m_chunkSize;
    QByteArray m_bytes; // [0, m_filled): read but not yet decoded
    qsizetype m_filled = 0;
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    bool m_bom = false;
    bool m_table1252 = false;
    bool m_decodeErrors = false;
    QStringDecoder m_decoder;
    QString m_error;
};
