#pragma once

#include "member_record.h"
#include "remote_member.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// What one row of a bulk run changes at the provider, as the journal keeps it
// (ImportRowEntry::change): the member's state before and after, and each field's value before
// and after. The dry run shows it field by field; undoing the run restores the values before.
// A picture is kept as its file's name, never its data, and cannot be restored. No secret is in
// it: members' profiles only.
//
//   {"state": ["active", "deactivated"], "fields": {"name": ["Ada Byron", "Ada Lovelace"],
//    "status": [null, "Away"]}, "picture": "ada.png", "groups": {"added": ["g1"]},
//    "created": true}
//
// null is a value the provider never told Roster.
struct RowChange
{
    Q_DECLARE_TR_FUNCTIONS(RowChange)
public:
    std::optional<MemberStatus> stateBefore;
    std::optional<MemberStatus> stateAfter;
    MemberChanges after;  // the fields set, to these values
    MemberRecord before;  // the same fields' values before (others are empty)
    bool created = false; // the run created the member

    // `stored` as it is before the row, the changes the row sends (none: no field), and the
    // state it asks for (none: the state stays).
    static RowChange of(const MemberRecord &stored, const std::optional<MemberChanges> &changes,
                        std::optional<MemberStatus> stateAfter);
    static RowChange creation();

    bool isEmpty() const { return !created && !stateAfter && after.isEmpty(); }
    QJsonObject toJson() const;
    static RowChange fromJson(const QJsonObject &json);

    // One line per change: "state: active → deactivated" ("?" for a state the provider never
    // tells, as Heartbeat's), then ChangeText::lines().
    QStringList describe(const QHash<QString, QString> &groupNames = {}) const;

    // Whether `current` still looks as the row left them: the state it set and each field's
    // value after. A member changed since does not, and an undo leaves them alone.
    bool stillAsLeft(const MemberRecord &current) const;

    // What puts the member back: the values before (a field whose value before Roster never
    // knew, and the picture, cannot be put back: each is named in `lost`, translated), the
    // groups joined left. The state before is stateBefore.
    MemberChanges restoring(QStringList *lost) const;
};
