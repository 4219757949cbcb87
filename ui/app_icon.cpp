#include "app_icon.h"

#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

QIcon AppIcon::bundled()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/app/hicolor/%1x%1/dev.roster.Roster.png"_s.arg(size),
                     QSize(size, size));
    return icon;
}

QIcon AppIcon::icon()
{
    return QIcon::fromTheme(QString::fromUtf16(Id), bundled());
}

QPixmap AppIcon::scalable(int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(u":/icons/app/dev.roster.Roster.svg"_s);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}
