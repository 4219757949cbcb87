#pragma once

#include <QChar>
#include <QStringView>

// Guesses a file's delimiter and whether it has a header from a sample of its start (the first
// chunk of decoded text). `complete` says the sample is the whole file; otherwise its last,
// possibly cut, record is left out.
//
// Delimiter: the sample is parsed (quotes respected) with each of , ; tab | and the first 50
// records' field counts compared. A candidate that gives at least two fields in its most common
// count competes on (share of records with that count, that count); ties go to the earlier
// candidate. When none gives two fields (a one-column file), the comma.
//
// Header: from the first 20 records. The first record is data when one of its cells looks like a
// number or date (digits with + - . , : / ( ) and spaces) or an email address. Otherwise each
// column votes: +2 when the cells below are mostly numbers or
// emails (a name over typed values), -1 when the first cell is empty, -1 when it reappears
// below (a value, not a name); zero votes and more say header. So a file of text only, where
// nothing tells, is taken to have one: exports almost always do, and the caller can say
// otherwise. A file of one record has a header when none of its cells is empty.
namespace CsvSniffer {

inline constexpr int DelimiterSampleRecords = 50;
inline constexpr int HeaderSampleRecords = 20;

QChar detectDelimiter(QStringView sample, bool complete);
bool detectHeader(QStringView sample, bool complete, QChar delimiter);

} // namespace CsvSniffer
