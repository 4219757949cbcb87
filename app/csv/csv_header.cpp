#include "csv_header.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

// Linear: a base's suffixes are tried in rising order, and a suffix once rejected stays
// rejected (names are only ever added to "used"), so each base resumes where it stopped.
QStringList csvUniqueHeaderNames(const QStringList &names)
{
    QSet<QString> taken;
    taken.reserve(names.size());
    for (const QString &name : names)
        taken.insert(name.toCaseFolded());
    QStringList unique;
    unique.reserve(names.size());
    QSet<QString> used;
    used.reserve(names.size());
    QHash<QString, qsizetype> nextSuffix; // case-folded base -> first suffix not yet tried
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString base = names.at(i);
        if (base.trimmed().isEmpty())
            base = u"column%1"_s.arg(i + 1);
        const QString foldedBase = base.toCaseFolded();
        QString name = base;
        QString folded = foldedBase;
        if (used.contains(folded)) {
            auto next = nextSuffix.find(foldedBase);
            if (next == nextSuffix.end())
                next = nextSuffix.insert(foldedBase, 2);
            qsizetype &n = next.value();
            for (;; ++n) {
                name = base + u'_' + QString::number(n);
                folded = name.toCaseFolded();
                if (!used.contains(folded) && !taken.contains(folded))
                    break;
            }
            ++n;
        }
        used.insert(folded);
        unique.append(name);
    }
    return unique;
}

QStringList csvNumberedColumnNames(qsizetype count)
{
    QStringList names;
    names.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        names.append(u"column%1"_s.arg(i + 1));
    return names;
}
