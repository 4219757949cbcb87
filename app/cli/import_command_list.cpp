#include "csv_options.h"
#include "deactivation_consent.h"
#include "import_command.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

ImportCommand::ImportCommand(CliContext &context, ImportSettings::Mode listMode, QObject *parent)
    : ServiceCommand(context, parent), m_listMode(listMode)
{}

QString ImportCommand::givenFile(const QCommandLineParser &parser)
{
    if (parser.optionNames().contains(u"from"_s))
        return parser.value(u"from"_s);
    return parser.positionalArguments().value(0);
}

QString ImportCommand::givenMode(const QCommandLineParser &parser) const
{
    if (m_undo)
        return ImportSettings::modeId(ImportSettings::Mode::Undo);
    return m_listMode ? ImportSettings::modeId(*m_listMode) : parser.value(u"mode"_s);
}

void ImportCommand::declareRunOutputOptions(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, tr("Print the plan (with --dry-run) or the outcome as JSON.")});
    parser.addOption({u"report"_s,
                      tr("Write the rows that failed to FILE as CSV, with their line and error."),
                      tr("FILE")});
    parser.addOption(
        {u"report-utf8"_s, tr("Write the --report file as UTF-8 with commas instead.")});
    parser.addOption({u"report-json"_s,
                      tr("However the run ends, write its outcome to FILE as JSON, whole or not "
                         "at all."),
                      tr("FILE")});
    parser.addOption({u"wait"_s, tr("When an import or a bulk action is running in the workspace, "
                                    "wait for it to end instead of refusing.")});
}

void ImportCommand::declareListOptions(QCommandLineParser &parser)
{
    const bool deactivating = m_listMode == ImportSettings::Mode::Deactivate;
    parser.addOption({u"from"_s,
                      deactivating
                          ? tr("The members to deactivate: a CSV file with an email column, or "
                               "one address a line.")
                          : tr("The members to reactivate: a CSV file with an email column, or "
                               "one address a line."),
                      tr("FILE")});
    parser.addOption({u"dry-run"_s, tr("Only say what would be done, member by member.")});
    parser.addOption({u"map"_s,
                      tr("The column of the addresses, when its name does not say so: "
                         "COLUMN=email or #N=email."),
                      tr("COLUMN=FIELD")});
    parser.addOption({u"resume"_s, tr("Carry on with this file's run that stopped or crashed.")});
    declareRunOutputOptions(parser);
    if (deactivating)
        DeactivationConsent::declareOptions(parser);
    CsvCommandOptions::declare(parser);
}
