#include "member_storage_builder.h"

#include "search_folding.h"

static_assert(ProfileColumns::Admin == 1 << MemberRowBytes::IsAdminBit);

namespace {
qint64 msOf(const std::optional<qint64> &ms)
{
    return ms ? *ms : MemberStorage::NoTime;
}

// Whether `display` is `first` + ' ' + `last`.
bool isFullName(QStringView display, QStringView first, QStringView last)
{
    return display.size() == first.size() + 1 + last.size() && display.startsWith(first) &&
           display.at(first.size()) == u' ' && display.endsWith(last);
}
} // namespace

MemberStorageBuilder::MemberStorageBuilder(MemberStorage *members) : m_members(members) {}

bool MemberStorageBuilder::append(const MemberRowBytes &row, quint32 groupSet)
{
    using T = MemberRowBytes;
    MemberStorage &m = *m_members;
    Utf16Column *const columns[] = {&m.m_providerId, &m.m_email,    &m.m_displayName,
                                    &m.m_firstName,  &m.m_lastName, &m.m_bio};
    const T::Text texts[] = {T::ProviderMemberId, T::Email,    T::DisplayName,
                             T::FirstName,        T::LastName, T::Bio};
    for (int i = 0; i < 6; ++i) {
        const bool fits = columns[i]->appendWritten(
            [&](QString *buffer) { appendUtf8(row.text[texts[i]], buffer); });
        if (!fits) {
            // Back to the rows before this one.
            for (int j = 0; j < i; ++j)
                columns[j]->remove(columns[j]->rowCount() - 1);
            return false;
        }
    }
    const QStringView email = toStringView(m.m_email.last());
    const QStringView display = toStringView(m.m_displayName.last());
    const QStringView first = toStringView(m.m_firstName.last());
    const QStringView last = toStringView(m.m_lastName.last());
    const bool fits = m.m_searchText.appendWritten(
        [&](QByteArray *buffer) { appendSearchText(buffer, display, first, last, email); });
    const std::string_view profileTexts[] = {row.text[T::StatusLine], row.text[T::LinkedIn],
                                             row.text[T::Twitter], row.text[T::Instagram]};
    if (!fits || !m.m_profile.appendUtf8(row.profileFlags, profileTexts, row.text[T::AvatarUrl])) {
        for (Utf16Column *column : columns)
            column->remove(column->rowCount() - 1);
        if (fits)
            m.m_searchText.remove(m.m_searchText.rowCount() - 1);
        return false;
    }
    m.m_status.append(quint8(row.status));
    m.m_roleOf.append(roleOf(row));
    m.m_groupSetOf.append(groupSet);
    m.m_createdMs.append(msOf(row.createdMs));
    m.m_updatedMs.append(msOf(row.updatedMs));
    m.m_lastSyncedMs.append(msOf(row.lastSyncedMs));
    m.m_lastSignInMs.append(row.neverSignedIn ? MemberStorage::NeverSignedIn
                                              : msOf(row.lastSignInMs));
    m_nameOfRow.append(nameOf(display, first, last));
    return true;
}

void MemberStorageBuilder::appendSearchText(QByteArray *out, QStringView display, QStringView first,
                                            QStringView last, QStringView email)
{
    // As MemberStorage::searchTextOf(); folding goes character by character and a space
    // separates the names, so folding each name is folding "first last".
    const auto appendFullName = [out](QStringView first, QStringView last) {
        SearchFolding::appendFolded(first, out);
        out->append(' ');
        SearchFolding::appendFolded(last, out);
    };
    if (!display.isEmpty()) {
        SearchFolding::appendFolded(display, out);
        if ((!first.isEmpty() || !last.isEmpty()) && !isFullName(display, first, last)) {
            out->append('\n');
            appendFullName(first, last);
        }
    } else if (first.isEmpty() || last.isEmpty()) {
        SearchFolding::appendFolded(first.isEmpty() ? last : first, out);
    } else {
        appendFullName(first, last);
    }
    out->append('\n');
    SearchFolding::appendFolded(email, out);
}

quint32 MemberStorageBuilder::roleOf(const MemberRowBytes &row)
{
    const std::string_view id = row.text[MemberRowBytes::RoleId];
    const std::string_view name = row.text[MemberRowBytes::RoleName];
    // Most rows share the last row's role: compare the bytes ("id\0name") and stop.
    const qsizetype idSize = qsizetype(id.size());
    if (m_lastRole.size() == idSize + 1 + qsizetype(name.size()) &&
        std::string_view(m_lastRole.constData(), id.size()) == id &&
        m_lastRole.at(idSize) == '\0' &&
        std::string_view(m_lastRole.constData() + idSize + 1, name.size()) == name)
        return m_lastRoleIndex;
    m_lastRole.resize(0);
    m_lastRole.append(id.data(), idSize).append('\0').append(name.data(), qsizetype(name.size()));
    auto it = m_roles.constFind(m_lastRole);
    if (it == m_roles.cend()) {
        const quint32 index =
            m_members->internRole(QString::fromUtf8(id.data(), idSize),
                                  QString::fromUtf8(name.data(), qsizetype(name.size())));
        it = m_roles.insert(m_lastRole, index);
    }
    m_lastRoleIndex = *it;
    return m_lastRoleIndex;
}

quint32 MemberStorageBuilder::nameOf(QStringView display, QStringView first, QStringView last)
{
    // The shown name (MemberStorage::shownName()) without a copy when it is one text.
    QString name;
    if (!display.isEmpty() || first.isEmpty() || last.isEmpty()) {
        const QStringView shown = !display.isEmpty() ? display : first.isEmpty() ? last : first;
        name = QString::fromRawData(shown.data(), shown.size());
    } else {
        m_fullName.resize(0);
        m_fullName.append(first).append(u' ').append(last);
        name = m_fullName;
    }
    auto it = m_names.constFind(name);
    if (it == m_names.cend()) {
        const QString owned(name.constData(), name.size());
        it = m_names.insert(owned, quint32(m_nameKeys.size()));
        m_nameKeys.append(m_members->m_nameOrder.collator().sortKey(owned));
    }
    return *it;
}

void MemberStorageBuilder::finish()
{
    m_names.clear();
    m_members->m_nameOrder.build(std::move(m_nameOfRow), m_nameKeys);
    m_nameKeys.clear();
    m_nameOfRow.clear();
}
