// Each provider client's reading of answers, behind a network manager that answers from the
// input instead of a server (tests/support/recorded_network.h).
//
// Input: byte 0 chooses the provider (Heartbeat, Forward, Beam.gg), byte 1 the operation and
// whether the member's id is known; the rest are the answers to the requests in order, separated
// by "\n--\n", each a status byte (Statuses, modulo 16: 14 is a lost answer) and the body. Requests
// past the last answer get a 404. Checks: the task finishes (a hang is a libFuzzer timeout), its
// callback ran exactly once before, and a failure says what went wrong.
#include "api_session.h"
#include "api_task.h"
#include "beam_client.h"
#include "forward_client.h"
#include "heartbeat_client.h"
#include "recorded_network.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;
using Answer = RecordedNetwork::Answer;
using Request = RecordedNetwork::Request;

namespace {
const QByteArray Key = "sk_live_fuzz_0123456789";
const QByteArray AnswerSeparator = "\n--\n";

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

Answer answerOf(const QByteArray &part)
{
    static constexpr int Statuses[] = {200, 200, 201, 204, 400, 401, 403, 404,
                                       409, 422, 429, 500, 502, 503, 0,   202};
    if (part.isEmpty())
        return Answer::json(200, {});
    const int status = Statuses[uint8_t(part.at(0)) % 16];
    if (status == 0)
        return Answer::lostAnswer();
    Answer answer = Answer::json(status, part.mid(1));
    // Without Retry-After a 429 waits a second or more: the retries are the same without it.
    if (status == 429)
        answer.headers.append({QByteArray("Retry-After"), QByteArray("0")});
    return answer;
}

QList<Answer> answersOf(const QByteArray &bytes)
{
    QList<Answer> answers;
    qsizetype from = 0;
    while (from <= bytes.size()) {
        qsizetype end = bytes.indexOf(AnswerSeparator, from);
        if (end < 0)
            end = bytes.size();
        answers.append(answerOf(bytes.mid(from, end - from)));
        from = end + AnswerSeparator.size();
    }
    return answers;
}

std::unique_ptr<MemberClient> clientFor(uint8_t provider, ApiSession *session, bool variant)
{
    switch (provider % 3) {
    case 0:
        return std::make_unique<HeartbeatClient>(session, recordedBase(u"/v0"_s),
                                                 variant ? QUrl()
                                                         : QUrl(u"https://acme.heartbeat.chat"_s));
    case 1:
        return std::make_unique<ForwardClient>(session, recordedBase(u"/forward"_s), u"biz_1"_s);
    default:
        return std::make_unique<BeamClient>(session, recordedBase(u""_s));
    }
}

NewMember newMember(bool variant)
{
    NewMember member;
    member.email = u"jane@example.com"_s;
    member.firstName = u"Jane"_s;
    member.lastName = u"Doe"_s;
    if (variant) {
        member.name = u"Jane Doe"_s;
        member.roleId = u"role_1"_s;
        member.groupIds = {u"group_1"_s};
        member.bio = u"Hello"_s;
        member.introduce = true;
        member.idempotencyKey = u"row-1"_s;
    } else {
        member.pending = true;
        member.readBack = false;
    }
    return member;
}

RemoteMember member(bool withId)
{
    RemoteMember m;
    m.email = u"jane@example.com"_s;
    m.firstName = u"Jane"_s;
    m.lastName = u"Doe"_s;
    if (withId)
        m.id = u"42"_s;
    return m;
}

// Changes each provider can make (see Capabilities::editableFields()), more with the variant.
MemberChanges changes(uint8_t provider, bool variant)
{
    MemberChanges c;
    switch (provider % 3) {
    case 0:
        c.name = u"Janet Doe"_s;
        if (variant) {
            c.bio = QString();
            c.statusLine = u"Here"_s;
            c.addGroupIds = {u"group_2"_s};
            c.removeGroupIds = {u"group_1"_s};
        }
        break;
    case 1:
        c.firstName = u"Janet"_s;
        if (variant)
            c.email = u"janet@example.com"_s;
        break;
    default:
        c.firstName = u"Janet"_s;
        if (variant)
            c.lastName = u"Dee"_s;
        break;
    }
    return c;
}

// How an operation ended: how often its callback ran, and whether a failure had no message.
struct Outcome
{
    int calls = 0;
    bool failedWithoutWords = false;
    // FUZZ_VERBOSE=1 prints each outcome, for checking what a corpus file reaches.
    bool verbose = qEnvironmentVariableIsSet("FUZZ_VERBOSE");
    template <typename T> Done<T> done()
    {
        return [this](const Result<T> &result) {
            ++calls;
            if (!result.ok() && result.error.message.isEmpty())
                failedWithoutWords = true;
            if (verbose)
                qInfo("%s", result.ok() ? "success" : qPrintable(result.error.message));
        };
    }
};

ApiTask *start(MemberClient &client, uint8_t provider, uint8_t operation, bool variant,
               Outcome &outcome)
{
    const QString email = u"jane@example.com"_s;
    const QStringList emails = {email, u"joe@example.com"_s};
    switch (operation % 11) {
    case 0:
        return client.findByEmail(email, outcome.done<std::optional<RemoteMember>>());
    case 1:
        return client.listMembers(outcome.done<MemberListing>());
    case 2:
        return client.createMember(newMember(variant), outcome.done<RemoteMember>());
    case 3:
        return client.updateMember(member(variant), changes(provider, variant),
                                   outcome.done<RemoteMember>());
    case 4:
        return client.deactivate(member(variant), outcome.done<RemoteMember>());
    case 5:
        return client.reactivate(member(variant), outcome.done<RemoteMember>());
    case 6:
        return client.loginLink(member(variant), outcome.done<LoginLink>());
    case 7:
        return client.listRoles(outcome.done<QList<NamedRef>>());
    case 8:
        return client.listGroups(outcome.done<QList<NamedRef>>());
    case 9:
        return client.addToGroup(u"group_1"_s, emails, outcome.done<QStringList>());
    default:
        return client.removeFromGroup(u"group_1"_s, emails, outcome.done<QStringList>());
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t provider = data[0];
    const uint8_t operation = data[1] % 11;
    const bool variant = (data[1] / 11) % 2 == 1;
    const QList<Answer> answers = answersOf(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2)));

    qsizetype sent = 0;
    RecordedNetwork network([&answers, &sent](const Request &) {
        const qsizetype index = sent++;
        return index < answers.size()
                   ? answers.at(index)
                   : Answer::json(404, R"({"error":true,"message":"Not found"})");
    });
    PacerRegistry pacers;
    auto *session = new ApiSession(&network, pacers.pacerFor(Key, 1e6, 16), Key);
    session->retryPolicy().backoffBaseMs = 0;
    session->retryPolicy().backoffCapMs = 1;
    std::unique_ptr<MemberClient> client = clientFor(provider, session, variant);
    session->setParent(client.get());

    Outcome outcome;
    QEventLoop loop;
    ApiTask *task = start(*client, provider, operation, variant, outcome);
    QObject::connect(task, &ApiTask::finished, &loop, [&] {
        check(outcome.calls == 1);
        loop.quit();
    });
    // The callback runs just before the task finishes: when it has run already, the task
    // finished within start().
    if (outcome.calls == 0)
        loop.exec();
    check(outcome.calls == 1);
    check(!outcome.failedWithoutWords);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    client.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
