// Requests per second that roster-sandbox serves on loopback with rate limiting off: one figure
// for reads (Forward GET /users/{id}) and one for creates (Forward POST /users).
//   sandbox_throughput [--requests N] [--connections C]
#include "http_client.h"
#include "http_framer.h"
#include "sandbox_process.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTcpSocket>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
struct Figures
{
    double requestsPerSecond = 0;
    qint64 p50Us = 0;
    qint64 p99Us = 0;
    QMap<int, int> statuses;
};

// Keeps `connections` keep-alive connections busy, one request in flight on each, until
// `total` requests have been answered.
class LoadRun : public QObject
{
public:
    using RequestFactory = std::function<QByteArray(int index)>;

    LoadRun(quint16 port, int total, int connections, RequestFactory makeRequest)
        : m_port(port), m_total(total), m_connections(connections),
          m_makeRequest(std::move(makeRequest))
    {}

    Figures run()
    {
        QEventLoop loop;
        m_loop = &loop;
        m_clock.start();
        for (int i = 0; i < m_connections; ++i)
            openConnection();
        loop.exec();
        Figures figures;
        figures.requestsPerSecond = m_answered / (double(m_clock.nsecsElapsed()) / 1e9);
        std::sort(m_latenciesUs.begin(), m_latenciesUs.end());
        figures.p50Us = m_latenciesUs.at(m_latenciesUs.size() / 2);
        figures.p99Us = m_latenciesUs.at(m_latenciesUs.size() * 99 / 100);
        figures.statuses = m_statuses;
        return figures;
    }

private:
    struct Connection
    {
        QTcpSocket *socket;
        HttpFramer framer;
        qint64 sentAtNs = 0;
    };

    void openConnection()
    {
        auto *connection = new Connection{new QTcpSocket(this), {}, 0};
        connect(connection->socket, &QTcpSocket::connected, this,
                [this, connection] { sendNext(*connection); });
        connect(connection->socket, &QTcpSocket::readyRead, this, [this, connection] {
            connection->framer.append(connection->socket->readAll());
            while (std::optional<QByteArray> response = connection->framer.takeMessage()) {
                m_latenciesUs.append((m_clock.nsecsElapsed() - connection->sentAtNs) / 1000);
                ++m_statuses[response->mid(9, 3).toInt()];
                if (++m_answered == m_total)
                    m_loop->quit();
                sendNext(*connection);
            }
        });
        connection->socket->connectToHost(u"127.0.0.1"_s, m_port);
    }

    void sendNext(Connection &connection)
    {
        if (m_sent == m_total)
            return;
        connection.sentAtNs = m_clock.nsecsElapsed();
        connection.socket->write(m_makeRequest(m_sent++));
    }

    quint16 m_port;
    int m_total;
    int m_connections;
    RequestFactory m_makeRequest;
    QEventLoop *m_loop = nullptr;
    QElapsedTimer m_clock;
    int m_sent = 0;
    int m_answered = 0;
    QList<qint64> m_latenciesUs;
    QMap<int, int> m_statuses;
};

void report(const char *label, const Figures &figures)
{
    QStringList statuses;
    for (auto it = figures.statuses.cbegin(); it != figures.statuses.cend(); ++it)
        statuses.append(u"%1 x%2"_s.arg(it.key()).arg(it.value()));
    std::printf("%-8s %8.0f requests/s   p50 %6.2f ms   p99 %6.2f ms   statuses: %s\n", label,
                figures.requestsPerSecond, figures.p50Us / 1000.0, figures.p99Us / 1000.0,
                qPrintable(statuses.join(u", "_s)));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"requests"_s, u"Requests per phase (default 20000)."_s, u"N"_s, u"20000"_s},
         {u"connections"_s, u"Concurrent keep-alive connections (default 8)."_s, u"C"_s, u"8"_s}});
    parser.process(app);
    const int requests = parser.value(u"requests"_s).toInt();
    const int connections = parser.value(u"connections"_s).toInt();

    SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"1000"_s});
    if (!sandbox.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.error()));
        return 1;
    }
    QList<QByteArray> ids;
    const QJsonArray members = sandbox.state(u"forward"_s)[u"members"_s].toArray();
    for (const QJsonValue &member : members)
        ids.append(member[u"id"_s].toString().toLatin1());

    const QByteArray key = sandbox.apiKey();
    const Figures reads = LoadRun(sandbox.port(), requests, connections, [&](int i) -> QByteArray {
                              return "GET /forward/users/" + ids.at(i % ids.size()) +
                                     " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "x-api-key: " +
                                     key + "\r\n\r\n";
                          }).run();
    const Figures creates =
        LoadRun(sandbox.port(), requests, connections, [&](int i) -> QByteArray {
            const QByteArray body = R"({"first_name":"Bench","last_name":"Mark","email":"bench-)" +
                                    QByteArray::number(i) + R"(@example.com"})";
            return "POST /forward/users HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: " + key +
                   "\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }).run();

    std::printf("roster-sandbox on loopback, rate limiting off, %d requests per phase over %d "
                "keep-alive connections\n",
                requests, connections);
    report("reads", reads);
    report("creates", creates);
    const bool allAnswered =
        reads.statuses.value(200) == requests && creates.statuses.value(201) == requests;
    if (!allAnswered)
        std::fprintf(stderr, "some requests did not succeed\n");
    return allAnswered ? 0 : 1;
}
