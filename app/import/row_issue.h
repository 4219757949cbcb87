#pragma once

#include "import_field.h"

#include <QString>
#include <optional>

// One thing wrong with a row of an import file, shown on its row and cell.
struct RowIssue
{
    enum class Kind
    {
        // The CSV record itself is bad (ragged, NUL, too long, bad encoding, unterminated
        // quote): its cells are not checked.
        Malformed,
        MissingValue,
        InvalidEmail,
        // The email was on an earlier line already (otherLine); that row is the one imported.
        DuplicateEmail,
        UnknownRole,
        TooLong,
        // A social link that is not a full https:// URL.
        InvalidLink,
        // A picture file that is missing, unreadable, not PNG, JPEG or GIF, or too large.
        BadPicture,
        // A state column's word that is neither active nor deactivated (StateWords).
        UnknownState
    };

    Kind kind = Kind::Malformed;
    qint64 line = 0;
    // The cell: its column (0-based) and header name; -1 and empty when the value came from a
    // constant or the issue is about the whole row.
    qsizetype column = -1;
    QString columnName;
    std::optional<ImportField> field;
    qint64 otherLine = 0;
    // A sentence for people, translated, naming the line, the column and the value.
    QString message;
    // The message without the line and column it names, for a table that shows those beside it.
    QString detail;
};
