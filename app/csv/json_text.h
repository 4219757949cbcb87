#pragma once

#include <QByteArray>
#include <QStringView>

// Appends `text` to `out` as a JSON string in UTF-8, quotes included. Control characters are
// escaped; a lone surrogate becomes U+FFFD.
void appendJsonString(QByteArray &out, QStringView text);
