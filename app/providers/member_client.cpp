#include "member_client.h"

#include "api_session.h"
#include "email_check.h"
#include "http_trace.h"
#include "name_split.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype QuotedAnswerLength = 200;

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// "first_name: must not be null; email: must be a well-formed email address"
QString fieldProblems(const QJsonObject &body)
{
    QStringList problems;
    for (const QString &key : {u"argument_errors"_s, u"errors"_s}) {
        const QJsonObject fields = body.value(key).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            problems.append(it.key() + u": "_s + jsonText(it.value()));
    }
    return problems.join(u"; "_s);
}

QString messageOf(const QJsonObject &body)
{
    const QString message = body.value(u"message"_s).toString().trimmed();
    if (!message.isEmpty())
        return message;
    const QJsonValue error = body.value(u"error"_s);
    return error.isString() ? error.toString().trimmed() : QString();
}
} // namespace

MemberClient::MemberClient(ApiSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

ApiTask *MemberClient::failTask(const ApiError &error, std::function<void(const ApiError &)> report)
{
    auto *task = new ApiTask(m_session);
    QTimer::singleShot(0, task, [task, error, report = std::move(report)] {
        report(error);
        task->finish();
    });
    return task;
}

ApiTask *MemberClient::findByEmail(const QString &email, Done<std::optional<RemoteMember>> done)
{
    return startTask<std::optional<RemoteMember>>(
        [this, email](ApiTask *task, Done<std::optional<RemoteMember>> report) {
            lookup(task, email, std::move(report));
        },
        std::move(done));
}

ApiTask *MemberClient::listMembers(Done<MemberListing> done)
{
    auto members = std::make_shared<QList<RemoteMember>>();
    ListingSink sink;
    sink.batch = [members](QList<RemoteMember> batch) { members->append(std::move(batch)); };
    return streamMembers(sink, [members, done](const Result<ListingEnd> &end) {
        if (!end.ok())
            return done(Result<MemberListing>::failure(end.error));
        done({MemberListing{std::move(*members), end.value.complete, end.value.whyIncomplete}, {}});
    });
}

ApiTask *MemberClient::addToGroup(const QString &, const QStringList &, Done<QStringList> done)
{
    return unsupported(MemberOperation::GroupMembership, std::move(done));
}

ApiTask *MemberClient::removeFromGroup(const QString &, const QStringList &, Done<QStringList> done)
{
    return unsupported(MemberOperation::GroupMembership, std::move(done));
}

void MemberClient::resolve(ApiTask *task, const RemoteMember &member, Done<RemoteMember> next)
{
    if (!member.id.isEmpty())
        return next({member, {}});
    lookup(task, member.email,
           [this, member, next](const Result<std::optional<RemoteMember>> &found) {
               if (!found.ok())
                   return next(Result<RemoteMember>::failure(found.error));
               if (!found.value)
                   return next(Result<RemoteMember>::failure(ApiError::make(
                       ApiErrorKind::NotFound,
                       tr("%1 has no member with the email %2.")
                           .arg(providerDisplayName(provider()), member.email.trimmed()),
                       404)));
               next({*found.value, {}});
           });
}

bool MemberClient::saysAlreadyThere(const QString &said)
{
    static const QRegularExpression already(
        uR"(\b(already (exists?|registered|taken|in use|a member)|has already been taken|duplicate (e-?mail|user|account|member)))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return already.match(said).hasMatch();
}

ApiError MemberClient::errorOf(const HttpResult &result) const
{
    ApiError error = result.error;
    const QJsonObject body = QJsonDocument::fromJson(result.body).object();
    QString said = messageOf(body);
    const QString fields = fieldProblems(body);
    if (!fields.isEmpty())
        said = said.isEmpty() ? fields : said + u": "_s + fields;
    if (error.kind == ApiErrorKind::Validation && saysAlreadyThere(said))
        error.kind = ApiErrorKind::Conflict;
    if (!said.isEmpty()) {
        error.providerMessage = m_session->redactor().redact(said);
        error.message = QCoreApplication::translate("MemberClient", "%1 says: %2 (HTTP %3)")
                            .arg(providerDisplayName(provider()), error.providerMessage,
                                 QString::number(result.status));
    }
    return error;
}

ApiError MemberClient::badResponse(const HttpResult &result, const char *expected) const
{
    const QString came =
        result.body.isEmpty()
            ? QCoreApplication::translate("MemberClient", "an empty answer")
            : HttpTrace::redactedBody(result.body, m_session->redactor(), QuotedAnswerLength);
    ApiError error = ApiError::make(
        ApiErrorKind::BadResponse,
        QCoreApplication::translate("MemberClient",
                                    "%1 answered %2 (HTTP %3) with something Roster cannot "
                                    "read: it expected %4, and got: %5")
            .arg(providerDisplayName(provider()), result.request, QString::number(result.status),
                 QCoreApplication::translate("MemberClient", expected), came),
        result.status);
    error.message = m_session->redactor().redact(error.message);
    return error;
}

Result<std::optional<RemoteMember>> MemberClient::memberWithEmail(const HttpResult &result,
                                                                  const QJsonArray &users,
                                                                  const QString &email,
                                                                  const MemberParser &parse) const
{
    const QString wanted = EmailCheck::normalized(email);
    bool unreadable = false;
    for (const QJsonValue &user : users) {
        const std::optional<RemoteMember> member = parse(user);
        unreadable = unreadable || !member;
        if (member && member->email == wanted)
            return {member, {}};
    }
    if (unreadable)
        return Result<std::optional<RemoteMember>>::failure(badResponse(
            result, QT_TRANSLATE_NOOP("MemberClient", "users with an id and an email")));
    return {std::nullopt, {}};
}

ApiError MemberClient::writeRefused(const HttpResult &result) const
{
    ApiError error = errorOf(result);
    error.kind = ApiErrorKind::Validation;
    error.httpStatus = result.status;
    if (error.providerMessage.isEmpty())
        error.message = QCoreApplication::translate("MemberClient",
                                                    "%1 refused %2 without saying why (HTTP %3)")
                            .arg(providerDisplayName(provider()), result.request,
                                 QString::number(result.status));
    return error;
}

bool MemberClient::isMemberNotFound(const HttpResult &result)
{
    if (result.status != 404)
        return false;
    // "Could not find user" (Heartbeat, live), "User x not found": about a member, not about
    // an address that has no endpoint ("Cannot GET /v0/find/users", "Not found: /path").
    static const QRegularExpression aboutAMember(uR"((?i)\b(user|member|account|email)\b)"_s);
    static const QRegularExpression aboutAnAddress(
        uR"((?i)\b(route|path|endpoint|cannot (get|post|put|delete))\b|/)"_s);
    const QString said = messageOf(QJsonDocument::fromJson(result.body).object());
    return said.contains(aboutAMember) && !said.contains(aboutAnAddress);
}

bool MemberClient::saysAlreadyIn(const HttpResult &result, MemberStatus status)
{
    if (result.status != 400 && result.status != 409 && result.status != 422)
        return false;
    const QString said = messageOf(QJsonDocument::fromJson(result.body).object());
    const QStringList phrases = status == MemberStatus::Active
                                    ? QStringList{u"already active"_s}
                                    : QStringList{u"already deactivated"_s, u"already inactive"_s};
    for (const QString &phrase : phrases) {
        if (said.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString MemberClient::alreadyInNote(MemberStatus status, const HttpResult &result)
{
    if (result.attempts > 1)
        return {};
    return status == MemberStatus::Active
               ? QCoreApplication::translate("MemberClient", "already active")
               : QCoreApplication::translate("MemberClient", "already deactivated");
}

QString MemberClient::fullNameOf(const NewMember &member)
{
    const QString name = member.name.trimmed();
    return name.isEmpty() ? NameSplit::join(member.firstName.trimmed(), member.lastName.trimmed())
                          : name;
}

std::pair<QString, QString> MemberClient::namePartsOf(const NewMember &member)
{
    const QString first = member.firstName.trimmed();
    const QString last = member.lastName.trimmed();
    if (!first.isEmpty() || !last.isEmpty())
        return {first, last};
    const NameSplit::Parts parts = NameSplit::split(member.name);
    return {parts.first, parts.last};
}

ApiTask *MemberClient::refuseUneditable(const MemberChanges &changes,
                                        const Done<RemoteMember> &done)
{
    const Capabilities can = capabilities();
    QList<ProfileField> refused;
    for (const ProfileField field : changes.fields()) {
        if (!can.canEdit(field))
            refused << field;
    }
    if (refused.isEmpty())
        return nullptr;
    const QString why = tr("%1 cannot change a member's %2; it can change: %3.")
                            .arg(providerDisplayName(provider()), Capabilities::fieldList(refused),
                                 Capabilities::fieldList(can.editableFields()));
    return failLater(ApiError::make(ApiErrorKind::Unsupported, why), done);
}
