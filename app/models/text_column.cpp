#include "text_column.h"

#include <QStringDecoder>

void appendUtf8(std::string_view text, QString *out)
{
    const qsizetype start = out->size();
    const auto size = qsizetype(text.size());
    // UTF-16 never takes more units than UTF-8 takes bytes.
    out->resize(start + size);
    char16_t *to = reinterpret_cast<char16_t *>(out->data()) + start;
    const auto *from = reinterpret_cast<const unsigned char *>(text.data());
    qsizetype ascii = 0;
    while (ascii < size && from[ascii] < 0x80) {
        to[ascii] = from[ascii];
        ++ascii;
    }
    if (ascii == size)
        return;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QChar *end = decoder.appendToBuffer(reinterpret_cast<QChar *>(to + ascii),
                                              QByteArrayView(text.data() + ascii, size - ascii));
    out->truncate(end - out->constData());
}
