#include "demo_environment.h"

#include "member_repository.h"
#include "roster_database.h"
#include "sandbox.h"
#include "sandbox_host.h"
#include "workspace_store.h"

using namespace Qt::StringLiterals;

DemoEnvironment::DemoEnvironment() : m_directory(QDir::tempPath() + u"/roster-demo-XXXXXX"_s) {}

DemoEnvironment::~DemoEnvironment()
{
    if (m_host) {
        QString ignored;
        m_host->shutdown(&ignored);
    }
}

QString DemoEnvironment::key() const
{
    return m_host ? QString::fromLatin1(m_host->apiKey()) : QString();
}

QString DemoEnvironment::baseUrl() const
{
    return m_host ? m_host->baseUrl() : QString();
}

QString DemoEnvironment::workspacesFile() const
{
    return m_directory.filePath(u"workspaces.json"_s);
}

QString DemoEnvironment::databaseFile() const
{
    return m_directory.filePath(u"roster.sqlite"_s);
}

bool DemoEnvironment::start(quint16 port, QString *error)
{
    if (!m_directory.isValid()) {
        *error = tr("Cannot make a directory for the demo: %1").arg(m_directory.errorString());
        return false;
    }
    SandboxOptions options;
    options.port = port;
    options.apiKey = SandboxHost::randomApiKey();
    options.members = MembersPerProvider;
    options.rateLimit = 20;
    m_host = std::make_unique<SandboxHost>();
    if (!m_host->start(options, error))
        return false;

    const QString base = m_host->baseUrl();
    Workspace heartbeat = Workspace::create(tr("Heartbeat demo community"), Provider::Heartbeat);
    heartbeat.apiBaseUrl = QUrl(base + u"/heartbeat/v0"_s);
    heartbeat.communityUrl = QUrl(base + u"/heartbeat/community"_s);
    Workspace forward = Workspace::create(tr("Forward demo portal"), Provider::Forward);
    forward.apiBaseUrl = QUrl(base + u"/forward"_s);
    forward.businessId = m_host->sandbox()->state().forwardBusinessId;
    Workspace beam = Workspace::create(tr("Beam.gg demo community"), Provider::Beam);
    beam.apiBaseUrl = QUrl(base + u"/beam"_s);
    m_workspaces = {heartbeat, forward, beam};

    WorkspaceStore store(workspacesFile());
    for (const Workspace &workspace : std::as_const(m_workspaces)) {
        if (!store.add(workspace, error))
            return false;
    }
    return seedBeamRoster(beam, error);
}

bool DemoEnvironment::seedBeamRoster(const Workspace &beam, QString *error)
{
    QList<MemberRecord> members;
    for (const BeamMember &member : m_host->sandbox()->state().beam.rows()) {
        MemberRecord record;
        record.workspaceId = beam.id;
        record.providerMemberId = member.idKey();
        record.email = member.email;
        record.firstName = member.firstName;
        record.lastName = member.lastName;
        record.displayName = QString(member.firstName + u' ' + member.lastName).trimmed();
        record.status = MemberStatus::Active;
        record.createdAt = member.createdAt;
        record.updatedAt = member.updatedAt;
        record.lastSyncedAt = QDateTime::currentDateTimeUtc();
        members.append(record);
    }
    RosterDatabase db(databaseFile());
    return db.open(error) && MemberRepository(db).upsertMany(members, error).has_value();
}
