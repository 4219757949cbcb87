#include "audit_source.h"

#include "os_process.h"

using namespace Qt::StringLiterals;

namespace {
const QString ImportRunPrefix = u"import-run-"_s;
}

QString AuditSource::importRun(qint64 runId)
{
    return ImportRunPrefix + QString::number(runId);
}

QString AuditSource::text(const QString &source)
{
    if (source.isEmpty())
        return tr("unknown");
    if (source == dialog())
        return tr("dialog");
    if (source == bulkAction())
        return tr("bulk action");
    if (source == cli())
        return tr("CLI");
    if (source.startsWith(ImportRunPrefix))
        return tr("import run %1").arg(source.mid(ImportRunPrefix.size()));
    return source;
}

QString AuditSource::currentActor()
{
    for (const char *name : {"USER", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    // No name in the environment (a service, cron, a bare container): the account's.
    return OsProcess::accountName();
}
