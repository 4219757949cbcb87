#pragma once

#include "member_record.h"
#include "remote_member.h"

#include <QCoreApplication>
#include <QHash>

// An update as the dry run shows it, field by field, in the fields' ids:
//   bio: 'Old' → 'New'; linkedin: '' → 'https://www.linkedin.com/in/ada'; status: ? → 'Away';
//   groups: + Mentors; picture: → 'ada.png'
// "?" is a value the provider never told Roster. Long values are cut, line breaks shown as
// spaces. The import keeps it as the row's note in the journal; the audit log keeps it as an
// edit's changes, where the picture is a data: URI and shows as "picture changed".
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
public:
    // `groupNames`: the community's group names by id; `changes.picture` is the picture file's
    // path (DraftJson) or the picture itself (a data: URI, never shown).
    static QString describe(const MemberChanges &changes, const MemberRecord &before,
                            const QHash<QString, QString> &groupNames);
    // The same, one entry per field: "bio: 'Old' → 'New'".
    static QStringList lines(const MemberChanges &changes, const MemberRecord &before,
                             const QHash<QString, QString> &groupNames);
};
