#pragma once

#include "column_mapping.h"

#include <QStringList>

// A file of addresses, one a line, without a header ("ada@example.com⏎bob@example.com"): what
// `roster-cli members deactivate --from`, `roster-cli import` and the wizard's "Deactivate from
// file…" read as a list of emails, besides a CSV file with an email column. The one rule for
// both, written once:
//   - a file of one column whose first line is an address has no header: the address is a row;
//   - a file of one column without a header, none of whose columns is named, is a column of
//     emails.
namespace AddressListFile {

// Whether a file read with a header row (`hasHeader`) whose columns are `header` is such a list,
// its first address taken for a header: read it again without one.
bool headerIsAnAddress(const QStringList &header, bool hasHeader);

// The automatic mapping of the file's columns (ColumnMapping::automatic), with the one column of
// a list of addresses without a header as the email.
ColumnMapping automaticMapping(const QStringList &header, bool hasHeader);

} // namespace AddressListFile
