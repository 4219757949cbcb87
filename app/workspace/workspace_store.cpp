#include "workspace_store.h"

#include "workspace_json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString FormatField = u"format"_s;
const QString FormatName = u"roster-workspaces"_s;
const QString VersionField = u"version"_s;
const QString WorkspacesField = u"workspaces"_s;

// How long a change waits for another Roster process to finish its own change of the file.
constexpr int LockTimeoutMs = 2000;
// A file this large is not a workspaces file.
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

qsizetype indexOfName(const QList<Workspace> &workspaces, const QString &name)
{
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        if (sameName(workspaces.at(i).name, name))
            return i;
    }
    return -1;
}

qsizetype indexOfId(const QList<Workspace> &workspaces, const QString &id)
{
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        if (workspaces.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

QString WorkspaceStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/Roster/workspaces.json"_s;
}

WorkspaceStore::WorkspaceStore(const QString &filePath) : m_filePath(filePath) {}

bool WorkspaceStore::load(QString *error)
{
    QList<Workspace> workspaces;
    if (!readFile(&workspaces, error))
        return false;
    m_workspaces = std::move(workspaces);
    return true;
}

std::optional<Workspace> WorkspaceStore::findById(const QString &id) const
{
    const qsizetype index = indexOfId(m_workspaces, id);
    if (index < 0)
        return std::nullopt;
    return m_workspaces.at(index);
}

std::optional<Workspace> WorkspaceStore::findByName(const QString &name) const
{
    const qsizetype index = indexOfName(m_workspaces, name);
    if (index < 0)
        return std::nullopt;
    return m_workspaces.at(index);
}

std::optional<Workspace> WorkspaceStore::find(const QString &idOrName) const
{
    if (std::optional<Workspace> byId = findById(idOrName))
        return byId;
    return findByName(idOrName);
}

bool WorkspaceStore::add(const Workspace &workspace, QString *error)
{
    Workspace added = workspace;
    added.name = added.name.trimmed();
    const QStringList problems = added.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(u' ');
        return false;
    }
    return change(
        [&](QList<Workspace> &workspaces, QString *problem) {
            if (indexOfName(workspaces, added.name) >= 0) {
                *problem = tr("A workspace named \"%1\" already exists.").arg(added.name);
                return false;
            }
            if (indexOfId(workspaces, added.id) >= 0) {
                *problem = tr("A workspace with id %1 already exists.").arg(added.id);
                return false;
            }
            workspaces.append(added);
            return true;
        },
        error);
}

bool WorkspaceStore::update(const Workspace &workspace, QString *error)
{
    Workspace updated = workspace;
    updated.name = updated.name.trimmed();
    const QStringList problems = updated.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(u' ');
        return false;
    }
    return change(
        [&](QList<Workspace> &workspaces, QString *problem) {
            const qsizetype index = indexOfId(workspaces, updated.id);
            if (index < 0) {
                *problem = tr("No workspace has id %1.").arg(updated.id);
                return false;
            }
            const qsizetype sameNameIndex = indexOfName(workspaces, updated.name);
            if (sameNameIndex >= 0 && sameNameIndex != index) {
                *problem = tr("A workspace named \"%1\" already exists.").arg(updated.name);
                return false;
            }
            workspaces[index] = updated;
            return true;
        },
        error);
}

std::optional<Workspace> WorkspaceStore::removeByName(const QString &name, QString *error)
{
    std::optional<Workspace> removed;
    const bool ok = change(
        [&](QList<Workspace> &workspaces, QString *problem) {
            const qsizetype index = indexOfName(workspaces, name);
            if (index < 0) {
                *problem = tr("No workspace is named \"%1\".").arg(name.trimmed());
                return false;
            }
            removed = workspaces.takeAt(index);
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return removed;
}

bool WorkspaceStore::change(const Change &apply, QString *error)
{
    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1 for the workspaces file.")
                     .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    QLockFile lock(m_filePath + u".lock"_s);
    if (!lock.tryLock(LockTimeoutMs)) {
        *error = tr("Cannot change %1: another Roster is changing it (lock file %2). Try again.")
                     .arg(QDir::toNativeSeparators(m_filePath),
                          QDir::toNativeSeparators(m_filePath + u".lock"_s));
        return false;
    }
    QList<Workspace> workspaces;
    if (!readFile(&workspaces, error))
        return false;
    if (!apply(workspaces, error))
        return false;
    if (!writeFile(workspaces, error))
        return false;
    m_workspaces = std::move(workspaces);
    return true;
}

bool WorkspaceStore::readFile(QList<Workspace> *workspaces, QString *error) const
{
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    const QString untouched = tr("Roster has left the file untouched; fix it or move it away.");
    auto fail = [&](const QString &problem) {
        *error = tr("Cannot read the workspaces file %1: %2 %3").arg(shownPath, problem, untouched);
        return false;
    };

    QFile file(m_filePath);
    if (!file.exists()) {
        workspaces->clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString() + u'.');
    if (file.size() > MaxFileSize)
        return fail(tr("it is larger than %1 bytes.").arg(MaxFileSize));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("it is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject())
        return fail(tr("it does not hold a JSON object."));
    const QJsonObject root = document.object();
    if (root.value(FormatField).toString() != FormatName)
        return fail(tr("its \"%1\" is not \"%2\".").arg(FormatField, FormatName));
    const QJsonValue version = root.value(VersionField);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()))
        return fail(tr("its \"%1\" is missing or not a whole number.").arg(VersionField));
    if (version.toInt() != FormatVersion) {
        return fail(tr("it has version %1, but this Roster reads version %2 only.")
                        .arg(version.toInt())
                        .arg(FormatVersion));
    }
    const QJsonValue list = root.value(WorkspacesField);
    if (!list.isArray())
        return fail(tr("its \"%1\" is missing or not a list.").arg(WorkspacesField));

    QList<Workspace> loaded;
    for (const QJsonValue &entry : list.toArray()) {
        if (!entry.isObject())
            return fail(tr("an entry of \"%1\" is not an object.").arg(WorkspacesField));
        QString problem;
        std::optional<Workspace> workspace = WorkspaceJson::fromJson(entry.toObject(), &problem);
        if (!workspace)
            return fail(problem);
        if (indexOfId(loaded, workspace->id) >= 0)
            return fail(tr("id %1 appears twice.").arg(workspace->id));
        if (indexOfName(loaded, workspace->name) >= 0)
            return fail(tr("the name \"%1\" appears twice.").arg(workspace->name));
        loaded.append(std::move(*workspace));
    }
    *workspaces = std::move(loaded);
    return true;
}

bool WorkspaceStore::writeFile(const QList<Workspace> &workspaces, QString *error) const
{
    QJsonArray list;
    for (const Workspace &workspace : workspaces)
        list.append(WorkspaceJson::toJson(workspace));
    const QJsonObject root{
        {FormatField, FormatName},
        {VersionField, FormatVersion},
        {WorkspacesField, list},
    };

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot write the workspaces file %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}
