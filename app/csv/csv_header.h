#pragma once

#include <QStringList>

// Names for a file's columns that are never empty and never repeat, so that they can key a JSON
// object or name a column on the command line: an empty name becomes "columnN" (N counts from
// 1), and a name already taken, compared without regard to case, gets "_2", "_3"... (the first
// free one): "Email,email,,Name" gives "Email", "email_2", "column3", "Name". Names are kept as
// written otherwise, spaces included.
QStringList csvUniqueHeaderNames(const QStringList &names);
// "column1" ... "columnN": the keys of a file without a header.
QStringList csvNumberedColumnNames(qsizetype count);
