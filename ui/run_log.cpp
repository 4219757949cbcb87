#include "run_log.h"

#include <QApplication>
#include <QMetaObject>
#include <QStyle>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
// Qt's message handler is one function per process: it needs to know the one log to write to.
RunLog *installedLog = nullptr;
QtMessageHandler previousHandler = nullptr;
} // namespace

RunLog::RunLog(QObject *parent) : QAbstractListModel(parent) {}

RunLog::~RunLog()
{
    if (m_installed) {
        qInstallMessageHandler(previousHandler);
        installedLog = nullptr;
    }
}

void RunLog::append(Level level, const QString &text)
{
    const QString redacted = m_redactor.redact(text);
    if (qsizetype(m_entries.size()) >= MaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({QDateTime::currentDateTime(), level, redacted});
    endInsertRows();
    Q_EMIT appended(level, redacted);
}

void RunLog::installMessageHandler()
{
    if (m_installed)
        return;
    installedLog = this;
    m_installed = true;
    previousHandler = qInstallMessageHandler(handleMessage);
}

void RunLog::handleMessage(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    RunLog *log = installedLog;
    if (!log)
        return;
    const QString redacted = log->m_redactor.redact(message);
    if (previousHandler)
        previousHandler(type, context, redacted);
    if (type == QtDebugMsg)
        return;
    const Level level = type == QtInfoMsg      ? Level::Info
                        : type == QtWarningMsg ? Level::Warning
                                               : Level::Error;
    // Messages may come from any thread; the model lives on the GUI thread.
    QMetaObject::invokeMethod(
        log, [log, level, redacted] { log->append(level, redacted); }, Qt::QueuedConnection);
}

int RunLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RunLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    // With the date: a session may cross midnight.
    case Qt::DisplayRole:
        return u"%1  %2"_s.arg(entry.when.toString(u"yyyy-MM-dd HH:mm:ss"_s), entry.text);
    case Qt::ToolTipRole:
        return entry.text;
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(
            entry.level == Level::Info      ? QStyle::SP_MessageBoxInformation
            : entry.level == Level::Warning ? QStyle::SP_MessageBoxWarning
                                            : QStyle::SP_MessageBoxCritical);
    case LevelRole:
        return int(entry.level);
    case TimeRole:
        return entry.when;
    }
    return {};
}

QString RunLog::text() const
{
    QString all;
    for (const Entry &entry : m_entries)
        all += entry.when.toString(Qt::ISODate) + u"  "_s + entry.text + u'\n';
    return all;
}
