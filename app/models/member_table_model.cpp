#include "member_table_model.h"

#include "display_text.h"
#include "email_check.h"
#include "large_buffers.h"
#include "member_status_text.h"

using namespace Qt::StringLiterals;

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_members(std::make_shared<MemberStorage>())
{
    keepLargeBuffersMapped();
    connect(&m_loader, &MemberLoader::progress, this, &MemberTableModel::loadProgress);
    connect(&m_loader, &MemberLoader::finished, this, &MemberTableModel::finishLoad);
    connect(&m_loader, &MemberLoader::failed, this, [this](const QString &error) {
        m_changesDuringLoad.clear();
        Q_EMIT loadFailed(error);
    });
}

MemberTableModel::~MemberTableModel() = default;

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members->size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    return DisplayText::escapedForRole(unescapedData(index, role), role);
}

QVariant MemberTableModel::unescapedData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == Created || column == Updated || column == LastSynced || column == LastSignIn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Admin)
            return int(Qt::AlignCenter);
        return QVariant();
    case EmailRole:
        return m_members->email(row).toString();
    case StatusRole:
        return int(m_members->status(row));
    case ProviderIdRole:
        return m_members->providerId(row).toString();
    case SortRole:
        return sortData(row, column);
    case MemberRole:
        return QVariant::fromValue(m_members->record(row));
    case AvatarUrlRole:
        return m_members->avatarUrl(row);
    default:
        return QVariant();
    }
}

QVariant MemberTableModel::displayData(int row, int column) const
{
    const MemberStorage &members = *m_members;
    const auto time = [](qint64 ms) {
        return ms == MemberStorage::NoTime ? QVariant()
                                           : QVariant(MemberStorage::timeFromMs(ms).toLocalTime());
    };
    switch (Column(column)) {
    case Name:
        return members.shownName(row);
    case Email:
        return members.email(row).toString();
    case Status:
        return memberStatusText(members.status(row),
                                members.lastSignInMs(row) == MemberStorage::NeverSignedIn);
    case Role:
        return members.role(row).text();
    case Groups:
        return members.groupsText(row);
    case ProviderId:
        return members.providerId(row).toString();
    case Created:
        return time(members.createdMs(row));
    case Updated:
        return time(members.updatedMs(row));
    case LastSynced:
        return time(members.lastSyncedMs(row));
    case LastSignIn:
        // The day is what an admin looks for; the tooltip has the time.
        if (members.lastSignInMs(row) == MemberStorage::NeverSignedIn)
            return tr("never");
        if (members.lastSignInMs(row) == MemberStorage::NoTime)
            return QVariant();
        return MemberStorage::timeFromMs(members.lastSignInMs(row)).toLocalTime().date();
    case Admin:
        return members.isAdmin(row) ? tr("yes") : u"—"_s;
    case Avatar:
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant MemberTableModel::sortData(int row, int column) const
{
    const MemberStorage &members = *m_members;
    const auto time = [](qint64 ms) {
        return ms == MemberStorage::NoTime ? QVariant() : QVariant(ms);
    };
    switch (Column(column)) {
    case Name:
        return members.nameOrder().rank(row);
    case Status:
        return int(members.status(row));
    case Created:
        return time(members.createdMs(row));
    case Updated:
        return time(members.updatedMs(row));
    case LastSynced:
        return time(members.lastSyncedMs(row));
    case LastSignIn:
        return time(members.lastSignInMs(row));
    case Admin:
        return int(members.isAdmin(row));
    case Avatar:
        return members.avatarUrl(row);
    default:
        return displayData(row, column);
    }
}

QVariant MemberTableModel::toolTip(int row, int column) const
{
    const MemberStorage &members = *m_members;
    const auto time = [](qint64 ms) {
        return ms == MemberStorage::NoTime
                   ? tr("Not known")
                   : QLocale().toString(MemberStorage::timeFromMs(ms).toLocalTime(),
                                        QLocale::LongFormat);
    };
    switch (Column(column)) {
    case Name: {
        const QString full =
            QStringList{members.firstName(row).toString(), members.lastName(row).toString()}
                .join(u' ')
                .trimmed();
        return full.isEmpty() || full == members.shownName(row)
                   ? QVariant()
                   : QVariant(tr("Full name: %1").arg(full));
    }
    case Status:
        return memberStatusExplanation(members.status(row),
                                       members.lastSignInMs(row) == MemberStorage::NeverSignedIn);
    case Role:
        return members.role(row).id.isEmpty()
                   ? QVariant()
                   : QVariant(tr("Role id: %1").arg(members.role(row).id));
    case Groups: {
        QStringList lines;
        for (const MemberGroup &group : members.groups(row))
            lines.append(tr("%1 (id %2)").arg(group.name, group.id));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Created:
        return time(members.createdMs(row));
    case Updated:
        return time(members.updatedMs(row));
    case LastSynced:
        return members.lastSyncedMs(row) == MemberStorage::NoTime
                   ? tr("Never read from or written to the provider")
                   : time(members.lastSyncedMs(row));
    case LastSignIn:
        switch (members.lastSignInMs(row)) {
        case MemberStorage::NeverSignedIn:
            return tr("Has never signed in");
        case MemberStorage::NoTime:
            return tr("The provider does not say");
        default:
            return time(members.lastSignInMs(row));
        }
    case Admin:
        return members.isAdmin(row) ? tr("An admin of the community")
                                    : tr("Not an admin of the community");
    default:
        return QVariant();
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        // A column of pictures a few pixels wide: its name is in its tooltip.
        return section == Avatar ? QString() : columnTitle(section);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return columnTitle(section);
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

QString MemberTableModel::columnTitle(int column)
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Role:
        return tr("Role");
    case Groups:
        return tr("Groups");
    case ProviderId:
        return tr("Provider ID");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case LastSynced:
        return tr("Last synced");
    case LastSignIn:
        return tr("Last sign-in");
    case Admin:
        return tr("Admin");
    case Avatar:
        return tr("Picture");
    case ColumnCount:
        break;
    }
    return QString();
}

QHash<int, QByteArray> MemberTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EmailRole, "email"_ba);
    names.insert(StatusRole, "status"_ba);
    names.insert(ProviderIdRole, "providerId"_ba);
    names.insert(SortRole, "sort"_ba);
    names.insert(MemberRole, "member"_ba);
    names.insert(AvatarUrlRole, "avatarUrl"_ba);
    return names;
}

void MemberTableModel::load(const QString &databasePath, const QString &workspaceId)
{
    m_loader.cancel();
    m_changesDuringLoad.clear();
    const bool keepShown = workspaceId == m_members->workspaceId() &&
                           2 * m_members->bytesUsed() <= m_reloadMemoryBudget;
    if (!keepShown && (m_members->size() > 0 || workspaceId != m_members->workspaceId()))
        setMembers(std::make_shared<MemberStorage>(workspaceId, m_collationLocale));
    m_loadClock.start();
    m_loader.start(databasePath, workspaceId, m_collationLocale);
    Q_EMIT loadStarted(workspaceId);
}

void MemberTableModel::cancelLoad()
{
    m_loader.cancel();
    m_changesDuringLoad.clear();
}

void MemberTableModel::setMembers(std::shared_ptr<MemberStorage> members)
{
    beginResetModel();
    m_members = members ? std::move(members) : std::make_shared<MemberStorage>();
    endResetModel();
}

void MemberTableModel::clear()
{
    cancelLoad();
    setMembers(std::make_shared<MemberStorage>(QString(), m_collationLocale));
}

void MemberTableModel::finishLoad(std::shared_ptr<MemberStorage> members)
{
    for (const Change &change : std::as_const(m_changesDuringLoad))
        applyQuietly(*members, change);
    m_changesDuringLoad.clear();
    const auto count = members->size();
    setMembers(std::move(members));
    Q_EMIT loadFinished(count, m_loadClock.elapsed());
}

std::optional<MemberTableModel::UpsertPlan>
MemberTableModel::planUpsert(const MemberStorage &members, const MemberRecord &member)
{
    UpsertPlan plan{member, -1, -1};
    plan.member.workspaceId = members.workspaceId();
    plan.member.email = EmailCheck::normalized(member.email);
    if (plan.member.email.isEmpty() && plan.member.providerMemberId.isEmpty())
        return std::nullopt;
    const qsizetype byEmail = members.indexOfEmail(plan.member.email);
    plan.row = members.indexOfProviderId(plan.member.providerMemberId);
    if (plan.row < 0)
        plan.row = byEmail;
    else if (byEmail >= 0 && byEmail != plan.row)
        plan.staleRow = byEmail;
    if (plan.row >= 0) {
        const MemberRecord stored = members.record(plan.row);
        if (plan.member.providerMemberId.isEmpty())
            plan.member.providerMemberId = stored.providerMemberId;
        for (auto [time, storedTime] :
             {std::pair(&plan.member.createdAt, &stored.createdAt),
              std::pair(&plan.member.updatedAt, &stored.updatedAt),
              std::pair(&plan.member.lastSyncedAt, &stored.lastSyncedAt)}) {
            if (!time->isValid())
                *time = *storedTime;
        }
    }
    return plan;
}

void MemberTableModel::applyQuietly(MemberStorage &members, const Change &change)
{
    if (const auto *email = std::get_if<QString>(&change)) {
        if (const qsizetype row = members.indexOfEmail(*email); row >= 0)
            members.remove(row);
        return;
    }
    std::optional<UpsertPlan> plan = planUpsert(members, std::get<MemberRecord>(change));
    if (!plan)
        return;
    if (plan->staleRow >= 0) {
        members.remove(plan->staleRow);
        if (plan->row > plan->staleRow)
            --plan->row;
    }
    if (plan->row >= 0)
        members.replace(plan->row, plan->member);
    else
        members.append(plan->member);
}

int MemberTableModel::upsert(const MemberRecord &member)
{
    std::optional<UpsertPlan> plan = planUpsert(*m_members, member);
    if (!plan)
        return -1;
    if (isLoading())
        m_changesDuringLoad.append(plan->member);
    if (plan->staleRow >= 0) {
        beginRemoveRows(QModelIndex(), int(plan->staleRow), int(plan->staleRow));
        m_members->remove(plan->staleRow);
        endRemoveRows();
        if (plan->row > plan->staleRow)
            --plan->row;
    }
    if (plan->row >= 0) {
        if (!m_members->replace(plan->row, plan->member))
            return -1;
        Q_EMIT dataChanged(index(int(plan->row), 0), index(int(plan->row), ColumnCount - 1));
        return int(plan->row);
    }
    if (!m_members->hasRoomFor(plan->member))
        return -1;
    const int row = int(m_members->size());
    beginInsertRows(QModelIndex(), row, row);
    m_members->append(plan->member);
    endInsertRows();
    return row;
}

bool MemberTableModel::removeMember(const QString &email)
{
    const QString normalised = EmailCheck::normalized(email);
    if (isLoading())
        m_changesDuringLoad.append(normalised);
    const int row = rowOfEmail(normalised);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_members->remove(row);
    endRemoveRows();
    return true;
}

int MemberTableModel::rowOfEmail(const QString &email) const
{
    return int(m_members->indexOfEmail(EmailCheck::normalized(email)));
}

int MemberTableModel::rowOfProviderId(const QString &providerId) const
{
    return int(m_members->indexOfProviderId(providerId));
}

MemberRecord MemberTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_members->size() ? m_members->record(row) : MemberRecord();
}
