#pragma once

#include "secret_redactor.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <deque>

// What happened during this run of Roster, for the log window: Roster's own messages and Qt's
// (through the message handler, while installed), each passed through a SecretRedactor first,
// so that a key or a login link never reaches it. Kept in memory only, the newest MaxEntries.
class RunLog : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxEntries = 5000;

    enum class Level
    {
        Info,
        Warning,
        Error
    };
    Q_ENUM(Level)

    enum Role
    {
        LevelRole = Qt::UserRole + 1,
        TimeRole
    };

    explicit RunLog(QObject *parent = nullptr);
    ~RunLog() override;

    // Roster's own entries.
    void info(const QString &text) { append(Level::Info, text); }
    void warning(const QString &text) { append(Level::Warning, text); }
    void error(const QString &text) { append(Level::Error, text); }
    void append(Level level, const QString &text);

    // A secret to remove from every later entry (API keys as they are read).
    void addSecret(const QByteArray &secret) { m_redactor.addSecret(secret); }

    // Routes qDebug/qInfo/qWarning/qCritical here too (and on to the previous handler, redacted)
    // until this log is destroyed. Qt has one message handler per process: one log installs it.
    void installMessageHandler();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Every entry as text, for "Copy all".
    QString text() const;

Q_SIGNALS:
    void appended(RunLog::Level level, const QString &text);

private:
    struct Entry
    {
        QDateTime when;
        Level level;
        QString text;
    };
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);

    std::deque<Entry> m_entries;
    SecretRedactor m_redactor;
    bool m_installed = false;
};
