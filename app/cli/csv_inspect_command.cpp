#include "csv_inspect_command.h"

#include "cli_output.h"
#include "csv_input_file.h"
#include "csv_inspect.h"
#include "csv_options.h"
#include "csv_preview.h"
#include "shutdown_signals.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int PreviewRecords = 10;
}

void CsvInspectCommand::declare(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"file"_s, tr("The CSV file."), tr("FILE"));
    parser.addOption({u"json"_s, tr("Print the format and every record as JSON: an array of "
                                    "objects keyed by the header, every value a string.")});
    CsvCommandOptions::declare(parser);
}

void CsvInspectCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(ExitUsage, tr("Give one CSV file."));
    QString problem;
    const std::optional<CsvOptions> options = CsvCommandOptions::read(parser, &problem);
    if (!options)
        return fail(ExitUsage, problem);
    if (const std::optional<QString> refused = CsvInputFile::problem(args.first()))
        return fail(ExitUsage, *refused);
    CsvInputFile file(args.first(), &ShutdownSignals::requested);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ExitFailure, tr("Cannot open %1: %2").arg(args.first(), file.errorString()));
    const auto failRead = [this, &file](const QString &error) {
        if (file.interrupted())
            return fail(ExitInterrupted, tr("Interrupted."));
        fail(ExitFailure, error);
    };

    if (out().jsonWanted()) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(ExitFailure, tr("Cannot write to standard output."));
        QString error;
        const bool ok = CsvInspect::writeJson(&file, &stdoutFile, *options, &error);
        stdoutFile.flush();
        return ok ? finish(ExitOk) : failRead(error);
    }

    const CsvPreview preview = CsvPreview::read(&file, *options, PreviewRecords);
    if (!preview.errorString.isEmpty())
        return failRead(preview.errorString);
    out().line(tr("Encoding: %1%2")
                   .arg(csvEncodingName(preview.format.encoding),
                        preview.format.bom ? tr(" (with BOM)") : QString()));
    out().line(tr("Delimiter: %1").arg(csvDelimiterName(preview.format.delimiter)));
    out().line(preview.format.hasHeader ? tr("Header: %1").arg(preview.header.join(u" | "_s))
                                        : tr("No header row"));
    QList<QStringList> rows;
    for (const CsvRecord &record : preview.records)
        rows.append(QStringList{QString::number(record.line())} + record.fields());
    out().line(QString());
    out().table(QStringList{tr("LINE")} + preview.header, rows);
    out().line(QString());
    out().line(tr("The first %n record(s) of the file; --json prints them all.", nullptr,
                  int(preview.records.size())));
    finish(ExitOk);
}
