#include "validated_row.h"

using namespace Qt::StringLiterals;

QString ValidatedRow::errorText() const
{
    QStringList messages;
    messages.reserve(issues.size());
    for (const RowIssue &issue : issues)
        messages.append(issue.message);
    return messages.join(u"; "_s);
}
