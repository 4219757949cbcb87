#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

// Members files for the import wizard's tests and screenshots, as admins get them from Excel.
namespace ImportWizardFiles {

using namespace Qt::StringLiterals;

// Text with only Latin-1 letters, saved as Windows-1252 (Excel's "CSV" on Western Windows):
// the two agree on every such letter. False when the file cannot be written.
inline bool writeWindows1252(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toLatin1()) == text.size();
}

inline bool writeUtf8(const QString &path, const QString &text, bool bom = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = (bom ? "\xEF\xBB\xBF"_ba : QByteArray()) + text.toUtf8();
    return file.write(bytes) == bytes.size();
}

inline QStringList emails(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << u"%1-%2@example.com"_s.arg(prefix).arg(i);
    return list;
}

// `count` rows "prefix-N@example.com;Zoë N Müller", with a header.
inline QString members(const QString &prefix, int count,
                       const QString &header = u"E-mail;Full name"_s)
{
    QString text = header + u"\r\n"_s;
    for (int i = 0; i < count; ++i)
        text += u"%1-%2@example.com;Zoë %2 Müller\r\n"_s.arg(prefix).arg(i);
    return text;
}

} // namespace ImportWizardFiles
