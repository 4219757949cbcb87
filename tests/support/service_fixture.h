#pragma once

#include "api_session.h"
#include "member_service.h"
#include "roster_database.h"
#include "sandbox_process.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// What a test of MemberService, or of the import on top of it, stands on: a temporary directory
// with a real SQLite roster in it, a roster-sandbox, and services for the sandbox's workspaces.
// A Qt Test class derives from it (after QObject), calls setUp() in init() and tearDown() in
// cleanup().
class ServiceFixture
{
protected:
    // How a service's session sends: its key's budget and concurrency, and whether over a
    // second network manager too (for more connections than Qt opens on one).
    struct Sending
    {
        double budget = 100;
        int maxConcurrent = 6;
        bool twoNetworks = false;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RosterDatabase> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QNetworkAccessManager> m_network2;
    std::unique_ptr<PacerRegistry> m_pacers;

    // A fresh directory and an open roster in it; no sandbox yet.
    bool setUp(QString *error)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<RosterDatabase>(m_dir->filePath(QStringLiteral("roster.sqlite")));
        if (!m_db->open(error))
            return false;
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network2 = std::make_unique<QNetworkAccessManager>();
        m_pacers = std::make_unique<PacerRegistry>();
        return true;
    }

    // Replaces the sandbox, if any, with one started with `options`; false with
    // m_sandbox->error() when it did not start.
    bool startSandbox(const QStringList &options)
    {
        m_sandbox = std::make_unique<SandboxProcess>(options);
        return m_sandbox->start();
    }

    void tearDown()
    {
        m_pacers.reset();
        m_network2.reset();
        m_network.reset();
        m_db.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    // A service for `workspace` with the sandbox's key, on a session of its own.
    std::unique_ptr<MemberService> service(const Workspace &workspace)
    {
        return service(workspace, Sending{});
    }
    std::unique_ptr<MemberService> service(const Workspace &workspace, Sending sending)
    {
        const QByteArray key = m_sandbox->apiKey();
        auto *session = new ApiSession(
            m_network.get(), m_pacers->pacerFor(key, sending.budget, sending.maxConcurrent), key);
        if (sending.twoNetworks)
            session->addNetwork(m_network2.get());
        auto members = std::make_unique<MemberService>(workspace, session, *m_db);
        session->setParent(members.get());
        return members;
    }

    // Runs a service call to its end and answers its result; `start` takes the callback.
    template <typename T, typename Start> static Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        start([&result](const Result<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qFatal("a service call did not finish");
        return *result;
    }
};
