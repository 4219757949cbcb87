#pragma once

#include "validated_row_reader.h"

#include <QObject>

// Checks every row of an import file (ValidatedRowReader), a slice at a time between events,
// so that the window stays responsive at a million rows: counts valid, invalid and blank rows
// and hands over the problem rows (the first MaxKeptRows; the count goes on past them).
class ValidationScan : public QObject
{
    Q_OBJECT
public:
    // Problem rows kept for showing; the failed-rows file after the run has them all.
    static constexpr qsizetype MaxKeptRows = 5000;

    ValidationScan(Provider provider, const QString &path, const CsvOptions &options,
                   const ColumnMapping &mapping, const QList<RoleChoice> &roles,
                   QObject *parent = nullptr);
    ~ValidationScan() override;

    // A list of members to deactivate or reactivate: a row needs only its email. Before start().
    void setEmailsOnly(bool emailsOnly) { m_emailsOnly = emailsOnly; }

    void start();
    // Stops at the next slice; nothing more is emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    qint64 validCount() const { return m_valid; }
    qint64 invalidCount() const { return m_invalid; }
    qint64 blankCount() const { return m_blank; }
    qint64 rowCount() const { return m_valid + m_invalid + m_blank; }
    // More problem rows than MaxKeptRows: the ones past it were counted, not handed over.
    bool keptAll() const { return m_invalid <= MaxKeptRows; }
    const QStringList &header() const { return m_header; }

Q_SIGNALS:
    // Bytes of the file read so far, of `total`.
    void progress(qint64 done, qint64 total);
    // Problem rows found in the last slice, in file order.
    void problemsFound(const QList<ValidatedRow> &rows);
    void finished();
    // The file cannot be read (or reading it stopped); the counts cover what was read.
    void failed(const QString &error);

private:
    void readSlice();
    void fail(const QString &error);

    Provider m_provider;
    ColumnMapping m_mapping;
    QList<RoleChoice> m_roles;
    ValidatedRowReader m_reader;
    QStringList m_header;
    qint64 m_valid = 0;
    qint64 m_invalid = 0;
    qint64 m_blank = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_emailsOnly = false;
};
