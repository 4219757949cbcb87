#include "change_text.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxShown = 40;

QString quoted(const QString &value)
{
    QString shown = value.simplified();
    if (shown.size() > MaxShown)
        shown = shown.first(MaxShown - 1) + u'…';
    return u'\'' + shown + u'\'';
}
} // namespace

QString ChangeText::describe(const MemberChanges &changes, const MemberRecord &before,
                             const QHash<QString, QString> &groupNames)
{
    return lines(changes, before, groupNames).join(u"; "_s);
}

QStringList ChangeText::lines(const MemberChanges &changes, const MemberRecord &before,
                              const QHash<QString, QString> &groupNames)
{
    QStringList parts;
    const auto line = [&parts](ProfileField field, const QString &from, const QString &to) {
        parts << tr("%1: %2 → %3", "a field's id, its old and its new value")
                     .arg(ProfileFields::id(field), from, to);
    };
    for (const ProfileField field : ProfileFields::Texts) {
        const std::optional<QString> *change = changes.text(field);
        if (!*change)
            continue;
        const std::optional<QString> *told = before.optionalText(field);
        line(field, told && !*told ? u"?"_s : quoted(before.text(field)), quoted(**change));
    }
    // A picture's data never goes into words: a file is named, a data: URI is not.
    if (changes.picture && changes.picture->isEmpty())
        parts << tr("picture removed");
    else if (changes.picture && changes.picture->startsWith(u"data:"))
        parts << tr("picture changed");
    else if (changes.picture)
        parts << tr("%1: → %2", "a field's id and its new value")
                     .arg(ProfileFields::id(ProfileField::Picture),
                          quoted(QFileInfo(*changes.picture).fileName()));
    QStringList groups;
    for (const QString &id : changes.addGroupIds)
        groups << u"+ "_s + groupNames.value(id, id);
    for (const QString &id : changes.removeGroupIds)
        groups << u"− "_s + groupNames.value(id, id);
    if (!groups.isEmpty())
        parts << tr("%1: %2", "a field's id and what changes")
                     .arg(ProfileFields::id(ProfileField::Groups), groups.join(u", "_s));
    return parts;
}
