#include "deactivation_consent.h"

#include "cli_output.h"
#include "deactivation_guard.h"
#include "terminal_question.h"

#include <QCommandLineParser>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxNamed = 10;
} // namespace

void DeactivationConsent::declareOptions(QCommandLineParser &parser)
{
    parser.addOption({u"yes"_s, tr("Deactivate without asking: for a run without a terminal "
                                   "(cron, a systemd timer). Above the deactivation limit, "
                                   "--max-deactivations must allow the number as well.")});
    parser.addOption({u"max-deactivations"_s,
                      tr("The most members this run may deactivate with --yes; more are "
                         "refused. Without it, the limit is %1% of the active members or %2, "
                         "whichever is larger.")
                          .arg(DeactivationGuard::DefaultPercent)
                          .arg(DeactivationGuard::DefaultMinimum),
                      tr("N")});
}

std::optional<QString> DeactivationConsent::checkUsage(const QCommandLineParser &parser)
{
    // optionNames(): what was given, without asking about an option a command did not declare.
    if (!parser.optionNames().contains(u"max-deactivations"_s))
        return std::nullopt;
    bool number = false;
    const qint64 limit = parser.value(u"max-deactivations"_s).toLongLong(&number);
    if (!number || limit < 0)
        return tr("--max-deactivations is \"%1\"; expected a number of members, 0 or more.")
            .arg(parser.value(u"max-deactivations"_s));
    return std::nullopt;
}

DeactivationConsent::DeactivationConsent(const QCommandLineParser &parser, CliOutput &out,
                                         QObject *parent)
    : QObject(parent), m_yes(parser.optionNames().contains(u"yes"_s)),
      m_maxDeactivations(parser.optionNames().contains(u"max-deactivations"_s)
                             ? parser.value(u"max-deactivations"_s).toLongLong()
                             : -1),
      m_out(out)
{}

void DeactivationConsent::ask(qint64 deactivations, qint64 activeMembers,
                              const QString &workspaceName, const QStringList &emails,
                              std::function<void(std::optional<QString> refusal)> done)
{
    if (deactivations <= 0)
        return done(std::nullopt);
    // An explicit --max-deactivations is the limit, and is the consent for what it allows.
    const DeactivationGuard guard(activeMembers, 0);
    const bool aboveLimit = guard.needsTypedConsent(deactivations);
    if (m_maxDeactivations >= 0 && deactivations > m_maxDeactivations)
        return done(tr("This run deactivates %n member(s) of %1, more than --max-deactivations "
                       "allows (%2). Nothing was sent.",
                       nullptr, int(deactivations))
                        .arg(workspaceName)
                        .arg(m_maxDeactivations));
    if (m_yes && (!aboveLimit || m_maxDeactivations >= deactivations))
        return done(std::nullopt);
    if (!TerminalQuestion::canAsk()) {
        if (m_yes)
            return done(guard.excessText(deactivations) + u' ' +
                        tr("--yes is not enough above the limit: give --max-deactivations %1 "
                           "as well, if that many is right. Nothing was sent.")
                            .arg(deactivations));
        return done(tr("This run deactivates %n member(s) of %1, and there is no terminal to "
                       "ask on: give --yes to run it unattended. Nothing was sent.",
                       nullptr, int(deactivations))
                        .arg(workspaceName));
    }
    QStringList named = emails.first(std::min(emails.size(), MaxNamed));
    if (emails.size() > MaxNamed)
        named << tr("and %n more", nullptr, int(deactivations - MaxNamed));
    m_out.progress(tr("This run deactivates %n member(s) of %1:", nullptr, int(deactivations))
                       .arg(workspaceName) +
                   u"\n  "_s + named.join(u"\n  "_s));
    const QString expected = aboveLimit ? QString::number(deactivations) : tr("yes");
    QString prompt;
    if (aboveLimit)
        prompt = guard.excessText(deactivations) + u'\n' +
                 tr("Type the number of members to deactivate (%1) to go on: ").arg(deactivations);
    else
        prompt = tr("Deactivate them? Type yes to go on: ");
    auto *question = new TerminalQuestion(this);
    m_question = question;
    connect(question, &TerminalQuestion::answered, this,
            [question, expected, done](const QString &answer) {
                question->deleteLater();
                if (answer.compare(expected, Qt::CaseInsensitive) == 0)
                    return done(std::nullopt);
                done(tr("“%1” is not “%2”: nothing was sent.").arg(answer, expected));
            });
    connect(question, &TerminalQuestion::closed, this, [question, done] {
        question->deleteLater();
        done(tr("No answer came: nothing was sent."));
    });
    question->ask(prompt);
}
