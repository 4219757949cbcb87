#include "sandbox_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxOptions", text);
}

// Reads a numeric option within [min, max]; records an error naming the option otherwise.
template <typename Number>
bool readNumber(const QCommandLineParser &parser, const QString &name, Number min, Number max,
                Number *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    bool ok = false;
    Number value{};
    // Range-checked before narrowing, and written so that NaN fails it.
    if constexpr (std::is_floating_point_v<Number>) {
        value = text.toDouble(&ok);
        ok = ok && value >= min && value <= max;
    } else {
        const qlonglong wide = text.toLongLong(&ok);
        ok = ok && wide >= min && wide <= max;
        value = Number(wide);
    }
    if (!ok) {
        *error = tr("--%1 must be a number from %2 to %3, not \"%4\"")
                     .arg(name, QString::number(min), QString::number(max), text);
        return false;
    }
    *target = value;
    return true;
}

// Reads a yes/no option; records an error naming the option otherwise.
bool readYesNo(const QCommandLineParser &parser, const QString &name, bool *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    if (text != u"yes" && text != u"no") {
        *error = tr("--%1 must be yes or no, not \"%2\"").arg(name, text);
        return false;
    }
    *target = text == u"yes";
    return true;
}
} // namespace

void SandboxOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"port"_s,
         tr("Port on 127.0.0.1 to listen on; 0 picks a free port (default %1).").arg(DefaultPort),
         u"N"_s},
        {u"api-key"_s, tr("API key that all three APIs accept (default: a random key, printed)."),
         u"KEY"_s},
        {u"members"_s, tr("Seed N demo members per provider when the state is new."), u"N"_s},
        {u"state"_s, tr("Keep the state in FILE across restarts (written atomically)."), u"FILE"_s},
        {u"rate-limit"_s, tr("Requests per second per API key; 0 turns limiting off (default 20)."),
         u"N"_s},
        {u"link-ttl"_s, tr("Lifetime of login links in seconds (default 900)."), u"S"_s},
        {u"latency"_s, tr("Delay every request by MS milliseconds."), u"MS"_s},
        {u"jitter"_s, tr("Add a random delay of up to MS milliseconds."), u"MS"_s},
        {u"fail-rate"_s, tr("Answer this share of API requests (0 to 1) with 503."), u"P"_s},
        {u"drop-rate"_s, tr("Close this share of connections (0 to 1) without an answer."), u"P"_s},
        {u"heartbeat-list-inactive"_s,
         tr("Whether Heartbeat's user list includes pending and deactivated members (default "
            "yes)."),
         u"yes|no"_s},
        {u"forward-first-page"_s,
         tr("Number of the first page of Forward's user list, 0 or 1 (default 0)."), u"0|1"_s},
    });
}

std::optional<SandboxOptions> SandboxOptions::fromParser(const QCommandLineParser &parser,
                                                         QString *error)
{
    SandboxOptions options;
    int port = options.port;
    const bool valuesOk =
        readNumber(parser, u"port"_s, 0, 65535, &port, error) &&
        readNumber(parser, u"members"_s, 0, 10'000'000, &options.members, error) &&
        readNumber(parser, u"rate-limit"_s, 0.0, 1'000'000.0, &options.rateLimit, error) &&
        readNumber(parser, u"link-ttl"_s, 1, 7 * 24 * 3600, &options.linkTtlSeconds, error) &&
        readNumber(parser, u"latency"_s, 0, 600'000, &options.latencyMs, error) &&
        readNumber(parser, u"jitter"_s, 0, 600'000, &options.jitterMs, error) &&
        readNumber(parser, u"fail-rate"_s, 0.0, 1.0, &options.failRate, error) &&
        readNumber(parser, u"drop-rate"_s, 0.0, 1.0, &options.dropRate, error) &&
        readNumber(parser, u"forward-first-page"_s, 0, 1, &options.forwardFirstPage, error) &&
        readYesNo(parser, u"heartbeat-list-inactive"_s, &options.heartbeatListsInactive, error);
    if (!valuesOk)
        return std::nullopt;
    options.port = quint16(port);
    if (parser.isSet(u"api-key"_s)) {
        options.apiKey = parser.value(u"api-key"_s).toUtf8();
        if (options.apiKey.trimmed().isEmpty() || options.apiKey.contains(' ')) {
            *error = tr("--api-key must be a non-empty key without spaces");
            return std::nullopt;
        }
    }
    options.stateFile = parser.value(u"state"_s);
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    return options;
}
