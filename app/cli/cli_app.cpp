#include "cli_app.h"

#include "cli_command.h"
#include "cli_context.h"
#include "cli_output.h"
#include "command_table.h"
#include "exit_codes.h"
#include "http_trace.h"
#include "session_keys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
const QString Program = u"roster-cli"_s;
const QString TraceOption = u"--trace-http"_s;

QString trCommand(const char *summary)
{
    return QCoreApplication::translate("CommandTable", summary);
}
} // namespace

CliApp::CliApp(FILE *out, FILE *err, QObject *parent)
    : QObject(parent), m_output(std::make_unique<CliOutput>(out, err)),
      m_context(std::make_unique<CliContext>(*m_output))
{}

CliApp::~CliApp()
{
    delete m_command;
}

QString CliApp::overview() const
{
    QString text = tr("Usage: %1 COMMAND [options]\n\n"
                      "Roster's command line: workspaces, members and login links of passwordless "
                      "communities on Heartbeat, Forward and Beam.gg.\n\nCommands:\n")
                       .arg(Program);
    qsizetype width = 0;
    for (const CommandEntry &entry : commandTable())
        width = std::max(width, entry.words.join(u' ').size());
    for (const CommandEntry &entry : commandTable())
        text += u"  "_s + entry.words.join(u' ').leftJustified(width + 2) +
                trCommand(entry.summary) + u'\n';
    text += tr("\n%1 COMMAND --help tells the options of a command.\n\n"
               "API keys live in the keychain; ROSTER_API_KEY or --key-stdin give one for a "
               "single run.\n\n--trace-http (or ROSTER_TRACE_HTTP=1) prints every request to the "
               "provider and its answer on standard error, secrets redacted.\n\nExit codes: 0 "
               "done, 1 local failure, 2 usage error, 3 API key or "
               "keychain, 4 refused by the provider (an import: some rows failed), 5 network or "
               "provider unavailable, 6 refused: needs consent to deactivate members, 130 "
               "interrupted.\n")
                .arg(Program);
    return text;
}

QString CliApp::helpFor() const
{
    QString text = m_parser.helpText();
    // Qt names the program by the path it was started with.
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    if (at >= 0)
        text.replace(at, started.size(), Program);
    if (const QString details = m_command ? m_command->helpDetails() : QString();
        !details.isEmpty())
        text += u'\n' + details;
    return text;
}

std::optional<int> CliApp::start(const QStringList &arguments)
{
    QString keyError;
    std::optional<QString> environmentKey = SessionKeys::takeKeyFromEnvironment(&keyError);
    if (!keyError.isEmpty()) {
        m_output->error(keyError);
        return ExitUsage;
    }
    m_context->setEnvironmentKey(environmentKey);

    QStringList args = arguments.mid(1);
    // Before or after the command's words, like the providers' own tools take it.
    if (args.removeAll(TraceOption) > 0 || HttpTrace::wantedByEnvironment())
        m_context->traceHttp();
    if (args.isEmpty()) {
        m_output->warning(overview());
        return ExitUsage;
    }
    if (args.first() == u"--help"_s || args.first() == u"-h"_s || args.first() == u"help"_s) {
        m_output->line(overview());
        return ExitOk;
    }
    if (args.first() == u"--version"_s) {
        m_output->line(u"%1 %2"_s.arg(Program, QStringLiteral(ROSTER_VERSION)));
        return ExitOk;
    }

    const CommandEntry *found = nullptr;
    for (const CommandEntry &entry : commandTable()) {
        if (args.size() >= entry.words.size() && args.mid(0, entry.words.size()) == entry.words)
            found = &entry;
    }
    if (!found) {
        // "roster-cli member" or "roster-cli member --help": the commands of that group.
        QString group;
        for (const CommandEntry &entry : commandTable()) {
            if (entry.words.size() > 1 && entry.words.first() == args.first())
                group += u"  "_s + entry.words.join(u' ').leftJustified(24) +
                         trCommand(entry.summary) + u'\n';
        }
        const bool help = args.size() == 2 && (args.at(1) == u"--help"_s || args.at(1) == u"-h"_s);
        if (!group.isEmpty() && (args.size() == 1 || help)) {
            const QString text = tr("Commands:\n%1\n%2 COMMAND --help tells the options of a "
                                    "command.")
                                     .arg(group, Program);
            help ? m_output->line(text) : m_output->warning(text);
            return help ? ExitOk : ExitUsage;
        }
        m_output->error(tr("There is no command \"%1\". %2 --help lists them.")
                            .arg(args.mid(0, 2).join(u' '), Program));
        return ExitUsage;
    }

    m_command = found->make(*m_context);
    const QString words = found->words.join(u' ');
    m_parser.setApplicationDescription(trCommand(found->summary));
    m_parser.addPositionalArgument(words, trCommand(found->summary), words);
    m_parser.addHelpOption();
    m_parser.addOption({u"quiet"_s, tr("No progress messages on standard error.")});
    m_parser.addOption({TraceOption.mid(2),
                        tr("Print every request to the provider and its answer on standard "
                           "error, with keys, tokens, login links and passwords redacted (also "
                           "ROSTER_TRACE_HTTP=1).")});
    m_command->declare(m_parser);
    if (!m_parser.parse(QStringList{arguments.first()} + args.mid(found->words.size()))) {
        m_output->error(
            tr("%1 (%2 %3 --help tells the options)").arg(m_parser.errorText(), Program, words));
        return ExitUsage;
    }
    if (m_parser.isSet(u"help"_s)) {
        m_output->line(helpFor());
        return ExitOk;
    }
    m_output->setQuiet(m_parser.isSet(u"quiet"_s));
    m_output->setJson(m_parser.optionNames().contains(u"json"_s));
    connect(m_command, &CliCommand::finished, this, [](int code) { QCoreApplication::exit(code); });
    m_command->run(m_parser);
    return std::nullopt;
}

void CliApp::interrupt()
{
    if (m_command)
        m_command->interrupt();
    else
        QCoreApplication::exit(ExitInterrupted);
}
