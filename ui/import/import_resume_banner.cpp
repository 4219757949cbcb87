#include "import_resume_banner.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

ImportResumeBanner::ImportResumeBanner(QWidget *parent) : InlineMessage(parent)
{
    setObjectName(u"importResumeBanner"_s);
    setAccessibleName(tr("Unfinished import"));
}

qint64 ImportResumeBanner::rowsSent(const ImportCounts &counts)
{
    // Rows that are not sent were done when planned; the rest are what is left to send.
    return std::max<qint64>(0, counts.toSend() - counts.todo - counts.sending);
}

void ImportResumeBanner::offer(const ImportRunInfo &run, const ImportCounts &counts)
{
    m_runId = run.id;
    const QLocale locale;
    const QString file = QFileInfo(run.filePath).fileName();
    const QString text =
        run.state == ImportRunState::Planned
            ? tr("An import of %1 was planned (%Ln rows to send) but not started.", nullptr,
                 int(counts.toSend()))
                  .arg(file)
            : tr("An import of %1 stopped at %2 of %Ln rows.", nullptr, int(counts.toSend()))
                  .arg(file, locale.toString(rowsSent(counts)));
    showMessage(Type::Warning, text);
    setToolTip(run.filePath);
    m_resume = addButton(tr("R&esume"), u"resumeImportButton"_s);
    m_discard = addButton(tr("&Discard"), u"discardImportButton"_s);
    m_resume->setAccessibleName(tr("Resume the import of %1").arg(file));
    m_discard->setAccessibleName(tr("Discard the import of %1").arg(file));
    const qint64 runId = run.id;
    connect(m_resume, &QPushButton::clicked, this, [this, runId] { Q_EMIT resumeClicked(runId); });
    connect(m_discard, &QPushButton::clicked, this,
            [this, runId] { Q_EMIT discardClicked(runId); });
    setCanResume(m_canResume);
}

void ImportResumeBanner::setCanResume(bool canResume)
{
    m_canResume = canResume;
    if (!m_resume)
        return;
    m_resume->setEnabled(canResume);
    m_resume->setToolTip(canResume ? tr("Carry on where it stopped; nothing is sent twice.")
                                   : tr("Waiting for the workspace's connection."));
}

void ImportResumeBanner::withdraw()
{
    m_runId = 0;
    m_resume = nullptr;
    m_discard = nullptr;
    clear();
}
