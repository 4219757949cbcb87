#include "secret_wipe.h"

namespace {

template <typename Char> void zero(Char *data, qsizetype size)
{
    volatile Char *chars = data;
    for (qsizetype i = 0; i < size; ++i)
        chars[i] = 0;
}

} // namespace

bool SecretWipe::overwrite(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (!bytes.isDetached())
        return false;
    zero(bytes.data(), bytes.size());
    return true;
}

bool SecretWipe::overwrite(QString &text)
{
    if (text.isEmpty())
        return true;
    if (!text.isDetached())
        return false;
    zero(reinterpret_cast<char16_t *>(text.data()), text.size());
    return true;
}

void SecretWipe::wipe(QByteArray &bytes)
{
    overwrite(bytes);
    bytes.clear();
}

void SecretWipe::wipe(QString &text)
{
    overwrite(text);
    text.clear();
}
