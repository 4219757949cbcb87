// The German translation as a German user meets it: every message translated, every
// placeholder and mnemonic kept, nothing in the sources missing from it, and the compiled
// translation loaded by Translations for a German locale.
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one per plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            messages.append(message);
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message =
                Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", false, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.finished = xml.attributes().value(u"type"_s).isEmpty();
            if (!message.numerus)
                message.translations = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?n|%\\d+"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

int mnemonics(const QString &text)
{
    QString plain = text;
    plain.remove(u"&&"_s);
    static const QRegularExpression entity(u"&[a-z]+;|&#\\d+;"_s);
    plain.remove(entity);
    return int(plain.count(u'&'));
}

QString sourcePath(const char *relative)
{
    return QString::fromUtf8(ROSTER_SOURCE_DIR) + u'/' + QString::fromUtf8(relative);
}

QString key(const Message &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}
} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void translationsAreCompleteAndWellFormed_data();
    void translationsAreCompleteAndWellFormed();
    void germanCoversEverySourceString();
    void germanLocaleLoadsGerman();
    void englishGetsPluralForms();
};

void TranslationsTest::translationsAreCompleteAndWellFormed_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << sourcePath("translations/roster_de.ts");
    QTest::newRow("English plural forms") << sourcePath("translations/roster_en.ts");
}

void TranslationsTest::translationsAreCompleteAndWellFormed()
{
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + u": “"_s + message.source + u'”';
        if (!message.finished)
            problems << where + u" is not translated"_s;
        if (message.numerus && message.translations.size() != 2)
            problems << where + u" has %1 plural forms, not 2"_s.arg(message.translations.size());
        for (const QString &translation : message.translations) {
            if (translation.isEmpty()) {
                problems << where + u" has an empty translation"_s;
                continue;
            }
            // A singular form may say "one" in words instead of %n.
            QStringList expected = placeholders(message.source);
            QStringList actual = placeholders(translation);
            if (message.numerus) {
                expected.removeIf([](const QString &p) { return p.endsWith(u'n'); });
                actual.removeIf([](const QString &p) { return p.endsWith(u'n'); });
            }
            if (expected != actual)
                problems << where + u" → “"_s + translation + u"” has placeholders "_s +
                                actual.join(u' ') + u" instead of "_s + expected.join(u' ');
            if (mnemonics(message.source) != mnemonics(translation))
                problems << where + u" → “"_s + translation + u"” has another number of & keys"_s;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::germanCoversEverySourceString()
{
    // lupdate over today's sources, into a file of its own: what it finds must all be in
    // roster_de.ts (else `cmake --build build --target update_translations` was not run).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"fresh_de.ts"_s);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(ROSTER_LUPDATE),
                  {u"@"_s + QString::fromUtf8(ROSTER_TRANSLATED_SOURCES), u"-locations"_s,
                   u"none"_s, u"-ts"_s, fresh});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    QList<Message> found = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(found.size() > 500);
    QSet<QString> translated;
    for (const Message &message : readTs(sourcePath("translations/roster_de.ts"), &error))
        translated.insert(key(message));
    QStringList missing;
    for (const Message &message : std::as_const(found)) {
        if (!translated.contains(key(message)))
            missing << message.context + u": “"_s + message.source + u'”';
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in roster_de.ts:\n"_s + missing.join(u'\n')));
}

void TranslationsTest::germanLocaleLoadsGerman()
{
    Translations translations;
    translations.install(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Quit"), u"&Beenden"_s);
    QCOMPARE(QCoreApplication::translate("ImportText", "%Ln conflict(s)", nullptr, 3),
             u"3 Konflikte"_s);
    // Qt's own strings in German too (qt6-translations-l10n, in packaging/debian-packages.txt).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void TranslationsTest::englishGetsPluralForms()
{
    Translations translations;
    translations.install(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(QCoreApplication::translate("ImportValidationPage", "Checked %n row(s).", nullptr, 1),
             u"Checked 1 row."_s);
    QCOMPARE(QCoreApplication::translate("ImportValidationPage", "Checked %n row(s).", nullptr, 2),
             u"Checked 2 rows."_s);
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
