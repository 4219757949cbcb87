#include "member_status_text.h"

#include <QCoreApplication>

QString memberStatusText(MemberStatus status, bool neverSignedIn)
{
    switch (status) {
    case MemberStatus::Active:
        return QCoreApplication::translate("MemberStatus", "Active");
    case MemberStatus::Pending:
        return QCoreApplication::translate("MemberStatus", "Pending");
    case MemberStatus::Deactivated:
        return QCoreApplication::translate("MemberStatus", "Deactivated");
    case MemberStatus::Unlisted:
        return QCoreApplication::translate("MemberStatus", "Not listed");
    case MemberStatus::Unknown:
        break;
    }
    return neverSignedIn ? QCoreApplication::translate("MemberStatus", "Never signed in")
                         : QCoreApplication::translate("MemberStatus", "Unknown");
}

QString memberStatusExplanation(MemberStatus status, bool neverSignedIn)
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
    case MemberStatus::Unlisted:
        return QCoreApplication::translate(
            "MemberStatus", "The provider's last complete list of members did not include this "
                            "member: they were deactivated or removed outside Roster. Roster "
                            "keeps them; reactivating brings them back where the provider can.");
    case MemberStatus::Unknown:
        break;
    }
    return neverSignedIn
               ? QCoreApplication::translate(
                     "MemberStatus", "The provider does not report account states. This member "
                                     "has never signed in: pending, or not yet used.")
               : QCoreApplication::translate(
                     "MemberStatus", "The provider does not report account states, and Roster "
                                     "has not set or seen this member's.");
}
