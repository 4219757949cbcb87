#include "csv_header.h"

#include <QSet>

using namespace Qt::StringLiterals;

QStringList csvUniqueHeaderNames(const QStringList &names)
{
    QSet<QString> taken;
    for (const QString &name : names)
        taken.insert(name.toCaseFolded());
    QStringList unique;
    unique.reserve(names.size());
    QSet<QString> used;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString base = names.at(i);
        if (base.trimmed().isEmpty())
            base = u"column%1"_s.arg(i + 1);
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()) ||
                        (name != base && taken.contains(name.toCaseFolded()));
             ++n)
            name = base + u'_' + QString::number(n);
        used.insert(name.toCaseFolded());
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
