#pragma once

#include <QSet>
#include <QString>

// The addresses and provider ids named so far while writing a workspace that held nobody, as
// hashes. A member whose address and id were not named yet is certainly new there and needs no
// look-up; one that may have been (a repeat, or two names with one hash) is looked up.
class NamedSoFar
{
public:
    // True when neither was named before; both are named from now on.
    bool firstTime(const QString &email, const QString &providerMemberId)
    {
        const bool newEmail = remember(qHash(email, EmailSeed));
        const bool newId = providerMemberId.isEmpty() || remember(qHash(providerMemberId, IdSeed));
        return newEmail && newId;
    }

private:
    static constexpr size_t EmailSeed = 1;
    static constexpr size_t IdSeed = 2;
    bool remember(size_t hash)
    {
        const qsizetype before = m_hashes.size();
        m_hashes.insert(hash);
        return m_hashes.size() != before;
    }
    QSet<size_t> m_hashes;
};
