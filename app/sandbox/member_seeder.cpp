#include "member_seeder.h"

#include "forward_api.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Name
{
    const char16_t *display;
    const char *ascii; // for the email address
};

constexpr std::array FirstNames = {
    Name{u"Zoë", "zoe"},           Name{u"José", "jose"},       Name{u"Siobhán", "siobhan"},
    Name{u"Łukasz", "lukasz"},     Name{u"Søren", "soren"},     Name{u"Ólafur", "olafur"},
    Name{u"Chloé", "chloe"},       Name{u"Björn", "bjorn"},     Name{u"Ayşe", "ayse"},
    Name{u"Thảo", "thao"},         Name{u"Nguyễn", "nguyen"},   Name{u"Priya", "priya"},
    Name{u"Arjun", "arjun"},       Name{u"Mei", "mei"},         Name{u"Hiroshi", "hiroshi"},
    Name{u"Yuki", "yuki"},         Name{u"Ji-woo", "jiwoo"},    Name{u"Olumide", "olumide"},
    Name{u"Chiamaka", "chiamaka"}, Name{u"Amara", "amara"},     Name{u"Kwame", "kwame"},
    Name{u"Fatima", "fatima"},     Name{u"Omar", "omar"},       Name{u"Leila", "leila"},
    Name{u"Dmitri", "dmitri"},     Name{u"Анна", "anna"},       Name{u"Γιώργος", "giorgos"},
    Name{u"Noa", "noa"},           Name{u"Mateo", "mateo"},     Name{u"Valentina", "valentina"},
    Name{u"Camila", "camila"},     Name{u"João", "joao"},       Name{u"Inês", "ines"},
    Name{u"François", "francois"}, Name{u"Margaux", "margaux"}, Name{u"Jürgen", "juergen"},
    Name{u"Lena", "lena"},         Name{u"Aoife", "aoife"},     Name{u"Niamh", "niamh"},
    Name{u"Emma", "emma"},         Name{u"Liam", "liam"},       Name{u"Olivia", "olivia"},
    Name{u"Noah", "noah"},         Name{u"Sofía", "sofia"},     Name{u"Wei", "wei"},
    Name{u"李娜", "lina"},         Name{u"Ahmed", "ahmed"},     Name{u"Tariq", "tariq"},
    Name{u"Ngozi", "ngozi"},       Name{u"Eero", "eero"},       Name{u"Aino", "aino"},
    Name{u"Malak", "malak"},       Name{u"Ravi", "ravi"},       Name{u"Ananya", "ananya"},
    Name{u"Tomás", "tomas"},       Name{u"Ewa", "ewa"},         Name{u"Kateřina", "katerina"},
    Name{u"Māui", "maui"},         Name{u"Aroha", "aroha"},     Name{u"Sipho", "sipho"},
};

constexpr std::array LastNames = {
    Name{u"Müller", "mueller"},
    Name{u"García", "garcia"},
    Name{u"O'Brien", "obrien"},
    Name{u"Kowalski", "kowalski"},
    Name{u"Nørgaard", "norgaard"},
    Name{u"Jónsson", "jonsson"},
    Name{u"Lefèvre", "lefevre"},
    Name{u"Andersson", "andersson"},
    Name{u"Yılmaz", "yilmaz"},
    Name{u"Trần", "tran"},
    Name{u"Phạm", "pham"},
    Name{u"Sharma", "sharma"},
    Name{u"Patel", "patel"},
    Name{u"Chen", "chen"},
    Name{u"Tanaka", "tanaka"},
    Name{u"Sato", "sato"},
    Name{u"Kim", "kim"},
    Name{u"Adeyemi", "adeyemi"},
    Name{u"Okafor", "okafor"},
    Name{u"Mensah", "mensah"},
    Name{u"Haddad", "haddad"},
    Name{u"El-Amin", "elamin"},
    Name{u"Ivanova", "ivanova"},
    Name{u"Петров", "petrov"},
    Name{u"Παπαδόπουλος", "papadopoulos"},
    Name{u"Cohen", "cohen"},
    Name{u"Rossi", "rossi"},
    Name{u"Fernández", "fernandez"},
    Name{u"Silva", "silva"},
    Name{u"Gonçalves", "goncalves"},
    Name{u"Dubois", "dubois"},
    Name{u"Schmidt", "schmidt"},
    Name{u"Weiß", "weiss"},
    Name{u"Murphy", "murphy"},
    Name{u"Smith", "smith"},
    Name{u"Johnson", "johnson"},
    Name{u"van der Berg", "vanderberg"},
    Name{u"De Jong", "dejong"},
    Name{u"Wang", "wang"},
    Name{u"王", "wang"},
    Name{u"Hassan", "hassan"},
    Name{u"Nwosu", "nwosu"},
    Name{u"Virtanen", "virtanen"},
    Name{u"Korhonen", "korhonen"},
    Name{u"Khalil", "khalil"},
    Name{u"Iyer", "iyer"},
    Name{u"Costa", "costa"},
    Name{u"Nowak", "nowak"},
    Name{u"Dvořák", "dvorak"},
    Name{u"Ngata", "ngata"},
    Name{u"Dlamini", "dlamini"},
};

constexpr std::array Domains = {"example.com", "example.org", "example.net", "mail.example",
                                "members.example"};

constexpr std::array Bios = {
    u"Community manager by day, baker by night.",
    u"Product designer. Ask me about typography.",
    u"Backend engineer, occasional speaker.",
    u"Here for the mentoring circle.",
    u"Fotógrafa e viajante.",
    u"Building tools for small teams.",
    u"",
    u"",
};

constexpr std::size_t NameCombinations = FirstNames.size() * LastNames.size() * Domains.size();

// The first free address for a name at a domain: local@domain, else local2@domain, local3@...
// Seeding only adds members, so that first free suffix never goes down: each combination of
// first name, last name and domain counts the addresses it handed out, and a search costs the
// same whatever the size of the table. Only a table that had members before seeding is asked.
template <typename Table> class FreeEmails
{
public:
    explicit FreeEmails(const Table &table)
        : m_table(table), m_askTable(table.size() > 0), m_taken(NameCombinations, 0)
    {}

    QString take(std::size_t combination, const QString &local, const QString &domain)
    {
        int &taken = m_taken[combination];
        for (;; ++taken) {
            QString email = taken == 0
                                ? QString(local + u'@' + domain)
                                : QString(local + QString::number(taken + 1) + u'@' + domain);
            if (!m_askTable || !m_table.byEmail(email)) {
                ++taken;
                return email;
            }
        }
    }

private:
    const Table &m_table;
    bool m_askTable;
    std::vector<int> m_taken;
};

// One shared copy of each name and bio, however many members carry it.
template <std::size_t N> std::array<QString, N> displayTexts(const std::array<Name, N> &names)
{
    std::array<QString, N> texts;
    for (std::size_t i = 0; i < N; ++i)
        texts[i] = QString::fromUtf16(names[i].display);
    return texts;
}

template <std::size_t N> std::array<QString, N> asciiTexts(const std::array<Name, N> &names)
{
    std::array<QString, N> texts;
    for (std::size_t i = 0; i < N; ++i)
        texts[i] = QString::fromLatin1(names[i].ascii);
    return texts;
}

// For each name, the first name of the list with the same address part ("Wang" and "王").
template <std::size_t N>
std::array<std::size_t, N> firstOfSameAscii(const std::array<Name, N> &names)
{
    std::array<std::size_t, N> indexes;
    for (std::size_t i = 0; i < N; ++i) {
        indexes[i] = i;
        for (std::size_t j = 0; j < i; ++j) {
            if (std::strcmp(names[i].ascii, names[j].ascii) == 0) {
                indexes[i] = j;
                break;
            }
        }
    }
    return indexes;
}

class NameSource
{
public:
    explicit NameSource(quint32 seed)
        : m_random(seed), m_epoch(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC),
          m_firstDisplay(displayTexts(FirstNames)), m_lastDisplay(displayTexts(LastNames)),
          m_firstAscii(asciiTexts(FirstNames)), m_lastAscii(asciiTexts(LastNames)),
          m_firstAsciiIndex(firstOfSameAscii(FirstNames)),
          m_lastAsciiIndex(firstOfSameAscii(LastNames))
    {
        for (std::size_t i = 0; i < Domains.size(); ++i)
            m_domains[i] = QString::fromLatin1(Domains[i]);
        for (std::size_t i = 0; i < Bios.size(); ++i)
            m_bios[i] = QString::fromUtf16(Bios[i]);
    }

    struct Person
    {
        QString first;
        QString last;
        QString email;
        std::size_t pair; // the first and last name, as an index for per-name caches
    };

    static constexpr std::size_t NamePairs = FirstNames.size() * LastNames.size();

    template <typename Table> Person next(FreeEmails<Table> &emails)
    {
        const int first = m_random.bounded(int(FirstNames.size()));
        const int last = m_random.bounded(int(LastNames.size()));
        const int domain = m_random.bounded(int(Domains.size()));
        const QString local = m_firstAscii[first] + u'.' + m_lastAscii[last];
        const std::size_t combination =
            (m_firstAsciiIndex[first] * LastNames.size() + m_lastAsciiIndex[last]) *
                Domains.size() +
            std::size_t(domain);
        return Person{m_firstDisplay[first], m_lastDisplay[last],
                      emails.take(combination, local, m_domains[domain]),
                      std::size_t(first) * LastNames.size() + std::size_t(last)};
    }

    // Seeded members joined and signed in before this moment, not before the clock's: the same
    // seed gives the same members whenever the sandbox starts.
    const QDateTime &epoch() const { return m_epoch; }

    QString bio() { return m_bios[below(int(Bios.size()))]; }

    bool chance(double probability) { return m_random.generateDouble() < probability; }
    int below(int bound) { return m_random.bounded(bound); }
    QDateTime pastTime()
    {
        const qint64 threeYearsSeconds = 3LL * 365 * 24 * 3600;
        return m_epoch.addSecs(-m_random.bounded(threeYearsSeconds));
    }
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        m_random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator m_random;
    QDateTime m_epoch;
    std::array<QString, FirstNames.size()> m_firstDisplay;
    std::array<QString, LastNames.size()> m_lastDisplay;
    std::array<QString, FirstNames.size()> m_firstAscii;
    std::array<QString, LastNames.size()> m_lastAscii;
    std::array<std::size_t, FirstNames.size()> m_firstAsciiIndex;
    std::array<std::size_t, LastNames.size()> m_lastAsciiIndex;
    std::array<QString, Domains.size()> m_domains;
    std::array<QString, Bios.size()> m_bios;
};

// Most members who were ever active have signed in at some time since they joined.
QDateTime lastLogin(const HeartbeatMember &member, const QDateTime &epoch,
                    QRandomGenerator &signIns)
{
    if (!member.everActive || signIns.generateDouble() >= 0.7)
        return {};
    const qint64 secondsSinceJoining = std::max<qint64>(1, member.createdAt.secsTo(epoch));
    return member.createdAt.addSecs(signIns.bounded(secondsSinceJoining));
}

// `signIns` is a generator of its own, so that the other draws, and with them every seeded
// member, stay what they were before the sandbox tracked sign-ins.
void seedHeartbeat(SandboxState &state, int count, NameSource &names, QRandomGenerator signIns)
{
    state.heartbeat.reserve(state.heartbeat.size() + count);
    FreeEmails emails(state.heartbeat);
    QList<QString> chapterGroupIds; // members join the chapters, not the group that holds them
    for (const HeartbeatGroup &group : state.heartbeatGroups) {
        if (!state.isHeartbeatParentGroup(group.id))
            chapterGroupIds.append(group.id);
    }
    std::vector<QString> fullNames(NameSource::NamePairs); // one shared copy of each name
    for (int i = 0; i < count; ++i) {
        const NameSource::Person person = names.next(emails);
        QString &fullName = fullNames[person.pair];
        if (fullName.isNull())
            fullName = person.first + u' ' + person.last;
        HeartbeatMember member;
        member.id = names.uuid();
        member.email = person.email;
        member.name = fullName;
        const int roll = names.below(100);
        member.roleId = roll < 2    ? u"role_admin"_s
                        : roll < 10 ? u"role_moderator"_s
                        : roll < 90 ? u"role_member"_s
                                    : u"role_guest"_s;
        for (const QString &groupId : std::as_const(chapterGroupIds)) {
            if (names.chance(0.2))
                member.groupIds.append(groupId);
        }
        member.bio = names.bio();
        const int stateRoll = names.below(100);
        member.state = stateRoll < 12   ? HeartbeatMember::State::Pending
                       : stateRoll < 18 ? HeartbeatMember::State::Deactivated
                                        : HeartbeatMember::State::Active;
        member.everActive =
            member.state == HeartbeatMember::State::Active ||
            (member.state == HeartbeatMember::State::Deactivated && names.chance(0.5));
        member.createdAt = names.pastTime();
        member.updatedAt = member.createdAt;
        member.lastLogin = lastLogin(member, names.epoch(), signIns);
        state.heartbeat.insert(std::move(member));
    }
}

// `ids` is a generator of its own, so that the other draws, and with them the names of every
// seeded member, stay what they were when the ids came from the global generator.
void seedForward(SandboxState &state, int count, NameSource &names, QRandomGenerator ids)
{
    state.forward.reserve(state.forward.size() + count);
    FreeEmails emails(state.forward);
    for (int i = 0; i < count; ++i) {
        const NameSource::Person person = names.next(emails);
        ForwardMember member;
        do {
            member.id = ForwardApi::newUserId(&ids);
        } while (state.forward.byId(member.id));
        member.email = person.email;
        member.firstName = person.first;
        member.lastName = person.last;
        member.status = names.chance(0.08) ? u"INACTIVE"_s : u"ACTIVE"_s;
        member.businessId = state.forwardBusinessId;
        member.createdAt = names.pastTime();
        member.updatedAt = member.createdAt;
        state.forward.insert(std::move(member));
    }
}

void seedBeam(SandboxState &state, int count, NameSource &names)
{
    state.beam.reserve(state.beam.size() + count);
    FreeEmails emails(state.beam);
    std::vector<QString> slugBases(NameSource::NamePairs);
    for (int i = 0; i < count; ++i) {
        const NameSource::Person person = names.next(emails);
        QString &slugBase = slugBases[person.pair];
        if (slugBase.isNull())
            slugBase = SandboxState::beamSlugBase(person.first, person.last);
        BeamMember member;
        member.id = state.beamNextId++;
        member.email = person.email;
        member.firstName = person.first;
        member.lastName = person.last;
        member.slug = state.claimBeamSlug(slugBase, member.id);
        member.verified = names.chance(0.7);
        member.createdAt = names.pastTime();
        member.updatedAt = member.createdAt;
        state.beam.insert(std::move(member));
    }
}
} // namespace

void MemberSeeder::seed(SandboxState &state, int membersPerProvider, quint32 seed)
{
    NameSource names(seed);
    seedHeartbeat(state, membersPerProvider, names, QRandomGenerator(seed + 1));
    seedForward(state, membersPerProvider, names, QRandomGenerator(seed + 2));
    seedBeam(state, membersPerProvider, names);
}
