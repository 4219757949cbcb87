#pragma once

#include <QDir>
#include <QHash>
#include <QString>
#include <optional>

// The picture files an import's rows name, each read once for the run (ProfilePicture::
// fromFile: there, readable, PNG, JPEG or GIF, small enough once scaled) and only the verdict
// kept, never the picture: a file named by many rows costs one read, and a hundred thousand
// pictures cost their paths' memory. The import reads each file again when it sends the row.
class PictureCheck
{
public:
    // `folder`: where relative paths start, the CSV file's folder.
    explicit PictureCheck(const QString &folder = QString());

    // The absolute, clean path a cell names; empty for an empty cell.
    QString pathOf(QStringView cell) const;
    // Why the file a cell names cannot be sent, naming it; nothing when it can.
    std::optional<QString> problem(QStringView cell);

private:
    QDir m_folder;
    QHash<QString, QString> m_problems; // by path; empty: fine
};
