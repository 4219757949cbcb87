#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement through SQLite's C API, kept for reuse: bind, step, and reset() before
// the next use. For the bulk writes of members, where Qt Sql's QVariant per value and UTF-16
// copies would dominate. Failures say why in SQLite's words (`detail`).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isPrepared() const { return m_statement != nullptr; }
    bool prepare(sqlite3 *db, const char *sql, QString *detail);

    // Parameters count from 1, as in SQLite. Text is bound as UTF-8 kept by the statement until
    // the parameter is bound again.
    void bindText(int parameter, const QString &text);
    // NULL for an empty text (a column whose '' is not allowed, like provider ids).
    void bindTextOrNull(int parameter, const QString &text);
    void bindOptionalText(int parameter, const std::optional<QString> &text);
    void bindInt(int parameter, qint64 value);
    void bindOptionalInt(int parameter, std::optional<qint64> value);
    void bindNull(int parameter);

    enum class Step
    {
        Row,
        Done,
        Failed
    };
    Step step(QString *detail);
    // Runs a statement that returns no rows, and resets it.
    bool run(QString *detail);
    void reset();

    sqlite3_stmt *handle() const { return m_statement; }
    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    // The column's UTF-8 bytes, valid until the next step or reset.
    QByteArray columnBytes(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    // One buffer per parameter, reused: binding text allocates nothing once they have grown.
    std::vector<QByteArray> m_texts;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};
