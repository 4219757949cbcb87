#pragma once

#include <QBuffer>
#include <QCryptographicHash>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLinearGradient>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QTest>

// Profile pictures for the demo's Heartbeat members, for screenshots: a coloured square with
// the member's initials, like the pictures communities generate, given to most members through
// Heartbeat's API (the others keep its placeholder), before Roster reads them.
namespace DemoPictures {

inline QByteArray initialsPicture(const QString &name, const QString &email)
{
    static const QColor Colours[] = {{0x3d, 0x7e, 0xa6}, {0xc0, 0x5c, 0x3a}, {0x5a, 0x9a, 0x5e},
                                     {0x8e, 0x5c, 0xa8}, {0xd1, 0x9a, 0x2b}, {0x2f, 0x8f, 0x8a},
                                     {0xb0, 0x4a, 0x6e}, {0x5c, 0x6b, 0xc0}};
    const QByteArray hash = QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Md5);
    const QColor colour = Colours[quint8(hash.at(0)) % std::size(Colours)];
    QImage image(96, 96, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, 96);
    gradient.setColorAt(0, colour.lighter(125));
    gradient.setColorAt(1, colour.darker(115));
    painter.fillRect(image.rect(), gradient);
    QString initials;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts).mid(0, 2))
        initials += part.front().toUpper();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(40);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(image.rect(), Qt::AlignCenter, initials);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// One call to the demo's Heartbeat API, waited for, sent again while the demo's rate limit
// refuses it; its body, empty when it failed.
inline QByteArray call(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                       const QByteArray &key, const QJsonObject &body = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (int attempt = 0; attempt < 10; ++attempt) {
        QNetworkReply *reply = network.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer =
            finished && reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        reply->deleteLater();
        if (status != 429)
            return answer;
        QTest::qWait(1000);
    }
    return {};
}

// Gives about all but one in `keepPlaceholderEvery` members a picture, the same members every
// run (chosen by their email, whatever order the list comes in); the number given.
inline int give(const QString &baseUrl, const QByteArray &key, int keepPlaceholderEvery = 4)
{
    QNetworkAccessManager network;
    const QUrl api(baseUrl + QStringLiteral("/heartbeat/v0/users"));
    const QJsonArray users = QJsonDocument::fromJson(call(network, "GET", api, key)).array();
    int given = 0;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonObject user = users.at(i).toObject();
        const QString email = user.value(QStringLiteral("email")).toString();
        if (quint8(QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Md5).at(2)) %
                keepPlaceholderEvery ==
            0)
            continue;
        const QString picture =
            QStringLiteral("data:image/png;base64,") +
            QString::fromLatin1(
                initialsPicture(user.value(QStringLiteral("name")).toString(), email).toBase64());
        const QJsonObject update{{QStringLiteral("email"), email},
                                 {QStringLiteral("profilePicture"), picture}};
        if (!call(network, "POST", api, key, update).isEmpty())
            ++given;
    }
    return given;
}

} // namespace DemoPictures
