#include "fault_relay.h"

#include "http_framer.h"
#include "response_passage.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QQueue>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace {
using namespace Qt::StringLiterals;

constexpr int ClosingGraceMs = 5000;
// Answers pass through in pieces, and only while the client reads: at most this much waits in
// the client socket, and as much again in the upstream socket.
constexpr qint64 PieceSize = 64 * 1024;
constexpr qint64 ClientHighWater = 256 * 1024;
// A dropped answer larger than this is cut off at a random byte, mid-stream; a smaller one is
// lost whole.
constexpr qint64 CutAnswersFrom = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return "Content Too Large";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

QByteArray refusal(int status, const QString &message)
{
    const QByteArray reason = reasonPhrase(status);
    const QByteArray body = QJsonDocument(QJsonObject{{u"error"_s, QString::fromLatin1(reason)},
                                                      {u"message"_s, message}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QString refusalMessage(int status)
{
    switch (status) {
    case 413:
        return u"The request body is over %1 bytes"_s.arg(HttpFramer::DefaultMaxBodySize);
    case 421:
        return u"The Host header must name localhost or a loopback address"_s;
    case 431:
        return u"The request head is over %1 bytes"_s.arg(HttpFramer::MaxHeadSize);
    default:
        return u"Malformed HTTP request"_s;
    }
}

enum class Fate
{
    Deliver,
    DropBeforeServer,
    DropAnswer
};

// One client connection and its own connection to the upstream server.
class RelayConnection : public QObject
{
public:
    RelayConnection(QTcpSocket *client, quint16 upstreamPort, const FaultConfig &config,
                    FaultRelay::DropObserver onDrop, QObject *parent)
        : QObject(parent), m_config(config), m_onDrop(std::move(onDrop)), m_client(client),
          m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_upstream->setReadBufferSize(ClientHighWater);
        connect(m_client, &QTcpSocket::readyRead, this, &RelayConnection::readClient);
        connect(m_client, &QTcpSocket::bytesWritten, this, &RelayConnection::readUpstream);
        connect(m_client, &QTcpSocket::disconnected, this, &RelayConnection::close);
        connect(m_upstream, &QTcpSocket::readyRead, this, &RelayConnection::readUpstream);
        connect(m_upstream, &QTcpSocket::disconnected, this, &RelayConnection::close);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, &RelayConnection::close);
        m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &RelayConnection::forwardDueRequests);
    }

private:
    struct InFlight
    {
        Fate fate = Fate::Deliver;
        QString path;
        bool lastOnConnection = false; // Connection: close or HTTP/1.0
        qint64 passed = 0;             // bytes of the answer passed to the client
        qint64 cutAt = -1;             // a dropped answer: where it is cut off, once known
    };

    struct Waiting
    {
        qint64 due;
        QByteArray request;
        InFlight inFlight;
    };

    Fate rollFate() const
    {
        const double roll = QRandomGenerator::global()->generateDouble();
        if (roll < m_config.dropRate / 2)
            return Fate::DropBeforeServer;
        return roll < m_config.dropRate ? Fate::DropAnswer : Fate::Deliver;
    }

    qint64 rollDelayMs() const
    {
        const int jitter =
            m_config.jitterMs > 0 ? QRandomGenerator::global()->bounded(m_config.jitterMs + 1) : 0;
        return m_config.latencyMs + jitter;
    }

    // Nothing is read after a refused request or one that ends the connection: what follows is
    // discarded as it arrives, so memory stays bounded.
    void readClient()
    {
        if (m_closing || m_lastRequestRead) {
            m_client->readAll();
            return;
        }
        m_requests.append(m_client->readAll());
        while (std::optional<QByteArray> request = m_requests.takeMessage()) {
            if (!HttpFramer::hasLoopbackHost(*request))
                return refuse(421);
            m_lastRequestRead = HttpFramer::closesConnection(*request);
            schedule(*request);
            if (m_lastRequestRead)
                return;
        }
        if (m_requests.failed())
            refuse(m_requests.failureStatus());
    }

    // Answered at once, ahead of any answers still pending on this connection, which are lost.
    void refuse(int status)
    {
        m_client->write(refusal(status, refusalMessage(status)));
        close();
    }

    // Requests keep their order on the connection even when jitter would reorder them: they
    // wait in one queue, due times never decrease, and one timer serves the head.
    void schedule(const QByteArray &request)
    {
        const qint64 now = QDeadlineTimer::current().deadline();
        const qint64 due = std::max(now + rollDelayMs(), m_lastDue);
        m_lastDue = due;
        const QString path = QString::fromUtf8(HttpFramer::requestPath(request));
        // /_sandbox/ reports on the faults, so it is never dropped.
        const InFlight inFlight{path.startsWith(u"/_sandbox/") ? Fate::Deliver : rollFate(), path,
                                HttpFramer::closesConnection(request)};
        m_waiting.enqueue(Waiting{due, request, inFlight});
        if (!m_timer.isActive())
            m_timer.start(std::max<qint64>(0, due - now));
    }

    // One request at a time reaches the server: the next only once the answer to the last has
    // passed whole, so that a streamed answer is never interleaved with another.
    void forwardDueRequests()
    {
        const qint64 now = QDeadlineTimer::current().deadline();
        if (m_inFlight.isEmpty() && !m_waiting.isEmpty() && m_waiting.head().due <= now) {
            const Waiting next = m_waiting.dequeue();
            forward(next.request, next.inFlight);
            if (m_closing)
                return;
        }
        if (m_inFlight.isEmpty() && !m_waiting.isEmpty())
            m_timer.start(std::max<qint64>(0, m_waiting.head().due - now));
    }

    void forward(const QByteArray &request, const InFlight &inFlight)
    {
        if (inFlight.fate == Fate::DropBeforeServer)
            return drop(inFlight.path);
        m_inFlight.enqueue(inFlight);
        m_upstream->write(request);
    }

    // Reads from the server only while the client keeps up, so a large answer flows at the
    // client's pace and the server's writer waits for its socket to drain.
    void readUpstream()
    {
        while (!m_closing && m_client->bytesToWrite() < ClientHighWater) {
            if (m_answers.buffered() < PieceSize && m_upstream->bytesAvailable() > 0)
                m_answers.append(m_upstream->read(PieceSize));
            std::optional<ResponsePassage::Piece> piece = m_answers.take(PieceSize);
            if (!piece) {
                if (m_answers.failed())
                    return close();
                if (m_upstream->bytesAvailable() == 0)
                    return;
                continue;
            }
            if (m_inFlight.isEmpty())
                m_inFlight.enqueue(InFlight{});
            InFlight &current = m_inFlight.head();
            if (current.fate == Fate::DropAnswer) {
                if (current.cutAt < 0)
                    current.cutAt = piece->answerSize > CutAnswersFrom
                                        ? QRandomGenerator::global()->bounded(piece->answerSize)
                                        : 0;
                const qint64 room = current.cutAt - current.passed;
                if (room < piece->bytes.size()) {
                    if (room <= 0)
                        return drop(current.path);
                    m_client->write(piece->bytes.left(room));
                    m_onDrop(current.path);
                    return close(); // what was passed still reaches the client, then nothing
                }
            }
            m_client->write(piece->bytes);
            current.passed += piece->bytes.size();
            if (piece->endsAnswer) {
                const InFlight done = m_inFlight.dequeue();
                if (done.lastOnConnection)
                    return close();
                forwardDueRequests();
            }
        }
    }

    void drop(const QString &path)
    {
        m_onDrop(path);
        m_client->abort();
        close();
    }

    // Written answers are flushed before the client socket goes; one that does not read them
    // is cut off after a grace period.
    void close()
    {
        if (m_closing)
            return;
        m_closing = true;
        m_timer.stop();
        m_upstream->abort();
        if (m_client->state() == QAbstractSocket::ConnectedState)
            m_client->disconnectFromHost();
        if (m_client->state() == QAbstractSocket::UnconnectedState)
            return deleteLater();
        connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        QTimer::singleShot(ClosingGraceMs, this, &QObject::deleteLater);
    }

    FaultConfig m_config;
    FaultRelay::DropObserver m_onDrop;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    HttpFramer m_requests;
    ResponsePassage m_answers;
    QQueue<Waiting> m_waiting;
    QTimer m_timer;
    QQueue<InFlight> m_inFlight;
    qint64 m_lastDue = 0;
    bool m_closing = false;
    bool m_lastRequestRead = false;
};
} // namespace

FaultRelay::FaultRelay(const FaultConfig &config, quint16 upstreamPort, DropObserver onDrop,
                       QObject *parent)
    : QObject(parent), m_config(config), m_upstreamPort(upstreamPort), m_onDrop(std::move(onDrop)),
      m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultRelay::acceptConnections);
}

bool FaultRelay::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    *error = m_server->errorString();
    return false;
}

quint16 FaultRelay::port() const
{
    return m_server->serverPort();
}

void FaultRelay::acceptConnections()
{
    while (QTcpSocket *client = m_server->nextPendingConnection())
        new RelayConnection(client, m_upstreamPort, m_config, m_onDrop, this);
}
