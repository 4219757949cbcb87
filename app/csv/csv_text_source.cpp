#include "csv_text_source.h"

#include "csv_encoding.h"

#include <QIODevice>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace CsvEncodingDetection;

namespace {
// Qt's UTF-16 decoder passes unpaired surrogates through: they are not text, and would reach
// the provider and the local roster as different strings. Each becomes U+FFFD, like a byte that
// is not UTF-8. True if there was one.
bool replaceLoneSurrogates(QString &text)
{
    bool found = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        text[i] = QChar::ReplacementCharacter;
        found = true;
    }
    return found;
}

constexpr qsizetype ScanChunkSize = 1024 * 1024;
constexpr QStringConverter::Flags DecoderFlags = QStringConverter::Flag::ConvertInitialBom;
} // namespace

CsvTextSource::CsvTextSource(QIODevice *device, qsizetype chunkSize)
    : m_device(device), m_chunkSize(std::max<qsizetype>(chunkSize, 1))
{}

bool CsvTextSource::open(std::optional<CsvEncoding> encoding)
{
    m_bytes.resize(std::max<qsizetype>(m_chunkSize, 4) + 4);
    if (!fill(4))
        return false;
    const QByteArrayView start(m_bytes.constData(), m_filled);
    m_encoding = encoding ? *encoding : detect();
    if (failed())
        return false;
    const std::optional<Bom> bom = detectBom(start);
    m_bom = bom && bom->encoding == m_encoding;
    if (m_bom) {
        std::memmove(m_bytes.data(), m_bytes.constData() + bom->length, m_filled - bom->length);
        m_filled -= bom->length;
    }
    switch (m_encoding) {
    case CsvEncoding::Utf8: // decode() has its own path for UTF-8
        break;
    case CsvEncoding::Utf16LE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE, DecoderFlags);
        break;
    case CsvEncoding::Utf16BE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE, DecoderFlags);
        break;
    case CsvEncoding::Windows1252:
        m_decoder = QStringDecoder("windows-1252", DecoderFlags); // through ICU
        m_table1252 = !m_decoder.isValid();
        break;
    }
    return true;
}

// Reads until the buffer holds `minimum` bytes (or a chunk, whichever is more) or the input ends.
bool CsvTextSource::fill(qsizetype minimum)
{
    const qsizetype target = std::max(minimum, std::min<qsizetype>(m_chunkSize, m_bytes.size()));
    while (!m_eof && m_filled < target) {
        const qint64 n = m_device->read(m_bytes.data() + m_filled, target - m_filled);
        if (n < 0) {
            m_error = m_device->errorString().isEmpty() ? tr("the device could not be read")
                                                        : m_device->errorString();
            return false;
        }
        if (n == 0)
            m_eof = true;
        m_filled += n;
        m_bytesRead += n;
    }
    return true;
}

CsvEncoding CsvTextSource::detect()
{
    const QByteArrayView start(m_bytes.constData(), m_filled);
    if (const std::optional<Bom> bom = detectBom(start))
        return bom->encoding;
    if (const std::optional<CsvEncoding> utf16 = guessUtf16WithoutBom(start))
        return *utf16;
    const qsizetype complete = completePrefixLength(start, CsvEncoding::Utf8);
    if (!isValidUtf8(start.first(complete)) || (m_eof && complete < start.size()))
        return CsvEncoding::Windows1252;
    if (m_eof || m_device->isSequential())
        return CsvEncoding::Utf8;
    return wholeFileIsUtf8() ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
}

// Checks the rest of a random-access device, then puts it back where it was.
bool CsvTextSource::wholeFileIsUtf8()
{
    const qint64 resume = m_device->pos();
    QByteArray buffer(ScanChunkSize + 4, Qt::Uninitialized);
    // The incomplete sequence at the end of the first chunk comes first.
    const QByteArrayView start(m_bytes.constData(), m_filled);
    qsizetype carried = m_filled - completePrefixLength(start, CsvEncoding::Utf8);
    std::memcpy(buffer.data(), m_bytes.constData() + m_filled - carried, carried);
    bool valid = true;
    while (valid) {
        const qint64 n = m_device->read(buffer.data() + carried, ScanChunkSize);
        if (n < 0) {
            m_error = m_device->errorString();
            break;
        }
        const QByteArrayView bytes(buffer.constData(), carried + n);
        if (n == 0) {
            valid = carried == 0;
            break;
        }
        const qsizetype complete = completePrefixLength(bytes, CsvEncoding::Utf8);
        valid = isValidUtf8(bytes.first(complete));
        carried = bytes.size() - complete;
        std::memmove(buffer.data(), buffer.constData() + complete, carried);
    }
    if (!m_device->seek(resume) && m_error.isEmpty())
        m_error =
            tr("the file could not be read again from its start: %1").arg(m_device->errorString());
    return valid;
}

bool CsvTextSource::next(QString &text)
{
    m_decodeErrors = false;
    if (failed() || !fill(1) || m_filled == 0)
        return false;
    qsizetype complete =
        completePrefixLength(QByteArrayView(m_bytes.constData(), m_filled), m_encoding);
    while (complete == 0 && !m_eof) { // only a cut-off character so far: read on
        if (!fill(m_filled + 4))
            return false;
        complete = completePrefixLength(QByteArrayView(m_bytes.constData(), m_filled), m_encoding);
    }
    decode(QByteArrayView(m_bytes.constData(), complete), text);
    if (m_eof && complete < m_filled) { // the input ends inside a character
        text.append(QChar(u'\uFFFD'));
        m_decodeErrors = true;
        complete = m_filled;
    }
    std::memmove(m_bytes.data(), m_bytes.constData() + complete, m_filled - complete);
    m_filled -= complete;
    return true;
}

void CsvTextSource::decode(QByteArrayView bytes, QString &text)
{
    if (m_encoding == CsvEncoding::Utf8) {
        text.resize(bytes.size());
        char16_t *out = reinterpret_cast<char16_t *>(text.data());
        bool errors = false;
        const char16_t *end = decodeUtf8(bytes, out, &errors);
        m_decodeErrors = errors;
        text.resize(end - out);
        return;
    }
    if (m_table1252) {
        text.resize(bytes.size());
        decodeWindows1252(bytes, text.data());
        return;
    }
    // Chunks end on whole characters, so each one decodes on its own and hasError() tells about
    // this chunk alone.
    m_decoder.resetState();
    text.resize(m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(text.data(), bytes);
    m_decodeErrors = m_decoder.hasError();
    text.resize(end - text.constData());
    if (m_encoding == CsvEncoding::Utf16LE || m_encoding == CsvEncoding::Utf16BE)
        m_decodeErrors = replaceLoneSurrogates(text) || m_decodeErrors;
}
