#include "loopback_host.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {
bool isLoopbackIpv4(QStringView host)
{
    const QList<QStringView> parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return parts.first() == u"127";
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host == u"::1")
        return true;
    if (host.startsWith(u"::ffff:"_s, Qt::CaseInsensitive))
        return isLoopbackIpv4(QStringView(host).mid(7));
    return isLoopbackIpv4(host);
}
