#include "member_facets.h"

#include <QCollator>
#include <QSet>
#include <algorithm>

namespace MemberFacets {

QStringList roles(const MemberStorage &members)
{
    QStringList texts;
    QSet<QString> seen;
    for (const MemberStorage::Role &role : members.roleTable()) {
        if (!role.text().isEmpty() && !seen.contains(role.text())) {
            seen.insert(role.text());
            texts.append(role.text());
        }
    }
    const QCollator &collator = members.nameOrder().collator();
    std::sort(texts.begin(), texts.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return texts;
}

QList<MemberGroup> groups(const MemberStorage &members)
{
    QList<MemberGroup> all;
    QSet<QString> seen;
    for (qsizetype set = 0; set < members.groupSetCount(); ++set) {
        for (const MemberGroup &group : members.groupSetGroups(quint32(set))) {
            const QString &key = groupKey(group);
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                all.append(group);
            }
        }
    }
    const QCollator &collator = members.nameOrder().collator();
    std::sort(all.begin(), all.end(), [&](const MemberGroup &a, const MemberGroup &b) {
        return collator.compare(a.name.isEmpty() ? a.id : a.name,
                                b.name.isEmpty() ? b.id : b.name) < 0;
    });
    return all;
}

bool hasGroup(const QList<MemberGroup> &groups, const QString &key)
{
    return std::any_of(groups.cbegin(), groups.cend(),
                       [&](const MemberGroup &group) { return groupKey(group) == key; });
}

} // namespace MemberFacets
