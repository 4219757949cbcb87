// Messages that quote outside text (an email address, a group name, a column name) show it as it
// is: a "%1" or "%3" in it is not taken for a placeholder of the message.
#include "csv_reader.h"
#include "mapping_text.h"
#include "member_validator.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<ValidatedRow> validate(const QByteArray &csv, const ImportLimits &limits = {})
{
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, {CsvEncoding::Utf8, QChar(u','), true});
    QList<ValidatedRow> rows;
    if (!reader.start())
        return rows;
    MemberValidator validator(Provider::Heartbeat, ColumnMapping::automatic(reader.header()),
                              reader.header(), {{u"role_member"_s, u"Member"_s}}, limits);
    ValidatedRow row;
    while (reader.readRecord(row.record)) {
        validator.validate(row);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestImportMessageArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicateEmail_isQuotedLiterally()
    {
        const QList<ValidatedRow> rows = validate("Email,Name\n"
                                                  "x%1y%3@example.com,A\n"
                                                  "x%1y%3@example.com,B\n");
        QCOMPARE(rows.size(), 2);
        const QString text = rows.at(1).errorText();
        QVERIFY2(text.contains(u"x%1y%3@example.com is on line 2 already"_s), qPrintable(text));
    }

    void invalidEmail_isQuotedLiterally()
    {
        const QList<ValidatedRow> rows = validate("Email,Name\n%1 %3 %2,A\n");
        QCOMPARE(rows.size(), 1);
        const QString text = rows.at(0).errorText();
        QVERIFY2(text.contains(u"“%1 %3 %2” is not a valid email address"_s), qPrintable(text));
    }

    void longGroupName_isQuotedLiterally()
    {
        ImportLimits limits;
        const QByteArray group = "%3%1" + QByteArray(int(limits.group) + 10, 'g');
        const QList<ValidatedRow> rows =
            validate("Email,Name,Groups\na@example.com,A," + group + "\n", limits);
        QCOMPARE(rows.size(), 1);
        const QString text = rows.at(0).errorText();
        const QString expected = u"the group name “%1…” is %2 characters long, more than %3"_s.arg(
            QString::fromLatin1(group.first(20)), QString::number(group.size()),
            QString::number(limits.group));
        QVERIFY2(expected.startsWith(u"the group name “%3%1gg"_s), qPrintable(expected));
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void unknownColumnNumber_isQuotedLiterally()
    {
        ColumnMapping mapping = ColumnMapping::automatic({u"Email"_s, u"Name"_s});
        const QStringList errors = MappingText::applyAssignments(mapping, {u"Email"_s, u"Name"_s},
                                                                 {u"#%1x%3=first_name"_s});
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(
                     u"there is no column %1x%3; the columns are numbered from 1 to 2"_s),
                 qPrintable(errors.first()));
    }
};

QTEST_GUILESS_MAIN(TestImportMessageArguments)
#include "tst_import_message_arguments.moc"
