#pragma once

#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QString>

// Picture files the member dialog's tests and screenshots choose: a portrait-like drawing (a
// head and shoulders on a gradient), so that a preview shows something recognisable.
namespace TestPictures {

inline QImage portrait(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, size.width(), size.height());
    sky.setColorAt(0, QColor(0x2b, 0x7a, 0xb8));
    sky.setColorAt(1, QColor(0x8e, 0xd1, 0xc6));
    painter.fillRect(image.rect(), sky);
    const qreal side = std::min(size.width(), size.height());
    const QPointF centre(size.width() / 2.0, size.height() / 2.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xf4, 0xc0, 0x86));
    painter.drawEllipse(centre - QPointF(0, side * 0.12), side * 0.2, side * 0.2);
    QPainterPath shoulders;
    shoulders.addEllipse(centre + QPointF(0, side * 0.5), side * 0.42, side * 0.32);
    painter.setBrush(QColor(0xd9, 0x4f, 0x3d));
    painter.drawPath(shoulders);
    return image;
}

// Writes a portrait of `size` to `path` in the format its suffix names (PNG, JPEG, GIF).
inline bool write(const QString &path, const QSize &size)
{
    return portrait(size).save(path);
}

} // namespace TestPictures
