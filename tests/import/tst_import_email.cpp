// The practical email check (EmailCheck), the normalized form, and the index that finds
// duplicates among many addresses (EmailIndex).
#include "email_check.h"
#include "email_index.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// EmailCheck's rules written the plain way, one character at a time, to check its fast one.
bool referenceValid(const QString &email)
{
    if (email.isEmpty() || email.size() > 254 || email.count(u'@') != 1)
        return false;
    for (const QChar c : email) {
        const char16_t u = c.unicode();
        if (u < 0x21 || (u >= 0x7F && u < 0xA0) || c.isSpace() ||
            QStringView(u"()<>[]\\,;:\"").contains(c))
            return false;
    }
    const qsizetype at = email.indexOf(u'@');
    const QString local = email.first(at);
    const QString domain = email.sliced(at + 1);
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') ||
        local.contains(u".."_s))
        return false;
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (c.unicode() < 0x80 && !c.isLetterOrNumber() && c != u'-')
                return false;
        }
    }
    const QString &tld = labels.last();
    bool allDigits = true;
    for (const QChar c : tld)
        allDigits = allDigits && c >= u'0' && c <= u'9';
    return tld.size() >= 2 && !allDigits;
}
} // namespace
using Problem = EmailCheck::Problem;

Q_DECLARE_METATYPE(EmailCheck::Problem)

class TestImportEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<Problem>("problem");
        const auto good = [](const QString &email) {
            QTest::newRow(qPrintable(email)) << email << Problem::None;
        };
        good(u"ada@example.com"_s);
        good(u"Ada.Lovelace+newsletter@mail.example.co.uk"_s);
        good(u"o'brien_42@example.org"_s);
        good(u"x@sub-domain.example.com"_s);
        good(u"émilie@exemple.fr"_s);
        good(u"kenji@例え.jp"_s);
        good(u"a!#$%&*/=?^`{|}~-@example.com"_s);
        good(u"averyveryveryveryverylonglocalpartthatisstillunder64characters@example.com"_s);
        const auto bad = [](const char *name, const QString &email, Problem problem) {
            QTest::newRow(name) << email << problem;
        };
        bad("empty", QString(), Problem::Empty);
        bad("too long", u"a@"_s + QString(250, u'b') + u".com"_s, Problem::TooLong);
        bad("no @", u"ada.example.com"_s, Problem::NoAt);
        bad("two @", u"ada@home@example.com"_s, Problem::SeveralAts);
        bad("nothing before @", u"@example.com"_s, Problem::EmptyLocalPart);
        bad("local part too long", QString(65, u'a') + u"@example.com"_s,
            Problem::LocalPartTooLong);
        bad("space", u"ada lovelace@example.com"_s, Problem::ForbiddenCharacter);
        bad("comma (two addresses)", u"ada@example.com,grace@example.com"_s,
            Problem::ForbiddenCharacter);
        bad("angle brackets", u"Ada <ada@example.com>"_s, Problem::ForbiddenCharacter);
        bad("quoted local part", u"\"ada\"@example.com"_s, Problem::ForbiddenCharacter);
        bad("control character", u"ada\u0001@example.com"_s, Problem::ForbiddenCharacter);
        bad("no-break space", u"ada\u00A0@example.com"_s, Problem::ForbiddenCharacter);
        bad("leading dot", u".ada@example.com"_s, Problem::MisplacedDot);
        bad("dot before @", u"ada.@example.com"_s, Problem::MisplacedDot);
        bad("two dots", u"ada..lovelace@example.com"_s, Problem::MisplacedDot);
        bad("no dot in domain", u"ada@localhost"_s, Problem::BadDomain);
        bad("empty label", u"ada@example..com"_s, Problem::BadDomain);
        bad("leading dot in domain", u"ada@.example.com"_s, Problem::BadDomain);
        bad("trailing dot in domain", u"ada@example.com."_s, Problem::BadDomain);
        bad("hyphen at label start", u"ada@-example.com"_s, Problem::BadDomain);
        bad("hyphen at label end", u"ada@example-.com"_s, Problem::BadDomain);
        bad("underscore in domain", u"ada@ex_ample.com"_s, Problem::BadDomain);
        bad("one-letter top level", u"ada@example.c"_s, Problem::BadDomain);
        bad("numeric top level (an IP address)", u"ada@192.168.0.1"_s, Problem::BadDomain);
        bad("IP literal", u"ada@[192.168.0.1]"_s, Problem::ForbiddenCharacter);
        bad("label too long", u"ada@"_s + QString(64, u'a') + u".com"_s, Problem::BadDomain);
    }

    void check()
    {
        QFETCH(QString, email);
        QFETCH(Problem, problem);
        QCOMPARE(EmailCheck::check(email), problem);
        QCOMPARE(EmailCheck::isValid(email), problem == Problem::None);
        QCOMPARE(EmailCheck::describe(problem).isEmpty(), problem == Problem::None);
    }

    // Random addresses, short and long (the fast path goes eight characters at a time).
    void agreesWithThePlainRules()
    {
        const QStringList pieces = {
            u"a"_s,       u"Z"_s,  u"0"_s, u"."_s,       u"@"_s,      u"-"_s,      u"_"_s,
            u"+"_s,       u" "_s,  u"é"_s, u"例"_s,      u".."_s,     u"co"_s,     u"com"_s,
            u"x.y"_s,     u"\t"_s, u","_s, u"("_s,       u"\u00A0"_s, u"\u0085"_s, u"ab"_s,
            u"example"_s, u"'"_s,  u"9"_s, u"@ex.com"_s, u"😀"_s};
        QRandomGenerator random(5);
        int valid = 0;
        for (int round = 0; round < 100000; ++round) {
            QString email;
            for (int k = random.bounded(1, 14); k > 0; --k)
                email += pieces.at(random.bounded(pieces.size()));
            if (random.bounded(3) == 0) // the likely shape, for more valid ones
                email = pieces.at(random.bounded(pieces.size())) + email + u"@ex-"_s +
                        pieces.at(random.bounded(pieces.size())) + u".org"_s;
            const bool expected = referenceValid(email);
            valid += expected;
            if (EmailCheck::isValid(email) != expected)
                QFAIL(qPrintable(
                    u"“%1”: expected %2"_s.arg(email, expected ? u"valid"_s : u"invalid"_s)));
        }
        QVERIFY(valid > 1000);
    }

    void normalized()
    {
        QCOMPARE(EmailCheck::normalized(u"  Ada.Lovelace@Example.COM \t"),
                 u"ada.lovelace@example.com"_s);
        QCOMPARE(EmailCheck::normalized(u"ÉMILIE@EXEMPLE.FR"), u"émilie@exemple.fr"_s);
        QCOMPARE(EmailCheck::normalized(u"𐐀@example.com"), u"𐐨@example.com"_s); // outside the BMP
    }

    void indexFindsDuplicatesWithoutRegardToCase()
    {
        EmailIndex index;
        QCOMPARE(index.insert(u"Ada@Example.com", 2), 0);
        QCOMPARE(index.insert(u"grace@example.com", 3), 0);
        QCOMPARE(index.insert(u"ada@example.com", 10), 2);
        QCOMPARE(index.insert(u"ADA@EXAMPLE.COM", 11), 2);
        QCOMPARE(index.insert(u"Émilie@example.com", 12), 0);
        QCOMPARE(index.insert(u"émilie@EXAMPLE.com", 13), 12);
        QCOMPARE(index.size(), 3);
        index.clear();
        QCOMPARE(index.insert(u"ada@example.com", 20), 0);
    }

    // Duplicates at random among new addresses, against a QHash: across the filter's batches,
    // the table's growth and the filter's rebuilds.
    void indexAgreesWithAHash()
    {
        EmailIndex index;
        QHash<QString, qint64> reference;
        QRandomGenerator random(17);
        for (qint64 line = 1; line <= 300000; ++line) {
            const QString email = u"Member%1@Example.com"_s.arg(random.bounded(150000));
            const QString key = EmailCheck::normalized(email);
            const qint64 expected = reference.value(key, 0);
            if (expected == 0)
                reference.insert(key, line);
            const qint64 got = index.insert(email, line);
            if (got != expected)
                QFAIL(qPrintable(u"%1 on line %2: index says %3, expected %4"_s.arg(email)
                                     .arg(line)
                                     .arg(got)
                                     .arg(expected)));
        }
        QCOMPARE(index.size(), reference.size());
    }

    void indexHoldsManyAddresses()
    {
        EmailIndex index;
        for (int i = 0; i < 200000; ++i)
            QCOMPARE(index.insert(u"user%1@example.com"_s.arg(i), i + 2), 0);
        QCOMPARE(index.size(), 200000);
        for (int i = 0; i < 200000; i += 997)
            QCOMPARE(index.insert(u"USER%1@example.com"_s.arg(i), 500000), qint64(i + 2));
        QCOMPARE(index.insert(u"user200000@example.com"_s, 7), 0);
        // Long addresses (past EmailCheck's limit) are kept by their first 255 bytes.
        const QString longOne = QString(300, u'x') + u"@example.com"_s;
        QCOMPARE(index.insert(longOne, 1), 0);
        QCOMPARE(index.insert(longOne, 2), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportEmail)
#include "tst_import_email.moc"
