#include "member_storage.h"

#include "search_folding.h"

using namespace Qt::StringLiterals;

namespace {
qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : MemberStorage::NoTime;
}

} // namespace

qint64 MemberStorage::signInMs(const QDateTime &lastSignInAt, bool neverSignedIn)
{
    return neverSignedIn ? NeverSignedIn : msOf(lastSignInAt);
}

namespace {
QString joinedNames(const QList<MemberGroup> &groups)
{
    QString text;
    for (const MemberGroup &group : groups) {
        if (!text.isEmpty())
            text += u", "_s;
        text += group.name;
    }
    return text;
}
} // namespace

MemberStorage::MemberStorage(const QString &workspaceId, const QLocale &collationLocale)
    : m_workspaceId(workspaceId), m_nameOrder(collationLocale)
{
    m_roles.append(Role());
    m_roleIndex.insert({QString(), QString()}, 0);
    m_groupSets.append(GroupSet());
    m_groupSetIndex.insert(QList<MemberGroup>(), 0);
}

QString MemberStorage::shownName(qsizetype row) const
{
    const QStringView display = displayName(row);
    if (!display.isEmpty())
        return display.toString();
    const QStringView first = firstName(row);
    const QStringView last = lastName(row);
    if (first.isEmpty() || last.isEmpty())
        return first.isEmpty() ? last.toString() : first.toString();
    return first + u' ' + last;
}

QString MemberStorage::shownNameOf(const MemberRecord &member)
{
    if (!member.displayName.isEmpty())
        return member.displayName;
    if (member.firstName.isEmpty() || member.lastName.isEmpty())
        return member.firstName.isEmpty() ? member.lastName : member.firstName;
    return member.firstName + u' ' + member.lastName;
}

QDateTime MemberStorage::timeFromMs(qint64 ms)
{
    return ms == NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

MemberRecord MemberStorage::record(qsizetype row) const
{
    MemberRecord member;
    member.workspaceId = m_workspaceId;
    member.providerMemberId = providerId(row).toString();
    member.email = email(row).toString();
    member.displayName = displayName(row).toString();
    member.firstName = firstName(row).toString();
    member.lastName = lastName(row).toString();
    member.status = status(row);
    member.roleId = role(row).id;
    member.roleName = role(row).name;
    member.groups = groups(row);
    member.bio = bio(row).toString();
    member.createdAt = timeFromMs(createdMs(row));
    member.updatedAt = timeFromMs(updatedMs(row));
    member.lastSyncedAt = timeFromMs(lastSyncedMs(row));
    member.neverSignedIn = lastSignInMs(row) == NeverSignedIn;
    member.lastSignInAt = member.neverSignedIn ? QDateTime() : timeFromMs(lastSignInMs(row));
    extras(row).fill(member);
    return member;
}

qsizetype MemberStorage::indexOfEmail(QStringView email) const
{
    return email.isEmpty() ? -1 : m_email.indexOf(toU16View(email));
}

qsizetype MemberStorage::indexOfProviderId(QStringView providerId) const
{
    return providerId.isEmpty() ? -1 : m_providerId.indexOf(toU16View(providerId));
}

std::string_view MemberStorage::searchTextOf(const MemberRecord &member)
{
    m_scratch.clear();
    const QString shown = shownNameOf(member);
    SearchFolding::appendFolded(shown, &m_scratch);
    if (!member.displayName.isEmpty() &&
        (!member.firstName.isEmpty() || !member.lastName.isEmpty())) {
        const QString full = member.firstName + u' ' + member.lastName;
        if (full != shown) {
            m_scratch.append('\n');
            SearchFolding::appendFolded(full, &m_scratch);
        }
    }
    m_scratch.append('\n');
    SearchFolding::appendFolded(member.email, &m_scratch);
    return std::string_view(m_scratch.constData(), size_t(m_scratch.size()));
}

quint32 MemberStorage::internRole(const QString &id, const QString &name)
{
    const std::pair<QString, QString> key(id, name);
    auto it = m_roleIndex.constFind(key);
    if (it == m_roleIndex.cend()) {
        it = m_roleIndex.insert(key, quint32(m_roles.size()));
        m_roles.append(Role{id, name});
    }
    return *it;
}

quint32 MemberStorage::internGroupSet(const QList<MemberGroup> &groups)
{
    if (groups.isEmpty())
        return 0;
    auto it = m_groupSetIndex.constFind(groups);
    if (it == m_groupSetIndex.cend()) {
        it = m_groupSetIndex.insert(groups, quint32(m_groupSets.size()));
        m_groupSets.append(GroupSet{groups, joinedNames(groups)});
    }
    return *it;
}

QStringList MemberStorage::groupSetTexts() const
{
    QStringList texts;
    texts.reserve(m_groupSets.size());
    for (const GroupSet &set : m_groupSets)
        texts.append(set.text);
    return texts;
}

void MemberStorage::reserve(qsizetype rows)
{
    // Typical lengths; the text buffers grow by realloc() past them.
    m_providerId.reserve(rows, rows * 16);
    m_email.reserve(rows, rows * 28);
    m_displayName.reserve(rows, rows * 14);
    m_firstName.reserve(rows, rows * 6);
    m_lastName.reserve(rows, rows * 7);
    m_bio.reserve(rows, 0);
    m_searchText.reserve(rows, rows * 44);
    m_status.reserve(rows);
    m_roleOf.reserve(rows);
    m_groupSetOf.reserve(rows);
    m_createdMs.reserve(rows);
    m_updatedMs.reserve(rows);
    m_lastSyncedMs.reserve(rows);
    m_lastSignInMs.reserve(rows);
    m_profile.reserve(rows);
}

bool MemberStorage::hasRoomFor(const MemberRecord &member)
{
    return hasRoomFor(member, searchTextOf(member));
}

bool MemberStorage::hasRoomFor(const MemberRecord &member, std::string_view search) const
{
    return m_providerId.hasRoomFor(member.providerMemberId.size()) &&
           m_email.hasRoomFor(member.email.size()) &&
           m_displayName.hasRoomFor(member.displayName.size()) &&
           m_firstName.hasRoomFor(member.firstName.size()) &&
           m_lastName.hasRoomFor(member.lastName.size()) && m_bio.hasRoomFor(member.bio.size()) &&
           m_searchText.hasRoomFor(qsizetype(search.size())) &&
           m_profile.hasRoomFor(ProfileExtras::of(member));
}

bool MemberStorage::appendColumns(const MemberRecord &member)
{
    const std::string_view search = searchTextOf(member);
    if (!hasRoomFor(member, search))
        return false;
    m_providerId.append(toU16View(member.providerMemberId));
    m_email.append(toU16View(member.email));
    m_displayName.append(toU16View(member.displayName));
    m_firstName.append(toU16View(member.firstName));
    m_lastName.append(toU16View(member.lastName));
    m_bio.append(toU16View(member.bio));
    m_searchText.append(search);
    m_status.append(quint8(member.status));
    m_roleOf.append(internRole(member.roleId, member.roleName));
    m_groupSetOf.append(internGroupSet(member.groups));
    m_createdMs.append(msOf(member.createdAt));
    m_updatedMs.append(msOf(member.updatedAt));
    m_lastSyncedMs.append(msOf(member.lastSyncedAt));
    m_lastSignInMs.append(signInMs(member.lastSignInAt, member.neverSignedIn));
    m_profile.append(ProfileExtras::of(member));
    return true;
}

void MemberStorage::finishLoad()
{
    if (m_nameOrder.rowCount() != size())
        m_nameOrder.build(size(), nameOf());
    if (m_emailOrder.rowCount() != size())
        m_emailOrder.build(size(), emailOf());
    // The columns keep their room for growth: pages never written take no memory, and giving
    // them back would make the first change after the load move whole columns.
}

NameOrder::NameOf MemberStorage::nameOf() const
{
    return [this](qsizetype row) { return shownName(row); };
}

EmailOrder::EmailOf MemberStorage::emailOf() const
{
    return [this](qsizetype row) { return email(row); };
}

bool MemberStorage::append(const MemberRecord &member)
{
    if (!appendColumns(member))
        return false;
    m_nameOrder.append(shownNameOf(member), nameOf());
    m_emailOrder.insert(size() - 1, emailOf());
    return true;
}

bool MemberStorage::replace(qsizetype row, const MemberRecord &member)
{
    const std::string_view search = searchTextOf(member);
    if (!hasRoomFor(member, search))
        return false;
    const QString oldName = shownName(row);
    const bool newEmail = email(row) != member.email;
    if (newEmail)
        m_emailOrder.take(row);
    m_providerId.replace(row, toU16View(member.providerMemberId));
    m_email.replace(row, toU16View(member.email));
    if (newEmail)
        m_emailOrder.insert(row, emailOf());
    m_displayName.replace(row, toU16View(member.displayName));
    m_firstName.replace(row, toU16View(member.firstName));
    m_lastName.replace(row, toU16View(member.lastName));
    m_bio.replace(row, toU16View(member.bio));
    m_searchText.replace(row, search);
    m_status[row] = quint8(member.status);
    m_roleOf[row] = internRole(member.roleId, member.roleName);
    m_groupSetOf[row] = internGroupSet(member.groups);
    m_createdMs[row] = msOf(member.createdAt);
    m_updatedMs[row] = msOf(member.updatedAt);
    m_lastSyncedMs[row] = msOf(member.lastSyncedAt);
    m_lastSignInMs[row] = signInMs(member.lastSignInAt, member.neverSignedIn);
    m_profile.replace(row, ProfileExtras::of(member));
    const QString newName = shownNameOf(member);
    if (newName != oldName)
        m_nameOrder.rename(row, newName, nameOf());
    return true;
}

void MemberStorage::remove(qsizetype row)
{
    m_emailOrder.remove(row);
    m_providerId.remove(row);
    m_email.remove(row);
    m_displayName.remove(row);
    m_firstName.remove(row);
    m_lastName.remove(row);
    m_bio.remove(row);
    m_searchText.remove(row);
    m_status.remove(row);
    m_roleOf.remove(row);
    m_groupSetOf.remove(row);
    m_createdMs.remove(row);
    m_updatedMs.remove(row);
    m_lastSyncedMs.remove(row);
    m_lastSignInMs.remove(row);
    m_profile.remove(row);
    m_nameOrder.remove(row);
}

qsizetype MemberStorage::bytesAllocated() const
{
    qsizetype bytes = m_providerId.bytesAllocated() + m_email.bytesAllocated() +
                      m_displayName.bytesAllocated() + m_firstName.bytesAllocated() +
                      m_lastName.bytesAllocated() + m_bio.bytesAllocated() +
                      m_searchText.bytesAllocated() + m_nameOrder.bytesAllocated() +
                      m_emailOrder.bytesAllocated();
    bytes += m_status.capacity();
    bytes += (m_roleOf.capacity() + m_groupSetOf.capacity()) * qsizetype(sizeof(quint32));
    bytes += m_profile.bytesAllocated();
    bytes += (m_createdMs.capacity() + m_updatedMs.capacity() + m_lastSyncedMs.capacity() +
              m_lastSignInMs.capacity()) *
             qsizetype(sizeof(qint64));
    return bytes;
}

qsizetype MemberStorage::bytesUsed() const
{
    qsizetype bytes = m_providerId.bytesUsed() + m_email.bytesUsed() + m_displayName.bytesUsed() +
                      m_firstName.bytesUsed() + m_lastName.bytesUsed() + m_bio.bytesUsed() +
                      m_searchText.bytesUsed();
    bytes += m_status.size();
    bytes += (m_roleOf.size() + m_groupSetOf.size()) * qsizetype(sizeof(quint32));
    bytes += m_profile.bytesUsed();
    bytes +=
        (m_createdMs.size() + m_updatedMs.size() + m_lastSyncedMs.size() + m_lastSignInMs.size()) *
        qsizetype(sizeof(qint64));
    // The name ranks and the name and email orders.
    bytes += 3 * size() * qsizetype(sizeof(quint32));
    return bytes;
}
