#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <memory>

class CliCommand;
class CliContext;
class CliOutput;

// roster-cli: finds the command named on the command line, parses its options, runs it and quits
// the application with its exit code.
class CliApp : public QObject
{
    Q_OBJECT
public:
    CliApp(FILE *out, FILE *err, QObject *parent = nullptr);
    ~CliApp() override;

    // Starts the command; answers an exit code when the run ended at once (help, a usage error),
    // else nothing and the application quits later with the command's code.
    std::optional<int> start(const QStringList &arguments);
    // Ctrl+C, SIGTERM: the command cancels what it runs.
    void interrupt();

private:
    QString overview() const;
    QString helpFor() const;

    std::unique_ptr<CliOutput> m_output;
    std::unique_ptr<CliContext> m_context;
    QCommandLineParser m_parser;
    CliCommand *m_command = nullptr;
};
