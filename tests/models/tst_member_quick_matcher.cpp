// MemberQuickMatcher ranks as its header documents: exact email, email prefix, word prefix,
// substring; name order within a rank; accents folded; at most the limit.
#include "member_quick_matcher.h"
#include "model_test_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ModelTestData;

class TestMemberQuickMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranks_data();
    void ranks();
    void limitKeepsTheBest();
    void followsUpdates();

private:
    QStringList matchedEmails(const QString &query, int limit = 10,
                              QList<MemberQuickMatcher::Rank> *ranks = nullptr) const;

    QTemporaryDir m_dir;
    MemberTableModel m_model;
};

void TestMemberQuickMatcher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"roster.sqlite"_s);
    const QList<MemberRecord> members = {
        member(u"xander@example.com"_s, u"Ann Xander"_s),   // "ann": word prefix
        member(u"joanna@example.com"_s, u"Joanna Smith"_s), // "ann": substring
        member(u"ann@example.com"_s, u"Ann Exact"_s),       // "ann": email prefix
        member(u"anna.b@example.com"_s, u"Anna Bell"_s),    // "ann": email prefix
        member(u"annie@example.com"_s, u"Annie Adams"_s),   // "ann": email prefix
        member(u"b.lee@example.com"_s, u"Bob Lee"_s),       // "ann": none
        member(u"z@hannover.example"_s, u"Zed Zorro"_s),    // "ann": substring (email)
        member(u"pat@example.com"_s, u"Pat Ánnecy"_s),      // "ann": word prefix, folded
        member(u"jose@example.com"_s, u"José Núñez"_s),
    };
    QString error;
    QVERIFY2(writeMembers(path, members, &error), qPrintable(error));
    m_model.setCollationLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(loadAndWait(m_model, path));
}

QStringList TestMemberQuickMatcher::matchedEmails(const QString &query, int limit,
                                                  QList<MemberQuickMatcher::Rank> *ranks) const
{
    const MemberQuickMatcher matcher(&m_model);
    QStringList emails;
    for (const MemberQuickMatcher::Match &match : matcher.match(query, limit)) {
        emails.append(m_model.memberAt(match.row).email);
        if (ranks)
            ranks->append(match.rank);
    }
    return emails;
}

void TestMemberQuickMatcher::ranks_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("emails");
    using R = MemberQuickMatcher::Rank;
    QTest::addColumn<QList<MemberQuickMatcher::Rank>>("ranks");
    // Within a rank, by name: Ann Exact, Anna Bell, Annie Adams; Ann Xander before Pat Ánnecy;
    // Joanna Smith before Zed Zorro.
    QTest::newRow("every rank") << u"Ann"_s
                                << QStringList{u"ann@example.com"_s,   u"anna.b@example.com"_s,
                                               u"annie@example.com"_s, u"xander@example.com"_s,
                                               u"pat@example.com"_s,   u"joanna@example.com"_s,
                                               u"z@hannover.example"_s}
                                << QList<R>{R::EmailPrefix, R::EmailPrefix, R::EmailPrefix,
                                            R::WordPrefix,  R::WordPrefix,  R::Substring,
                                            R::Substring};
    QTest::newRow("an exact email before its prefixes")
        << u"ann@example.com"_s << QStringList{u"ann@example.com"_s} << QList<R>{R::ExactEmail};
    QTest::newRow("a word of the email")
        << u"lee"_s << QStringList{u"b.lee@example.com"_s} << QList<R>{R::WordPrefix};
    QTest::newRow("accents folded both ways")
        << u"NUNEZ"_s << QStringList{u"jose@example.com"_s} << QList<R>{R::WordPrefix};
    QTest::newRow("exact email, any case")
        << u" JOSE@example.com "_s << QStringList{u"jose@example.com"_s} << QList<R>{R::ExactEmail};
    QTest::newRow("name words with a space")
        << u"ann x"_s << QStringList{u"xander@example.com"_s} << QList<R>{R::WordPrefix};
    QTest::newRow("blank") << u"  "_s << QStringList{} << QList<R>{};
    QTest::newRow("nothing") << u"qqq"_s << QStringList{} << QList<R>{};
}

void TestMemberQuickMatcher::ranks()
{
    QFETCH(QString, query);
    QFETCH(QStringList, emails);
    QFETCH(QList<MemberQuickMatcher::Rank>, ranks);
    QList<MemberQuickMatcher::Rank> found;
    QCOMPARE(matchedEmails(query, 10, &found), emails);
    QCOMPARE(found, ranks);
}

void TestMemberQuickMatcher::limitKeepsTheBest()
{
    QCOMPARE(matchedEmails(u"ann"_s, 2),
             (QStringList{u"ann@example.com"_s, u"anna.b@example.com"_s}));
    QCOMPARE(matchedEmails(u"ann"_s, 0), QStringList{});
}

void TestMemberQuickMatcher::followsUpdates()
{
    m_model.upsert(member(u"anne@example.com"_s, u"Anne Aaron"_s));
    QCOMPARE(matchedEmails(u"ann"_s, 2),
             (QStringList{u"ann@example.com"_s, u"anna.b@example.com"_s}));
    QCOMPARE(matchedEmails(u"anne"_s, 1), QStringList{u"anne@example.com"_s});
    QVERIFY(m_model.removeMember(u"ann@example.com"_s));
    QCOMPARE(matchedEmails(u"ann"_s, 1), QStringList{u"anna.b@example.com"_s});
}

QTEST_GUILESS_MAIN(TestMemberQuickMatcher)
#include "tst_member_quick_matcher.moc"
