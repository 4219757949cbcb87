#include "named_ref_choice.h"

using namespace Qt::StringLiterals;

std::optional<NamedRef> NamedRefChoice::pick(const QList<NamedRef> &refs, const QString &wanted)
{
    const QString name = wanted.trimmed();
    for (const NamedRef &ref : refs) {
        if (ref.id == name || ref.name.compare(name, Qt::CaseInsensitive) == 0)
            return ref;
    }
    return std::nullopt;
}

QString NamedRefChoice::names(const QList<NamedRef> &refs)
{
    QStringList names;
    for (const NamedRef &ref : refs)
        names << (ref.name.isEmpty() ? ref.id : ref.name);
    return names.join(u", "_s);
}

std::optional<QList<NamedRef>> NamedRefChoice::groups(const QList<NamedRef> &groups,
                                                      const QStringList &wanted, QString *error)
{
    QList<NamedRef> found;
    for (const QString &name : wanted) {
        const std::optional<NamedRef> group = pick(groups, name);
        if (!group) {
            *error = tr("There is no group \"%1\"; the groups are: %2.").arg(name, names(groups));
            return std::nullopt;
        }
        found << *group;
    }
    return found;
}
