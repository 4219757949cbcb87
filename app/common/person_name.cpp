#include "person_name.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace PersonName {

Parts split(const QString &fullName)
{
    static const QSet<QString> particles = {
        u"van"_s, u"von"_s, u"der"_s, u"den"_s, u"de"_s, u"del"_s, u"della"_s, u"di"_s,
        u"da"_s,  u"dos"_s, u"das"_s, u"du"_s,  u"la"_s, u"le"_s,  u"ten"_s,   u"ter"_s,
        u"te"_s,  u"zu"_s,  u"bin"_s, u"al"_s,  u"y"_s,  u"st."_s, u"af"_s,    u"av"_s};
    const QStringList words = fullName.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1)
        return {words.first(), {}};
    qsizetype lastStart = words.size() - 1;
    // Particles are only particles in lower case, and the first word is always a first name.
    while (lastStart > 1 && particles.contains(words.at(lastStart - 1)))
        --lastStart;
    return {words.mid(0, lastStart).join(u' '), words.mid(lastStart).join(u' ')};
}

QString join(const QString &first, const QString &last)
{
    return QString(first.trimmed() + u' ' + last.trimmed()).trimmed();
}

} // namespace PersonName
