#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Members of one provider, in creation order, indexed by id and by normalised email.
// Providers offer no deletion, so rows are never removed.
template <typename Member> class MemberTable
{
public:
    const QList<Member> &rows() const { return m_rows; }
    qsizetype size() const { return m_rows.size(); }

    Member *byId(const QString &id) { return lookup(m_byId, id); }
    Member *byEmail(const QString &email) { return lookup(m_byEmail, email); }
    const Member *byEmail(const QString &email) const
    {
        return const_cast<MemberTable *>(this)->byEmail(email);
    }

    Member &insert(Member member)
    {
        m_byId.insert(member.idKey(), m_rows.size());
        m_byEmail.insert(member.email, m_rows.size());
        m_rows.append(std::move(member));
        return m_rows.last();
    }

    void changeEmail(Member &member, const QString &newEmail)
    {
        const qsizetype index = m_byEmail.take(member.email);
        member.email = newEmail;
        m_byEmail.insert(newEmail, index);
    }

    void reserve(qsizetype count)
    {
        m_rows.reserve(count);
        m_byId.reserve(count);
        m_byEmail.reserve(count);
    }

private:
    Member *lookup(const QHash<QString, qsizetype> &index, const QString &key)
    {
        const auto it = index.constFind(key);
        return it == index.cend() ? nullptr : &m_rows[*it];
    }

    QList<Member> m_rows;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byEmail;
};
