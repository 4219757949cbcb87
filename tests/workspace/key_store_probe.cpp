// key_store_probe read|write|delete WORKSPACE-ID
// Runs one KeyStore operation and prints its result as one JSON line:
//   {"ok": false, "error": "NoKeychain", "message": "…"}
// Exits 0 when the operation answered, 2 on a usage error, 3 when no answer came in time.
#include "key_store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString errorName(KeyResult::Error error)
{
    switch (error) {
    case KeyResult::Error::None:
        return u"None"_s;
    case KeyResult::Error::NotFound:
        return u"NotFound"_s;
    case KeyResult::Error::NoKeychain:
        return u"NoKeychain"_s;
    case KeyResult::Error::AccessDenied:
        return u"AccessDenied"_s;
    case KeyResult::Error::Other:
        return u"Other"_s;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: key_store_probe read|write|delete WORKSPACE-ID\n");
        return 2;
    }
    const QString operation = arguments.at(1);
    const QString workspaceId = arguments.at(2);

    KeyStore keys;
    auto report = [&](const KeyResult &result) {
        const QJsonObject line{{u"ok"_s, result.ok},
                               {u"error"_s, errorName(result.error)},
                               {u"message"_s, result.message}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        app.exit(0);
    };
    if (operation == u"read") {
        keys.readKey(workspaceId, report);
    } else if (operation == u"write") {
        keys.writeKey(workspaceId, u"probe-key"_s, report);
    } else if (operation == u"delete") {
        keys.deleteKey(workspaceId, report);
    } else {
        std::fprintf(stderr, "key_store_probe: unknown operation\n");
        return 2;
    }
    QTimer::singleShot(20'000, &app, [&] { app.exit(3); });
    return app.exec();
}
