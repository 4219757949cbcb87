#include "schema_migrations.h"

using namespace Qt::StringLiterals;

// Conventions of the schema:
// - timestamps are INTEGER milliseconds since the Unix epoch, UTC; NULL when unknown;
// - text the provider did not give is '' rather than NULL, except provider_member_id, which is
//   NULL when unknown so that its partial unique index only covers known ids;
// - member emails are stored trimmed and in lower case;
// - a member's groups are a shared group set: a JSON array of [id, name] pairs stored once for
//   all the members with exactly those groups;
// - no login link or API key is ever written to any table.
const QList<SchemaMigration> &rosterSchemaMigrations()
{
    static const QList<SchemaMigration> migrations = {
        {1,
         {
             // A workspace that has local data. Members refer to it by `key`, a small integer,
             // instead of repeating the workspace id in every row and index entry.
             u"CREATE TABLE workspaces ("
             " key INTEGER PRIMARY KEY,"
             " id TEXT NOT NULL UNIQUE CHECK (id <> ''),"
             " last_full_sync_at INTEGER)"_s,
             // Each distinct list of groups, stored once: members in the same groups share a row
             // here, and a bulk read parses each list once. Sets no member uses any more are
             // kept; they are few and small.
             u"CREATE TABLE group_sets ("
             " key INTEGER PRIMARY KEY,"
             " groups TEXT NOT NULL UNIQUE CHECK (json_valid(groups)))"_s,
             // One row per member of a workspace's local roster. `id` is the workspace's key
             // times 2^40 plus a sequence number that grows with each new member of that
             // workspace: a workspace's members lie together in the file, in insertion order,
             // and are read without an index (see MemberWriter and MemberReader).
             u"CREATE TABLE members ("
             " id INTEGER PRIMARY KEY CHECK (id >> 40 = workspace_key),"
             " workspace_key INTEGER NOT NULL REFERENCES workspaces (key) ON DELETE CASCADE,"
             " provider_member_id TEXT CHECK (provider_member_id <> ''),"
             " email TEXT NOT NULL CHECK (email <> ''),"
             " display_name TEXT NOT NULL DEFAULT '',"
             " first_name TEXT NOT NULL DEFAULT '',"
             " last_name TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'deactivated')),"
             " role_id TEXT NOT NULL DEFAULT '',"
             " role_name TEXT NOT NULL DEFAULT '',"
             " group_set INTEGER REFERENCES group_sets (key)," // NULL: no groups
             " bio TEXT NOT NULL DEFAULT '',"
             " created_at INTEGER,"
             " updated_at INTEGER,"
             " last_synced_at INTEGER)"_s,
             u"CREATE UNIQUE INDEX members_by_email ON members (workspace_key, email)"_s,
             u"CREATE UNIQUE INDEX members_by_provider_id ON members"
             " (workspace_key, provider_member_id) WHERE provider_member_id IS NOT NULL"_s,
             // Every action Roster took, newest last. The workspace id is kept as text so that
             // the history of a removed workspace stays readable.
             u"CREATE TABLE audit_log ("
             " id INTEGER PRIMARY KEY,"
             " at INTEGER NOT NULL,"
             " workspace_id TEXT NOT NULL,"
             " member_email TEXT NOT NULL DEFAULT '',"
             " action TEXT NOT NULL CHECK (action <> ''),"
             " outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),"
             " detail TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE INDEX audit_log_by_workspace ON audit_log (workspace_id, at)"_s,
             u"CREATE INDEX audit_log_by_member ON audit_log (workspace_id, member_email, at)"_s,
         }},
        {2,
         {
             // A bulk import: the file, how it was read and mapped (settings, JSON), and where
             // it stands. Its rows follow in import_rows.
             u"CREATE TABLE import_runs ("
             " id INTEGER PRIMARY KEY,"
             " workspace_id TEXT NOT NULL CHECK (workspace_id <> ''),"
             " file_path TEXT NOT NULL,"
             " file_size INTEGER NOT NULL,"
             " file_modified_at INTEGER,"
             " header TEXT NOT NULL CHECK (json_valid(header)),"
             " settings TEXT NOT NULL CHECK (json_valid(settings)),"
             " state TEXT NOT NULL CHECK (state IN ('planned', 'running', 'finished',"
             " 'cancelled')),"
             " created_at INTEGER NOT NULL,"
             " finished_at INTEGER)"_s,
             u"CREATE INDEX import_runs_by_workspace ON import_runs (workspace_id, state)"_s,
             // Every row of an import's file, committed as it happens: its cells as read, the
             // member to send (NULL for rows that are not sent), what the plan does with it,
             // and its outcome. state 'sending' is set before a request leaves and cleared
             // with the outcome, so a row found 'sending' after a crash has an unknown outcome
             // and is looked up before anything is sent again.
             u"CREATE TABLE import_rows ("
             " run_id INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,"
             " line INTEGER NOT NULL,"
             " email TEXT NOT NULL DEFAULT '',"
             " cells TEXT NOT NULL CHECK (json_valid(cells)),"
             " draft TEXT CHECK (draft IS NULL OR json_valid(draft)),"
             " plan TEXT NOT NULL CHECK (plan IN ('create', 'update', 'reactivate', 'unchanged',"
             " 'conflict', 'invalid', 'blank')),"
             " state TEXT NOT NULL CHECK (state IN ('todo', 'sending', 'done')),"
             " outcome TEXT CHECK (outcome IN ('created', 'updated', 'reactivated', 'skipped',"
             " 'failed')),"
             " error TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (run_id, line)) WITHOUT ROWID"_s,
             u"CREATE INDEX import_rows_by_state ON import_rows (run_id, state)"_s,
         }},
        {3,
         {
             // Heartbeat tells no account state (live): a member may be 'unknown'. A member
             // missing from a complete listing is kept as 'unlisted' (deactivated or removed
             // outside Roster), never deleted. When the member last signed in, or that they
             // never did (Heartbeat's lastLogin: null). SQLite cannot change a CHECK, so the
             // table is built anew and the rows copied, in the migration's transaction.
             u"CREATE TABLE members_v3 ("
             " id INTEGER PRIMARY KEY CHECK (id >> 40 = workspace_key),"
             " workspace_key INTEGER NOT NULL REFERENCES workspaces (key) ON DELETE CASCADE,"
             " provider_member_id TEXT CHECK (provider_member_id <> ''),"
             " email TEXT NOT NULL CHECK (email <> ''),"
             " display_name TEXT NOT NULL DEFAULT '',"
             " first_name TEXT NOT NULL DEFAULT '',"
             " last_name TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'deactivated',"
             " 'unknown', 'unlisted')),"
             " role_id TEXT NOT NULL DEFAULT '',"
             " role_name TEXT NOT NULL DEFAULT '',"
             " group_set INTEGER REFERENCES group_sets (key),"
             " bio TEXT NOT NULL DEFAULT '',"
             " created_at INTEGER,"
             " updated_at INTEGER,"
             " last_synced_at INTEGER,"
             " last_sign_in_at INTEGER,"
             " never_signed_in INTEGER NOT NULL DEFAULT 0 CHECK (never_signed_in IN (0, 1)))"_s,
             u"INSERT INTO members_v3 (id, workspace_key, provider_member_id, email, display_name,"
             " first_name, last_name, status, role_id, role_name, group_set, bio, created_at,"
             " updated_at, last_synced_at)"
             " SELECT id, workspace_key, provider_member_id, email, display_name, first_name,"
             " last_name, status, role_id, role_name, group_set, bio, created_at, updated_at,"
             " last_synced_at FROM members"_s,
             u"DROP TABLE members"_s,
             u"ALTER TABLE members_v3 RENAME TO members"_s,
             u"CREATE UNIQUE INDEX members_by_email ON members (workspace_key, email)"_s,
             u"CREATE UNIQUE INDEX members_by_provider_id ON members"
             " (workspace_key, provider_member_id) WHERE provider_member_id IS NOT NULL"_s,
             // When a row was marked 'sending' and the idempotency key its create carried: a
             // resume within the key's lifetime resends with it instead of looking up first.
             u"ALTER TABLE import_rows ADD COLUMN sending_at INTEGER"_s,
             u"ALTER TABLE import_rows ADD COLUMN idempotency_key TEXT NOT NULL DEFAULT ''"_s,
         }},
        {4,
         {
             // Heartbeat's further profile fields. The status line and the social links are
             // NULL while Roster has never been told them (Heartbeat's user object has no
             // status line), '' when they are known to be empty.
             u"ALTER TABLE members ADD COLUMN status_line TEXT"_s,
             u"ALTER TABLE members ADD COLUMN linkedin TEXT"_s,
             u"ALTER TABLE members ADD COLUMN twitter TEXT"_s,
             u"ALTER TABLE members ADD COLUMN instagram TEXT"_s,
             u"ALTER TABLE members ADD COLUMN avatar_url TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE members ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0"
             " CHECK (is_admin IN (0, 1))"_s,
         }},
        {5,
         {
             // Who took an action (the OS user), from where (dialog, bulk-action, cli,
             // import-run-N; see AuditSource) and, for an edit, the fields changed, old → new.
             // Entries written before this version keep '' for all three: unknown.
             u"ALTER TABLE audit_log ADD COLUMN actor TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE audit_log ADD COLUMN source TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE audit_log ADD COLUMN changes TEXT NOT NULL DEFAULT ''"_s,
         }},
        {6,
         {
             // One writer per workspace (WorkspaceLock): the process running an import, a bulk
             // action or a mirror run in it. A row whose process is gone is stale.
             u"CREATE TABLE workspace_locks ("
             " workspace_id TEXT PRIMARY KEY CHECK (workspace_id <> ''),"
             " pid INTEGER NOT NULL,"
             " host TEXT NOT NULL,"
             " started_at INTEGER NOT NULL,"
             " work TEXT NOT NULL CHECK (work IN ('import', 'bulk-action', 'mirror')),"
             " subject TEXT NOT NULL DEFAULT '')"_s,
         }},
        {7,
         {
             // 0 while the planner is still adding an import run's rows (ImportJournal::
             // completePlan): a run cut off then holds only part of its file and is never
             // resumed. Runs written before this version count as complete, as they did.
             u"ALTER TABLE import_runs ADD COLUMN plan_complete INTEGER NOT NULL DEFAULT 1"
             " CHECK (plan_complete IN (0, 1))"_s,
         }},
        {8,
         {
             // A dry run's plan kept to be run as it is (roster-cli import --from-plan): the
             // file's SHA-256 when it was planned, and the settings the dry run was given (JSON;
             // NULL for a run planned to be run at once), so that a run of a changed file or
             // with other settings is refused. Earlier runs keep '' and NULL.
             u"ALTER TABLE import_runs ADD COLUMN file_checksum TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE import_runs ADD COLUMN dry_run_settings TEXT"
             " CHECK (dry_run_settings IS NULL OR json_valid(dry_run_settings))"_s,
         }},
        {9,
         {
             // A sync names itself in workspace_locks too ('sync', its subject the workspace's
             // name), so that a write held back by its transaction can say what holds it.
             // SQLite cannot change a CHECK: the table is made again.
             u"CREATE TABLE workspace_locks_9 ("
             " workspace_id TEXT PRIMARY KEY CHECK (workspace_id <> ''),"
             " pid INTEGER NOT NULL,"
             " host TEXT NOT NULL,"
             " started_at INTEGER NOT NULL,"
             " work TEXT NOT NULL CHECK (work IN ('import', 'bulk-action', 'mirror', 'sync')),"
             " subject TEXT NOT NULL DEFAULT '')"_s,
             u"INSERT INTO workspace_locks_9 SELECT workspace_id, pid, host, started_at, work,"
             " subject FROM workspace_locks"_s,
             u"DROP TABLE workspace_locks"_s,
             u"ALTER TABLE workspace_locks_9 RENAME TO workspace_locks"_s,
         }},
        {10,
         {
             // Mirror runs, deactivations from a list and undo (issue 16): rows may deactivate,
             // or be listed as members the provider cannot deactivate (Beam.gg); each row keeps
             // the change it makes (`change`, JSON: each field's value before and after, the
             // state before and after) so that a run can be undone. A run keeps
             // the OS user who started it. SQLite cannot change a CHECK: the table is made again.
             u"CREATE TABLE import_rows_10 ("
             " run_id INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,"
             " line INTEGER NOT NULL,"
             " email TEXT NOT NULL DEFAULT '',"
             " cells TEXT NOT NULL CHECK (json_valid(cells)),"
             " draft TEXT CHECK (draft IS NULL OR json_valid(draft)),"
             " plan TEXT NOT NULL CHECK (plan IN ('create', 'update', 'reactivate', 'deactivate',"
             " 'cannot-deactivate', 'unchanged', 'conflict', 'invalid', 'blank')),"
             " state TEXT NOT NULL CHECK (state IN ('todo', 'sending', 'done')),"
             " outcome TEXT CHECK (outcome IN ('created', 'updated', 'reactivated', 'deactivated',"
             " 'skipped', 'failed')),"
             " error TEXT NOT NULL DEFAULT '',"
             " sending_at INTEGER,"
             " idempotency_key TEXT NOT NULL DEFAULT '',"
             " change TEXT CHECK (change IS NULL OR json_valid(change)),"
             " PRIMARY KEY (run_id, line)) WITHOUT ROWID"_s,
             u"INSERT INTO import_rows_10 SELECT run_id, line, email, cells, draft, plan, state,"
             " outcome, error, sending_at, idempotency_key, NULL FROM import_rows"_s,
             u"DROP TABLE import_rows"_s,
             u"ALTER TABLE import_rows_10 RENAME TO import_rows"_s,
             u"CREATE INDEX import_rows_by_state ON import_rows (run_id, state)"_s,
             u"ALTER TABLE import_runs ADD COLUMN os_user TEXT NOT NULL DEFAULT ''"_s,
             // What the plan as a whole says beside its rows: why a mirror deactivates nobody.
             u"ALTER TABLE import_runs ADD COLUMN note TEXT NOT NULL DEFAULT ''"_s,
         }},
    };
    return migrations;
}
