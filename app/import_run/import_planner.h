#pragma once

#include "api_error.h"
#include "csv_format.h"
#include "import_journal.h"
#include "import_settings.h"
#include "member_record.h"
#include "remote_member.h"
#include "role_choice.h"
#include "validated_row_reader.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>

class ApiTask;
class SqliteEmailLines;
class MemberRepository;
class MemberService;
class RosterDatabase;

// The dry run of an import: reads the file, maps and validates every row, compares it with the
// workspace's members (the local roster, refreshed from the provider first where the provider
// can list; else, when setLookUpUnknownRows() asks, each row not in the roster is looked up at
// the provider, and otherwise planned as a create) and writes the plan
// into the journal as a new run: per row create, update, reactivate, unchanged, conflict or
// invalid (with why). Nothing is changed at the provider. Reads the file in slices between
// events, so the window stays responsive at a million rows.
class ImportPlanner : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Preparing, // roles, groups, the provider's list
        Reading,   // the file, row by row
        LookingUp  // rows the local roster does not know, at a provider that cannot list
    };
    Q_ENUM(Phase)

    static constexpr int LookupsInFlight = 8;

    // `service` and `db` are not owned and must outlive the planner.
    ImportPlanner(MemberService *service, RosterDatabase &db, const ImportSettings &settings,
                  QObject *parent = nullptr);
    ~ImportPlanner() override;

    // Look up at a provider that cannot list each row the roster does not know: for a dry run
    // the user reads, which shows the diff. A run started directly leaves this off: its creates
    // cost no look-up, and a create the provider refuses as a duplicate is looked up then.
    void setLookUpUnknownRows(bool lookUp) { m_lookUpUnknownRows = lookUp; }

    void start();
    // Stops; a run already begun in the journal is removed.
    void cancel();

    // After finished():
    qint64 runId() const { return m_runId; }
    const CsvFormat &format() const { return m_format; }
    const QStringList &header() const { return m_header; }
    // Mapped columns whose field the provider keeps none of, one sentence each
    // (ImportRequirements::ignoredColumns): they are not imported. Known once started.
    const QStringList &ignoredColumns() const { return m_ignoredColumns; }

    // After failed(), what failed: the file or its mapping (Input), the provider (its roles,
    // groups, listing or a look-up; providerError() says how), or else the journal, the local
    // roster or a cancel (Local). For roster-cli's exit code.
    enum class Failure
    {
        Local,
        Input,
        Provider
    };
    Failure failure() const { return m_failure; }
    ApiErrorKind providerError() const { return m_providerError; }

Q_SIGNALS:
    // `done` of `total` in the phase; total -1 when not known.
    void progress(ImportPlanner::Phase phase, qint64 done, qint64 total);
    void finished(qint64 runId);
    // The file, the mapping, the provider or the journal failed; nothing was kept.
    void failed(const QString &error);

private:
    struct Pending
    {
        ImportRowEntry entry;
        MemberDraft draft;
    };

    bool openFile(QString *error);
    bool prepareMapping(QString *error);
    void loadRoles();
    void loadGroups();
    void refreshRoster();
    // One of roles, groups and the listing is in; the last one begins the reading.
    void prepared();
    void beginReading();
    void readSlice();
    void planValidRow(const ValidatedRow &row);
    // A list of members to deactivate or reactivate: a row needs only its email.
    bool emailsOnly() const;
    // Whether a row whose member is not there is created (else it is skipped or fails).
    bool wouldCreate(const MemberDraft &draft) const;
    void planNotAMember(ImportRowEntry &entry, const MemberDraft &draft) const;
    // A mirror: the workspace's members no row names, planned for deactivation; or why nobody
    // is (the run's note). False when it failed.
    bool planAbsentMembers();
    // The run's note into the journal; false (and failed) when it cannot be written.
    bool keepNote(const QString &note);
    void decide(ImportRowEntry &entry, const MemberDraft &draft, const MemberRecord &stored) const;
    // The ids of the draft's groups into it, and the draft into the entry; false (the entry
    // invalid) when the community has no such group.
    bool resolveGroups(ImportRowEntry &entry, MemberDraft &draft) const;
    void keep(ImportRowEntry entry);
    bool flush();
    void lookUpMore();
    void finishPlanning();
    void fail(const QString &error);
    void failOnInput(const QString &error);
    void failAtProvider(const QString &error, ApiErrorKind kind);

    MemberService *m_service;
    RosterDatabase &m_db;
    ImportSettings m_settings;
    std::unique_ptr<MemberRepository> m_roster;
    std::unique_ptr<ImportJournal> m_journal;
    ValidatedRowReader m_rows;
    CsvFormat m_format;
    QStringList m_header;
    QStringList m_ignoredColumns;
    QList<RoleChoice> m_roles;
    QHash<QString, QString> m_groupIds;             // by folded name
    QHash<QString, QString> m_groupNames;           // by id
    std::unique_ptr<SqliteEmailLines> m_emailLines; // the validator's emails, on disk
    qint64 m_runId = 0;
    QList<ImportRowEntry> m_batch;
    std::deque<Pending> m_toLookUp;
    qint64 m_lookupsTotal = 0;
    qint64 m_lookupsDone = 0;
    int m_lookupsInFlight = 0;
    QList<QPointer<ApiTask>> m_tasks;
    int m_preparing = 0; // of roles, groups and the listing, those not in yet
    bool m_lookUpUnknownRows = false;
    bool m_readingDone = false;
    qint64 m_validRows = 0;
    bool m_listingComplete = false;
    QString m_whyIncomplete;
    bool m_stopped = false;
    Failure m_failure = Failure::Local;
    ApiErrorKind m_providerError = ApiErrorKind::None;
};
