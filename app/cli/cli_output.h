#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

// Where roster-cli writes: results on stdout (plain text for people, JSON with --json), progress
// and errors on stderr. Login links go to stdout and nowhere else.
class CliOutput
{
public:
    CliOutput(FILE *out, FILE *err);

    void line(const QString &text);     // stdout
    void progress(const QString &text); // stderr, unless quiet
    // Progress that replaces itself: on a terminal one line rewritten in place ('\r'), else a
    // line each time. Whatever is written next to stderr starts on a line of its own.
    void progressInPlace(const QString &text);
    void warning(const QString &text); // stderr
    void error(const QString &text);   // stderr, as "roster-cli: text"
    void json(const QJsonObject &object);
    void json(const QJsonArray &array);
    // Rows under a header, in columns as wide as their widest cell.
    void table(const QStringList &header, const QList<QStringList> &rows);
    // One row of a table printed a row at a time, in columns `widths` wide (measured first).
    void tableRow(const QList<qsizetype> &widths, const QStringList &cells);

    // A JSON array written one element at a time, for lists too long to build in memory.
    void beginJsonArray();
    void jsonArrayElement(const QJsonObject &object);
    void endJsonArray();
    // An object with `fields` and an array `key` written one element at a time
    // (jsonArrayElement), then endJsonObjectArray().
    void beginJsonObjectArray(const QJsonObject &fields, const QString &key);
    void endJsonObjectArray();

    void setQuiet(bool quiet) { m_quiet = quiet; }
    // --json: results as JSON rather than text.
    void setJson(bool json) { m_json = json; }
    bool jsonWanted() const { return m_json; }
    void flush();

private:
    void endInPlace();

    QTextStream m_out;
    QTextStream m_err;
    bool m_quiet = false;
    bool m_json = false;
    bool m_firstElement = true;
    bool m_errIsTerminal = false;
    bool m_inPlace = false; // a progressInPlace() line is open on the terminal
};
