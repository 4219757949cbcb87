// The dry run's emails on disk (SqliteEmailLines): each address's first line, compared as
// EmailCheck::normalized(); and a validator keeping its emails there finds exactly the duplicates
// the in-memory EmailIndex finds, naming the same lines.
#include "member_validator.h"
#include "sqlite_email_lines.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSqliteEmailLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineOfEachAddress()
    {
        SqliteEmailLines lines;
        QString error;
        QVERIFY2(lines.open(&error), qPrintable(error));
        QCOMPARE(lines.insert(u"ada@example.com", 2), 0);
        QCOMPARE(lines.insert(u"grace@example.com", 3), 0);
        QCOMPARE(lines.insert(u"  ADA@Example.COM ", 7), 2);
        QCOMPARE(lines.insert(u"ada@example.com", 9), 2);
        QCOMPARE(lines.insert(u"x%1y%3@example.com", 10), 0);
        QCOMPARE(lines.insert(u"x%1y%3@example.com", 11), 10);
        lines.clear();
        QCOMPARE(lines.insert(u"ada@example.com", 12), 0);
        QVERIFY2(lines.error().isEmpty(), qPrintable(lines.error()));
    }

    // Two stores at once (two dry runs in one window) keep their addresses apart.
    void storesAreSeparate()
    {
        SqliteEmailLines first;
        SqliteEmailLines second;
        QString error;
        QVERIFY2(first.open(&error) && second.open(&error), qPrintable(error));
        QCOMPARE(first.insert(u"ada@example.com", 2), 0);
        QCOMPARE(second.insert(u"ada@example.com", 5), 0);
        QCOMPARE(first.insert(u"ada@example.com", 8), 2);
    }

    void validatorFindsTheSameDuplicatesAsInMemory()
    {
        const QStringList header = {u"Email"_s, u"First name"_s, u"Last name"_s};
        const ColumnMapping mapping = ColumnMapping::automatic(header);
        MemberValidator inMemory(Provider::Forward, mapping, header);
        MemberValidator onDisk(Provider::Forward, mapping, header);
        SqliteEmailLines lines;
        QString error;
        QVERIFY2(lines.open(&error), qPrintable(error));
        onDisk.setEmailStore(&lines);
        int duplicates = 0;
        for (int line = 2; line < 20'002; ++line) {
            // Every seventh row repeats an earlier address, in another case.
            const int n = line % 7 == 0 ? line / 3 : line;
            const QString email =
                (line % 2 ? u"Member.%1@Example.com"_s : u"member.%1@example.com"_s).arg(n);
            const CsvRecord record = CsvRecord::fromFields({email, u"M"_s, u"N"_s}, line);
            const ValidatedRow expected = inMemory.validate(record);
            const ValidatedRow got = onDisk.validate(record);
            QCOMPARE(got.isValid(), expected.isValid());
            QCOMPARE(got.errorText(), expected.errorText());
            duplicates += expected.isValid() ? 0 : 1;
        }
        QVERIFY2(duplicates > 1000, qPrintable(QString::number(duplicates)));
        QVERIFY2(lines.error().isEmpty(), qPrintable(lines.error()));
    }
};

QTEST_GUILESS_MAIN(TestSqliteEmailLines)
#include "tst_sqlite_email_lines.moc"
