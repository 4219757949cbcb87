#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class RosterDatabase;

enum class AuditOutcome
{
    Ok,
    Failed
};

// One action Roster took, or tried to take.
struct AuditEntry
{
    // In UTC; append() stamps the current time when invalid.
    QDateTime when;
    QString workspaceId;
    // Empty for an action on the whole workspace; normalised like member emails.
    QString memberEmail;
    // A short machine word: create, update, deactivate, reactivate, link, sync, workspace-add,
    // ... (lower-case letters, digits and '-', at most 32 characters).
    QString action;
    AuditOutcome outcome = AuditOutcome::Ok;
    // Short human text, e.g. the provider's error message. Never a login link or a key: callers
    // must not pass them, and append() cuts any URL to scheme, host and path regardless (see
    // redactAuditDetail()).
    QString detail;
    // The OS user who acted ('' when unknown), and where from (AuditSource: dialog, bulk-action,
    // cli, import-run-N; '' when unknown).
    QString actor = {};
    QString source = {};
    // For an edit, the fields changed, old → new (ChangeText). Never a picture's data, a link or
    // a key; cut like `detail`.
    QString changes = {};

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// Which entries of one workspace list() answers. Empty texts and invalid times match all.
struct AuditFilter
{
    QString workspaceId;
    QString memberEmail; // exactly this member (normalised)
    QString memberText;  // part of the member's email, any case
    QString action;      // exactly this action
    QString actor;       // exactly this user, any case
    QDateTime since;     // at or after
    QDateTime until;     // before
    int limit = 0;       // at most this many, the newest, when positive
};

// The audit log: every action Roster took on a community, per workspace. Entries are only
// appended; removeWorkspace() is for a user who asks for a workspace's history to go.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(RosterDatabase &db);

    bool append(const AuditEntry &entry, QString *error);
    // The workspace's entries, newest first (entries with the same time: last appended first),
    // only those of `memberEmail` when it is not empty, at most `limit` when it is positive.
    std::optional<QList<AuditEntry>> list(const QString &workspaceId, const QString &memberEmail,
                                          int limit, QString *error) const;
    std::optional<QList<AuditEntry>> list(const AuditFilter &filter, QString *error) const;
    bool removeWorkspace(const QString &workspaceId, QString *error);

    static bool isValidAction(const QString &action);

private:
    RosterDatabase &m_db;
};
