#pragma once

#include <QString>
#include <QVariant>

// The one rule for showing outside text (a file's cells, a provider's names, audit details) in a
// terminal or a widget: control characters are shown as \xHH, so that an escape sequence in a
// cell can neither drive the terminal (ESC]0; sets its title, ESC[2J clears it) nor hide text.
// Escaped: C0 (U+0000..U+001F) except tab, DEL (U+007F) and C1 (U+0080..U+009F). Everything
// else is kept, backslashes included. JSON output needs none of this: it escapes them itself.
namespace DisplayText {
// A cell or a name on one line: newlines are escaped too ("a\nb" -> "a\x0ab").
QString escaped(const QString &text);
// Text of several lines, as a whole message: newlines are kept, the rest as escaped().
QString escapedKeepingLines(const QString &text);
// For a model's data(): a string for the display or accessible-text role as escaped(), for the
// tooltip role as escapedKeepingLines(); any other value or role as it is.
QVariant escapedForRole(const QVariant &value, int role);
} // namespace DisplayText
