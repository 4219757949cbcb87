#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <string_view>

// What the search field holds, folded (SearchFolding) and split into words at white space. A
// member matches when every word occurs somewhere in their folded name or email.
class SearchQuery
{
public:
    SearchQuery() = default;
    explicit SearchQuery(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<QByteArray> &terms() const { return m_terms; }
    bool matches(std::string_view folded) const
    {
        for (const QByteArray &term : m_terms) {
            if (folded.find(std::string_view(term.constData(), size_t(term.size()))) ==
                std::string_view::npos)
                return false;
        }
        return true;
    }
    // Whether every member matching this query also matches `previous` (each of its words is
    // part of one of ours): then only the members matching `previous` need a look.
    bool narrows(const SearchQuery &previous) const;

private:
    QList<QByteArray> m_terms;
};
