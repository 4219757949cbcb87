// How the delimiter and the header are guessed from the start of a file (CsvSniffer), ambiguous
// cases included, each with the reason for its answer.
#include "csv_header.h"
#include "csv_sniffer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delimiter_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("expected");
        QTest::newRow("commas") << u"a,b,c\n1,2,3\n"_s << true << u","_s;
        QTest::newRow("semicolons") << u"a;b;c\n1;2;3\n"_s << true << u";"_s;
        QTest::newRow("tabs") << u"a\tb\n1\t2\n"_s << true << u"\t"_s;
        QTest::newRow("pipes") << u"a|b\n1|2\n"_s << true << u"|"_s;
        QTest::newRow("semicolons around decimal commas")
            << u"Name;Score\nAnn;1,5\nBob;2\n"_s << true << u";"_s;
        QTest::newRow("semicolons inside quoted fields")
            << u"a,b\n\"x;y;z\",2\n\"p;q\",3\n"_s << true << u","_s;
        QTest::newRow("tabs, with commas in some bios")
            << u"Email\tBio\na@x.com\tLikes, commas\nb@x.com\tnone\n"_s << true << u"\t"_s;
        QTest::newRow("tie: both give two fields everywhere, the comma comes first")
            << u"a,b;c\nd,e;f\n"_s << true << u","_s;
        QTest::newRow("tie in consistency: more fields win")
            << u"a;b;c,d\ne;f;g,h\n"_s << true << u";"_s;
        QTest::newRow("one column: the comma") << u"email\na@x.com\n"_s << true << u","_s;
        QTest::newRow("empty: the comma") << QString() << true << u","_s;
        QTest::newRow("a cut last record is left out")
            << u"a;b\nc;d\ne,f,g,h,i,j"_s << false << u";"_s;
        QTest::newRow("mostly consistent beats always one field")
            << u"a;b\nc;d\ne;f\ng\n"_s << true << u";"_s;
    }

    void delimiter()
    {
        QFETCH(QString, sample);
        QFETCH(bool, complete);
        QFETCH(QString, expected);
        QCOMPARE(QString(CsvSniffer::detectDelimiter(sample, complete)), expected);
    }

    void header_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<bool>("expected");
        QTest::newRow("names over emails") << u"Email,Name\na@x.com,Ann\n"_s << true;
        QTest::newRow("an email in the first row") << u"a@x.com,Ann\nb@x.com,Bob\n"_s << false;
        QTest::newRow("names over numbers") << u"Id,Name\n1,Ann\n2,Bob\n"_s << true;
        QTest::newRow("a number in the first row") << u"1,Ann\n2,Bob\n"_s << false;
        QTest::newRow("names over dates") << u"Joined,Name\n2021-05-01,Ann\n"_s << true;
        QTest::newRow("ambiguous, text only: a header")
            << u"Name,City\nAnn,Paris\nBob,London\n"_s << true;
        QTest::newRow("ambiguous, text only, even data: still a header")
            << u"Ann,Paris\nBob,London\n"_s << true;
        QTest::newRow("the first row's value repeats below: data")
            << u"Member,Ann\nMember,Bob\n"_s << false;
        QTest::newRow("a name whose values repeat below")
            << u"Role,Name\nMember,Ann\nMember,Bob\n"_s << true;
        QTest::newRow("an unnamed index column beside typed ones")
            << u",Name,Email\n1,Ann,a@x.com\n"_s << true;
        QTest::newRow("ambiguous: an unnamed column beside text only: data")
            << u",Name\n1,Ann\n"_s << false;
        QTest::newRow("duplicate names are still a header")
            << u"Email,Email\na@x.com,b@x.com\n"_s << true;
        QTest::newRow("one record of names") << u"Email,Name\n"_s << true;
        QTest::newRow("one record with an empty cell") << u"Ann,\n"_s << false;
        QTest::newRow("one record with an email") << u"a@x.com,Ann\n"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void header()
    {
        QFETCH(QString, sample);
        QFETCH(bool, expected);
        QCOMPARE(CsvSniffer::detectHeader(sample, true, u','), expected);
    }

    void uniqueHeaderNames_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("distinct") << QStringList{u"Email"_s, u"Name"_s}
                                  << QStringList{u"Email"_s, u"Name"_s};
        QTest::newRow("repeats, in any case")
            << QStringList{u"Email"_s, u"email"_s, u"EMAIL"_s}
            << QStringList{u"Email"_s, u"email_2"_s, u"EMAIL_3"_s};
        QTest::newRow("empty names") << QStringList{QString(), u"Name"_s, u"  "_s}
                                     << QStringList{u"column1"_s, u"Name"_s, u"column3"_s};
        QTest::newRow("a suffix already taken further on")
            << QStringList{u"A"_s, u"A"_s, u"A_2"_s} << QStringList{u"A"_s, u"A_3"_s, u"A_2"_s};
        QTest::newRow("suffixes taken further on, twice over")
            << QStringList{u"a"_s, u"A"_s, u"a_3"_s, u"a"_s, u"A_2"_s, u"a"_s}
            << QStringList{u"a"_s, u"A_4"_s, u"a_3"_s, u"a_5"_s, u"A_2"_s, u"a_6"_s};
        QTest::newRow("spaces kept") << QStringList{u" Email "_s} << QStringList{u" Email "_s};
    }

    void uniqueHeaderNames()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, expected);
        QCOMPARE(csvUniqueHeaderNames(names), expected);
    }

    // 16,384 identical names once took 45 s (each tried every suffix from _2 again).
    void manyIdenticalHeaderNamesAreAllDistinct()
    {
        const qsizetype count = 16384;
        const QStringList names(count, u"Email"_s);
        const QStringList unique = csvUniqueHeaderNames(names);
        QCOMPARE(unique.size(), count);
        QCOMPARE(unique.first(), u"Email"_s);
        for (qsizetype i = 1; i < count; ++i)
            QCOMPARE(unique.at(i), u"Email_%1"_s.arg(i + 1));
    }
};

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "tst_csv_sniffer.moc"
