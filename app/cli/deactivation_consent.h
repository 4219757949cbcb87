#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class CliOutput;
class QCommandLineParser;
class TerminalQuestion;

// The consent a command that deactivates members needs (`import --mode mirror`, `import undo`,
// `members deactivate --from`): on a terminal it asks, and the admin types the number of
// members when it is above the limit (DeactivationGuard); without a terminal it refuses unless
// --yes is given, and above the limit --max-deactivations must allow the number as well.
class DeactivationConsent : public QObject
{
    Q_OBJECT
public:
    static void declareOptions(QCommandLineParser &parser);
    static std::optional<QString> checkUsage(const QCommandLineParser &parser);

    DeactivationConsent(const QCommandLineParser &parser, CliOutput &out,
                        QObject *parent = nullptr);

    // `deactivations` of `activeMembers` in `workspaceName`, the first few named in `emails`.
    // `done` runs once: with no reason to go on, or why not (refused, or no answer).
    void ask(qint64 deactivations, qint64 activeMembers, const QString &workspaceName,
             const QStringList &emails, std::function<void(std::optional<QString> refusal)> done);

private:
    bool m_yes = false;
    qint64 m_maxDeactivations = -1; // -1: not given
    CliOutput &m_out;
    QPointer<TerminalQuestion> m_question;
};
