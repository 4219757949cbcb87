#include "row_change.h"

#include "change_text.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonValue text(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Where a record keeps a one-string field that is always told.
QString *plainText(MemberRecord &record, ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return &record.displayName;
    case ProfileField::FirstName:
        return &record.firstName;
    case ProfileField::LastName:
        return &record.lastName;
    case ProfileField::Email:
        return &record.email;
    case ProfileField::Bio:
        return &record.bio;
    default:
        return nullptr;
    }
}
} // namespace

RowChange RowChange::of(const MemberRecord &stored, const std::optional<MemberChanges> &changes,
                        std::optional<MemberStatus> stateAfter)
{
    RowChange change;
    if (stateAfter && *stateAfter != stored.status) {
        change.stateBefore = stored.status;
        change.stateAfter = stateAfter;
    }
    if (!changes)
        return change;
    change.after = *changes;
    change.after.picture =
        changes->picture ? std::optional(QFileInfo(*changes->picture).fileName()) : std::nullopt;
    for (const ProfileField field : ProfileFields::Texts) {
        if (!*changes->text(field))
            continue;
        if (std::optional<QString> *optional = change.before.optionalText(field))
            *optional = *stored.optionalText(field);
        else if (QString *plain = plainText(change.before, field))
            *plain = stored.text(field);
    }
    return change;
}

RowChange RowChange::creation()
{
    RowChange change;
    change.created = true;
    return change;
}

QJsonObject RowChange::toJson() const
{
    QJsonObject json;
    if (stateAfter)
        json.insert(u"state"_s, QJsonArray{stateBefore ? QJsonValue(memberStatusId(*stateBefore))
                                                       : QJsonValue(QJsonValue::Null),
                                           memberStatusId(*stateAfter)});
    QJsonObject fields;
    for (const ProfileField field : ProfileFields::Texts) {
        const std::optional<QString> &value = *after.text(field);
        if (!value)
            continue;
        const std::optional<QString> *told = before.optionalText(field);
        fields.insert(ProfileFields::id(field),
                      QJsonArray{told ? text(*told) : QJsonValue(before.text(field)), *value});
    }
    if (!fields.isEmpty())
        json.insert(u"fields"_s, fields);
    if (after.picture)
        json.insert(u"picture"_s, *after.picture);
    QJsonObject groups;
    if (!after.addGroupIds.isEmpty())
        groups.insert(u"added"_s, QJsonArray::fromStringList(after.addGroupIds));
    if (!after.removeGroupIds.isEmpty())
        groups.insert(u"removed"_s, QJsonArray::fromStringList(after.removeGroupIds));
    if (!groups.isEmpty())
        json.insert(u"groups"_s, groups);
    if (created)
        json.insert(u"created"_s, true);
    return json;
}

RowChange RowChange::fromJson(const QJsonObject &json)
{
    RowChange change;
    const QJsonArray state = json.value(u"state"_s).toArray();
    if (state.size() == 2) {
        change.stateBefore = memberStatusFromId(state.at(0).toString());
        change.stateAfter = memberStatusFromId(state.at(1).toString());
    }
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const std::optional<ProfileField> field = ProfileFields::fromId(it.key());
        const QJsonArray values = it.value().toArray();
        if (!field || !change.after.text(*field) || values.size() != 2)
            continue;
        *change.after.text(*field) = values.at(1).toString();
        const QJsonValue old = values.at(0);
        if (std::optional<QString> *optional = change.before.optionalText(*field))
            *optional = old.isNull() ? std::nullopt : std::optional(old.toString());
        else if (QString *plain = plainText(change.before, *field))
            *plain = old.toString();
    }
    if (json.contains(u"picture"_s))
        change.after.picture = json.value(u"picture"_s).toString();
    const QJsonObject groups = json.value(u"groups"_s).toObject();
    change.after.addGroupIds = groups.value(u"added"_s).toVariant().toStringList();
    change.after.removeGroupIds = groups.value(u"removed"_s).toVariant().toStringList();
    change.created = json.value(u"created"_s).toBool();
    return change;
}

QStringList RowChange::describe(const QHash<QString, QString> &groupNames) const
{
    QStringList lines;
    if (created)
        lines << tr("created");
    if (stateAfter)
        lines << tr("state: %1 → %2", "a member's state before and after")
                     .arg(stateBefore && *stateBefore != MemberStatus::Unknown
                              ? memberStatusId(*stateBefore)
                              : u"?"_s,
                          memberStatusId(*stateAfter));
    return lines + ChangeText::lines(after, before, groupNames);
}

bool RowChange::stillAsLeft(const MemberRecord &current) const
{
    if (stateAfter && memberIsInactive(*stateAfter) != memberIsInactive(current.status))
        return false;
    for (const ProfileField field : ProfileFields::Texts) {
        const std::optional<QString> &value = *after.text(field);
        if (value && current.text(field) != *value)
            return false;
    }
    for (const QString &id : after.addGroupIds) {
        if (!std::any_of(current.groups.cbegin(), current.groups.cend(),
                         [&id](const MemberGroup &group) { return group.id == id; }))
            return false;
    }
    return true;
}

MemberChanges RowChange::restoring(QStringList *lost) const
{
    MemberChanges restore;
    for (const ProfileField field : ProfileFields::Texts) {
        if (!*after.text(field))
            continue;
        const std::optional<QString> *told = before.optionalText(field);
        if (told && !*told) {
            lost->append(tr("%1 (its value before was never known)").arg(ProfileFields::id(field)));
            continue;
        }
        *restore.text(field) = before.text(field);
    }
    if (after.picture)
        lost->append(tr("the picture (Roster keeps no copy of the one before)"));
    restore.removeGroupIds = after.addGroupIds;
    restore.addGroupIds = after.removeGroupIds;
    return restore;
}
