#include "search_query.h"

#include "search_folding.h"

#include <algorithm>

SearchQuery::SearchQuery(const QString &text)
{
    const QStringList words = text.simplified().split(QChar(u' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QByteArray folded = SearchFolding::folded(word);
        if (!folded.isEmpty())
            m_terms.append(std::move(folded));
    }
}

bool SearchQuery::narrows(const SearchQuery &previous) const
{
    if (previous.isEmpty())
        return true;
    return std::all_of(
        previous.m_terms.cbegin(), previous.m_terms.cend(), [this](const QByteArray &old) {
            return std::any_of(m_terms.cbegin(), m_terms.cend(),
                               [&old](const QByteArray &term) { return term.contains(old); });
        });
}
