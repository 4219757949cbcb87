// The curl examples of the providers' guides (../shared/providers/), run as written against a
// real roster-sandbox: only the host, the API key and the role placeholder are substituted.
#include "http_client.h"
#include "sandbox_process.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Guide {
// heartbeat-sso-api.txt, "Step 2: Auto-provision pending users".
const QString HeartbeatPendingUser = uR"curl(curl -X PUT https://api.heartbeat.chat/v0/pendingUser \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "Jane Smith",
    "email": "jane@example.com",
    "roleID": "YOUR_ROLE_ID"
  }')curl"_s;

// heartbeat-sso-api.txt, "Step 4 (Optional): Own the profile".
const QString HeartbeatUpdateUser = uR"curl(curl -X POST https://api.heartbeat.chat/v0/users \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "email": "jane@example.com",
    "name": "Jane Smith-Doe",
    "bio": "Updated bio from external platform"
  }')curl"_s;

// heartbeat-sso-api.txt, "Step 5 (Optional): Handle offboarding".
const QString HeartbeatDeactivate = uR"curl(curl -X DELETE https://api.heartbeat.chat/v0/users \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "email": "jane@example.com"
  }')curl"_s;

// heartbeat-sso-api.txt, "Need to bring someone back?".
const QString HeartbeatReactivate =
    uR"curl(curl -X POST https://api.heartbeat.chat/v0/users/reactivate \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "email": "jane@example.com"
  }')curl"_s;

// login-url-portal-api.txt, "Step 1: Verify User Details", filtering by email.
const QString ForwardFindByEmail =
    uR"curl(curl -X GET "https://<api-host>/users?email=user@example.com&type=BUSINESS" \
-H "x-api-key: <YOUR_API_KEY>")curl"_s;

// login-url-portal-api.txt, "Step 1", one user by id, and its example response.
const QString ForwardGetUser = uR"curl(curl -X GET "https://<api-host>/users/user_123" \
--header "x-api-key: key_123456789")curl"_s;
const QString ForwardGetUserResponse = uR"json({
"id": "user_123",
"email": "user@example.com",
"type": "BUSINESS",
"first_name": "John",
"last_name": "Doe",
"status": "ACTIVE"
})json"_s;

// login-url-portal-api.txt, "Creating a New User".
const QString ForwardCreateUser = uR"curl(curl -X POST "https://<api-host>/users" \
-H "x-api-key: <YOUR_API_KEY>" \
-H "Content-Type: application/json" \
-d '{
"first_name": "John",
"last_name": "Doe",
"email": "user@example.com"
}')curl"_s;

// login-url-portal-api.txt, "Step 3: Update User Status".
const QString ForwardActivateUser = uR"curl(curl -X PUT "https://<api-host>/users/user_123/status" \
-H "x-api-key: YOUR_API_KEY" \
-H "Content-Type: application/json" \
-d '{
"status": "ACTIVE"
}')curl"_s;

// login-url-portal-api.txt, "Step 4: Generate a Passwordless Login Link".
const QString ForwardLoginUrl =
    uR"curl(curl -X POST "https://<api-host>/v1/users/user_123/login_url" \
-H "x-api-key: YOUR_API_KEY")curl"_s;
} // namespace Guide

namespace {
// The guide's example user as a --state file: the format GET /_sandbox/state returns.
constexpr QByteArrayView GuideUserState = R"json({
  "version": 1,
  "forward": {
    "businessId": "biz_sandbox",
    "members": [
      {
        "id": "user_123",
        "email": "user@example.com",
        "type": "BUSINESS",
        "first_name": "John",
        "last_name": "Doe",
        "status": "ACTIVE",
        "business_id": "biz_sandbox"
      }
    ]
  }
})json";

struct CurlRun
{
    QString command; // as run, after the substitutions
    int exitCode = -1;
    int status = 0;
    QByteArray body;
    QString stderrText;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray describe() const
    {
        return u"%1\n-> curl exit %2, HTTP %3, body %4, stderr %5"_s.arg(command)
            .arg(exitCode)
            .arg(status)
            .arg(QString::fromUtf8(body), stderrText)
            .toUtf8();
    }
};
} // namespace

class TestGuideExamples : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_stateDir;
    HttpClient m_http;

    bool start(const QStringList &options = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>(options);
        return m_sandbox->start();
    }

    // A sandbox whose Forward portal holds the guide's example user, user_123.
    bool startWithGuideUser()
    {
        m_stateDir = std::make_unique<QTemporaryDir>();
        const QString path = m_stateDir->filePath(u"state.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(GuideUserState.toByteArray()) < 0)
            return false;
        file.close();
        return start({u"--state"_s, path});
    }

    // Runs a guide's curl example with bash, substituting only the host, the key and the role.
    // Forward's <api-host> is the sandbox's /forward, or what forwardHost names (e.g. /forward/v1).
    CurlRun run(const QString &example, const QString &forwardHost = u"/forward"_s) const
    {
        const QString key = QString::fromUtf8(m_sandbox->apiKey());
        QString command = example;
        command.replace(u"https://api.heartbeat.chat"_s, m_sandbox->baseUrl() + u"/heartbeat"_s);
        command.replace(u"https://<api-host>"_s, m_sandbox->baseUrl() + forwardHost);
        command.replace(u"<YOUR_API_KEY>"_s, key);
        command.replace(u"YOUR_API_KEY"_s, key);
        command.replace(u"key_123456789"_s, key);
        command.replace(u"YOUR_ROLE_ID"_s, u"role_member"_s);
        command += u" -sS -w '\\n%{http_code}'"_s;

        CurlRun result;
        result.command = command;
        QProcess bash;
        bash.start(u"bash"_s, {u"-c"_s, command});
        if (!bash.waitForFinished(30000)) {
            bash.kill();
            bash.waitForFinished(5000);
            result.stderrText = u"timed out"_s;
            return result;
        }
        result.exitCode = bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
        const QByteArray out = bash.readAllStandardOutput();
        const qsizetype lastLine = out.lastIndexOf('\n');
        result.body = lastLine < 0 ? QByteArray() : out.left(lastLine);
        result.status = out.mid(lastLine + 1).toInt();
        result.stderrText = QString::fromUtf8(bash.readAllStandardError());
        return result;
    }

    QJsonObject heartbeatUser(const QString &email)
    {
        const TestReply found =
            m_http.get(m_sandbox->url(u"/heartbeat/v0/find/users?email="_s +
                                      QString::fromLatin1(QUrl::toPercentEncoding(email))),
                       HttpClient::bearer(m_sandbox->apiKey()));
        return found.status == 200 ? found.object() : QJsonObject();
    }

    // The account state, which Heartbeat's user objects do not carry: the sandbox's own view.
    QString heartbeatAccountStatus(const QString &email)
    {
        for (const QJsonValue &member : m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray()) {
            if (member[u"email"_s].toString() == email)
                return member[u"accountStatus"_s].toString();
        }
        return {};
    }

    QJsonObject forwardUser(const QString &id)
    {
        return m_http
            .get(m_sandbox->url(u"/forward/users/"_s + id),
                 HttpClient::xApiKey(m_sandbox->apiKey()))
            .object();
    }

    static QString guidesDirectory()
    {
        const QString fromEnvironment = qEnvironmentVariable("ROSTER_PROVIDER_GUIDES");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        // docs/sandbox.md: the guides are in ../shared/providers/ beside this repository.
        return QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR))
            .absoluteFilePath(u"../../../shared/providers"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
            QFAIL("curl is not installed: the guides' examples are curl commands (apt-get install "
                  "curl)");
        if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
            QFAIL("bash is not installed: the guides' examples are bash commands");
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_stateDir.reset();
    }

    void examples_areCopiedVerbatimFromTheGuides_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QString>("example");
        const QString heartbeat = u"heartbeat-sso-api.txt"_s;
        const QString forward = u"login-url-portal-api.txt"_s;
        QTest::newRow("Heartbeat pendingUser") << heartbeat << Guide::HeartbeatPendingUser;
        QTest::newRow("Heartbeat update") << heartbeat << Guide::HeartbeatUpdateUser;
        QTest::newRow("Heartbeat deactivate") << heartbeat << Guide::HeartbeatDeactivate;
        QTest::newRow("Heartbeat reactivate") << heartbeat << Guide::HeartbeatReactivate;
        QTest::newRow("Forward find") << forward << Guide::ForwardFindByEmail;
        QTest::newRow("Forward get") << forward << Guide::ForwardGetUser;
        QTest::newRow("Forward get response") << forward << Guide::ForwardGetUserResponse;
        QTest::newRow("Forward create") << forward << Guide::ForwardCreateUser;
        QTest::newRow("Forward status") << forward << Guide::ForwardActivateUser;
        QTest::newRow("Forward login_url") << forward << Guide::ForwardLoginUrl;
    }

    void examples_areCopiedVerbatimFromTheGuides()
    {
        QFETCH(QString, guide);
        QFETCH(QString, example);
        QFile file(QDir(guidesDirectory()).filePath(guide));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(u"%1 is not beside the repository (set ROSTER_PROVIDER_GUIDES)"_s.arg(
                file.fileName())));
        const QString text = QString::fromUtf8(file.readAll()).remove(u'\r');
        QVERIFY2(text.contains(example), qPrintable(u"not in %1:\n%2"_s.arg(guide, example)));
    }

    void heartbeat_provisionUpdateOffboardAndBringBackJane()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->error()));

        const CurlRun pending = run(Guide::HeartbeatPendingUser);
        QVERIFY2(pending.exitCode == 0 && pending.status == 200, pending.describe().constData());
        QCOMPARE(pending.object(), QJsonObject({{u"success"_s, true}}));
        QJsonObject jane = heartbeatUser(u"jane@example.com"_s);
        QCOMPARE(jane[u"name"_s].toString(), u"Jane Smith"_s);
        QCOMPARE(jane[u"role"_s], QJsonValue(u"Member"_s));
        QCOMPARE(jane[u"lastLogin"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"pending"_s);

        const CurlRun update = run(Guide::HeartbeatUpdateUser);
        QVERIFY2(update.exitCode == 0 && update.status == 200, update.describe().constData());
        QCOMPARE(update.object(), QJsonObject({{u"success"_s, true}}));
        jane = heartbeatUser(u"jane@example.com"_s);
        QCOMPARE(jane[u"name"_s].toString(), u"Jane Smith-Doe"_s);
        QCOMPARE(jane[u"firstName"_s].toString(), u"Jane"_s);
        QCOMPARE(jane[u"lastName"_s].toString(), u"Smith-Doe"_s);
        QCOMPARE(jane[u"bio"_s].toString(), u"Updated bio from external platform"_s);
        QCOMPARE(jane[u"role"_s], QJsonValue(u"Member"_s));
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"pending"_s);

        const CurlRun deactivate = run(Guide::HeartbeatDeactivate);
        QVERIFY2(deactivate.exitCode == 0 && deactivate.status == 200,
                 deactivate.describe().constData());
        QCOMPARE(deactivate.object(), QJsonObject({{u"success"_s, true}}));
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"deactivated"_s);
        QCOMPARE(heartbeatUser(u"jane@example.com"_s)[u"name"_s].toString(), u"Jane Smith-Doe"_s);

        const CurlRun reactivate = run(Guide::HeartbeatReactivate);
        QVERIFY2(reactivate.exitCode == 0 && reactivate.status == 200,
                 reactivate.describe().constData());
        QCOMPARE(reactivate.object(), QJsonObject({{u"success"_s, true}}));
        jane = heartbeatUser(u"jane@example.com"_s);
        // She never logged in, so she is back to pending rather than active.
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"pending"_s);
        QCOMPARE(jane[u"name"_s].toString(), u"Jane Smith-Doe"_s);
        QCOMPARE(jane[u"bio"_s].toString(), u"Updated bio from external platform"_s);

        // Run again, the reactivation finds her not deactivated: Heartbeat's live refusal.
        const CurlRun again = run(Guide::HeartbeatReactivate);
        QVERIFY2(again.exitCode == 0 && again.status == 400, again.describe().constData());
        QCOMPARE(again.object(), QJsonObject({{u"code"_s, u"VALIDATION_ERROR"_s},
                                              {u"message"_s, u"This user is already active"_s}}));
    }

    void forward_findByEmail_returnsTheGuideUser()
    {
        QVERIFY2(startWithGuideUser(), qPrintable(m_sandbox->error()));
        const CurlRun find = run(Guide::ForwardFindByEmail);
        QVERIFY2(find.exitCode == 0 && find.status == 200, find.describe().constData());
        const QJsonObject page = find.object();
        QCOMPARE(page[u"meta"_s][u"total_count"_s].toInt(), 1);
        QCOMPARE(page[u"data"_s].toArray().size(), 1);
        QCOMPARE(page[u"data"_s][0].toObject(),
                 QJsonDocument::fromJson(Guide::ForwardGetUserResponse.toUtf8()).object());
    }

    void forward_getUser_returnsExactlyTheDocumentedResponse()
    {
        QVERIFY2(startWithGuideUser(), qPrintable(m_sandbox->error()));
        const CurlRun get = run(Guide::ForwardGetUser);
        QVERIFY2(get.exitCode == 0 && get.status == 200, get.describe().constData());
        QJsonParseError error;
        const QJsonDocument documented =
            QJsonDocument::fromJson(Guide::ForwardGetUserResponse.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(get.object(), documented.object());
    }

    void forward_createUser_answers201WithANewId()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        const CurlRun create = run(Guide::ForwardCreateUser);
        QVERIFY2(create.exitCode == 0 && create.status == 201, create.describe().constData());
        const QJsonObject user = create.object();
        const QString id = user[u"id"_s].toString();
        QVERIFY2(QRegularExpression(u"^user_[a-z0-9]{12}$"_s).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(user[u"first_name"_s].toString(), u"John"_s);
        QCOMPARE(user[u"last_name"_s].toString(), u"Doe"_s);
        QCOMPARE(user[u"email"_s].toString(), u"user@example.com"_s);
        QCOMPARE(user[u"type"_s].toString(), u"BUSINESS"_s);
        QCOMPARE(user[u"status"_s].toString(), u"ACTIVE"_s);
        QCOMPARE(forwardUser(id), user);

        // The guide's first step now finds the new user.
        const CurlRun find = run(Guide::ForwardFindByEmail);
        QVERIFY2(find.exitCode == 0 && find.status == 200, find.describe().constData());
        QCOMPARE(find.object()[u"data"_s][0][u"id"_s].toString(), id);
    }

    void forward_usersExamples_workOnABaseEndingInV1()
    {
        // A live client's configured base ends in /v1: the users calls work under it, and the
        // login link path, which already starts with /v1, must not be appended to it.
        QVERIFY2(start(), qPrintable(m_sandbox->error()));
        const CurlRun create = run(Guide::ForwardCreateUser, u"/forward/v1"_s);
        QVERIFY2(create.exitCode == 0 && create.status == 201, create.describe().constData());
        const QString id = create.object()[u"id"_s].toString();
        QCOMPARE(forwardUser(id), create.object());

        const CurlRun find = run(Guide::ForwardFindByEmail, u"/forward/v1"_s);
        QVERIFY2(find.exitCode == 0 && find.status == 200, find.describe().constData());
        QCOMPARE(find.object()[u"data"_s][0][u"id"_s].toString(), id);

        const QString linkExample = QString(Guide::ForwardLoginUrl).replace(u"user_123"_s, id);
        const CurlRun doubled = run(linkExample, u"/forward/v1"_s);
        QVERIFY2(doubled.exitCode == 0 && doubled.status == 404, doubled.describe().constData());
        const CurlRun link = run(linkExample);
        QVERIFY2(link.exitCode == 0 && link.status == 200, link.describe().constData());
        QCOMPARE(link.object()[u"id"_s].toString(), id);
    }

    void forward_activateUser_answers200WithAConfirmation()
    {
        QVERIFY2(startWithGuideUser(), qPrintable(m_sandbox->error()));
        // Deactivate first, so that the example really activates.
        QCOMPARE(m_http
                     .sendJson("PUT", m_sandbox->url(u"/forward/users/user_123/status"_s),
                               HttpClient::xApiKey(m_sandbox->apiKey()),
                               {{u"status"_s, u"INACTIVE"_s}})
                     .status,
                 200);
        QCOMPARE(forwardUser(u"user_123"_s)[u"status"_s].toString(), u"INACTIVE"_s);

        const CurlRun activate = run(Guide::ForwardActivateUser);
        QVERIFY2(activate.exitCode == 0 && activate.status == 200, activate.describe().constData());
        QVERIFY2(!activate.object()[u"message"_s].toString().isEmpty(),
                 activate.describe().constData());
        QCOMPARE(forwardUser(u"user_123"_s)[u"status"_s].toString(), u"ACTIVE"_s);
    }

    void forward_loginUrl_pointsAtTheSandboxAndWorksOnce()
    {
        QVERIFY2(startWithGuideUser(), qPrintable(m_sandbox->error()));
        const CurlRun link = run(Guide::ForwardLoginUrl);
        QVERIFY2(link.exitCode == 0 && link.status == 200, link.describe().constData());
        const QJsonObject answer = link.object();
        QCOMPARE(answer.keys(), QStringList({u"id"_s, u"login_url"_s}));
        QCOMPARE(answer[u"id"_s].toString(), u"user_123"_s);
        const QString loginUrl = answer[u"login_url"_s].toString();
        const QString prefix = m_sandbox->baseUrl() + u"/forward/auth/magic-link?code="_s;
        QVERIFY2(loginUrl.startsWith(prefix) && loginUrl.size() > prefix.size(),
                 qPrintable(loginUrl));

        const TestReply opened = m_http.get(QUrl(loginUrl));
        QCOMPARE(opened.status, 200);
        QVERIFY2(opened.body.contains("John Doe"), opened.body.constData());
        QCOMPARE(m_http.get(QUrl(loginUrl)).status, 410);
    }
};

QTEST_GUILESS_MAIN(TestGuideExamples)
#include "tst_guide_examples.moc"
