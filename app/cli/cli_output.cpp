#include "cli_output.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

CliOutput::CliOutput(FILE *out, FILE *err) : m_out(out), m_err(err)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliOutput::line(const QString &text)
{
    m_out << text << u'\n';
}

void CliOutput::progress(const QString &text)
{
    if (!m_quiet)
        m_err << text << u'\n' << Qt::flush;
}

void CliOutput::warning(const QString &text)
{
    m_err << text << u'\n' << Qt::flush;
}

void CliOutput::error(const QString &text)
{
    m_err << u"roster-cli: "_s << text << u'\n' << Qt::flush;
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
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths.value(i) + 2);
        }
        line(text);
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
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

void CliOutput::flush()
{
    m_out.flush();
    m_err.flush();
}
