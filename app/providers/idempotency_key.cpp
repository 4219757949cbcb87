#include "idempotency_key.h"

#include <QRandomGenerator>
#include <array>

QString newIdempotencyKey()
{
    std::array<quint32, 4> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QStringLiteral("roster-") + QString::fromLatin1(bytes.toHex());
}
