#pragma once

#include "import_journal.h"
#include "import_runner.h"
#include "workspace_lock.h"

#include <QPointer>
#include <QWizardPage>
#include <memory>

class InlineMessage;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
struct ImportWizardContext;

// Page 6: the import carried out by ImportRunner at the workspace's budget: progress, rows done
// of the total, the rate, the time left, the failures so far with the provider's reasons;
// Pause/Resume, and Cancel after a confirmation (rows not sent yet are skipped, and recorded as
// such). The window stays usable meanwhile; closing the wizard pauses the run, which stays in
// the journal to be resumed.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizardContext &context, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    ImportRunner *runner() const { return m_runner; }
    // Requests may still go out: the wizard asks before it closes.
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    bool isPaused() const;

    // Starts (or, after "Retry failed rows", starts again) the run of choices.runId.
    void startRun();
    void pause();
    void resume();
    // Asks first; cancelled rows are skipped, not sent.
    void askToCancel();
    // Pauses, and calls `done` once nothing is in flight (at once when nothing runs).
    void pauseThen(std::function<void()> done);

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void runFinished();

private:
    void onProgress(qint64 finished, qint64 total);
    void onRowFinished(qint64 line, ImportOutcome outcome, const QString &error);
    void onPausedChanged(bool paused);
    void onIdle();
    void onFinished();
    void onFailed(const QString &error);
    void refreshFigures();
    void updateButtons();

    ImportWizardContext &m_context;
    QPointer<ImportRunner> m_runner;
    std::unique_ptr<WorkspaceLock> m_lock; // held while the run goes on
    bool m_finished = false;
    bool m_cancelling = false;
    bool m_stopped = false;
    std::function<void()> m_whenIdle;
    QLabel *m_heading;
    QLabel *m_planNote; // whose plan runs: the dry run's, or the one resumed
    QProgressBar *m_progress;
    QLabel *m_done;
    QLabel *m_rate;
    QLabel *m_left;
    QLabel *m_failed;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    InlineMessage *m_message;
    QLabel *m_failuresLabel;
    QTreeWidget *m_failures;
    QTimer *m_tick;
};
