// Row validation for each provider, on records the real CSV reader makes of CSV text: every kind
// of issue with its line, column and field, duplicates naming both lines, constants, blank and
// malformed rows, and the member drafts of valid rows.
#include "csv_reader.h"
#include "member_validator.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = RowIssue::Kind;

namespace {
const QList<RoleChoice> Roles = {{u"role_member"_s, u"Member"_s}, {u"role_mod"_s, u"Moderator"_s}};

// The rows of `csv` (a header, then records) validated in order.
struct Validated
{
    QStringList header;
    QList<ValidatedRow> rows;
    QList<MemberDraft> drafts;
};

Validated validate(Provider provider, const QByteArray &csv,
                   const std::function<void(ColumnMapping &)> &adjust = {},
                   const ImportLimits &limits = {}, const QString &pictureFolder = {})
{
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, {CsvEncoding::Utf8, QChar(u','), true});
    Validated result;
    if (!reader.start())
        return result;
    result.header = reader.header();
    ColumnMapping mapping = ColumnMapping::automatic(reader.header());
    if (adjust)
        adjust(mapping);
    MemberValidator validator(provider, mapping, reader.header(), Roles, limits);
    validator.setPictureFolder(pictureFolder);
    ValidatedRow row;
    while (reader.readRecord(row.record)) {
        validator.validate(row);
        result.rows.append(row);
        result.drafts.append(validator.draft(row.record));
    }
    return result;
}

QStringList kinds(const ValidatedRow &row)
{
    QStringList names;
    for (const RowIssue &issue : row.issues) {
        switch (issue.kind) {
        case Kind::Malformed:
            names.append(u"malformed"_s);
            break;
        case Kind::MissingValue:
            names.append(u"missing"_s);
            break;
        case Kind::InvalidEmail:
            names.append(u"email"_s);
            break;
        case Kind::DuplicateEmail:
            names.append(u"duplicate"_s);
            break;
        case Kind::UnknownRole:
            names.append(u"role"_s);
            break;
        case Kind::TooLong:
            names.append(u"long"_s);
            break;
        case Kind::InvalidLink:
            names.append(u"link"_s);
            break;
        case Kind::UnknownState:
            names.append(u"state"_s);
            break;
        case Kind::BadPicture:
            names.append(u"picture"_s);
            break;
        }
    }
    return names;
}
} // namespace

class TestImportValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heartbeatDraftOfAValidRow()
    {
        const Validated v = validate(
            Provider::Heartbeat, "Email,First name,Last name,Role,Groups,Bio\n"
                                 " Ada@Example.COM ,Ada,Lovelace,member,\"Design; design, Ops;\","
                                 "Wrote the first program\n");
        QCOMPARE(v.rows.size(), 1);
        const ValidatedRow &row = v.rows.first();
        QVERIFY2(row.isValid(), qPrintable(row.errorText()));
        QCOMPARE(row.line(), 2);
        const MemberDraft &draft = v.drafts.first();
        QCOMPARE(draft.email, u"ada@example.com"_s);
        QCOMPARE(draft.name, u"Ada Lovelace"_s);
        QCOMPARE(draft.firstName, u"Ada"_s);
        QCOMPARE(draft.lastName, u"Lovelace"_s);
        QCOMPARE(draft.roleId, u"role_member"_s);
        QCOMPARE(draft.roleName, u"Member"_s);
        QCOMPARE(draft.groups, (QStringList{u"Design"_s, u"Ops"_s}));
        QCOMPARE(draft.bio, u"Wrote the first program"_s);
        // The original fields stay with the row, for the failed-rows file.
        QCOMPARE(row.record.field(0), u" Ada@Example.COM "_s);
    }

    void heartbeatRolesByIdOrName()
    {
        const Validated v = validate(Provider::Heartbeat, "Email,Name,Role\n"
                                                          "a@example.com,A,ROLE_MOD\n"
                                                          "b@example.com,B,Moderator\n"
                                                          "c@example.com,C,Guest\n"
                                                          "d@example.com,D,\n");
        QCOMPARE(v.drafts.at(0).roleId, u"role_mod"_s);
        QCOMPARE(v.drafts.at(1).roleId, u"role_mod"_s);
        QCOMPARE(kinds(v.rows.at(2)), QStringList{u"role"_s});
        const RowIssue &unknown = v.rows.at(2).issues.first();
        QCOMPARE(unknown.line, 4);
        QCOMPARE(unknown.column, 2);
        QCOMPARE(unknown.columnName, u"Role"_s);
        QCOMPARE(unknown.field, ImportField::Role);
        QVERIFY2(unknown.message.contains(u"Line 4"_s) && unknown.message.contains(u"Guest"_s) &&
                     unknown.message.contains(u"Moderator"_s) &&
                     unknown.message.contains(u"Role"_s),
                 qPrintable(unknown.message));
        QCOMPARE(kinds(v.rows.at(3)), QStringList{u"missing"_s});
        QCOMPARE(v.rows.at(3).issues.first().column, 2);
    }

    void constantRoleForTheWholeFile()
    {
        Validated v =
            validate(Provider::Heartbeat, "Email,Name\na@example.com,A\nb@example.com,B\n",
                     [](ColumnMapping &m) { m.setConstant(ImportField::Role, u"Moderator"_s); });
        QVERIFY(v.rows.at(0).isValid());
        QCOMPARE(v.drafts.at(1).roleName, u"Moderator"_s);
        // A default for empty cells of a Role column.
        v = validate(Provider::Heartbeat,
                     "Email,Name,Role\na@example.com,A,\nb@example.com,B,Member\n",
                     [](ColumnMapping &m) { m.setConstant(ImportField::Role, u"Moderator"_s); });
        QCOMPARE(v.drafts.at(0).roleId, u"role_mod"_s);
        QCOMPARE(v.drafts.at(1).roleId, u"role_member"_s);
        // An unknown constant: every row says so, without a column.
        v = validate(Provider::Heartbeat, "Email,Name\na@example.com,A\n",
                     [](ColumnMapping &m) { m.setConstant(ImportField::Role, u"Guest"_s); });
        QCOMPARE(kinds(v.rows.at(0)), QStringList{u"role"_s});
        QCOMPARE(v.rows.at(0).issues.first().column, -1);
        QVERIFY(v.rows.at(0).issues.first().message.startsWith(u"Line 2: "_s));
    }

    void emails()
    {
        const Validated v = validate(Provider::Heartbeat, "Email,Name,Role\n"
                                                          "ada@example,A,Member\n"
                                                          ",B,Member\n"
                                                          "grace@example.com,Grace,Member\n"
                                                          "ken@example.com,Ken,Guest\n"
                                                          " GRACE@example.com ,Grace again,Member\n"
                                                          "Ken@Example.com,Ken again,Member\n");
        QCOMPARE(kinds(v.rows.at(0)), QStringList{u"email"_s});
        const RowIssue &invalid = v.rows.at(0).issues.first();
        QCOMPARE(invalid.columnName, u"Email"_s);
        QVERIFY2(invalid.message.contains(u"Line 2, column “Email”"_s) &&
                     invalid.message.contains(u"ada@example"_s),
                 qPrintable(invalid.message));
        QCOMPARE(kinds(v.rows.at(1)), QStringList{u"missing"_s});
        QVERIFY(v.rows.at(2).isValid());
        // A duplicate names both lines; the first row is the one imported.
        QCOMPARE(kinds(v.rows.at(4)), QStringList{u"duplicate"_s});
        const RowIssue &duplicate = v.rows.at(4).issues.first();
        QCOMPARE(duplicate.line, 6);
        QCOMPARE(duplicate.otherLine, 4);
        QVERIFY2(duplicate.message.contains(u"Line 6"_s) && duplicate.message.contains(u"line 4"_s),
                 qPrintable(duplicate.message));
        // A row refused for another reason still holds its email: the later one is a duplicate.
        QCOMPARE(kinds(v.rows.at(3)), QStringList{u"role"_s});
        QCOMPARE(kinds(v.rows.at(5)), QStringList{u"duplicate"_s});
        QCOMPARE(v.rows.at(5).issues.first().otherLine, 5);
    }

    void everyIssueOfARowInCellOrder()
    {
        ImportLimits limits;
        limits.bio = 10;
        limits.group = 5;
        const Validated v =
            validate(Provider::Heartbeat,
                     "Bio,Email,First name,Last name,Role,Groups\n"
                     "far too long a bio,not-an-email,,,Guest,\"ok,much too long\"\n",
                     {}, limits);
        const ValidatedRow &row = v.rows.first();
        QVERIFY(!row.isValid());
        QCOMPARE(kinds(row),
                 (QStringList{u"long"_s, u"email"_s, u"missing"_s, u"role"_s, u"long"_s}));
        QList<qsizetype> columns;
        for (const RowIssue &issue : row.issues)
            columns.append(issue.column);
        QCOMPARE(columns, (QList<qsizetype>{0, 1, 2, 4, 5}));
        QCOMPARE(row.issues.at(2).field, ImportField::Name);
        QCOMPARE(row.errorText().count(u"; "_s), 4);
        // A group name shorter than the 20 characters the message quotes is quoted whole.
        QCOMPARE(row.issues.at(4).message, u"Line 2, column “Groups”: the group name “much too "
                                           u"long…” is 13 characters long, more than 5"_s);
    }

    void blankAndMalformedRows()
    {
        const Validated v = validate(Provider::Heartbeat, "Email,Name,Role\n"
                                                          "a@example.com,A,Member\n"
                                                          "a@example.com,A,Member,extra\n"
                                                          " , ,\n"
                                                          ",,\n");
        QVERIFY(v.rows.at(0).isValid());
        QCOMPARE(kinds(v.rows.at(1)), QStringList{u"malformed"_s});
        QVERIFY(v.rows.at(1).issues.first().message.contains(u"Line 3"_s));
        QCOMPARE(v.rows.at(2).outcome, ValidatedRow::Outcome::Blank);
        QVERIFY(v.rows.at(2).issues.isEmpty());
        QCOMPARE(v.rows.at(3).outcome, ValidatedRow::Outcome::Blank);
    }

    void heartbeatNames()
    {
        const Validated v =
            validate(Provider::Heartbeat, "Email,Full name,First name,Last name,Role\n"
                                          "a@example.com,Ada Lovelace,Augusta,King,Member\n"
                                          "b@example.com,,Grace,,Member\n"
                                          "c@example.com,,,,Member\n");
        QCOMPARE(v.drafts.at(0).name, u"Ada Lovelace"_s); // the full name wins
        QCOMPARE(v.drafts.at(1).name, u"Grace"_s);
        QVERIFY(v.rows.at(1).isValid());
        QCOMPARE(kinds(v.rows.at(2)), QStringList{u"missing"_s});
        QCOMPARE(v.rows.at(2).issues.first().columnName, u"Full name"_s);
    }

    void forwardAndBeamSplitFullNames_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::newRow("Forward") << Provider::Forward;
        QTest::newRow("Beam.gg") << Provider::Beam;
    }

    void forwardAndBeamSplitFullNames()
    {
        QFETCH(Provider, provider);
        const Validated v = validate(provider, "Email,Name,Role\n"
                                               "a@example.com,Jan van der Berg,Nobody\n"
                                               "b@example.com,Cher,\n"
                                               "c@example.com,,\n");
        QVERIFY2(v.rows.at(0).isValid(), qPrintable(v.rows.at(0).errorText()));
        QCOMPARE(v.drafts.at(0).firstName, u"Jan"_s);
        QCOMPARE(v.drafts.at(0).lastName, u"van der Berg"_s);
        QCOMPARE(v.drafts.at(0).name, u"Jan van der Berg"_s);
        QVERIFY(v.drafts.at(0).roleId.isEmpty()); // no roles at this provider
        QCOMPARE(kinds(v.rows.at(1)), QStringList{u"missing"_s});
        const RowIssue &oneWord = v.rows.at(1).issues.first();
        QCOMPARE(oneWord.field, ImportField::LastName);
        QCOMPARE(oneWord.columnName, u"Name"_s);
        QVERIFY2(oneWord.message.contains(u"Cher"_s), qPrintable(oneWord.message));
        QCOMPARE(kinds(v.rows.at(2)), (QStringList{u"missing"_s, u"missing"_s}));
    }

    void forwardPrefersFirstAndLastColumns()
    {
        const Validated v =
            validate(Provider::Forward, "Email,First name,Last name,Full name\n"
                                        "a@example.com,Augusta,King,Ada Lovelace\n"
                                        "b@example.com,Grace,,Grace Brewster Hopper\n");
        QCOMPARE(v.drafts.at(0).firstName, u"Augusta"_s);
        QCOMPARE(v.drafts.at(0).lastName, u"King"_s);
        QCOMPARE(v.drafts.at(1).firstName, u"Grace"_s);
        QCOMPARE(v.drafts.at(1).lastName, u"Hopper"_s); // the missing part, from the full name
        QVERIFY(v.rows.at(1).isValid());
    }

    void heartbeatProfileLinksAndPictures()
    {
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(u"photos"_s));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(folder.filePath(u"photos/ada.png"_s), "PNG"));
        QVERIFY(image.save(folder.filePath(u"portrait.bmp"_s), "BMP"));
        QFile text(folder.filePath(u"notes.png"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        const QByteArray bmp = folder.filePath(u"portrait.bmp"_s).toUtf8();
        const Validated v = validate(
            Provider::Heartbeat,
            "Email,Name,Role,Status,LinkedIn,Twitter / X,Instagram,Photo\n"
            "ada@example.com,Ada,Member,Counting,https://www.linkedin.com/in/ada,"
            "https://x.com/ada,https://www.instagram.com/ada,photos/ada.png\n"
            "bob@example.com,Bob,Member,,linkedin.com/in/bob,http://x.com/bob,,missing.png\n"
            "cy@example.com,Cy,Member,,,,,notes.png\n"
            "di@example.com,Di,Member,,,,," +
                bmp +
                "\n"
                "ed@example.com,Ed,Member,,,,,./photos/../photos/ada.png\n",
            {}, {}, folder.path());
        QCOMPARE(v.rows.size(), 5);
        QVERIFY2(v.rows.at(0).isValid(), qPrintable(v.rows.at(0).errorText()));
        const MemberDraft &ada = v.drafts.at(0);
        QCOMPARE(ada.statusLine, u"Counting"_s);
        QCOMPARE(ada.linkedin, u"https://www.linkedin.com/in/ada"_s);
        QCOMPARE(ada.twitter, u"https://x.com/ada"_s);
        QCOMPARE(ada.instagram, u"https://www.instagram.com/ada"_s);
        QCOMPARE(ada.picture, folder.filePath(u"photos/ada.png"_s)); // relative to the file
        // Each problem on its row and cell.
        QCOMPARE(kinds(v.rows.at(1)), (QStringList{u"link"_s, u"link"_s, u"picture"_s}));
        QCOMPARE(v.rows.at(1).issues.at(0).columnName, u"LinkedIn"_s);
        QVERIFY(v.rows.at(1).issues.at(0).message.contains(u"https://"_s));
        QCOMPARE(v.rows.at(1).issues.at(1).columnName, u"Twitter / X"_s);
        QCOMPARE(v.rows.at(1).issues.at(2).field, ImportField::Picture);
        QVERIFY2(v.rows.at(1).issues.at(2).message.contains(u"missing.png"_s) &&
                     v.rows.at(1).issues.at(2).message.contains(u"does not exist"_s),
                 qPrintable(v.rows.at(1).issues.at(2).message));
        QCOMPARE(kinds(v.rows.at(2)), QStringList{u"picture"_s});
        QVERIFY2(v.rows.at(2).errorText().contains(u"not a picture"_s),
                 qPrintable(v.rows.at(2).errorText()));
        QCOMPARE(kinds(v.rows.at(3)), QStringList{u"picture"_s}); // an absolute path
        QVERIFY2(v.rows.at(3).errorText().contains(u"PNG, JPEG or GIF"_s),
                 qPrintable(v.rows.at(3).errorText()));
        QVERIFY(v.rows.at(4).isValid());
        QCOMPARE(v.drafts.at(4).picture, ada.picture);
    }

    void forwardKeepsNoHeartbeatProfile()
    {
        const Validated v = validate(Provider::Forward,
                                     "Email,First name,Last name,Status,LinkedIn,Photo\n"
                                     "ada@example.com,Ada,Lovelace,Counting,not-a-link,none.png\n");
        QVERIFY2(v.rows.at(0).isValid(), qPrintable(v.rows.at(0).errorText()));
        QVERIFY(v.drafts.at(0).statusLine.isEmpty());
        QVERIFY(v.drafts.at(0).linkedin.isEmpty());
        QVERIFY(v.drafts.at(0).picture.isEmpty());
    }

    void restartForgetsEmails()
    {
        const QStringList header = {u"Email"_s, u"Name"_s, u"Role"_s};
        MemberValidator validator(Provider::Heartbeat, ColumnMapping::automatic(header), header,
                                  Roles);
        const CsvRecord record =
            CsvRecord::fromFields({u"a@example.com"_s, u"A"_s, u"Member"_s}, 2);
        QVERIFY(validator.validate(record).isValid());
        const CsvRecord again = CsvRecord::fromFields({u"a@example.com"_s, u"A"_s, u"Member"_s}, 3);
        QVERIFY(!validator.validate(again).isValid());
        validator.restart();
        QVERIFY(validator.validate(again).isValid());
    }
};

QTEST_GUILESS_MAIN(TestImportValidator)
#include "tst_import_validator.moc"
