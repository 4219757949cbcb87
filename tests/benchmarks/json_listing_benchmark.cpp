// The parsers Roster could read a provider's listing with, on a Heartbeat-shaped answer (the
// live user object of NOTES.md) fed in 64 KiB chunks as a network delivers it: QJsonDocument
// (the whole body, then the document), simdjson (needs the whole document), RapidJSON's SAX
// reader (pulls from a stream), YAJL's push parser (fed as bytes arrive), and Roster's own
// JsonListStream (YAJL, each user built as a QJsonObject and read by Heartbeat's reader of one
// user, which is what a sync does). Each runs in a process of its own, so that its peak memory
// is its own. Every variant counts members and the bytes of their emails, so that they agree.
//
//   json_listing_benchmark --members 1000000
#include "heartbeat_profile.h"
#include "json_list_stream.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <yajl/yajl_parse.h>
#ifdef ROSTER_HAVE_SIMDJSON
#include <simdjson.h>
#endif
#ifdef ROSTER_HAVE_RAPIDJSON
#include <rapidjson/reader.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Chunk = 64 * 1024;

struct Tally
{
    long members = 0;
    long emailBytes = 0;
};

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The live user object of NOTES.md, one per member.
QByteArray user(long n)
{
    const QByteArray number = QByteArray::number(n);
    const QByteArray id = "0fed0eb0-9dc6-41e9-a09d-" + number.rightJustified(12, '0');
    return R"({"id":")" + id + R"(","email":"member)" + number +
           R"(@example.com","name":"Jane Doe )" + number +
           R"(","firstName":"Jane","lastName":"Doe )" + number +
           R"(","bio":"","createdAt":"2026-10-06T12:09:26.682Z","lastLogin":null,)"
           R"("role":"User","isAdmin":false,"groups":[{"name":"User","id":"e611cac5-58a2-4b43-8328-4ae0fe5b5fcc"}],)"
           R"("avatar":"https://example.com/placeholder-image-2.jpg","linkedInSummary":"",)"
           R"("linkedInData":null,"socialLinks":{},"onboardingResponses":[]})";
}

bool writeAnswer(const QString &path, long members)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray buffer = "[";
    for (long n = 0; n < members; ++n) {
        if (n > 0)
            buffer += ',';
        buffer += user(n);
        if (buffer.size() > Chunk) {
            file.write(buffer);
            buffer.clear();
        }
    }
    buffer += ']';
    file.write(buffer);
    return true;
}

// As a network reply arrives.
template <typename Take> void readInChunks(const QString &path, Take take)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    while (!file.atEnd())
        take(file.read(Chunk));
}

QByteArray wholeBody(const QString &path)
{
    QByteArray all;
    readInChunks(path, [&all](const QByteArray &chunk) { all += chunk; });
    return all;
}

Tally qjsonDocument(const QString &path)
{
    const QJsonArray users = QJsonDocument::fromJson(wholeBody(path)).array();
    Tally tally;
    for (const QJsonValue &user : users) {
        ++tally.members;
        tally.emailBytes += user.toObject().value(u"email"_s).toString().toUtf8().size();
    }
    return tally;
}

Tally jsonListStream(const QString &path)
{
    Tally tally;
    JsonListStream stream([&tally](const QJsonValue &item) {
        if (const std::optional<RemoteMember> member = HeartbeatProfile::memberFrom(item)) {
            ++tally.members;
            tally.emailBytes += member->email.toUtf8().size();
        }
    });
    readInChunks(path, [&stream](const QByteArray &chunk) {
        if (!stream.feed(chunk))
            qFatal("JsonListStream: %s", qPrintable(stream.problem()));
    });
    if (!stream.finish())
        qFatal("JsonListStream: %s", qPrintable(stream.problem()));
    return tally;
}

struct YajlTally
{
    Tally tally;
    int depth = 0;
    bool emailKey = false;
};

YajlTally *yajlOf(void *context)
{
    return static_cast<YajlTally *>(context);
}

int yajlOther(void *context)
{
    yajlOf(context)->emailKey = false;
    return 1;
}

Tally yajl(const QString &path)
{
    static const yajl_callbacks callbacks = {
        yajlOther,
        [](void *c, int) { return yajlOther(c); },
        nullptr,
        nullptr,
        [](void *c, const char *, size_t) { return yajlOther(c); },
        [](void *c, const unsigned char *, size_t length) {
            if (yajlOf(c)->emailKey)
                yajlOf(c)->tally.emailBytes += long(length);
            return yajlOther(c);
        },
        [](void *c) {
            if (++yajlOf(c)->depth == 1)
                ++yajlOf(c)->tally.members;
            return 1;
        },
        [](void *c, const unsigned char *key, size_t length) {
            yajlOf(c)->emailKey =
                yajlOf(c)->depth == 1 && length == 5 && std::memcmp(key, "email", 5) == 0;
            return 1;
        },
        [](void *c) {
            --yajlOf(c)->depth;
            return 1;
        },
        nullptr,
        nullptr,
    };
    YajlTally context;
    yajl_handle parser = yajl_alloc(&callbacks, nullptr, &context);
    readInChunks(path, [parser](const QByteArray &chunk) {
        yajl_parse(parser, reinterpret_cast<const unsigned char *>(chunk.constData()),
                   size_t(chunk.size()));
    });
    yajl_complete_parse(parser);
    yajl_free(parser);
    return context.tally;
}

#ifdef ROSTER_HAVE_SIMDJSON
Tally simdjsonOnDemand(const QString &path)
{
    QByteArray all = wholeBody(path);
    const simdjson::padded_string json(all.constData(), size_t(all.size()));
    all = QByteArray();
    simdjson::ondemand::parser parser;
    auto document = parser.iterate(json);
    Tally tally;
    for (auto user : document.get_array()) {
        ++tally.members;
        const std::string_view email = user["email"].get_string();
        tally.emailBytes += long(email.size());
    }
    return tally;
}
#endif

#ifdef ROSTER_HAVE_RAPIDJSON
struct RapidHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RapidHandler>
{
    Tally tally;
    int depth = 0;
    bool emailKey = false;
    bool StartObject()
    {
        if (++depth == 1)
            ++tally.members;
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        --depth;
        return true;
    }
    bool Key(const char *key, rapidjson::SizeType length, bool)
    {
        emailKey = depth == 1 && length == 5 && std::memcmp(key, "email", 5) == 0;
        return true;
    }
    bool String(const char *, rapidjson::SizeType length, bool)
    {
        if (emailKey)
            tally.emailBytes += long(length);
        emailKey = false;
        return true;
    }
    bool Default()
    {
        emailKey = false;
        return true;
    }
};

// RapidJSON pulls: its stream reads the next chunk when it runs dry (a reply read in a loop).
struct ChunkStream
{
    using Ch = char;
    QFile *file;
    QByteArray buffer;
    qsizetype at = 0;
    size_t taken = 0;
    void fill()
    {
        if (at >= buffer.size() && !file->atEnd()) {
            buffer = file->read(Chunk);
            at = 0;
        }
    }
    Ch Peek()
    {
        fill();
        return at < buffer.size() ? buffer[at] : '\0';
    }
    Ch Take()
    {
        fill();
        if (at >= buffer.size())
            return '\0';
        ++taken;
        return buffer[at++];
    }
    size_t Tell() const { return taken; }
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }
};

Tally rapidjsonSax(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    ChunkStream stream{&file, {}, 0, 0};
    RapidHandler handler;
    rapidjson::Reader reader;
    reader.Parse<rapidjson::kParseIterativeFlag>(stream, handler);
    return handler.tally;
}
#endif

struct Variant
{
    const char *name;
    Tally (*run)(const QString &);
};

const Variant Variants[] = {
    {"QJsonDocument", qjsonDocument},
#ifdef ROSTER_HAVE_SIMDJSON
    {"simdjson", simdjsonOnDemand},
#endif
#ifdef ROSTER_HAVE_RAPIDJSON
    {"RapidJSON SAX", rapidjsonSax},
#endif
    {"YAJL", yajl},
    {"JsonListStream", jsonListStream},
};

int runVariant(const QString &name, const QString &path)
{
    for (const Variant &variant : Variants) {
        if (name != QLatin1String(variant.name))
            continue;
        const long before = peakKb();
        QElapsedTimer timer;
        timer.start();
        const Tally tally = variant.run(path);
        std::printf("%ld %ld %.3f %ld\n", tally.members, tally.emailBytes,
                    double(timer.nsecsElapsed()) / 1e9, (peakKb() - before) / 1024);
        return 0;
    }
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    options.addOption({u"members"_s, u"Members in the answer."_s, u"count"_s, u"1000000"_s});
    options.addOption({u"variant"_s, u"Run one parser (internal)."_s, u"name"_s});
    options.addOption({u"file"_s, u"The answer to read (internal)."_s, u"path"_s});
    options.process(app);
    if (options.isSet(u"variant"_s))
        return runVariant(options.value(u"variant"_s), options.value(u"file"_s));

    const long members = options.value(u"members"_s).toLong();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"users.json"_s);
    if (!writeAnswer(path, members))
        qFatal("cannot write %s", qPrintable(path));
    std::printf("A Heartbeat answer of %ld members, %.1f MB, read in 64 KiB chunks; each parser "
                "in a process of its own\n",
                members, double(QFile(path).size()) / 1e6);
    std::printf("%-16s %12s %10s %14s\n", "parser", "members", "time (s)", "peak RSS (MB)");
    Tally expected{-1, -1};
    for (const Variant &variant : Variants) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--variant"_s, QLatin1String(variant.name), u"--file"_s, path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            qFatal("%s failed: %s", variant.name, child.readAllStandardError().constData());
        const QList<QByteArray> figures = child.readAllStandardOutput().trimmed().split(' ');
        const Tally tally{figures.value(0).toLong(), figures.value(1).toLong()};
        std::printf("%-16s %12ld %10s %14s\n", variant.name, tally.members,
                    figures.value(2).constData(), figures.value(3).constData());
        // Every parser read the same members.
        if (expected.members >= 0 &&
            (tally.members != expected.members || tally.emailBytes != expected.emailBytes))
            qFatal("%s read %ld members, %ld email bytes; expected %ld, %ld", variant.name,
                   tally.members, tally.emailBytes, expected.members, expected.emailBytes);
        expected = tally;
    }
    return 0;
}
