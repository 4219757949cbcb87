#include "member_status.h"

using namespace Qt::StringLiterals;

QString memberStatusId(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return u"active"_s;
    case MemberStatus::Pending:
        return u"pending"_s;
    case MemberStatus::Deactivated:
        return u"deactivated"_s;
    case MemberStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<MemberStatus> memberStatusFromId(QStringView id)
{
    for (MemberStatus status : {MemberStatus::Active, MemberStatus::Pending,
                                MemberStatus::Deactivated, MemberStatus::Unknown}) {
        if (memberStatusId(status) == id)
            return status;
    }
    return std::nullopt;
}
