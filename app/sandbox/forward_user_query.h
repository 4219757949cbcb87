#pragma once

#include "sandbox_state.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <optional>

// The filters and the page of Forward's GET /users (live: type required, page and size).
struct ForwardUserQuery
{
    static constexpr int DefaultSize = 20;
    static constexpr int MaxSize = 50; // a larger size is clamped to it (a guess)

    QString type;
    std::optional<QString> email; // normalised; present means an exact match
    std::optional<QString> businessId;
    qint64 page = 0; // as asked, so counted from the sandbox's first page number
    int size = DefaultSize;

    // Answers nothing and fills argumentErrors (parameter -> problem) when the query is invalid.
    static std::optional<ForwardUserQuery> parse(const QUrlQuery &query, int firstPage,
                                                 QJsonObject *argumentErrors);

    bool matches(const ForwardMember &member) const;
    // Where the page starts in the list of every match.
    qint64 offset(int firstPage) const { return (page - firstPage) * size; }
};
