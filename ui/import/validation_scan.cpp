#include "validation_scan.h"

#include <QTimer>

ValidationScan::ValidationScan(Provider provider, const QString &path, const CsvOptions &options,
                               const ColumnMapping &mapping, const QList<RoleChoice> &roles,
                               QObject *parent)
    : QObject(parent), m_provider(provider), m_mapping(mapping), m_roles(roles),
      m_reader(path, options)
{}

ValidationScan::~ValidationScan() = default;

void ValidationScan::start()
{
    if (m_running)
        return;
    m_running = true;
    QString error;
    if (!m_reader.open(&error))
        return fail(error);
    m_header = m_reader.header();
    m_reader.startValidating(m_provider, m_mapping, m_roles);
    m_reader.setEmailsOnly(m_emailsOnly);
    QTimer::singleShot(0, this, &ValidationScan::readSlice);
}

void ValidationScan::cancel()
{
    m_running = false;
}

void ValidationScan::fail(const QString &error)
{
    m_running = false;
    // Always on a later turn, so that a caller connects before it hears.
    QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
}

void ValidationScan::readSlice()
{
    if (!m_running)
        return;
    QList<ValidatedRow> problems;
    const bool more = m_reader.readSlice([this, &problems](const ValidatedRow &row) {
        switch (row.outcome) {
        case ValidatedRow::Outcome::Valid:
            ++m_valid;
            break;
        case ValidatedRow::Outcome::Blank:
            ++m_blank;
            break;
        case ValidatedRow::Outcome::Invalid:
            if (++m_invalid <= MaxKeptRows) {
                ValidatedRow kept;
                kept.record = row.record.compacted();
                kept.outcome = row.outcome;
                kept.issues = row.issues;
                problems.append(std::move(kept));
            }
            break;
        }
    });
    if (!problems.isEmpty())
        Q_EMIT problemsFound(problems);
    Q_EMIT progress(m_reader.bytePosition(), m_reader.totalBytes());
    if (!m_running) // a receiver cancelled
        return;
    if (more)
        return QTimer::singleShot(0, this, &ValidationScan::readSlice);
    m_running = false;
    if (const std::optional<QString> stopped = m_reader.stopReason()) {
        Q_EMIT failed(*stopped);
        return;
    }
    m_finished = true;
    Q_EMIT finished();
}
