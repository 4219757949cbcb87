#include "address_list_file.h"

#include "email_check.h"

namespace {
bool oneUnnamedColumn(const QStringList &header)
{
    return header.size() == 1 && ColumnMapping::automatic(header).columnOf(ImportField::Email) < 0;
}
} // namespace

bool AddressListFile::headerIsAnAddress(const QStringList &header, bool hasHeader)
{
    return hasHeader && oneUnnamedColumn(header) && EmailCheck::isValid(header.first().trimmed());
}

ColumnMapping AddressListFile::automaticMapping(const QStringList &header, bool hasHeader)
{
    if (hasHeader || !oneUnnamedColumn(header))
        return ColumnMapping::automatic(header);
    ColumnMapping mapping(1);
    mapping.setColumn(0, ImportField::Email);
    return mapping;
}
