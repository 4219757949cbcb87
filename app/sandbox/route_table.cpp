#include "route_table.h"

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool matchSegments(const QStringList &pattern, const QStringList &path, QStringList *params)
{
    if (pattern.size() != path.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &segment = pattern.at(i);
        if (segment.startsWith(u'{') && segment.endsWith(u'}'))
            captured.append(path.at(i));
        else if (segment != path.at(i))
            return false;
    }
    *params = captured;
    return true;
}
} // namespace

void RouteTable::add(QByteArrayView method, const QString &pattern, Access access, Handler handler)
{
    add(method, pattern, access, Input::None, std::move(handler));
}

void RouteTable::add(QByteArrayView method, const QString &pattern, Access access, Input input,
                     Handler handler)
{
    m_routes.push_back(Route{method.toByteArray(), pattern, access, input, std::move(handler),
                             splitPath(pattern)});
}

RouteTable::Match RouteTable::match(QByteArrayView method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    Match result;
    for (const Route &route : m_routes) {
        QStringList params;
        if (!matchSegments(route.segments, segments, &params))
            continue;
        if (route.method == method)
            return Match{Match::Kind::Found, &route, params, {}};
        result.kind = Match::Kind::MethodNotAllowed;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}
