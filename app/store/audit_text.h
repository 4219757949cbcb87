#pragma once

#include "audit_log.h"

#include <QCoreApplication>

// An audit entry's words as people read them, in the window and in roster-cli.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // "added", "edited", "sign-in page", ...; an action this version does not know as it is.
    static QString action(const QString &id);
    static QString outcome(AuditOutcome outcome);
    // "unknown" for an entry written before Roster recorded who acted.
    static QString actor(const QString &actor);
    // The fields changed and the detail (the provider's message, a note), in one line.
    static QString changes(const AuditEntry &entry);
    // The machine ids of the actions, in the order a filter offers them.
    static QStringList actionIds();
};
