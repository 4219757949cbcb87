#include "member_client.h"

#include "api_session.h"
#include "api_task.h"
#include "endpoint.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

MemberClient::MemberClient(ApiSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

ApiTask *MemberClient::failLater(const ApiError &error,
                                 std::function<void(const ApiError &)> report)
{
    auto *task = new ApiTask(m_session);
    QTimer::singleShot(0, task, [task, error, report = std::move(report)] {
        report(error);
        task->finish();
    });
    return task;
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

ApiError MemberClient::errorOf(const HttpResult &result) const
{
    ApiError error = result.error;
    const QString said = providerMessageFrom(result.body);
    if (!said.isEmpty()) {
        error.providerMessage = m_session->redactor().redact(said);
        error.message = QCoreApplication::translate("MemberClient", "%1 says: %2 (HTTP %3)")
                            .arg(providerDisplayName(provider()), error.providerMessage)
                            .arg(result.status);
    }
    return error;
}

ApiTask *MemberClient::refuseUneditable(const MemberChanges &changes,
                                        const Done<RemoteMember> &done)
{
    const QList<std::pair<QString, bool>> touched = {
        {u"name"_s, changes.name.has_value()},
        {u"first-name"_s, changes.firstName.has_value()},
        {u"last-name"_s, changes.lastName.has_value()},
        {u"email"_s, changes.email.has_value()},
        {u"bio"_s, changes.bio.has_value()},
    };
    const QStringList editable = capabilities().editableFields();
    QStringList refused;
    for (const auto &[field, changed] : touched) {
        if (changed && !editable.contains(field))
            refused.append(field);
    }
    if (refused.isEmpty())
        return nullptr;
    const QString why =
        tr("%1 cannot change a member's %2; it can change: %3.")
            .arg(providerDisplayName(provider()), refused.join(u", "_s), editable.join(u", "_s));
    return failLater(ApiError::make(ApiErrorKind::Unsupported, why),
                     [done](const ApiError &error) { done(Result<RemoteMember>::failure(error)); });
}

ApiError MemberClient::badResponse(const char *what) const
{
    return ApiError::make(ApiErrorKind::BadResponse,
                          QCoreApplication::translate("MemberClient",
                                                      "%1 answered something Roster cannot "
                                                      "read: %2")
                              .arg(providerDisplayName(provider()),
                                   QCoreApplication::translate("MemberClient", what)));
}
