// Column mapping: header names matched to member fields in common spellings, the mapping as
// text for --map and --set with its errors, and what each provider requires of it.
#include "import_requirements.h"
#include "mapping_text.h"
#include "state_words.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<ImportField>)

class TestImportMapping : public QObject
{
    Q_OBJECT

    const QStringList m_header = {u"E-mail address"_s, u"Given name"_s, u"Surname"_s,
                                  u"Notes"_s,          u"Email"_s,      u"Member role"_s};

private Q_SLOTS:
    void headerSpellings_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<std::optional<ImportField>>("field");
        const auto add = [](const char *header, std::optional<ImportField> field) {
            QTest::newRow(header) << QString::fromUtf8(header) << field;
        };
        for (const char *h : {"E-mail", "Email address", "email", "Mail", "EMAIL_ADDRESS", "e.mail",
                              "E-Mail-Adresse", "Adresse e-mail", "Courriel", "Correo electrónico"})
            add(h, ImportField::Email);
        for (const char *h : {"First name", "firstname", "Given name", "first_name", "FIRST-NAME",
                              "Forename", "Vorname", "Prénom"})
            add(h, ImportField::FirstName);
        for (const char *h : {"Last name", "Surname", "Family name", " Last  Name ", "Nachname",
                              "Nom", "Apellidos"})
            add(h, ImportField::LastName);
        for (const char *h : {"Full name", "Name", "Display name", "full_name"})
            add(h, ImportField::Name);
        for (const char *h : {"Role", "role_id", "Rôle", "Rolle"})
            add(h, ImportField::Role);
        for (const char *h : {"Groups", "Group", "group names", "Gruppen"})
            add(h, ImportField::Groups);
        for (const char *h : {"Bio", "About", "About me", "Biography"})
            add(h, ImportField::Bio);
        for (const char *h : {"Status", "Status line", "status_line", "Headline", "Tagline"})
            add(h, ImportField::StatusLine);
        for (const char *h : {"LinkedIn", "linkedin_url", "LinkedIn profile"})
            add(h, ImportField::LinkedIn);
        for (const char *h :
             {"Twitter", "Twitter / X", "X", "x/twitter", "X (Twitter)", "Twitter URL"})
            add(h, ImportField::Twitter);
        for (const char *h : {"Instagram", "Instagram URL"})
            add(h, ImportField::Instagram);
        for (const char *h :
             {"Photo", "Avatar", "Picture", "Profile picture", "profile_photo", "Image", "Foto"})
            add(h, ImportField::Picture);
        // The state a row asks for; the member export's "Account status" is one.
        for (const char *h :
             {"State", "Action", "Account status", "Membership status", "Active", "Kontostatus"})
            add(h, ImportField::State);
        // What a member export writes beside the fields: none of them is one.
        for (const char *h : {"Phone", "Notes", "Username", "", "Created at", "Avatar URL", "Admin",
                              "Last sign-in"})
            add(h, std::nullopt);
    }

    void headerSpellings()
    {
        QFETCH(QString, header);
        QFETCH(std::optional<ImportField>, field);
        QCOMPARE(importFieldForHeader(header), field);
    }

    // A state column's words in common spellings; the member export's own words read back as
    // they were written ("unknown" asks for nothing); anything else is no state.
    void stateWords()
    {
        for (const char *word : {"active", "Active", "YES", "true", "1", "reactivate", "Aktiv",
                                 "pending", " enabled "})
            QCOMPARE(StateWords::parse(QString::fromUtf8(word).trimmed()), MemberStatus::Active);
        for (const char *word : {"deactivated", "Inactive", "no", "0", "FALSE", "left", "suspended",
                                 "de-activated", "unlisted", "deaktiviert"})
            QCOMPARE(StateWords::parse(QString::fromUtf8(word)), MemberStatus::Deactivated);
        QCOMPARE(StateWords::parse(u"unknown"), MemberStatus::Unknown);
        for (const char *word : {"maybe", "activ", "on hold", "2"})
            QCOMPARE(StateWords::parse(QString::fromUtf8(word)), std::nullopt);
    }

    void fieldIdsRoundTrip()
    {
        for (ImportField field : AllImportFields) {
            QCOMPARE(importFieldFromText(importFieldId(field)), field);
            QVERIFY(!importFieldDisplayName(field).isEmpty());
        }
        QCOMPARE(importFieldFromText(u"first_name"), ImportField::FirstName);
        QCOMPARE(importFieldFromText(u"Given name"), ImportField::FirstName);
        QVERIFY(!importFieldFromText(u"emial"));
    }

    void automaticMapping()
    {
        const ColumnMapping mapping = ColumnMapping::automatic(m_header);
        QCOMPARE(mapping.columnOf(ImportField::Email), 0); // the first email column wins
        QCOMPARE(mapping.fieldOf(4), std::nullopt);        // the second is skipped
        QCOMPARE(mapping.columnOf(ImportField::FirstName), 1);
        QCOMPARE(mapping.columnOf(ImportField::LastName), 2);
        QCOMPARE(mapping.fieldOf(3), std::nullopt);
        QCOMPARE(mapping.columnOf(ImportField::Role), 5);
        QCOMPARE(mapping.columnOf(ImportField::Name), -1);
        QVERIFY(!mapping.provides(ImportField::Bio));
    }

    void aFieldComesFromOneColumn()
    {
        ColumnMapping mapping = ColumnMapping::automatic(m_header);
        mapping.setColumn(4, ImportField::Email);
        QCOMPARE(mapping.columnOf(ImportField::Email), 4);
        QCOMPARE(mapping.fieldOf(0), std::nullopt);
        mapping.setColumn(4, std::nullopt);
        QVERIFY(!mapping.provides(ImportField::Email));
    }

    void constants()
    {
        ColumnMapping mapping(2);
        QVERIFY(!mapping.provides(ImportField::Role));
        mapping.setConstant(ImportField::Role, u"Member"_s);
        QVERIFY(mapping.provides(ImportField::Role));
        QCOMPARE(mapping.constant(ImportField::Role), u"Member"_s);
        mapping.setConstant(ImportField::Role, u"  "_s);
        QVERIFY(!mapping.provides(ImportField::Role));
        mapping.clearConstant(ImportField::Role);
        QCOMPARE(mapping.constant(ImportField::Role), std::nullopt);
    }

    void assignmentsFromText()
    {
        ColumnMapping mapping = ColumnMapping::automatic(m_header);
        const QStringList errors = MappingText::applyAssignments(
            mapping, m_header,
            {u"email=email"_s, u"E-mail address=skip"_s, u"#4=bio"_s, u"member_role = role"_s,
             u"Surname=-"_s, u"Given name=first_name"_s});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(mapping.columnOf(ImportField::Email), 4);
        QCOMPARE(mapping.fieldOf(0), std::nullopt);
        QCOMPARE(mapping.columnOf(ImportField::Bio), 3);
        QCOMPARE(mapping.columnOf(ImportField::Role), 5);
        QCOMPARE(mapping.columnOf(ImportField::LastName), -1);
        QCOMPARE(
            MappingText::assignments(mapping, m_header),
            (QStringList{u"E-mail address=skip"_s, u"Given name=first-name"_s, u"Surname=skip"_s,
                         u"Notes=bio"_s, u"Email=email"_s, u"Member role=role"_s}));
    }

    void assignmentErrors_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no =") << u"Notes"_s << u"COLUMN=FIELD"_s;
        QTest::newRow("unknown column") << u"Phone=bio"_s << u"E-mail address, Given name"_s;
        QTest::newRow("unknown field") << u"Notes=biography2"_s << u"first-name"_s;
        QTest::newRow("column number out of range") << u"#9=bio"_s << u"1 to 6"_s;
        QTest::newRow("ambiguous spelling") << u"EMAIL=email"_s << u"#N"_s;
    }

    void assignmentErrors()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, mentions);
        const QStringList header = {u"E-mail address"_s, u"Given name"_s, u"Surname"_s,
                                    u"Notes"_s,          u"E-mail"_s,     u"E mail"_s};
        ColumnMapping mapping = ColumnMapping::automatic(header);
        const ColumnMapping before = mapping;
        const QStringList errors = MappingText::applyAssignments(mapping, header, {assignment});
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(assignment), qPrintable(errors.first()));
        QVERIFY2(errors.first().contains(mentions), qPrintable(errors.first()));
        QCOMPARE(mapping, before);
    }

    void oneFieldMappedTwiceIsAnError()
    {
        ColumnMapping mapping = ColumnMapping::automatic(m_header);
        const QStringList errors =
            MappingText::applyAssignments(mapping, m_header, {u"Email=email"_s, u"Notes=email"_s});
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"Email=email"_s), qPrintable(errors.first()));
        QCOMPARE(mapping.columnOf(ImportField::Email), 4);
    }

    void constantsFromText()
    {
        ColumnMapping mapping(1);
        QStringList errors = MappingText::applyConstants(
            mapping, {u"role = Member "_s, u"bio=Imported from the old CRM; a=b"_s});
        QVERIFY(errors.isEmpty());
        QCOMPARE(mapping.constant(ImportField::Role), u"Member"_s);
        QCOMPARE(mapping.constant(ImportField::Bio), u"Imported from the old CRM; a=b"_s);
        QCOMPARE(MappingText::constants(mapping),
                 (QStringList{u"role=Member"_s, u"bio=Imported from the old CRM; a=b"_s}));
        errors = MappingText::applyConstants(mapping, {u"colour=blue"_s, u"role"_s});
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).contains(u"colour"_s));
        QVERIFY(errors.at(1).contains(u"FIELD=VALUE"_s));
    }

    void requirements_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QList<ImportField>>("fields");
        QTest::addColumn<bool>("roleConstant");
        QTest::addColumn<int>("missing");
        using F = ImportField;
        QTest::newRow("Heartbeat: email, full name, role")
            << Provider::Heartbeat << QList<F>{F::Email, F::Name, F::Role} << false << 0;
        QTest::newRow("Heartbeat: first + last, a constant role")
            << Provider::Heartbeat << QList<F>{F::Email, F::FirstName, F::LastName} << true << 0;
        QTest::newRow("Heartbeat: no role")
            << Provider::Heartbeat << QList<F>{F::Email, F::Name} << false << 1;
        QTest::newRow("Heartbeat: nothing") << Provider::Heartbeat << QList<F>{} << false << 3;
        QTest::newRow("Forward: first + last")
            << Provider::Forward << QList<F>{F::Email, F::FirstName, F::LastName} << false << 0;
        QTest::newRow("Forward: a full name to split")
            << Provider::Forward << QList<F>{F::Email, F::Name} << false << 0;
        QTest::newRow("Beam: first name only")
            << Provider::Beam << QList<F>{F::Email, F::FirstName} << false << 1;
        QTest::newRow("Beam: no email")
            << Provider::Beam << QList<F>{F::FirstName, F::LastName} << false << 1;
    }

    void requirements()
    {
        QFETCH(Provider, provider);
        QFETCH(QList<ImportField>, fields);
        QFETCH(bool, roleConstant);
        QFETCH(int, missing);
        ColumnMapping mapping(fields.size());
        for (qsizetype i = 0; i < fields.size(); ++i)
            mapping.setColumn(i, fields.at(i));
        if (roleConstant)
            mapping.setConstant(ImportField::Role, u"Member"_s);
        const QStringList problems = ImportRequirements::missingFields(provider, mapping);
        QCOMPARE(problems.size(), missing);
        for (const QString &problem : problems)
            QVERIFY2(problem.contains(providerDisplayName(provider)), qPrintable(problem));
    }

    void columnsAProviderIgnores()
    {
        const QStringList header = {u"Email"_s, u"Name"_s, u"Role"_s, u"Bio"_s};
        const ColumnMapping mapping = ColumnMapping::automatic(header);
        QVERIFY(ImportRequirements::ignoredColumns(Provider::Heartbeat, mapping, header).isEmpty());
        const QStringList ignored =
            ImportRequirements::ignoredColumns(Provider::Beam, mapping, header);
        QCOMPARE(ignored.size(), 2);
        QVERIFY(ignored.at(0).contains(u"Role"_s));
        QVERIFY(ignored.at(1).contains(u"Bio"_s));
    }

    // What a provider keeps is its Capabilities' to say: Heartbeat's whole profile, only the
    // names and the email for Forward and Beam.gg; and every provider takes a row's state.
    void fieldsEachProviderKeeps()
    {
        for (const ImportField field : AllImportFields)
            QVERIFY(ImportRequirements::uses(Provider::Heartbeat, field));
        for (const Provider provider : {Provider::Forward, Provider::Beam}) {
            for (const ImportField field : AllImportFields) {
                const bool names = field == ImportField::Email || field == ImportField::Name ||
                                   field == ImportField::FirstName ||
                                   field == ImportField::LastName || field == ImportField::State;
                QCOMPARE(ImportRequirements::uses(provider, field), names);
            }
        }
        const QStringList header = {u"Email"_s, u"Name"_s, u"Status"_s, u"Twitter / X"_s,
                                    u"Photo"_s};
        const QStringList ignored = ImportRequirements::ignoredColumns(
            Provider::Forward, ColumnMapping::automatic(header), header);
        QCOMPARE(ignored.size(), 3);
        QVERIFY2(ignored.at(0).contains(u"“Status”"_s) && ignored.at(0).contains(u"Status line"_s),
                 qPrintable(ignored.at(0)));
        QVERIFY2(ignored.at(2).contains(u"“Photo”"_s), qPrintable(ignored.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_import_mapping.moc"
