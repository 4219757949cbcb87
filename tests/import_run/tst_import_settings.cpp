// ImportSettings as the journal keeps them: the typed mapping (a field or a skip per column, and
// the constants) and every other setting survive the round trip, settings written by an older
// Roster (the mapping as "map"/"set" text) are still read over the run's header, and settings
// naming what Roster does not know are refused.
#include "import_settings.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QStringList Header = {u"E-mail"_s, u"Notes"_s, u"Given name"_s, u"Surname"_s};
} // namespace

class TestImportSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsTheTypedMapping()
    {
        ImportSettings settings;
        settings.filePath = u"/data/members.csv"_s;
        settings.csv = {CsvEncoding::Windows1252, QChar(u';'), true};
        settings.mapping = ColumnMapping::automatic(Header);
        settings.mapping.setColumn(1, ImportField::Bio);
        settings.mapping.setColumn(3, std::nullopt);
        settings.mapping.setConstant(ImportField::Role, u"role_member"_s);
        settings.mapping.setConstant(ImportField::LastName, u"Lind"_s);
        settings.mode = ImportSettings::Mode::CreateOrUpdate;
        settings.pending = true;
        settings.introduce = true;

        const QJsonObject json = settings.toJson();
        QCOMPARE(json.value(u"columns"_s).toArray(),
                 (QJsonArray{u"email"_s, u"bio"_s, u"first-name"_s, QJsonValue::Null}));
        QCOMPARE(json.value(u"constants"_s).toObject(),
                 (QJsonObject{{u"role"_s, u"role_member"_s}, {u"last-name"_s, u"Lind"_s}}));

        QString error;
        // The header no longer matters: the mapping is kept column by column.
        const std::optional<ImportSettings> read = ImportSettings::fromJson(json, {}, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->mapping, settings.mapping);
        QCOMPARE(read->filePath, settings.filePath);
        QCOMPARE(read->csv.encoding, settings.csv.encoding);
        QCOMPARE(read->csv.delimiter, settings.csv.delimiter);
        QCOMPARE(read->csv.hasHeader, settings.csv.hasHeader);
        QCOMPARE(read->mode, settings.mode);
        QVERIFY(read->pending);
        QVERIFY(read->introduce);
    }

    // A run planned by an older Roster kept its mapping as MappingText over the automatic one.
    void olderSettingsKeepTheirMappingText()
    {
        const QJsonObject json{{u"file"_s, u"/data/members.csv"_s},
                               {u"map"_s, QJsonArray{u"#2=bio"_s, u"Surname=skip"_s}},
                               {u"set"_s, QJsonArray{u"role=role_member"_s}},
                               {u"mode"_s, u"upsert"_s},
                               {u"pending"_s, false},
                               {u"introduce"_s, true}};
        QString error;
        const std::optional<ImportSettings> read = ImportSettings::fromJson(json, Header, &error);
        QVERIFY2(read, qPrintable(error));
        ColumnMapping expected = ColumnMapping::automatic(Header);
        expected.setColumn(1, ImportField::Bio);
        expected.setColumn(3, std::nullopt);
        expected.setConstant(ImportField::Role, u"role_member"_s);
        QCOMPARE(read->mapping, expected);
        QCOMPARE(read->mode, ImportSettings::Mode::CreateOrUpdate);
        QVERIFY(read->introduce);

        // Without "map" and "set", the mapping was the automatic one.
        const std::optional<ImportSettings> plain =
            ImportSettings::fromJson(QJsonObject{{u"mode"_s, u"create"_s}}, Header, &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(plain->mapping, ColumnMapping::automatic(Header));
    }

    void unknownFieldsAreRefused()
    {
        QString error;
        QVERIFY(!ImportSettings::fromJson(
            QJsonObject{{u"mode"_s, u"create"_s}, {u"columns"_s, QJsonArray{u"shoe-size"_s}}}, {},
            &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!ImportSettings::fromJson(
            QJsonObject{{u"mode"_s, u"create"_s},
                        {u"columns"_s, QJsonArray{}},
                        {u"constants"_s, QJsonObject{{u"shoe-size"_s, u"9"_s}}}},
            {}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!ImportSettings::fromJson(
            QJsonObject{{u"mode"_s, u"create"_s}, {u"map"_s, QJsonArray{u"Nowhere=email"_s}}},
            Header, &error));
        QVERIFY2(error.contains(u"Nowhere"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImportSettings)
#include "tst_import_settings.moc"
