#include "cli_output.h"

#include "display_text.h"
#include "terminal.h"

#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

CliOutput::CliOutput(FILE *out, FILE *err)
    : m_out(out), m_err(err), m_errIsTerminal(Terminal::isTerminal(err))
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

// Every text line goes through DisplayText, whatever it quotes: no control character from a
// file, a provider or the store reaches the terminal raw. Table cells are escaped one by one,
// newlines included (tableRow()); a message keeps its own lines.
void CliOutput::line(const QString &text)
{
    endInPlace();
    m_out << DisplayText::escapedKeepingLines(text) << u'\n';
}

void CliOutput::progressInPlace(const QString &text)
{
    if (m_quiet)
        return;
    if (!m_errIsTerminal)
        return progress(text);
    // Erase to the end of the line: the new text may be shorter than the last.
    m_err << u'\r' << DisplayText::escaped(text) << "\x1b[K" << Qt::flush;
    m_inPlace = true;
}

void CliOutput::endInPlace()
{
    if (!m_inPlace)
        return;
    m_inPlace = false;
    m_err << u'\n' << Qt::flush;
}

void CliOutput::progress(const QString &text)
{
    endInPlace();
    if (!m_quiet)
        m_err << DisplayText::escapedKeepingLines(text) << u'\n' << Qt::flush;
}

void CliOutput::warning(const QString &text)
{
    endInPlace();
    m_err << DisplayText::escapedKeepingLines(text) << u'\n' << Qt::flush;
}

void CliOutput::error(const QString &text)
{
    endInPlace();
    m_err << u"roster-cli: "_s << DisplayText::escapedKeepingLines(text) << u'\n' << Qt::flush;
}

void CliOutput::json(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliOutput::json(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void CliOutput::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(DisplayText::escaped(title).size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], DisplayText::escaped(row.at(i)).size());
    }
    tableRow(widths, header);
    for (const QStringList &row : rows)
        tableRow(widths, row);
}

// Each cell on one line: its newlines are escaped too.
void CliOutput::tableRow(const QList<qsizetype> &widths, const QStringList &cells)
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString cell = DisplayText::escaped(cells.at(i));
        const bool last = i + 1 == cells.size();
        text += last ? cell : cell.leftJustified(widths.value(i) + 2);
    }
    line(text);
}

void CliOutput::beginJsonArray()
{
    m_out << u'[';
    m_firstElement = true;
}

void CliOutput::jsonArrayElement(const QJsonObject &object)
{
    m_out << (m_firstElement ? u"\n  "_s : u",\n  "_s)
          << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    m_firstElement = false;
}

void CliOutput::endJsonArray()
{
    m_out << (m_firstElement ? u"]\n"_s : u"\n]\n"_s);
}

void CliOutput::beginJsonObjectArray(const QJsonObject &fields, const QString &key)
{
    QByteArray head = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    head.chop(1); // the closing brace
    m_out << QString::fromUtf8(head) << (fields.isEmpty() ? u""_s : u","_s)
          << QString::fromUtf8(QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact))
                 .mid(1)
                 .chopped(1)
          << u":["_s;
    m_firstElement = true;
}

void CliOutput::endJsonObjectArray()
{
    m_out << (m_firstElement ? u"]}\n"_s : u"\n]}\n"_s);
}

void CliOutput::flush()
{
    m_out.flush();
    m_err.flush();
}
