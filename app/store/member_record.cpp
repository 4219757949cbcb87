#include "member_record.h"

using namespace Qt::StringLiterals;

QString MemberRecord::normalisedEmail(const QString &email)
{
    return email.trimmed().toLower();
}
