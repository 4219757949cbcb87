#pragma once

#include "import_journal.h"
#include "inline_message.h"

class QPushButton;

// The offer above the member table to carry on with an import that stopped (a crash, a closed
// wizard): "An import of FILE stopped at N of M rows. Resume / Discard". Answers through
// signals; ImportLauncher decides what they do.
class ImportResumeBanner : public InlineMessage
{
    Q_OBJECT
public:
    explicit ImportResumeBanner(QWidget *parent = nullptr);

    // Shows the offer for `run`, whose rows are counted in `counts`.
    void offer(const ImportRunInfo &run, const ImportCounts &counts);
    // Resume needs the workspace's service; until it is open the button says why it waits.
    void setCanResume(bool canResume);
    void withdraw();

    qint64 offeredRun() const { return m_runId; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *discardButton() const { return m_discard; }

    // How many of the rows the run sends (ImportCounts::toSend()) have their outcome.
    static qint64 rowsSent(const ImportCounts &counts);

Q_SIGNALS:
    void resumeClicked(qint64 runId);
    void discardClicked(qint64 runId);

private:
    qint64 m_runId = 0;
    bool m_canResume = false;
    QPushButton *m_resume = nullptr;
    QPushButton *m_discard = nullptr;
};
