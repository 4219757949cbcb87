// The import's CSV files: "Save failed rows as CSV" (the original columns plus line and error,
// ready to fix and import again) and the member table's export with formulas neutralised.
#include "csv_reader.h"
#include "failed_rows_file.h"
#include "member_csv_export.h"
#include "member_validator.h"

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> readRecords(const QString &path, QStringList *header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, {std::nullopt, QChar(u','), true});
    QList<QStringList> records;
    CsvRecord record;
    if (!reader.start())
        return {};
    *header = reader.headerRecord().fields();
    while (reader.readRecord(record))
        records.append(record.fields());
    return records;
}
} // namespace

class TestImportFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void failedRowsKeepTheOriginalColumns()
    {
        QByteArray csv = "Email,Name,Role\n"
                         "ada@example.com,Ada,Member\n"
                         "not-an-email,\"Hopper, Grace\",Member\n"
                         "ken@example.com,Ken,Member,extra\n"
                         "linus@example.com,=HYPERLINK(\"x\"),Guest\n";
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QVERIFY(reader.start());
        const QList<RoleChoice> roles = {{u"role_member"_s, u"Member"_s}};
        MemberValidator validator(Provider::Heartbeat, ColumnMapping::automatic(reader.header()),
                                  reader.header(), roles);
        const QString path = m_dir.filePath(u"failed.csv"_s);
        FailedRowsFile failed(path);
        QString error;
        QVERIFY2(failed.open(reader.header(), &error), qPrintable(error));
        ValidatedRow row;
        QList<ValidatedRow> refused;
        while (reader.readRecord(row.record)) {
            validator.validate(row);
            if (!row.isValid()) {
                failed.addRow(row);
                refused.append(row);
            }
        }
        // A row the provider refused later, with the engine's own message.
        failed.addRow(5, {u"grace@example.com"_s, u"Grace"_s, u"Member"_s},
                      u"Heartbeat said: 400 email already used"_s);
        QCOMPARE(failed.rowCount(), 4);
        QVERIFY(!QFile::exists(path));
        QVERIFY2(failed.commit(&error), qPrintable(error));

        QVERIFY(readBytes(path).startsWith("\xEF\xBB\xBF"
                                           "Email,Name,Role,line,error\r\n"));
        QStringList header;
        const QList<QStringList> records = readRecords(path, &header);
        QCOMPARE(header, (QStringList{u"Email"_s, u"Name"_s, u"Role"_s, u"line"_s, u"error"_s}));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).mid(0, 4),
                 (QStringList{u"not-an-email"_s, u"Hopper, Grace"_s, u"Member"_s, u"3"_s}));
        QCOMPARE(records.at(0).at(4), refused.at(0).errorText());
        QVERIFY(records.at(0).at(4).contains(u"Line 3, column “Email”"_s));
        // The long row keeps its extra field, after the error.
        QCOMPARE(records.at(1).size(), 6);
        QCOMPARE(records.at(1).at(3), u"4"_s);
        QCOMPARE(records.at(1).at(5), u"extra"_s);
        // Cells are written as read, formulas too: the file is for importing again.
        QCOMPARE(records.at(2).at(1), u"=HYPERLINK(\"x\")"_s);
        QCOMPARE(records.at(3), (QStringList{u"grace@example.com"_s, u"Grace"_s, u"Member"_s,
                                             u"5"_s, u"Heartbeat said: 400 email already used"_s}));
    }

    // Excel's "CSV" in a German locale: semicolons, Windows-1252, no BOM. The failed rows come
    // back the same way, so that the same Excel opens them in columns, and read as they were.
    void failedRowsKeepASemicolonWindows1252File()
    {
        const QString input = m_dir.filePath(u"excel-de.csv"_s);
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // "Müller", "Zoë", "€" and "–" in Windows-1252.
            file.write("E-Mail;Name;Notiz\r\n"
                       "anna@example.com;J\xFCrgen M\xFCller;Preis 5 \x80\r\n"
                       "kein-at;Zo\xEB;a \x96 b\r\n");
        }
        const CsvSaveFormat like = FailedRowsFile::inputFormat(input, {});
        QCOMPARE(like.encoding, CsvEncoding::Windows1252);
        QCOMPARE(like.delimiter, QChar(u';'));
        QVERIFY(!like.bom);

        QFile source(input);
        QVERIFY(source.open(QIODevice::ReadOnly));
        CsvReader reader(&source);
        QVERIFY(reader.start());
        const QString path = m_dir.filePath(u"excel-de-failed.csv"_s);
        FailedRowsFile failed(path, like);
        QString error;
        QVERIFY2(failed.open(reader.header(), &error), qPrintable(error));
        CsvRecord record;
        QList<QStringList> written;
        qint64 line = 1;
        while (reader.readRecord(record)) {
            failed.addRow(++line, record.fields(), u"Fehler; „ungültig“ – nicht gesendet"_s);
            written.append(record.fields());
        }
        QVERIFY2(failed.commit(&error), qPrintable(error));

        const QByteArray bytes = readBytes(path);
        QVERIFY2(bytes.startsWith("E-Mail;Name;Notiz;line;error\r\n"), bytes.constData());
        QVERIFY(bytes.contains("J\xFCrgen M\xFCller;Preis 5 \x80;2;"));
        QVERIFY(!bytes.contains("\xC3")); // no UTF-8 anywhere
        // The delimiter inside the error is quoted; the typographic quotes exist in 1252 too.
        QVERIFY(bytes.contains("\"Fehler; \x84ung\xFCltig\x93 \x96 nicht gesendet\""));

        // Read back as any reader detects it: the same format, the same cells.
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        CsvReader again(&back);
        QVERIFY(again.start());
        QCOMPARE(again.format().encoding, CsvEncoding::Windows1252);
        QCOMPARE(again.format().delimiter, QChar(u';'));
        QCOMPARE(again.header(),
                 (QStringList{u"E-Mail"_s, u"Name"_s, u"Notiz"_s, u"line"_s, u"error"_s}));
        QList<QStringList> read;
        while (again.readRecord(record))
            read.append(record.fields());
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).mid(0, 3), written.at(0));
        QCOMPARE(read.at(0).at(1), u"Jürgen Müller"_s);
        QCOMPARE(read.at(1).at(1), u"Zoë"_s);
        QCOMPARE(read.at(1).at(4), u"Fehler; „ungültig“ – nicht gesendet"_s);
    }

    // UTF-8 with a BOM stays so; UTF-8 without one gets none; an input that is gone: UTF-8 with
    // a BOM and commas. The settings of the run (a delimiter chosen by hand) come first.
    void failedRowsFormatFollowsTheInput()
    {
        const QString bom = m_dir.filePath(u"bom.csv"_s);
        const QString plain = m_dir.filePath(u"plain.csv"_s);
        for (const auto &[path, bytes] :
             {std::pair{bom, QByteArray("\xEF\xBB\xBF"
                                        "email|name\na@example.com|Zo\xC3\xAB\n")},
              std::pair{plain, QByteArray("email\tname\na@example.com\tZo\xC3\xAB\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const CsvSaveFormat withBom = FailedRowsFile::inputFormat(bom, {});
        QCOMPARE(withBom.encoding, CsvEncoding::Utf8);
        QCOMPARE(withBom.delimiter, QChar(u'|'));
        QVERIFY(withBom.bom);
        const CsvSaveFormat without = FailedRowsFile::inputFormat(plain, {});
        QCOMPARE(without.delimiter, QChar(u'\t'));
        QVERIFY(!without.bom);
        QCOMPARE(FailedRowsFile::inputFormat(m_dir.filePath(u"gone.csv"_s), {}), CsvSaveFormat{});
        const CsvSaveFormat chosen =
            FailedRowsFile::inputFormat(bom, QJsonObject{{u"delimiter"_s, u";"_s}});
        QCOMPARE(chosen.delimiter, QChar(u';'));

        const QString path = m_dir.filePath(u"bom-failed.csv"_s);
        FailedRowsFile failed(path, withBom);
        QString error;
        QVERIFY(failed.open({u"email"_s, u"name"_s}, &error));
        failed.addRow(2, {u"a@example.com"_s, u"Zoë"_s}, u"refused"_s);
        QVERIFY(failed.commit(&error));
        QCOMPARE(readBytes(path), QByteArray("\xEF\xBB\xBF"
                                             "email|name|line|error\r\n"
                                             "a@example.com|Zo\xC3\xAB|2|refused\r\n"));
    }

    void shortRowsArePaddedAndNamesStayUnique()
    {
        const QString path = m_dir.filePath(u"failed-names.csv"_s);
        FailedRowsFile failed(path);
        QString error;
        QVERIFY(failed.open({u"Email"_s, u"line"_s, u"Error"_s}, &error));
        failed.addRow(7, {u"a@example.com"_s}, u"too short"_s);
        QVERIFY(failed.commit(&error));
        QStringList header;
        const QList<QStringList> records = readRecords(path, &header);
        QCOMPARE(header,
                 (QStringList{u"Email"_s, u"line"_s, u"Error"_s, u"line_2"_s, u"error_2"_s}));
        QCOMPARE(records.first(),
                 (QStringList{u"a@example.com"_s, QString(), QString(), u"7"_s, u"too short"_s}));
    }

    void failedRowsFileThatCannotBeWritten()
    {
        FailedRowsFile failed(m_dir.filePath(u"missing/dir/failed.csv"_s));
        QString error;
        QVERIFY(!failed.open({u"Email"_s}, &error));
        QVERIFY(error.contains(u"missing/dir"_s));
    }

    void exportNeutralisesFormulas()
    {
        const QString path = m_dir.filePath(u"members.csv"_s);
        MemberCsvExport exporter(path);
        QString error;
        QVERIFY(exporter.open({u"Email"_s, u"Name"_s, u"Bio"_s}, &error));
        exporter.addRow({u"ada@example.com"_s, u"Ada"_s, u"=HYPERLINK(\"http://evil\",\"x\")"_s});
        exporter.addRow({u"grace@example.com"_s, u"+Grace"_s, u"-1"_s});
        exporter.addRow({u"ken@example.com"_s, u"@Ken"_s, u"\tTabbed"_s});
        exporter.addRow({u"linus@example.com"_s, u"Linus"_s, u"\r=1"_s});
        exporter.addRow({u"radia@example.com"_s, u"Radia"_s, u"Plain, with a comma"_s});
        QVERIFY2(exporter.commit(&error), qPrintable(error));
        QVERIFY(readBytes(path).startsWith("\xEF\xBB\xBF"
                                           "Email,Name,Bio\r\n"));
        QStringList header;
        const QList<QStringList> records = readRecords(path, &header);
        QCOMPARE(records.at(0).at(2), u"'=HYPERLINK(\"http://evil\",\"x\")"_s);
        QCOMPARE(records.at(1).mid(1), (QStringList{u"'+Grace"_s, u"'-1"_s}));
        QCOMPARE(records.at(2).mid(1), (QStringList{u"'@Ken"_s, u"'\tTabbed"_s}));
        QCOMPARE(records.at(3).at(2), u"'\r=1"_s);
        QCOMPARE(records.at(4).at(2), u"Plain, with a comma"_s);
        QCOMPARE(records.at(0).at(0), u"ada@example.com"_s);
    }

    void cancelledExportLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"cancelled.csv"_s);
        MemberCsvExport exporter(path);
        QString error;
        QVERIFY(exporter.open({u"Email"_s}, &error));
        exporter.addRow({u"ada@example.com"_s});
        exporter.cancel();
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestImportFiles)
#include "tst_import_files.moc"
