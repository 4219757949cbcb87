#pragma once

#include "import_field.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

// Which CSV column fills which member field, and constants for fields the file lacks. A field
// comes from at most one column; a column fills at most one field, or is skipped.
//
// A constant fills its field on every row where no column gives a value: when no column is
// mapped to the field, or the row's cell is empty ("role = Member for all rows", or a default
// for blank cells).
class ColumnMapping
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(qsizetype columnCount);

    // Each column whose header importFieldForHeader() recognises, the first such column winning
    // when two name the same field (the later one is skipped).
    static ColumnMapping automatic(const QStringList &header);

    qsizetype columnCount() const { return m_fields.size(); }
    // nullopt: the column is skipped.
    std::optional<ImportField> fieldOf(qsizetype column) const;
    // -1 when no column fills the field.
    qsizetype columnOf(ImportField field) const;
    // Maps `column` to `field`, taking the field away from the column it had; nullopt skips it.
    void setColumn(qsizetype column, std::optional<ImportField> field);

    void setConstant(ImportField field, const QString &value);
    void clearConstant(ImportField field);
    std::optional<QString> constant(ImportField field) const;

    // A column or a non-empty constant gives the field.
    bool provides(ImportField field) const;

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    QList<std::optional<ImportField>> m_fields;
    QMap<ImportField, QString> m_constants;
};
