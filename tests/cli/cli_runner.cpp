#include "cli_runner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

CliRunner::CliRunner() : m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const QString &dir : {u"home"_s, u"config"_s, u"data"_s, u"cache"_s})
        QDir(m_home.path()).mkpath(dir);
    m_environment.insert(u"HOME"_s, m_home.filePath(u"home"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    m_environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    m_environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    m_environment.remove(u"ROSTER_API_KEY"_s);
    m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
}

QString CliRunner::executable()
{
    return QStringLiteral(ROSTER_CLI_EXECUTABLE);
}

CliResult CliRunner::addWorkspace(const QString &name, const QString &provider, const QString &url,
                                  const QByteArray &key, const QStringList &extra,
                                  const QProcessEnvironment &environment) const
{
    const QStringList arguments = {u"workspace"_s, u"add"_s,   name, u"--provider"_s,
                                   provider,       u"--url"_s, url,  u"--key-stdin"_s};
    return run(arguments + extra, key + '\n', environment);
}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &input,
                         const QProcessEnvironment &extra) const
{
    QProcess process;
    QProcessEnvironment environment = m_environment;
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(executable(), arguments);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    return finish(process);
}

CliResult CliRunner::finish(QProcess &process)
{
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"roster-cli did not finish"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->start(executable(), arguments);
    process->closeWriteChannel();
    return process;
}

QList<CliResult> CliRunner::runTogether(const QList<QStringList> &runs) const
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &arguments : runs) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->start(executable(), arguments);
        process->closeWriteChannel();
        processes.push_back(std::move(process));
    }
    QList<CliResult> results;
    for (const auto &process : processes)
        results.append(finish(*process));
    return results;
}

QString CliRunner::workspaceId(const QString &name) const
{
    const CliResult listed = run({u"workspace"_s, u"list"_s, u"--json"_s});
    const QJsonArray workspaces = QJsonDocument::fromJson(listed.outBytes()).array();
    for (const QJsonValue &workspace : workspaces) {
        if (workspace[u"name"_s].toString() == name)
            return workspace[u"id"_s].toString();
    }
    return {};
}

QStringList CliRunner::filesContaining(const QString &secret) const
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    QStringList found;
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << path;
    }
    return found;
}
