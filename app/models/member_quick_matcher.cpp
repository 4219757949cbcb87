#include "member_quick_matcher.h"

#include "search_folding.h"

#include <algorithm>
#include <queue>
#include <string_view>

namespace {
struct Candidate
{
    MemberQuickMatcher::Rank rank;
    quint32 nameRank;
    qsizetype row;

    bool operator<(const Candidate &other) const
    {
        return std::tie(rank, nameRank, row) < std::tie(other.rank, other.nameRank, other.row);
    }
};

MemberQuickMatcher::Rank rankOf(std::string_view text, std::string_view needle, size_t first)
{
    using Rank = MemberQuickMatcher::Rank;
    const size_t emailStart = text.rfind('\n') + 1; // npos + 1 == 0: no name
    Rank best = Rank::Substring;
    for (size_t at = first; at != std::string_view::npos; at = text.find(needle, at + 1)) {
        if (at == emailStart)
            return text.size() - emailStart == needle.size() ? Rank::ExactEmail : Rank::EmailPrefix;
        if (SearchFolding::isWordStart(text.data(), qsizetype(at)) || text[at - 1] == '\n')
            best = Rank::WordPrefix;
    }
    // An email prefix is found by its own look, past earlier occurrences in the name.
    if (text.substr(emailStart).starts_with(needle))
        return text.size() - emailStart == needle.size() ? Rank::ExactEmail : Rank::EmailPrefix;
    return best;
}
} // namespace

MemberQuickMatcher::MemberQuickMatcher(const MemberTableModel *model) : m_model(model) {}

QList<MemberQuickMatcher::Match> MemberQuickMatcher::match(const QString &query, int limit) const
{
    QList<Match> matches;
    if (!m_model || limit <= 0)
        return matches;
    const QByteArray folded = SearchFolding::folded(query.simplified());
    if (folded.isEmpty())
        return matches;
    const std::string_view needle(folded.constData(), size_t(folded.size()));
    const MemberStorage &members = m_model->members();
    // The worst of the best so far on top.
    std::priority_queue<Candidate> best;
    for (qsizetype row = 0; row < members.size(); ++row) {
        const std::string_view text = members.searchText(row);
        const size_t first = text.find(needle);
        if (first == std::string_view::npos)
            continue;
        const Candidate candidate{rankOf(text, needle, first), members.nameOrder().rank(row), row};
        if (qsizetype(best.size()) < limit) {
            best.push(candidate);
        } else if (candidate < best.top()) {
            best.pop();
            best.push(candidate);
        }
    }
    matches.resize(qsizetype(best.size()));
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        matches[i] = Match{int(best.top().row), best.top().rank};
        best.pop();
    }
    return matches;
}
