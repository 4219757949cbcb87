#include "email_address.h"

#include "email_check.h"

#include <QCoreApplication>

namespace EmailAddress {

std::optional<QString> problem(const QString &text)
{
    const QString address = text.trimmed();
    const EmailCheck::Problem problem = EmailCheck::check(address);
    if (problem == EmailCheck::Problem::None)
        return std::nullopt;
    if (problem == EmailCheck::Problem::Empty)
        return QCoreApplication::translate("EmailAddress", "The email address is empty.");
    return QCoreApplication::translate("EmailAddress", "\"%1\" is not an email address: %2.")
        .arg(address, EmailCheck::describe(problem));
}

} // namespace EmailAddress
