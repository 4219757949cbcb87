#include "remote_member.h"

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

MemberStatus memberStatusFromId(const QString &id)
{
    for (MemberStatus status :
         {MemberStatus::Active, MemberStatus::Pending, MemberStatus::Deactivated}) {
        if (memberStatusId(status) == id)
            return status;
    }
    return MemberStatus::Unknown;
}
