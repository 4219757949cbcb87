#include "member_status_text.h"

#include <QCoreApplication>

QString memberStatusText(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return QCoreApplication::translate("MemberStatus", "Active");
    case MemberStatus::Pending:
        return QCoreApplication::translate("MemberStatus", "Pending");
    case MemberStatus::Deactivated:
        return QCoreApplication::translate("MemberStatus", "Deactivated");
    case MemberStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("MemberStatus", "Unknown");
}

QString memberStatusExplanation(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return QCoreApplication::translate("MemberStatus", "The member can sign in.");
    case MemberStatus::Pending:
        return QCoreApplication::translate("MemberStatus",
                                           "The member has not signed in for the first time yet.");
    case MemberStatus::Deactivated:
        return QCoreApplication::translate(
            "MemberStatus", "The account is deactivated: the member cannot sign in.");
    case MemberStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("MemberStatus", "The provider does not report a status.");
}
