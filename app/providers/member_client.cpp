#include "member_client.h"

#include "api_session.h"
#include "api_task.h"
#include "endpoint.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

MemberClient::MemberClient(ApiSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

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

ApiError MemberClient::badResponse(const QString &what) const
{
    return ApiError::make(ApiErrorKind::BadResponse,
                          QCoreApplication::translate("MemberClient",
                                                      "%1 answered something Roster cannot "
                                                      "read: %2")
                              .arg(providerDisplayName(provider()), what));
}
