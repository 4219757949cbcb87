#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <functional>
#include <optional>

// A CSV file opened for one long synchronous read (csv inspect): refuses what is not a regular
// file (a FIFO would block in open(), a character device such as /dev/zero never ends), stops
// when `stopRequested` says so (SIGINT, SIGTERM), and fails instead of ending when the file's
// size or modification time changed while it was read, so a file truncated mid-read is not
// taken as complete. Reads unbuffered from the file; seeks, so CsvTextSource's UTF-8 pass works.
class CsvInputFile : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(CsvInputFile)
public:
    explicit CsvInputFile(const QString &path, std::function<bool()> stopRequested = {},
                          QObject *parent = nullptr);

    // Why `path` cannot be read as a CSV file (not a regular file), or nothing.
    static std::optional<QString> problem(const QString &path);

    // Checks the path, opens it read-only and remembers its size and modification time.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file.size(); }
    bool seek(qint64 pos) override;

    bool interrupted() const { return m_interrupted; }
    bool changed() const { return m_changed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool sameAsOpened();

    QFile m_file;
    std::function<bool()> m_stopRequested;
    qint64 m_size = -1;
    qint64 m_modifiedNs = -1;
    bool m_interrupted = false;
    bool m_changed = false;
};
