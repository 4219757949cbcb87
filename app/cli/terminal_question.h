#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QSocketNotifier;

// One question asked on the terminal: the prompt on standard error, the answer one line of
// standard input. On POSIX the line is read when it arrives, so the event loop (and a Ctrl+C)
// goes on meanwhile; on Windows the console is read at once.
class TerminalQuestion : public QObject
{
    Q_OBJECT
public:
    explicit TerminalQuestion(QObject *parent = nullptr);
    ~TerminalQuestion() override;

    // Whether a question can be asked: standard input and standard error are a terminal.
    static bool canAsk();

    void ask(const QString &prompt);

Q_SIGNALS:
    // The line typed, without its line break.
    void answered(const QString &line);
    // Standard input ended (Ctrl+D) before a line came.
    void closed();

private:
    // terminal_question_posix.cpp, terminal_question_windows.cpp
    void waitForLine();
    void readLine();

    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_pending;
};
