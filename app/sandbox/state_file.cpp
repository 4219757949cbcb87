#include "state_file.h"

#include "body_stream.h"
#include "sandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr int SaveDelayMs = 100;
}

StateFile::StateFile(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!flush(&error))
            qWarning("roster-sandbox: %s", qUtf8Printable(error));
    });
}

StateFile::LoadResult StateFile::load(SandboxState *state, QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return LoadResult::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read state file %1: %2"_s.arg(m_path, file.errorString());
        return LoadResult::Failed;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"state file %1 is not valid JSON: %2 at offset %3"_s.arg(
            m_path, parseError.errorString(), QString::number(parseError.offset));
        return LoadResult::Failed;
    }
    if (!document.isObject()) {
        *error = u"state file %1 must hold a JSON object"_s.arg(m_path);
        return LoadResult::Failed;
    }
    QString problem;
    std::optional<SandboxState> loaded = SandboxState::fromJson(document.object(), &problem);
    if (!loaded) {
        *error = u"state file %1: %2"_s.arg(m_path, problem);
        return LoadResult::Failed;
    }
    *state = std::move(*loaded);
    return LoadResult::Loaded;
}

bool StateFile::save(const SandboxState &state, QString *error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = u"cannot create directory %1"_s.arg(info.absolutePath());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write state file %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    // Member by member, like GET /_sandbox/state: a million members never become one document.
    const std::shared_ptr<BodyStream> body = state.toJsonStream();
    QByteArray piece;
    while (body->writeNext(piece, 1 << 20)) {
        file.write(piece);
        piece.resize(0);
    }
    if (!file.commit()) {
        *error = u"cannot write state file %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

void StateFile::follow(const Sandbox *sandbox)
{
    m_sandbox = sandbox;
    connect(sandbox, &Sandbox::stateChanged, this, [this] {
        m_dirty = true;
        if (!m_saveTimer.isActive())
            m_saveTimer.start();
    });
}

bool StateFile::flush(QString *error)
{
    m_saveTimer.stop();
    if (!m_dirty || !m_sandbox)
        return true;
    QString problem;
    if (!save(m_sandbox->state(), &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    m_dirty = false;
    return true;
}
