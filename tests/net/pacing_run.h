#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class ApiSession;
class SandboxProcess;

// What a run of Forward creates through ApiSessions (each with its pacer) came to.
struct PacingFigures
{
    int jobs = 0;
    int succeeded = 0;           // answered 201
    int totalAttempts = 0;       // the jobs' own attempts, 429s included
    QMap<QString, int> failures; // by error kind
    QStringList emails;          // of the members the succeeding jobs created
    qint64 elapsedMs = 0;        // from the first submission to the last job's end
    bool finished = false;       // every job ended before the time limit

    double requestsPerSecond() const
    {
        return elapsedMs > 0 ? jobs * 1000.0 / double(elapsedMs) : 0;
    }
};

// Starts `count` creates at once (POST /forward/users, unique addresses under `prefix`, not
// idempotent), spread over `sessions` in turn, and waits for all of them, at most `timeoutMs`.
PacingFigures runForwardCreates(const QList<ApiSession *> &sessions, const SandboxProcess &sandbox,
                                int count, const QString &prefix, int timeoutMs);
