#pragma once

#include "http_job.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

// One row of a provider's endpoint table: method, path under the workspace's base URL, with
// {placeholders} filled in order, and whether sending it twice is harmless.
struct Endpoint
{
    QByteArrayView method;
    QStringView path;
    bool idempotent;

    HttpCall call(const QUrl &baseUrl, const RawHeaderList &auth, const QStringList &params = {},
                  const QUrlQuery &query = {}, const std::optional<QJsonObject> &body = {}) const;
};
