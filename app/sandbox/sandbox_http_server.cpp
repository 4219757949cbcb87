#include "sandbox_http_server.h"

#include "body_stream.h"
#include "http_framer.h"
#include "sandbox.h"
#include "streamed_answer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QMetaEnum>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    const char *method =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    api.method = QByteArray(method ? method : "UNKNOWN").toUpper();
    api.path = request.url().path(QUrl::FullyDecoded);
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    return api;
}

// Qt HttpServer 6.4 can only answer with a body in memory: a streamed answer's head is made
// here, and written with its body by StreamedAnswer. FaultRelay sends the next request on a
// connection only after the whole answer, so nothing else is written to the socket meanwhile.
void writeStreamed(const ApiResponse &api, QTcpSocket *socket)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(api.status) + ' ' +
                      (api.status == 200 ? QByteArrayLiteral("OK") : QByteArray()) + "\r\n";
    head += "Content-Type: " + api.contentType + "\r\n";
    for (const auto &[name, value] : api.headers)
        head += name + ": " + value + "\r\n";
    head += "Cache-Control: no-store\r\n";
    new StreamedAnswer(socket, head, api.stream);
}
} // namespace

SandboxHttpServer::SandboxHttpServer(Sandbox *sandbox, QObject *parent)
    : QAbstractHttpServer(parent), m_sandbox(sandbox)
{}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // FaultRelay refuses these already; this port is only reached past it by a local process.
    const ApiRequest apiRequest = toApiRequest(request);
    const ApiResponse api =
        HttpFramer::isLoopbackHostHeader(apiRequest.header("host"))
            ? m_sandbox->handle(apiRequest)
            : ApiResponse::json(421, QJsonObject{{u"error"_s, u"Misdirected Request"_s},
                                                 {u"message"_s, u"Host is not loopback"_s}});
    if (api.stream) {
        writeStreamed(api, socket);
        return true;
    }
    QHttpServerResponse response(api.contentType, api.body,
                                 QHttpServerResponse::StatusCode(api.status));
    for (const auto &[name, value] : api.headers)
        response.addHeader(name, value);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.write(makeResponder(request, socket));
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() answers every request.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
