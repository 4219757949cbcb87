#include "name_split.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
bool isParticle(QStringView word)
{
    static const QStringView particles[] = {u"van", u"von", u"der", u"den", u"de", u"del", u"della",
                                            u"di",  u"da",  u"du",  u"des", u"la", u"le",  u"dos",
                                            u"das", u"do",  u"ten", u"ter", u"zu", u"af",  u"av",
                                            u"bin", u"ibn", u"al",  u"el"};
    for (QStringView particle : particles) {
        if (word.compare(particle, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSuffix(QStringView word)
{
    static const QStringView suffixes[] = {u"jr", u"jr.", u"sr", u"sr.", u"ii", u"iii", u"iv"};
    for (QStringView suffix : suffixes) {
        if (word.compare(suffix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

NameSplit::Parts NameSplit::split(QStringView fullName)
{
    const QString name = fullName.toString().simplified();
    const QStringList commaParts = name.split(u',');
    const auto part = [&commaParts](qsizetype i) { return commaParts.at(i).trimmed(); };
    if (commaParts.size() == 2 && !part(0).isEmpty() && !part(1).isEmpty())
        return {part(1), part(0)}; // "Lovelace, Ada"
    if (commaParts.size() == 3 && !part(0).isEmpty() && !part(1).isEmpty() && isSuffix(part(2)))
        return {part(1), part(0) + u' ' + part(2)}; // "King, Martin Luther, Jr."
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= 1)
        return {name, QString()};
    qsizetype lastStart = words.size() - 1;
    if (words.size() >= 3 && isSuffix(words.constLast()))
        --lastStart;
    while (lastStart > 1 && isParticle(words.at(lastStart - 1)))
        --lastStart;
    return {words.first(lastStart).join(u' '), words.sliced(lastStart).join(u' ')};
}

QString NameSplit::join(QStringView first, QStringView last)
{
    if (first.isEmpty())
        return last.toString();
    if (last.isEmpty())
        return first.toString();
    return first + u' ' + last;
}
