#pragma once

#include <QByteArray>
#include <QString>

// Overwrites a secret's characters with zeros before its buffer is released. Qt shares buffers
// between copies: a buffer that another copy still holds is left to that copy (its holder wipes
// it in turn), so that no copy is changed behind its holder's back.
struct SecretWipe
{
    // Zeros in place, keeping the size; false when the buffer is shared and was left alone.
    static bool overwrite(QByteArray &bytes);
    static bool overwrite(QString &text);
    // overwrite(), then empty.
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);
};
