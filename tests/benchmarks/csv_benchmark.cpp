// How fast a members CSV file is read, mapped and validated for import, against Python's csv module
// reading the same file, side by side in one run. Generates a members file (email, first name,
// last name, role, groups, bio; some quoted fields with commas and quotes, some non-ASCII names)
// in a temporary directory, then times, `--repeat` times each, in turn:
//   (a) CsvReader + ColumnMapping::automatic + MemberValidator::validate (Heartbeat, three roles)
//       over every row: the import's dry run, which finds every row's issues;
//   (a') the same, also building each valid row's MemberDraft (MemberValidator::draft), as the
//       import does for each member it sends;
//   (b) python3 -c "sum(1 for _ in csv.reader(f))" on the same file (timed inside Python, so
//       without the interpreter's start-up).
// Prints the best time of each, the ratio, records/s and this process's peak memory (VmHWM).
// Then times csvUniqueHeaderNames on a header of --headers identical names against the former
// quadratic version, kept here only to measure against.
// Asserts nothing about time.
//   csv_benchmark [--rows N] [--repeat N] [--dir DIR] [--file CSV] [--no-python] [--headers N]
// --file reads an existing file instead (its header must name the columns as above, or in any
// spelling ColumnMapping::automatic() knows); --no-python leaves (b) out, for profiling.
#include "csv_header.h"
#include "csv_reader.h"
#include "member_validator.h"
#include "process_memory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

const QList<RoleChoice> Roles = {{u"role_member"_s, u"Member"_s},
                                 {u"role_mod"_s, u"Moderator"_s},
                                 {u"role_admin"_s, u"Admin"_s}};

// How an address is made from a name: lower case, letters without their accents.
QString emailStem(const QString &name)
{
    QString stem;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c == u'ø')
            stem += u'o';
        else if (c == u'ł')
            stem += u'l';
        else if (c.unicode() < 0x80 && c.isLetter())
            stem += c;
    }
    return stem;
}

// A members file like a CRM's export (about 70 bytes a row), written in 1 MiB pieces.
bool writeMembersFile(const QString &path, qint64 rows)
{
    static const QStringList firstNames = {
        u"Ada"_s, u"Grace"_s,   u"Linus"_s,      u"Margaret"_s, u"Alan"_s,   u"Barbara"_s,
        u"Ken"_s, u"Frances"_s, u"Dennis"_s,     u"Radia"_s,    u"Émilie"_s, u"Søren"_s,
        u"Zoë"_s, u"José"_s,    u"Małgorzata"_s, u"Jürgen"_s};
    static const QStringList lastNames = {
        u"Lovelace"_s, u"Hopper"_s,       u"Torvalds"_s, u"Hamilton"_s,
        u"Turing"_s,   u"Liskov"_s,       u"Thompson"_s, u"Allen"_s,
        u"Ritchie"_s,  u"Perlman"_s,      u"Châtelet"_s, u"Kierkegaard"_s,
        u"O'Brien"_s,  u"van der Berg"_s, u"Nuñez"_s,    u"Dąbrowska"_s};
    static const QStringList groups = {u"Design"_s, u"Engineering"_s, u"Sales"_s, u"Support"_s,
                                       u"Founders"_s};
    static const QStringList bios = {QString(),
                                     QString(),
                                     QString(),
                                     QString(),
                                     QString(),
                                     QString(),
                                     u"Since 2021"_s,
                                     u"\"Writes about \"\"magic\"\" links\""_s,
                                     u"\"Speaker, mentor\""_s,
                                     u"Ex forum"_s};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(20240601);
    QString text = u"Email,First name,Last name,Role,Groups,Bio\r\n"_s;
    for (qint64 i = 0; i < rows; ++i) {
        const QString &first = firstNames.at(random.bounded(firstNames.size()));
        const QString &last = lastNames.at(random.bounded(lastNames.size()));
        const quint32 roll = random.bounded(100);
        const QString &role = Roles.at(roll < 90 ? 0 : roll < 98 ? 1 : 2).name;
        const int groupCount = random.bounded(3);
        QString groupCell;
        for (int g = 0; g < groupCount; ++g)
            groupCell += (g ? u";"_s : QString()) + groups.at(random.bounded(groups.size()));
        if (random.bounded(10) == 0)
            groupCell = u"\"Design, UX;Support\""_s;
        text += emailStem(first) + u'.' + emailStem(last) + QString::number(i) +
                u"@example.com,"_s + first + u',' +
                (last.contains(u' ') ? u'"' + last + u'"' : last) + u',' + role + u',' + groupCell +
                u',' + bios.at(random.bounded(bios.size())) + u"\r\n"_s;
        if (text.size() > 1024 * 1024 || i + 1 == rows) {
            if (file.write(text.toUtf8()) < 0)
                return false;
            text.clear();
        }
    }
    return file.flush();
}

struct OurRun
{
    double wall = 0;
    double cpu = 0;
    qint64 records = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    QString error;
};

OurRun readAndValidate(const QString &path, bool drafts)
{
    OurRun run;
    QElapsedTimer wall;
    wall.start();
    const std::clock_t cpu = std::clock();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        run.error = file.errorString();
        return run;
    }
    CsvReader reader(&file);
    if (!reader.start()) {
        run.error = reader.errorString();
        return run;
    }
    MemberValidator validator(Provider::Heartbeat, ColumnMapping::automatic(reader.header()),
                              reader.header(), Roles);
    ValidatedRow row;
    qint64 draftChars = 0;
    while (reader.readRecord(row.record)) {
        validator.validate(row);
        ++run.records;
        if (row.isValid() && drafts)
            draftChars += validator.draft(row.record).email.size();
        if (row.isValid())
            ++run.valid;
        else if (run.invalid++ == 0)
            std::printf("  first invalid row: %s\n", qPrintable(row.errorText()));
    }
    run.wall = double(wall.nsecsElapsed()) / 1e9;
    run.cpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    if (drafts && draftChars == 0 && run.valid > 0)
        run.error = u"drafts came out empty"_s;
    return run;
}

struct PythonRun
{
    double inside = 0; // as Python timed it
    double wall = 0;   // with the interpreter's start-up
    qint64 rows = 0;
    QString error;
};

PythonRun pythonReads(const QString &path)
{
    static const QString script = uR"(import csv, sys, time
start = time.perf_counter()
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = sum(1 for _ in csv.reader(f))
print(rows, time.perf_counter() - start))"_s;
    PythonRun run;
    QElapsedTimer wall;
    wall.start();
    QProcess python;
    python.start(QStringLiteral(ROSTER_PYTHON3), {u"-c"_s, script, path});
    if (!python.waitForFinished(-1) || python.exitCode() != 0) {
        run.error = u"python3 failed: "_s + python.errorString() + u' ' +
                    QString::fromLocal8Bit(python.readAllStandardError());
        return run;
    }
    run.wall = double(wall.nsecsElapsed()) / 1e9;
    const QList<QByteArray> words = python.readAllStandardOutput().trimmed().split(' ');
    run.rows = words.value(0).toLongLong();
    run.inside = words.value(1).toDouble();
    return run;
}

// csvUniqueHeaderNames as it was before issue 13: every repeated name tries every suffix from
// _2 again, so n identical names take O(n^2) look-ups.
QStringList quadraticUniqueHeaderNames(const QStringList &names)
{
    QSet<QString> taken;
    for (const QString &name : names)
        taken.insert(name.toCaseFolded());
    QStringList unique;
    unique.reserve(names.size());
    QSet<QString> used;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString base = names.at(i);
        if (base.trimmed().isEmpty())
            base = u"column%1"_s.arg(i + 1);
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()) ||
                        (name != base && taken.contains(name.toCaseFolded()));
             ++n)
            name = base + u'_' + QString::number(n);
        used.insert(name.toCaseFolded());
        unique.append(name);
    }
    return unique;
}

// Returns false when the two versions disagree.
bool compareHeaderUniquifying(qsizetype count)
{
    const QStringList names(count, u"Email"_s);
    QElapsedTimer timer;
    timer.start();
    const QStringList linear = csvUniqueHeaderNames(names);
    const double linearSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const QStringList quadratic = quadraticUniqueHeaderNames(names);
    const double quadraticSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("unique names for %lld identical headers: %.4f s (former version %.3f s)\n",
                qlonglong(count), linearSeconds, quadraticSeconds);
    return linear == quadratic;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"rows"_s, u"Rows in the members file (default 1000000)."_s, u"N"_s, u"1000000"_s},
         {u"repeat"_s, u"Runs of each reader; the best counts (default 3)."_s, u"N"_s, u"3"_s},
         {u"dir"_s, u"Directory for the file (default: a temporary one)."_s, u"DIR"_s},
         {u"file"_s, u"Read this file instead of generating one."_s, u"CSV"_s},
         {u"no-python"_s, u"Time roster alone."_s},
         {u"headers"_s, u"Identical header names to make unique (default 16384; 0: none)."_s,
          u"N"_s, u"16384"_s}});
    parser.process(app);
    const qint64 rows = parser.value(u"rows"_s).toLongLong();
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());

    QTemporaryDir temporary;
    const QString directory = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    const bool generate = !parser.isSet(u"file"_s);
    const bool withPython = !parser.isSet(u"no-python"_s);
    const QString path = generate ? directory + u"/members.csv"_s : parser.value(u"file"_s);
    if (generate && (rows <= 0 || !writeMembersFile(path, rows))) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }
    if (const qsizetype headers = parser.value(u"headers"_s).toLongLong();
        headers > 0 && !compareHeaderUniquifying(headers)) {
        std::fprintf(stderr, "the two header uniquifying versions disagree\n");
        return 1;
    }
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    std::printf("members file: %.1f MB, %s\n", megabytes, qPrintable(path));
    const qint64 peakBefore = ProcessMemory::statusKiB("VmHWM:");

    OurRun ours;
    OurRun oursDrafts;
    PythonRun python;
    for (int i = 0; i < repeat; ++i) {
        const OurRun a = readAndValidate(path, false);
        const OurRun d = readAndValidate(path, true);
        const PythonRun b = withPython ? pythonReads(path) : PythonRun();
        if (!a.error.isEmpty() || !d.error.isEmpty() || !b.error.isEmpty()) {
            std::fprintf(stderr, "%s%s%s\n", qPrintable(a.error), qPrintable(d.error),
                         qPrintable(b.error));
            return 1;
        }
        std::printf("  run %d: roster %.3f s (cpu %.3f s), with drafts %.3f s (cpu %.3f s), "
                    "python csv %.3f s (%.3f s with start-up)\n",
                    i + 1, a.wall, a.cpu, d.wall, d.cpu, b.inside, b.wall);
        if (i == 0 || a.wall < ours.wall)
            ours = a;
        if (i == 0 || d.wall < oursDrafts.wall)
            oursDrafts = d;
        if (i == 0 || b.inside < python.inside)
            python = b;
    }
    if (!withPython) {
        std::printf("roster parse + map + validate: %.3f s, %.0f records/s; with drafts %.3f s\n",
                    ours.wall, double(ours.records) / ours.wall, oursDrafts.wall);
        return 0;
    }
    if (ours.records + 1 != python.rows) {
        std::fprintf(stderr, "record counts differ: roster %lld + header, python %lld\n",
                     ours.records, python.rows);
        return 1;
    }
    std::printf("roster parse + map + validate: %.3f s, %.0f records/s, %.0f MB/s; %lld valid, "
                "%lld invalid\n",
                ours.wall, double(ours.records) / ours.wall, megabytes / ours.wall, ours.valid,
                ours.invalid);
    std::printf("  ... and building each valid row's MemberDraft: %.3f s, %.0f records/s\n",
                oursDrafts.wall, double(oursDrafts.records) / oursDrafts.wall);
    std::printf("python csv.reader:             %.3f s, %.0f records/s\n", python.inside,
                double(python.rows) / python.inside);
    std::printf("ratio: roster is %.2fx as fast as Python's csv module (%.2fx with drafts)\n",
                python.inside / ours.wall, python.inside / oursDrafts.wall);
    std::printf("peak memory (VmHWM): %lld KiB (%lld KiB before reading)\n",
                ProcessMemory::statusKiB("VmHWM:"), peakBefore);
    return 0;
}
