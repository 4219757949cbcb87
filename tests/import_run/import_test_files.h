#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

// Members files for the import tests: `count` rows with a header, emails
// prefix-0@example.com, prefix-1@example.com, ...
namespace ImportTestFiles {

inline QStringList emails(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("%1-%2@example.com").arg(prefix).arg(i);
    return list;
}

inline bool write(const QString &path, const QString &prefix, int count,
                  const QStringList &extraLines = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QString text = QStringLiteral("Email address,First name,Last name,Role\n");
    const QStringList addresses = emails(prefix, count);
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("%1,Zoë %2,\"Müller, Jr.\",Member\n").arg(addresses.at(i)).arg(i);
    for (const QString &line : extraLines)
        text += line + u'\n';
    return file.write(text.toUtf8()) > 0;
}

} // namespace ImportTestFiles
