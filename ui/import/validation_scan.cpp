#include "validation_scan.h"

#include "csv_reader.h"
#include "member_validator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

namespace {
// Time a slice may take before the event loop gets a turn.
constexpr qint64 SliceMs = 15;
} // namespace

ValidationScan::ValidationScan(Provider provider, const QString &path, const CsvOptions &options,
                               const ColumnMapping &mapping, const QList<RoleChoice> &roles,
                               QObject *parent)
    : QObject(parent), m_provider(provider), m_path(path), m_options(options), m_mapping(mapping),
      m_roles(roles), m_file(path)
{}

ValidationScan::~ValidationScan() = default;

void ValidationScan::start()
{
    if (m_running)
        return;
    m_running = true;
    if (const std::optional<QString> refused = CsvInputFile::problem(m_path))
        return fail(*refused);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(m_path, m_file.errorString()));
    m_reader = std::make_unique<CsvReader>(&m_file, m_options);
    if (!m_reader->start())
        return fail(m_file.changed()
                        ? m_file.errorString()
                        : tr("Cannot read %1: %2").arg(m_path, m_reader->errorString()));
    m_header = m_reader->header();
    m_validator = std::make_unique<MemberValidator>(m_provider, m_mapping, m_header, m_roles);
    m_validator->setPictureFolder(QFileInfo(m_path).absolutePath());
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
    QElapsedTimer slice;
    slice.start();
    QList<ValidatedRow> problems;
    ValidatedRow row;
    bool atEnd = false;
    while (slice.elapsed() < SliceMs) {
        if (!m_reader->readRecord(row.record)) {
            atEnd = true;
            break;
        }
        m_validator->validate(row);
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
    }
    if (!problems.isEmpty())
        Q_EMIT problemsFound(problems);
    Q_EMIT progress(m_reader->bytePosition(), m_reader->totalBytes());
    if (!m_running) // a receiver cancelled
        return;
    if (!atEnd)
        return QTimer::singleShot(0, this, &ValidationScan::readSlice);
    m_running = false;
    if (m_file.changed()) {
        Q_EMIT failed(m_file.errorString());
        return;
    }
    if (const std::optional<CsvError> &fatal = m_reader->fatalError()) {
        Q_EMIT failed(tr("Reading %1 stopped at line %2: %3")
                          .arg(m_path, QString::number(fatal->line), fatal->message));
        return;
    }
    m_finished = true;
    Q_EMIT finished();
}
