#include "csv_sniffer.h"

#include "csv_format.h"
#include "csv_parser.h"

#include <QHash>

namespace {

QList<CsvRecord> sampleRecords(QStringView sample, bool complete, QChar delimiter, int limit)
{
    QList<CsvRecord> records;
    CsvParser parser(delimiter);
    qsizetype pos = 0;
    while (records.size() < limit) {
        const bool got = parser.parse(sample, &pos) || (complete && parser.finish());
        if (!got)
            break;
        records.append(parser.record());
    }
    return records;
}

enum class CellKind
{
    Empty,
    Number,
    Email,
    Text
};

CellKind classify(QStringView cell)
{
    cell = cell.trimmed();
    if (cell.isEmpty())
        return CellKind::Empty;
    bool digit = false;
    bool numeric = true;
    for (const QChar c : cell) {
        if (c.isDigit())
            digit = true;
        else if (!QStringView(u"+-.,:/() ").contains(c))
            numeric = false;
    }
    if (numeric && digit)
        return CellKind::Number;
    const qsizetype at = cell.indexOf(u'@');
    if (at > 0 && cell.indexOf(u'.', at) > at + 1 && !cell.contains(u' '))
        return CellKind::Email;
    return CellKind::Text;
}

bool typed(CellKind kind)
{
    return kind == CellKind::Number || kind == CellKind::Email;
}

} // namespace

namespace CsvSniffer {

QChar detectDelimiter(QStringView sample, bool complete)
{
    QChar best = u',';
    double bestShare = -1;
    qsizetype bestCount = 0;
    for (const char16_t candidate : CsvCandidateDelimiters) {
        const QList<CsvRecord> records =
            sampleRecords(sample, complete, candidate, DelimiterSampleRecords);
        QHash<qsizetype, int> frequency;
        for (const CsvRecord &record : records)
            ++frequency[record.size()];
        qsizetype modeCount = 0;
        int modeFrequency = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeFrequency ||
                (it.value() == modeFrequency && it.key() > modeCount)) {
                modeCount = it.key();
                modeFrequency = it.value();
            }
        }
        if (modeCount < 2)
            continue;
        const double share = double(modeFrequency) / double(records.size());
        if (share > bestShare || (share == bestShare && modeCount > bestCount)) {
            best = candidate;
            bestShare = share;
            bestCount = modeCount;
        }
    }
    return best;
}

bool detectHeader(QStringView sample, bool complete, QChar delimiter)
{
    const QList<CsvRecord> records =
        sampleRecords(sample, complete, delimiter, HeaderSampleRecords);
    if (records.isEmpty())
        return false;
    const CsvRecord &first = records.first();
    bool anyEmpty = false;
    for (qsizetype j = 0; j < first.size(); ++j) {
        const CellKind kind = classify(first.field(j));
        if (typed(kind))
            return false;
        anyEmpty = anyEmpty || kind == CellKind::Empty;
    }
    if (records.size() == 1)
        return !anyEmpty;

    int score = 0;
    for (qsizetype j = 0; j < first.size(); ++j) {
        const QStringView cell = first.field(j).trimmed();
        if (cell.isEmpty()) {
            score -= 1;
            continue;
        }
        qsizetype filled = 0;
        qsizetype typedCells = 0;
        bool repeated = false;
        for (qsizetype r = 1; r < records.size(); ++r) {
            const QStringView below = records.at(r).field(j).trimmed();
            const CellKind kind = classify(below);
            if (kind == CellKind::Empty)
                continue;
            ++filled;
            typedCells += typed(kind);
            repeated = repeated || below.compare(cell, Qt::CaseInsensitive) == 0;
        }
        if (filled > 0 && typedCells * 2 >= filled)
            score += 2;
        else if (repeated)
            score -= 1;
    }
    return score >= 0;
}

} // namespace CsvSniffer
