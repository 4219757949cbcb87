#include "picture_check.h"

#include "profile_picture.h"

PictureCheck::PictureCheck(const QString &folder) : m_folder(folder) {}

QString PictureCheck::pathOf(QStringView cell) const
{
    const QString path = cell.trimmed().toString();
    return path.isEmpty() ? QString() : QDir::cleanPath(m_folder.absoluteFilePath(path));
}

std::optional<QString> PictureCheck::problem(QStringView cell)
{
    const QString path = pathOf(cell);
    auto known = m_problems.constFind(path);
    if (known == m_problems.cend()) {
        QString error;
        if (ProfilePicture::fromFile(path, &error))
            error.clear();
        known = m_problems.insert(path, error);
    }
    return known->isEmpty() ? std::nullopt : std::optional(*known);
}
