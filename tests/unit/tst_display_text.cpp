// DisplayText::escaped(): control characters from outside text shown as \xHH, and the JSON the
// CLI writes escaping them on its own.
#include "display_text.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"Ann Lee"_s << u"Ann Lee"_s;
        QTest::newRow("title sequence") << u"\x1b]0;title\x07"_s << u"\\x1b]0;title\\x07"_s;
        QTest::newRow("clear screen") << u"a\x1b[2Jb"_s << u"a\\x1b[2Jb"_s;
        QTest::newRow("tab kept") << u"a\tb"_s << u"a\tb"_s;
        QTest::newRow("newline and return") << u"a\r\nb"_s << u"a\\x0d\\x0ab"_s;
        QTest::newRow("NUL and DEL") << QString(u"a\0b\x7f"_s) << u"a\\x00b\\x7f"_s;
        QTest::newRow("C1 CSI") << u"a\u009b2J"_s << u"a\\x9b2J"_s;
        QTest::newRow("non-ASCII kept") << u"Zoë Ł 名前 \\x41"_s << u"Zoë Ł 名前 \\x41"_s;
    }

    void escaped()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(DisplayText::escaped(text), shown);
        QCOMPARE(DisplayText::escaped(shown), shown);
    }

    void escapedKeepingLinesKeepsOnlyNewlines()
    {
        QCOMPARE(DisplayText::escapedKeepingLines(u"one\x1b[2J\ntwo\r"_s),
                 u"one\\x1b[2J\ntwo\\x0d"_s);
    }

    void jsonEscapesControlCharactersItself()
    {
        const QByteArray json =
            QJsonDocument(QJsonObject{{u"cell"_s, u"\x1b]0;title\x07\x1b[2J"_s}}).toJson();
        QVERIFY(!json.contains('\x1b'));
        QVERIFY(!json.contains('\x07'));
        QVERIFY2(json.contains("\\u001b]0;title\\u0007\\u001b[2J"), json.constData());
        QCOMPARE(QJsonDocument::fromJson(json)[u"cell"_s].toString(), u"\x1b]0;title\x07\x1b[2J"_s);
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_display_text.moc"
