// ValidatedRowReader on real files: valid, invalid and blank rows in file order with the drafts
// of the valid ones, duplicates found across slices, byte progress to the file's end, and the
// files it refuses or stops reading (missing, empty, changed while read).
#include "validated_row_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QList<RoleChoice> Roles = {{u"role_member"_s, u"Member"_s}};

struct Read
{
    QList<ValidatedRow> rows;
    QList<MemberDraft> drafts; // of the valid rows
    int slices = 0;
    qint64 lastPosition = -1;
    bool progressWentBack = false;
};

Read readAll(ValidatedRowReader &reader)
{
    Read read;
    bool more = true;
    while (more) {
        more = reader.readSlice([&](const ValidatedRow &row) {
            ValidatedRow kept;
            kept.record = row.record.compacted();
            kept.outcome = row.outcome;
            kept.issues = row.issues;
            read.rows.append(kept);
            if (row.isValid())
                read.drafts.append(reader.draft(row));
        });
        ++read.slices;
        read.progressWentBack |= reader.bytePosition() < read.lastPosition;
        read.lastPosition = reader.bytePosition();
    }
    return read;
}
} // namespace

class TestImportValidatedRowReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    std::unique_ptr<ValidatedRowReader> opened(const QString &path)
    {
        auto reader = std::make_unique<ValidatedRowReader>(path, CsvOptions{});
        QString error;
        if (!reader->open(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        reader->startValidating(Provider::Heartbeat, ColumnMapping::automatic(reader->header()),
                                Roles);
        return reader;
    }

private Q_SLOTS:
    void validInvalidAndBlankRowsInFileOrder()
    {
        const QByteArray csv = "Email,Full name,Role\n"
                               "ada@example.com,Ada Lovelace,Member\n"
                               "not-an-email,Bad Row,Member\n"
                               ",,\n"
                               "grace@example.com, Grace Hopper ,member\n";
        const QString path = write(u"members.csv"_s, csv);
        const auto reader = opened(path);
        QVERIFY(reader);
        QCOMPARE(reader->header(), (QStringList{u"Email"_s, u"Full name"_s, u"Role"_s}));
        QCOMPARE(reader->format().delimiter, QChar(u','));

        const Read read = readAll(*reader);
        QCOMPARE(read.rows.size(), 4);
        QCOMPARE(read.rows.at(0).outcome, ValidatedRow::Outcome::Valid);
        QCOMPARE(read.rows.at(1).outcome, ValidatedRow::Outcome::Invalid);
        QCOMPARE(read.rows.at(1).line(), 3);
        QVERIFY2(read.rows.at(1).errorText().contains(u"not-an-email"_s),
                 qPrintable(read.rows.at(1).errorText()));
        QCOMPARE(read.rows.at(2).outcome, ValidatedRow::Outcome::Blank);
        QCOMPARE(read.rows.at(3).outcome, ValidatedRow::Outcome::Valid);

        QCOMPARE(read.drafts.size(), 2);
        QCOMPARE(read.drafts.at(0).email, u"ada@example.com"_s);
        QCOMPARE(read.drafts.at(0).roleId, u"role_member"_s);
        QCOMPARE(read.drafts.at(1).name, u"Grace Hopper"_s);

        QCOMPARE(reader->totalBytes(), qint64(csv.size()));
        QCOMPARE(reader->bytePosition(), reader->totalBytes());
        QVERIFY(!reader->stopReason());
    }

    // Rows span many slices: progress only grows, and a duplicate far down still names the
    // line of its first row.
    void manySlicesFindDuplicatesAndReachTheEnd()
    {
        QByteArray csv = "Email,Full name,Role\n";
        const int count = 200'000;
        for (int i = 0; i < count; ++i)
            csv += "member" + QByteArray::number(i) + "@example.com,Member " +
                   QByteArray::number(i) + ",Member\n";
        csv += "member0@example.com,Again,Member\n";
        const auto reader = opened(write(u"large.csv"_s, csv));
        QVERIFY(reader);
        const Read read = readAll(*reader);
        QCOMPARE(read.rows.size(), count + 1);
        QCOMPARE(read.drafts.size(), count);
        QVERIFY(!read.progressWentBack);
        QCOMPARE(reader->bytePosition(), qint64(csv.size()));
        const ValidatedRow &duplicate = read.rows.last();
        QCOMPARE(duplicate.outcome, ValidatedRow::Outcome::Invalid);
        QVERIFY2(duplicate.errorText().contains(u"line 2"_s), qPrintable(duplicate.errorText()));
        QVERIFY(!reader->stopReason());
    }

    void refusesMissingAndEmptyFiles()
    {
        QString error;
        ValidatedRowReader missing(m_dir.filePath(u"nowhere.csv"_s), {});
        QVERIFY(!missing.open(&error));
        QVERIFY2(error.contains(u"nowhere.csv"_s), qPrintable(error));

        error.clear();
        ValidatedRowReader empty(write(u"empty.csv"_s, {}), {});
        QVERIFY(!empty.open(&error));
        QVERIFY2(error.contains(u"empty.csv"_s) && error.contains(u"empty"_s), qPrintable(error));
    }

    // A file that grows while it is read is not taken as read whole: reading stops with why.
    void fileChangedWhileReadStops()
    {
        QByteArray csv = "Email,Full name,Role\n";
        for (int i = 0; i < 100'000; ++i)
            csv += "member" + QByteArray::number(i) + "@example.com,Member,Member\n";
        const QString path = write(u"growing.csv"_s, csv);
        const auto reader = opened(path);
        QVERIFY(reader);
        bool appended = false;
        qint64 rows = 0;
        while (reader->readSlice([&](const ValidatedRow &) {
            ++rows;
            if (appended)
                return;
            QFile file(path);
            appended = file.open(QIODevice::Append) && file.write("late@example.com,L,M\n") > 0;
        })) {
        }
        QVERIFY(appended);
        QVERIFY(rows < 100'000);
        const std::optional<QString> stopped = reader->stopReason();
        QVERIFY(stopped);
        QVERIFY2(stopped->contains(u"growing.csv"_s), qPrintable(*stopped));
    }
};

QTEST_GUILESS_MAIN(TestImportValidatedRowReader)
#include "tst_import_validated_row_reader.moc"
