// The sandbox's --state file over loopback against a real roster-sandbox: members and their
// states survive a restart, a SIGTERM and a SIGKILL; the file is always complete; a corrupt file
// stops the sandbox without being touched.
#include "http_client.h"
#include "sandbox_process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_statePath;
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    bool start(const QStringList &extraArguments = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--state"_s, m_statePath} + extraArguments);
        return m_sandbox->start();
    }

    RawHeaders bearer() const { return HttpClient::bearer(m_sandbox->apiKey()); }
    RawHeaders xApiKey() const { return HttpClient::xApiKey(m_sandbox->apiKey()); }

    QByteArray fileBytes() const
    {
        QFile file(m_statePath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QJsonObject fileState() const { return QJsonDocument::fromJson(fileBytes()).object(); }

    QStringList directoryEntries() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    static qsizetype memberCount(const QJsonObject &state, const QString &provider)
    {
        return state[provider][u"members"_s].toArray().size();
    }

    int heartbeatCall(QByteArrayView method, const QString &path, const QJsonObject &body)
    {
        return m_http.sendJson(method, m_sandbox->url(u"/heartbeat/v0"_s + path), bearer(), body)
            .status;
    }

    int createHeartbeat(const QString &path, const QString &email, const QString &name)
    {
        return heartbeatCall(
            "PUT", path, {{u"email"_s, email}, {u"name"_s, name}, {u"roleID"_s, u"role_member"_s}});
    }

    QJsonObject heartbeatUser(const QString &email)
    {
        const TestReply found =
            m_http.get(m_sandbox->url(u"/heartbeat/v0/find/users?email="_s +
                                      QString::fromLatin1(QUrl::toPercentEncoding(email))),
                       bearer());
        return found.status == 200 ? found.object() : QJsonObject();
    }

    // The member as the sandbox keeps it, with the account state that user objects lack.
    QJsonObject heartbeatMember(const QString &email)
    {
        for (const QJsonValue &member : m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray()) {
            if (member[u"email"_s].toString() == email)
                return member.toObject();
        }
        return {};
    }

    bool signInToHeartbeat(const QString &email)
    {
        const QString link =
            m_http
                .sendJson("POST", m_sandbox->url(u"/heartbeat/community/magic-link"_s),
                          {{"Accept", "application/json"}}, {{u"email"_s, email}})
                .object()[u"magicLink"_s]
                .toString();
        return !link.isEmpty() && m_http.get(QUrl(link)).status == 200;
    }

    void writeStateFile(const QByteArray &contents)
    {
        QFile file(m_statePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }

    QString createForward(const QString &email, const QString &firstName)
    {
        const TestReply created = m_http.sendJson(
            "POST", m_sandbox->url(u"/forward/users"_s), xApiKey(),
            {{u"first_name"_s, firstName}, {u"last_name"_s, u"Smith"_s}, {u"email"_s, email}});
        return created.status == 201 ? created.object()[u"id"_s].toString() : QString();
    }

    QJsonObject forwardMember(const QString &id)
    {
        const TestReply found = m_http.get(m_sandbox->url(u"/forward/users/"_s + id), xApiKey());
        return found.status == 200 ? found.object() : QJsonObject();
    }

    qint64 createBeam(const QString &email, const QString &firstName)
    {
        const TestReply created =
            m_http.sendJson("POST", m_sandbox->url(u"/beam/users/create"_s), bearer(),
                            {{u"email"_s, email},
                             {u"firstName"_s, firstName},
                             {u"lastName"_s, u"Smith"_s},
                             {u"password"_s, u"correct horse"_s}});
        return created.status == 200 ? created.object()[u"user"_s][u"id"_s].toInteger() : 0;
    }

    QJsonObject beamMember(const QString &email)
    {
        const TestReply found = m_http.sendJson("POST", m_sandbox->url(u"/beam/users/retrieve"_s),
                                                bearer(), {{u"email"_s, email}});
        return found.status == 200 ? found.object()[u"user"_s].toObject() : QJsonObject();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
        m_statePath = m_dir->filePath(u"state.json"_s);
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_dir.reset();
    }

    void membersAndTheirStates_surviveARestart()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        QCOMPARE(createHeartbeat(u"/users"_s, u"jane@example.com"_s, u"Jane Smith"_s), 200);
        QCOMPARE(createHeartbeat(u"/pendingUser"_s, u"pat@example.com"_s, u"Pat Pending"_s), 200);
        QCOMPARE(createHeartbeat(u"/users"_s, u"kim@example.com"_s, u"Kim Gone"_s), 200);
        QCOMPARE(createHeartbeat(u"/pendingUser"_s, u"lee@example.com"_s, u"Lee Never"_s), 200);
        QCOMPARE(heartbeatCall("DELETE", u"/users"_s, {{u"email"_s, u"kim@example.com"_s}}), 200);
        QCOMPARE(heartbeatCall("DELETE", u"/users"_s, {{u"email"_s, u"lee@example.com"_s}}), 200);
        QCOMPARE(heartbeatCall("POST", u"/users"_s,
                               {{u"email"_s, u"jane@example.com"_s}, {u"bio"_s, u"Zoë's bio"_s}}),
                 200);
        QVERIFY(signInToHeartbeat(u"jane@example.com"_s));
        QCOMPARE(heartbeatCall("PUT", u"/users"_s,
                               {{u"email"_s, u"ian@example.com"_s},
                                {u"name"_s, u"Ian Intro"_s},
                                {u"roleID"_s, u"role_member"_s},
                                {u"bio"_s, u"Hello all"_s},
                                {u"createIntroductionThread"_s, true}}),
                 200);
        const QString janeLastLogin =
            heartbeatMember(u"jane@example.com"_s)[u"lastLogin"_s].toString();
        QVERIFY(!janeLastLogin.isEmpty());

        const QString active = createForward(u"ana@example.com"_s, u"Ana"_s);
        const QString inactive = createForward(u"ivo@example.com"_s, u"Ivo"_s);
        QVERIFY(!active.isEmpty() && !inactive.isEmpty());
        QCOMPARE(m_http
                     .sendJson("PUT",
                               m_sandbox->url(u"/forward/users/"_s + inactive + u"/status"_s),
                               xApiKey(), {{u"status"_s, u"INACTIVE"_s}})
                     .status,
                 200);

        QCOMPARE(createBeam(u"bo@example.com"_s, u"Bo"_s), 1001);
        QCOMPARE(createBeam(u"cy@example.com"_s, u"Cy"_s), 1002);
        const QString sso = m_http.send("POST", m_sandbox->url(u"/beam/sso/1002"_s), bearer())
                                .object()[u"url"_s]
                                .toString();
        QCOMPARE(m_http.get(QUrl(sso)).status, 200);
        // The last change just before SIGTERM: shutdown writes what is still pending.
        QCOMPARE(m_http
                     .sendJson("POST", m_sandbox->url(u"/beam/users/1001"_s), bearer(),
                               {{u"firstName"_s, u"Bodil"_s}})
                     .status,
                 200);
        const QJsonObject before = m_sandbox->state();
        QCOMPARE(m_sandbox->terminate(), 0);
        QCOMPARE(fileState(), before);

        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        QCOMPARE(m_sandbox->state(), before);
        QCOMPARE(heartbeatMember(u"jane@example.com"_s)[u"accountStatus"_s].toString(),
                 u"active"_s);
        QCOMPARE(heartbeatMember(u"jane@example.com"_s)[u"bio"_s].toString(), u"Zoë's bio"_s);
        QCOMPARE(heartbeatUser(u"jane@example.com"_s)[u"lastLogin"_s].toString(), janeLastLogin);
        QCOMPARE(heartbeatUser(u"pat@example.com"_s)[u"lastLogin"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(heartbeatMember(u"ian@example.com"_s)[u"introductionThread"_s].toBool(), true);
        QCOMPARE(heartbeatMember(u"jane@example.com"_s)[u"introductionThread"_s].toBool(), false);
        QCOMPARE(heartbeatMember(u"pat@example.com"_s)[u"accountStatus"_s].toString(),
                 u"pending"_s);
        QCOMPARE(heartbeatMember(u"kim@example.com"_s)[u"accountStatus"_s].toString(),
                 u"deactivated"_s);
        QCOMPARE(heartbeatMember(u"lee@example.com"_s)[u"accountStatus"_s].toString(),
                 u"deactivated"_s);
        // Whether a deactivated member was ever active survives too.
        QCOMPARE(
            heartbeatCall("POST", u"/users/reactivate"_s, {{u"email"_s, u"kim@example.com"_s}}),
            200);
        QCOMPARE(
            heartbeatCall("POST", u"/users/reactivate"_s, {{u"email"_s, u"lee@example.com"_s}}),
            200);
        QCOMPARE(heartbeatMember(u"kim@example.com"_s)[u"accountStatus"_s].toString(), u"active"_s);
        QCOMPARE(heartbeatMember(u"lee@example.com"_s)[u"accountStatus"_s].toString(),
                 u"pending"_s);

        QCOMPARE(forwardMember(active)[u"status"_s].toString(), u"ACTIVE"_s);
        QCOMPARE(forwardMember(inactive)[u"status"_s].toString(), u"INACTIVE"_s);
        QCOMPARE(forwardMember(inactive)[u"email"_s].toString(), u"ivo@example.com"_s);

        QCOMPARE(beamMember(u"bo@example.com"_s)[u"firstName"_s].toString(), u"Bodil"_s);
        QCOMPARE(beamMember(u"bo@example.com"_s)[u"id"_s].toInteger(), 1001);
        QCOMPARE(beamMember(u"cy@example.com"_s)[u"verified"_s].toBool(), true);
        QCOMPARE(beamMember(u"bo@example.com"_s)[u"verified"_s].toBool(), false);
        QCOMPARE(createBeam(u"di@example.com"_s, u"Di"_s), 1003);
        QCOMPARE(m_sandbox->terminate(), 0);

        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        QCOMPARE(createBeam(u"ed@example.com"_s, u"Ed"_s), 1004);
        QCOMPARE(memberCount(m_sandbox->state(), u"beam"_s), 4);
    }

    void seedMembers_writesANewStateFileAtOnce()
    {
        QVERIFY(!QFile::exists(m_statePath));
        QVERIFY2(start({u"--members"_s, u"4"_s}), qPrintable(m_sandbox->error()));
        QVERIFY(QFile::exists(m_statePath));
        const QJsonObject file = fileState();
        QCOMPARE(file[u"version"_s].toInt(), 2);
        QCOMPARE(memberCount(file, u"heartbeat"_s), 4);
        QCOMPARE(memberCount(file, u"forward"_s), 4);
        QCOMPARE(memberCount(file, u"beam"_s), 4);
        QCOMPARE(file, m_sandbox->state());
    }

    void seedMembers_doesNotReseedAnExistingFile()
    {
        QVERIFY2(start({u"--members"_s, u"4"_s}), qPrintable(m_sandbox->error()));
        QCOMPARE(createHeartbeat(u"/users"_s, u"jane@example.com"_s, u"Jane Smith"_s), 200);
        const QJsonObject before = m_sandbox->state();
        QCOMPARE(m_sandbox->terminate(), 0);

        QVERIFY2(start({u"--members"_s, u"7"_s}), qPrintable(m_sandbox->error()));
        const QJsonObject after = m_sandbox->state();
        QCOMPARE(memberCount(after, u"heartbeat"_s), 5);
        QCOMPARE(memberCount(after, u"forward"_s), 4);
        QCOMPARE(memberCount(after, u"beam"_s), 4);
        QCOMPARE(after, before);
        QCOMPARE(m_sandbox->terminate(), 0);
        QCOMPARE(fileState(), before);
    }

    void seedMembers_leavesAnExistingEmptyStateFileEmpty()
    {
        // A state that was saved with no members is not new: --members does not fill it.
        {
            SandboxProcess empty({u"--rate-limit"_s, u"0"_s});
            QVERIFY2(empty.start(), qPrintable(empty.error()));
            const TestReply saved = m_http.get(empty.url(u"/_sandbox/state"_s));
            QCOMPARE(saved.status, 200);
            QFile file(m_statePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(saved.body);
        }
        const QByteArray written = fileBytes();
        QVERIFY2(start({u"--members"_s, u"3"_s}), qPrintable(m_sandbox->error()));
        const QJsonObject loaded = m_sandbox->state();
        QCOMPARE(memberCount(loaded, u"heartbeat"_s), 0);
        QCOMPARE(memberCount(loaded, u"forward"_s), 0);
        QCOMPARE(memberCount(loaded, u"beam"_s), 0);
        QCOMPARE(fileBytes(), written);
    }

    void changesAreWritten_withoutAShutdown()
    {
        QVERIFY2(start({u"--members"_s, u"2"_s}), qPrintable(m_sandbox->error()));
        QCOMPARE(createHeartbeat(u"/users"_s, u"jane@example.com"_s, u"Jane Smith"_s), 200);
        const QString forwardId = createForward(u"ana@example.com"_s, u"Ana"_s);
        QVERIFY(!forwardId.isEmpty());
        const qint64 beamId = createBeam(u"bo@example.com"_s, u"Bo"_s);
        QVERIFY(beamId > 0);
        const QJsonObject before = m_sandbox->state();

        QTest::qWait(1000);
        m_sandbox->process().kill();
        QVERIFY(m_sandbox->process().waitForFinished(5000));
        QCOMPARE(m_sandbox->process().exitStatus(), QProcess::CrashExit);
        QCOMPARE(fileState(), before);

        QVERIFY2(start({u"--members"_s, u"2"_s}), qPrintable(m_sandbox->error()));
        QCOMPARE(m_sandbox->state(), before);
        QCOMPARE(heartbeatMember(u"jane@example.com"_s)[u"name"_s].toString(), u"Jane Smith"_s);
        QCOMPARE(forwardMember(forwardId)[u"email"_s].toString(), u"ana@example.com"_s);
        QCOMPARE(beamMember(u"bo@example.com"_s)[u"id"_s].toInteger(), beamId);
    }

    void stateFile_isAlwaysCompleteJson_withNoTemporaryFilesLeft()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        qsizetype previousCount = 0;
        for (int i = 0; i < 40; ++i) {
            const QString email = u"member%1@example.com"_s.arg(i);
            if (i % 3 == 0)
                QCOMPARE(createHeartbeat(u"/users"_s, email, u"Member %1"_s.arg(i)), 200);
            else if (i % 3 == 1)
                QVERIFY(!createForward(email, u"Member%1"_s.arg(i)).isEmpty());
            else
                QVERIFY(createBeam(email, u"Member%1"_s.arg(i)) > 0);
            if (i % 5 == 0)
                QTest::qWait(150);
            if (!QFile::exists(m_statePath))
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(fileBytes(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(document.object()[u"version"_s].toInt(), 2);
            const qsizetype count = memberCount(document.object(), u"heartbeat"_s) +
                                    memberCount(document.object(), u"forward"_s) +
                                    memberCount(document.object(), u"beam"_s);
            QVERIFY(count >= previousCount);
            previousCount = count;
        }
        const QJsonObject final = m_sandbox->state();
        QTRY_COMPARE_WITH_TIMEOUT(fileState(), final, 10000);
        QCOMPARE(directoryEntries(), QStringList{u"state.json"_s});
        QCOMPARE(m_sandbox->terminate(), 0);
        QCOMPARE(fileState(), final);
        QCOMPARE(directoryEntries(), QStringList{u"state.json"_s});
    }

    void loginLinks_doNotSurviveARestart()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        const QString id = createForward(u"ana@example.com"_s, u"Ana"_s);
        const QString link =
            m_http
                .send("POST", m_sandbox->url(u"/forward/v1/users/"_s + id + u"/login_url"_s),
                      xApiKey())
                .object()[u"login_url"_s]
                .toString();
        QVERIFY(!link.isEmpty());
        const QString pathAndQuery = link.mid(m_sandbox->baseUrl().size());
        QCOMPARE(m_sandbox->terminate(), 0);
        QVERIFY(!fileBytes().contains(QUrlQuery(QUrl(link)).queryItemValue(u"code"_s).toUtf8()));

        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        QCOMPARE(m_http.get(m_sandbox->url(pathAndQuery)).status, 404);
        QCOMPARE(forwardMember(id)[u"email"_s].toString(), u"ana@example.com"_s);
    }

    void sigterm_rightAfterStart_exitsCleanly()
    {
        // SIGTERM as soon as the sandbox announces itself must still shut it down cleanly.
        for (int i = 0; i < 10; ++i) {
            QVERIFY2(start({u"--members"_s, u"2"_s}), qPrintable(m_sandbox->error()));
            QCOMPARE(m_sandbox->terminate(), 0);
            QCOMPARE(memberCount(fileState(), u"beam"_s), 2);
        }
    }

    void versionOneFile_isReadAndWrittenBackAsVersionTwo()
    {
        // A file of the first format: no lastLogin, introductionThread or parentGroupID.
        writeStateFile(R"({
  "version": 1,
  "heartbeat": {
    "roles": [{"id": "role_member", "name": "Member", "isAdmin": false}],
    "groups": [{"id": "grp_a", "name": "A", "description": "first"},
               {"id": "grp_b", "name": "B", "description": "second"}],
    "members": [
      {"id": "m1", "email": "old@example.com", "name": "Old Timer", "roleID": "role_member",
       "groupIDs": ["grp_a"], "bio": "", "status": "Away", "linkedin": "", "twitter": "",
       "instagram": "", "profilePicture": "", "accountStatus": "active", "everActive": true,
       "createdAt": "2024-01-02T03:04:05.678Z", "updatedAt": "2024-01-02T03:04:05.678Z"},
      {"id": "m2", "email": "gone@example.com", "name": "Gone Away", "roleID": "role_member",
       "groupIDs": [], "accountStatus": "deactivated", "everActive": false,
       "createdAt": "2024-01-02T03:04:05.678Z", "updatedAt": "2024-01-02T03:04:05.678Z"}
    ]
  },
  "forward": {"businessId": "biz_sandbox", "members": [
    {"id": "user_old", "email": "fw@example.com", "type": "BUSINESS", "first_name": "F",
     "last_name": "W", "status": "inactive", "business_id": "biz_sandbox"}]},
  "beam": {"nextId": 1001, "members": []}
})"_ba);
        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        const QJsonObject user = heartbeatUser(u"old@example.com"_s);
        QCOMPARE(user[u"createdAt"_s].toString(), u"2024-01-02T03:04:05.678Z"_s);
        QCOMPARE(user[u"lastLogin"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(user[u"role"_s], QJsonValue(u"Member"_s));
        QCOMPARE(heartbeatMember(u"old@example.com"_s)[u"status"_s].toString(), u"Away"_s);
        QCOMPARE(heartbeatMember(u"gone@example.com"_s)[u"accountStatus"_s].toString(),
                 u"deactivated"_s);
        const QJsonArray groups =
            m_http.get(m_sandbox->url(u"/heartbeat/v0/groups"_s), bearer()).array();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0][u"parentGroupID"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(forwardMember(u"user_old"_s)[u"status"_s].toString(), u"INACTIVE"_s);

        // Reactivating the member who never signed in leaves them pending.
        QCOMPARE(
            heartbeatCall("POST", u"/users/reactivate"_s, {{u"email"_s, u"gone@example.com"_s}}),
            200);
        QCOMPARE(m_sandbox->terminate(), 0);
        const QJsonObject written = fileState();
        QCOMPARE(written[u"version"_s].toInt(), 2);
        const QJsonObject old = written[u"heartbeat"_s][u"members"_s][0].toObject();
        QCOMPARE(old[u"lastLogin"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(old[u"introductionThread"_s], QJsonValue(false));
        QCOMPARE(written[u"heartbeat"_s][u"members"_s][1][u"accountStatus"_s].toString(),
                 u"pending"_s);
        QCOMPARE(written[u"heartbeat"_s][u"groups"_s][1][u"parentGroupID"_s],
                 QJsonValue(QJsonValue::Null));
    }

    void corruptStateFile_stopsTheSandboxAndIsLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("garbage") << "this is not JSON {{{"_ba;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5);
        QTest::newRow("truncated")
            << R"({"version":1,"heartbeat":{"members":[{"id":"a","email":"a@example.com")"_ba;
        QTest::newRow("JSON array") << "[]"_ba;
        QTest::newRow("newer version")
            << R"({"version":3,"heartbeat":{"members":[]},"forward":{"members":[]},"beam":{"members":[]}})"_ba;
        QTest::newRow("version 0")
            << R"({"version":0,"heartbeat":{"members":[]},"forward":{"members":[]},"beam":{"members":[]}})"_ba;
        QTest::newRow("no version")
            << R"({"heartbeat":{"members":[]},"forward":{"members":[]},"beam":{"members":[]}})"_ba;
        QTest::newRow("bad account state")
            << R"({"version":1,"heartbeat":{"members":[{"id":"a","email":"a@example.com","accountStatus":"zombie"}]}})"_ba;
        QTest::newRow("duplicate email")
            << R"({"version":1,"forward":{"members":[{"id":"user_a","email":"a@example.com","status":"ACTIVE"},{"id":"user_b","email":"A@example.com","status":"ACTIVE"}]}})"_ba;
    }

    void corruptStateFile_stopsTheSandboxAndIsLeftUntouched()
    {
        QFETCH(QByteArray, contents);
        {
            QFile file(m_statePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(contents), contents.size());
        }
        const QDateTime modified = QFileInfo(m_statePath).lastModified();

        QVERIFY(!start({u"--members"_s, u"3"_s}));
        QVERIFY(m_sandbox->process().state() == QProcess::NotRunning ||
                m_sandbox->process().waitForFinished(10000));
        QCOMPARE(m_sandbox->process().exitStatus(), QProcess::NormalExit);
        QVERIFY(m_sandbox->process().exitCode() != 0);
        QVERIFY2(m_sandbox->error().contains(m_statePath), qPrintable(m_sandbox->error()));

        QCOMPARE(fileBytes(), contents);
        QCOMPARE(QFileInfo(m_statePath).lastModified(), modified);
        QCOMPARE(directoryEntries(), QStringList{u"state.json"_s});
    }
};

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
