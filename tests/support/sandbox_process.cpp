#include "sandbox_process.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess(const QStringList &extraArguments, const QByteArray &apiKey)
    : m_apiKey(apiKey)
{
    m_arguments = QStringList{u"--port"_s, u"0"_s};
    if (!apiKey.isEmpty())
        m_arguments << u"--api-key"_s << QString::fromUtf8(apiKey);
    m_arguments << extraArguments;
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::executable()
{
    return QStringLiteral(ROSTER_SANDBOX_EXECUTABLE);
}

bool SandboxProcess::start()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), m_arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = u"cannot start %1: %2"_s.arg(executable(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!m_process.canReadLine() && !deadline.hasExpired() &&
           m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(100);
    if (!m_process.canReadLine()) {
        m_error = u"roster-sandbox printed no first line; stderr: %1"_s.arg(
            QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_firstLine = QString::fromUtf8(m_process.readLine()).chopped(1);
    static const QRegularExpression pattern(u"^listening on http://127\\.0\\.0\\.1:(\\d+)$"_s);
    const QRegularExpressionMatch match = pattern.match(m_firstLine);
    if (!match.hasMatch()) {
        m_error = u"unexpected first line: %1"_s.arg(m_firstLine);
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

int SandboxProcess::terminate()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString SandboxProcess::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QUrl SandboxProcess::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl() + pathAndQuery);
}

QJsonObject SandboxProcess::sandboxJson(const QString &path)
{
    const TestReply result = m_http.get(url(path));
    if (result.status != 200)
        qWarning("%s answered %d: %s", qPrintable(path), result.status,
                 qPrintable(result.errorString));
    return result.object();
}

QJsonObject SandboxProcess::state()
{
    return sandboxJson(u"/_sandbox/state"_s);
}

QJsonObject SandboxProcess::state(const QString &provider)
{
    return state()[provider].toObject();
}

QJsonObject SandboxProcess::stats()
{
    return sandboxJson(u"/_sandbox/stats"_s);
}

qint64 SandboxProcess::outstandingLinks()
{
    return stats()[u"outstandingLinks"_s].toInteger(-1);
}
