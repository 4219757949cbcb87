#include "column_mapping.h"

ColumnMapping::ColumnMapping(qsizetype columnCount) : m_fields(columnCount) {}

ColumnMapping ColumnMapping::automatic(const QStringList &header)
{
    ColumnMapping mapping(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const std::optional<ImportField> field = importFieldForHeader(header.at(i));
        if (field && mapping.columnOf(*field) < 0)
            mapping.m_fields[i] = field;
    }
    return mapping;
}

std::optional<ImportField> ColumnMapping::fieldOf(qsizetype column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : std::nullopt;
}

qsizetype ColumnMapping::columnOf(ImportField field) const
{
    return m_fields.indexOf(field);
}

void ColumnMapping::setColumn(qsizetype column, std::optional<ImportField> field)
{
    if (column < 0)
        return;
    if (column >= m_fields.size())
        m_fields.resize(column + 1);
    if (field) {
        const qsizetype previous = columnOf(*field);
        if (previous >= 0)
            m_fields[previous] = std::nullopt;
    }
    m_fields[column] = field;
}

void ColumnMapping::setConstant(ImportField field, const QString &value)
{
    m_constants.insert(field, value);
}

void ColumnMapping::clearConstant(ImportField field)
{
    m_constants.remove(field);
}

std::optional<QString> ColumnMapping::constant(ImportField field) const
{
    const auto it = m_constants.constFind(field);
    return it == m_constants.cend() ? std::nullopt : std::optional<QString>(it.value());
}

bool ColumnMapping::provides(ImportField field) const
{
    return columnOf(field) >= 0 || !constant(field).value_or(QString()).trimmed().isEmpty();
}
