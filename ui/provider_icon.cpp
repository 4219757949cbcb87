#include "provider_icon.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {
QString iconPath(Provider provider)
{
    switch (provider) {
    case Provider::Heartbeat:
        return u":/icons/provider-heartbeat.svg"_s;
    case Provider::Forward:
        return u":/icons/provider-forward.svg"_s;
    case Provider::Beam:
        return u":/icons/provider-beam.svg"_s;
    }
    return {};
}
} // namespace

QIcon providerIcon(Provider provider, bool warning)
{
    const QIcon mark(iconPath(provider));
    if (!warning)
        return mark;
    QIcon marked;
    for (int side : {16, 24, 32, 48}) {
        QPixmap pixmap = mark.pixmap(side, side);
        QPainter painter(&pixmap);
        const int corner = side * 5 / 8;
        QApplication::style()
            ->standardIcon(QStyle::SP_MessageBoxWarning)
            .paint(&painter, QRect(side - corner, side - corner, corner, corner));
        painter.end();
        marked.addPixmap(pixmap);
    }
    return marked;
}
