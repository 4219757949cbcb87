// Splitting a full name into first and last name for Forward and Beam.gg (NameSplit).
#include "name_split.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImportNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        const auto row = [](const QString &full, const QString &first, const QString &last) {
            QTest::newRow(qPrintable(full.isEmpty() ? u"(empty)"_s : full))
                << full << first << last;
        };
        row(u"Ada Lovelace"_s, u"Ada"_s, u"Lovelace"_s);
        row(u"  Ada   Lovelace  "_s, u"Ada"_s, u"Lovelace"_s);
        row(u"Mary Ann Evans"_s, u"Mary Ann"_s, u"Evans"_s);
        row(u"Cher"_s, u"Cher"_s, QString());
        row(QString(), QString(), QString());
        row(u"Ludwig van Beethoven"_s, u"Ludwig"_s, u"van Beethoven"_s);
        row(u"Jan van der Berg"_s, u"Jan"_s, u"van der Berg"_s);
        row(u"Jan Van Der Berg"_s, u"Jan"_s, u"Van Der Berg"_s);
        row(u"Charles de Gaulle"_s, u"Charles"_s, u"de Gaulle"_s);
        row(u"Leonardo da Vinci"_s, u"Leonardo"_s, u"da Vinci"_s);
        row(u"Ursula von der Leyen"_s, u"Ursula"_s, u"von der Leyen"_s);
        row(u"Van Morrison"_s, u"Van"_s, u"Morrison"_s);
        row(u"De La Soul"_s, u"De"_s, u"La Soul"_s);
        row(u"Martin Luther King Jr."_s, u"Martin Luther"_s, u"King Jr."_s);
        row(u"John Smith III"_s, u"John"_s, u"Smith III"_s);
        row(u"Lovelace, Ada"_s, u"Ada"_s, u"Lovelace"_s);
        row(u"van der Berg, Jan"_s, u"Jan"_s, u"van der Berg"_s);
        row(u"King, Martin Luther, Jr."_s, u"Martin Luther"_s, u"King Jr."_s);
        row(u"a, b, c"_s, u"a, b,"_s, u"c"_s);
        row(u"Émilie du Châtelet"_s, u"Émilie"_s, u"du Châtelet"_s);
        row(u"Søren Kierkegaard"_s, u"Søren"_s, u"Kierkegaard"_s);
    }

    void split()
    {
        QFETCH(QString, full);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const NameSplit::Parts parts = NameSplit::split(full);
        QCOMPARE(parts.first, first);
        QCOMPARE(parts.last, last);
    }

    void join()
    {
        QCOMPARE(NameSplit::join(u"Ada", u"Lovelace"), u"Ada Lovelace"_s);
        QCOMPARE(NameSplit::join(u"Cher", u""), u"Cher"_s);
        QCOMPARE(NameSplit::join(u"", u"Lovelace"), u"Lovelace"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportNames)
#include "tst_import_names.moc"
