#pragma once

#include "api_message.h"

#include <QStringList>
#include <functional>
#include <vector>

// Maps "METHOD /path/{param}" patterns to handlers. The first registered match wins, so literal
// paths must be added before parameterised ones that would also match them.
class RouteTable
{
public:
    enum class Access
    {
        ApiKey,
        Public
    };
    enum class Input
    {
        None,
        JsonObject // the dispatcher parses the body and answers 400 when it is not a JSON object
    };
    using Handler = std::function<ApiResponse(const ApiRequest &, const QStringList &params)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        Access access;
        Input input;
        Handler handler;
        QStringList segments;
    };

    struct Match
    {
        enum class Kind
        {
            Found,
            MethodNotAllowed,
            NotFound
        } kind = Kind::NotFound;
        const Route *route = nullptr;
        QStringList params;
        QByteArrayList allowedMethods; // when the path exists but not with this method
    };

    void add(QByteArrayView method, const QString &pattern, Access access, Handler handler);
    void add(QByteArrayView method, const QString &pattern, Access access, Input input,
             Handler handler);
    Match match(QByteArrayView method, const QString &path) const;

private:
    std::vector<Route> m_routes;
};
