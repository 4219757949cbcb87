#include "audit_text.h"

using namespace Qt::StringLiterals;

namespace {
const std::pair<const char *, const char *> Actions[] = {
    {"create", QT_TRANSLATE_NOOP("AuditText", "added")},
    {"update", QT_TRANSLATE_NOOP("AuditText", "edited")},
    {"deactivate", QT_TRANSLATE_NOOP("AuditText", "deactivated")},
    {"reactivate", QT_TRANSLATE_NOOP("AuditText", "reactivated")},
    {"link", QT_TRANSLATE_NOOP("AuditText", "login link")},
    {"sign-in-page", QT_TRANSLATE_NOOP("AuditText", "sign-in page")},
    {"sync", QT_TRANSLATE_NOOP("AuditText", "refreshed")},
    {"unlisted", QT_TRANSLATE_NOOP("AuditText", "no longer listed")},
    {"group-add", QT_TRANSLATE_NOOP("AuditText", "added to a group")},
    {"group-remove", QT_TRANSLATE_NOOP("AuditText", "removed from a group")},
    {"workspace-test", QT_TRANSLATE_NOOP("AuditText", "connection tested")},
};
} // namespace

QString AuditText::action(const QString &id)
{
    for (const auto &[action, text] : Actions) {
        if (id == QLatin1StringView(action))
            return tr(text);
    }
    return id;
}

QStringList AuditText::actionIds()
{
    QStringList ids;
    for (const auto &[action, text] : Actions)
        ids << QString::fromLatin1(action);
    return ids;
}

QString AuditText::outcome(AuditOutcome outcome)
{
    return outcome == AuditOutcome::Ok ? tr("done") : tr("failed");
}

QString AuditText::actor(const QString &actor)
{
    return actor.isEmpty() ? tr("unknown") : actor;
}

QString AuditText::changes(const AuditEntry &entry)
{
    QStringList parts;
    for (const QString &part : {entry.changes, entry.detail}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u"; "_s);
}
