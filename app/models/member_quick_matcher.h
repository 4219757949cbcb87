#pragma once

#include "member_table_model.h"

#include <QList>
#include <QPointer>
#include <QString>

// The quick-link palette's search: support staff type part of an email or a name and get the
// best few members at once, from a million.
//
// The query is folded (SearchFolding) and trimmed, inner white space kept as one space, and
// looked for as one piece in each member's folded name and email. Matches rank, best first:
//   1. ExactEmail: the email is the query;
//   2. EmailPrefix: the email starts with the query;
//   3. WordPrefix: a word of the name or of the email starts with it (words begin at the start
//      and after any ASCII character that is not a letter or digit: "love" finds
//      "Ada Lovelace" and "ada.lovelace@example.com", "example" finds "…@example.com");
//   4. Substring: anywhere else.
// Within a rank, members come in name order (the model's collation), then in model row order.
class MemberQuickMatcher
{
public:
    enum class Rank
    {
        ExactEmail,
        EmailPrefix,
        WordPrefix,
        Substring
    };
    struct Match
    {
        // A row of the model (not of a proxy).
        int row;
        Rank rank;
    };

    explicit MemberQuickMatcher(const MemberTableModel *model);

    // The best `limit` members for `query`, best first; none for a blank query.
    QList<Match> match(const QString &query, int limit = 10) const;

private:
    QPointer<const MemberTableModel> m_model;
};
