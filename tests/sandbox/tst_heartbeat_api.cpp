// Heartbeat's users and roles over loopback against a real roster-sandbox: every endpoint, its
// success and each failure, in the shapes of the live service (NOTES.md).
#include "http_client.h"
#include "sandbox_process.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The keys of the live user object (NOTES.md), sorted as QJsonObject::keys() answers them.
const QStringList LiveUserKeys = {u"avatar"_s,       u"bio"_s,
                                  u"createdAt"_s,    u"email"_s,
                                  u"firstName"_s,    u"groups"_s,
                                  u"id"_s,           u"isAdmin"_s,
                                  u"lastLogin"_s,    u"lastName"_s,
                                  u"linkedInData"_s, u"linkedInSummary"_s,
                                  u"name"_s,         u"onboardingResponses"_s,
                                  u"role"_s,         u"socialLinks"_s};

const QJsonObject CouldNotFindUser{{u"error"_s, true}, {u"message"_s, u"Could not find user"_s}};
// Live for DELETE /users; reactivation is guessed to match.
const QJsonObject CouldNotFindUserWithoutErrorKey{{u"message"_s, u"Could not find user"_s}};
const QJsonObject AlreadyActive{{u"code"_s, u"VALIDATION_ERROR"_s},
                                {u"message"_s, u"This user is already active"_s}};
const QJsonObject Success{{u"success"_s, true}};
} // namespace

class TestHeartbeatApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    bool start(const QStringList &extra = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"5"_s} + extra);
        return m_sandbox->start();
    }

    QUrl api(const QString &path) const { return m_sandbox->url(u"/heartbeat/v0"_s + path); }
    RawHeaders auth() const { return HttpClient::bearer(m_sandbox->apiKey()); }

    TestReply call(QByteArrayView method, const QString &path, const QJsonObject &body = {})
    {
        if (body.isEmpty())
            return m_http.send(method, api(path), auth());
        return m_http.sendJson(method, api(path), auth(), body);
    }

    TestReply find(const QString &email)
    {
        return m_http.get(
            api(u"/find/users?email="_s + QString::fromLatin1(QUrl::toPercentEncoding(email))),
            auth());
    }

    QJsonObject findOne(const QString &email)
    {
        const TestReply found = find(email);
        return found.status == 200 ? found.object() : QJsonObject();
    }

    // The member as GET /_sandbox/state keeps it, with its account state.
    QJsonObject stored(const QString &email)
    {
        for (const QJsonValue &member : m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray()) {
            if (member[u"email"_s].toString() == email)
                return member.toObject();
        }
        return {};
    }

    QString accountStatus(const QString &email)
    {
        return stored(email)[u"accountStatus"_s].toString();
    }

    static QJsonObject jane()
    {
        return {{u"name"_s, u"Jane Smith"_s},
                {u"email"_s, u"jane@example.com"_s},
                {u"roleID"_s, u"role_member"_s}};
    }

    static void verifyError(const TestReply &result, int status, const QString &mentions)
    {
        QCOMPARE(result.status, status);
        const QJsonObject error = result.object();
        QCOMPARE(error.keys(), QStringList({u"error"_s, u"message"_s}));
        QCOMPARE(error.value(u"error"_s).toBool(), true);
        QVERIFY2(error.value(u"message"_s).toString().contains(mentions),
                 qPrintable(u"message \"%1\" should mention \"%2\""_s.arg(
                     error.value(u"message"_s).toString(), mentions)));
    }

    static void verifyLiveUserShape(const QJsonObject &user)
    {
        QCOMPARE(user.keys(), LiveUserKeys);
        QVERIFY(user[u"role"_s].isString() || user[u"role"_s].isNull());
        QVERIFY(user[u"isAdmin"_s].isBool());
        QVERIFY(user[u"lastLogin"_s].isString() || user[u"lastLogin"_s].isNull());
        static const QRegularExpression isoUtcMs(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        QVERIFY2(isoUtcMs.match(user[u"createdAt"_s].toString()).hasMatch(),
                 qPrintable(user[u"createdAt"_s].toString()));
        if (user[u"lastLogin"_s].isString())
            QVERIFY2(isoUtcMs.match(user[u"lastLogin"_s].toString()).hasMatch(),
                     qPrintable(user[u"lastLogin"_s].toString()));
        QVERIFY(user[u"socialLinks"_s].isObject());
        QCOMPARE(user[u"linkedInSummary"_s], QJsonValue(u""_s));
        QCOMPARE(user[u"linkedInData"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(user[u"onboardingResponses"_s], QJsonValue(QJsonArray()));
        for (const QJsonValue &group : user[u"groups"_s].toArray())
            QCOMPARE(group.toObject().keys(), QStringList({u"id"_s, u"name"_s}));
        QVERIFY(!user[u"avatar"_s].toString().isEmpty());
    }

private Q_SLOTS:
    void init() { QVERIFY2(start(), qPrintable(m_sandbox->error())); }

    void cleanup() { m_sandbox.reset(); }

    void listUsers_answersABareArrayOfLiveUserObjects()
    {
        const TestReply result = call("GET", u"/users"_s);
        QCOMPARE(result.status, 200);
        const QJsonArray users = result.array();
        QCOMPARE(users.size(), 5);
        for (const QJsonValue &user : users)
            verifyLiveUserShape(user.toObject());
    }

    void userObject_hasNoAccountStateButTheStateKeepsIt()
    {
        QCOMPARE(call("PUT", u"/pendingUser"_s, jane()).status, 200);
        const QJsonObject user = findOne(u"jane@example.com"_s);
        verifyLiveUserShape(user);
        QVERIFY(!user.contains(u"accountStatus"_s));
        QVERIFY(!user.contains(u"status"_s));
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"pending"_s);
        QCOMPARE(stored(u"jane@example.com"_s)[u"lastLogin"_s], QJsonValue(QJsonValue::Null));
    }

    void getUser_byIdOr404()
    {
        const QJsonObject first = call("GET", u"/users"_s).array().first().toObject();
        const TestReply found = call("GET", u"/users/"_s + first.value(u"id"_s).toString());
        QCOMPARE(found.status, 200);
        QCOMPARE(found.object(), first);

        const TestReply missing = call("GET", u"/users/no-such-user"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object(), CouldNotFindUser);
    }

    void findUser_answersOneObjectIgnoringCase()
    {
        const TestReply created = call("PUT", u"/users"_s, jane());
        QCOMPARE(created.status, 200);
        const TestReply found = find(u"JANE@Example.com"_s);
        QCOMPARE(found.status, 200);
        QVERIFY2(found.body.startsWith('{'), found.body.constData());
        QCOMPARE(found.object()[u"name"_s].toString(), u"Jane Smith"_s);
        QCOMPARE(found.object()[u"id"_s], created.object()[u"userID"_s]);

        const TestReply none = find(u"nobody@example.com"_s);
        QCOMPARE(none.status, 404);
        QCOMPARE(none.object(), CouldNotFindUser);

        verifyError(call("GET", u"/find/users"_s), 400, u"email"_s);
    }

    void findUser_findsMembersInEveryAccountState()
    {
        QCOMPARE(call("PUT", u"/pendingUser"_s, jane()).status, 200);
        QCOMPARE(find(u"jane@example.com"_s).status, 200);
        QCOMPARE(call("DELETE", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}}).status, 200);
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"deactivated"_s);
        QCOMPARE(find(u"jane@example.com"_s).status, 200);
    }

    void createActiveUser_answersItsIdAndKeepsRoleGroupsAndProfile()
    {
        QJsonObject body = jane();
        body.insert(u"groupIDs"_s, QJsonArray{u"grp_mentors"_s, u"grp_berlin"_s});
        body.insert(u"bio"_s, u"Hello"_s);
        body.insert(u"status"_s, u"Out until Monday"_s);
        body.insert(u"twitter"_s, u"https://twitter.com/jane"_s);
        body.insert(u"linkedin"_s, u"https://linkedin.com/in/jane"_s);
        const TestReply created = call("PUT", u"/users"_s, body);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().keys(), QStringList{u"userID"_s});

        const QJsonObject user = findOne(u"jane@example.com"_s);
        verifyLiveUserShape(user);
        QCOMPARE(user[u"id"_s], created.object()[u"userID"_s]);
        QCOMPARE(user[u"role"_s], QJsonValue(u"Member"_s));
        QCOMPARE(user[u"isAdmin"_s].toBool(), false);
        QCOMPARE(user[u"groups"_s].toArray(),
                 QJsonArray(
                     {QJsonObject{{u"name"_s, u"Mentors"_s}, {u"id"_s, u"grp_mentors"_s}},
                      QJsonObject{{u"name"_s, u"Berlin chapter"_s}, {u"id"_s, u"grp_berlin"_s}}}));
        QCOMPARE(user[u"bio"_s].toString(), u"Hello"_s);
        QCOMPARE(user[u"firstName"_s].toString(), u"Jane"_s);
        QCOMPARE(user[u"lastName"_s].toString(), u"Smith"_s);
        QCOMPARE(user[u"lastLogin"_s], QJsonValue(QJsonValue::Null));
        QCOMPARE(user[u"socialLinks"_s].toObject(),
                 QJsonObject({{u"twitter"_s, u"https://twitter.com/jane"_s},
                              {u"linkedin"_s, u"https://linkedin.com/in/jane"_s}}));
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"active"_s);
        QCOMPARE(stored(u"jane@example.com"_s)[u"status"_s].toString(), u"Out until Monday"_s);
    }

    void adminRole_isNamedAndMakesAnAdmin()
    {
        QJsonObject body = jane();
        body[u"roleID"_s] = u"role_admin"_s;
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);
        const QJsonObject user = findOne(u"jane@example.com"_s);
        QCOMPARE(user[u"role"_s], QJsonValue(u"Admin"_s));
        QCOMPARE(user[u"isAdmin"_s].toBool(), true);
    }

    void name_isSplitAtTheFirstSpace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("two words") << u"Jane Smith"_s << u"Jane"_s << u"Smith"_s;
        QTest::newRow("three words") << u"Anna van der Berg"_s << u"Anna"_s << u"van der Berg"_s;
        QTest::newRow("one word") << u"Madonna"_s << u"Madonna"_s << QString();
        QTest::newRow("accents") << u"Zoë Müller-Weiß"_s << u"Zoë"_s << u"Müller-Weiß"_s;
    }

    void name_isSplitAtTheFirstSpace()
    {
        QFETCH(QString, name);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QJsonObject body = jane();
        body[u"name"_s] = name;
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);
        const QJsonObject user = findOne(u"jane@example.com"_s);
        QCOMPARE(user[u"name"_s].toString(), name);
        QCOMPARE(user[u"firstName"_s].toString(), first);
        QCOMPARE(user[u"lastName"_s].toString(), last);
    }

    void createIntroductionThread_isKeptOnlyWithABio_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<bool>("introduced");
        QTest::newRow("with a bio")
            << QJsonObject{{u"createIntroductionThread"_s, true}, {u"bio"_s, u"Hello, I am Jane"_s}}
            << true;
        QTest::newRow("without a bio")
            << QJsonObject{{u"createIntroductionThread"_s, true}} << false;
        QTest::newRow("empty bio")
            << QJsonObject{{u"createIntroductionThread"_s, true}, {u"bio"_s, u""_s}} << false;
        QTest::newRow("false") << QJsonObject{{u"createIntroductionThread"_s, false},
                                              {u"bio"_s, u"Hi"_s}}
                               << false;
        QTest::newRow("absent") << QJsonObject{{u"bio"_s, u"Hi"_s}} << false;
    }

    void createIntroductionThread_isKeptOnlyWithABio()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(bool, introduced);
        QJsonObject body = jane();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            body.insert(it.key(), it.value());
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);
        QCOMPARE(stored(u"jane@example.com"_s)[u"introductionThread"_s].toBool(), introduced);
    }

    void createUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing email") << R"({"name":"A","roleID":"role_member"})"_ba << u"email"_s;
        QTest::newRow("missing name")
            << R"({"email":"a@example.com","roleID":"role_member"})"_ba << u"name"_s;
        QTest::newRow("missing roleID")
            << R"({"email":"a@example.com","name":"A"})"_ba << u"roleID"_s;
        QTest::newRow("invalid email")
            << R"({"email":"not-an-email","name":"A","roleID":"role_member"})"_ba << u"email"_s;
        QTest::newRow("name not a string")
            << R"({"email":"a@example.com","name":5,"roleID":"role_member"})"_ba << u"name"_s;
        QTest::newRow("unknown role")
            << R"({"email":"a@example.com","name":"A","roleID":"role_pilot"})"_ba << u"roleID"_s;
        QTest::newRow("unknown group")
            << R"({"email":"a@example.com","name":"A","roleID":"role_member","groupIDs":["nope"]})"_ba
            << u"groupIDs"_s;
        QTest::newRow("groupIDs not an array")
            << R"({"email":"a@example.com","name":"A","roleID":"role_member","groupIDs":"x"})"_ba
            << u"groupIDs"_s;
        QTest::newRow("picture not base64")
            << R"({"email":"a@example.com","name":"A","roleID":"role_member","profilePicture":"%%%"})"_ba
            << u"profilePicture"_s;
        QTest::newRow("createIntroductionThread not a boolean")
            << R"({"email":"a@example.com","name":"A","roleID":"role_member","createIntroductionThread":"yes"})"_ba
            << u"createIntroductionThread"_s;
        QTest::newRow("not JSON") << "name=A&email=a@example.com"_ba << u"JSON"_s;
        QTest::newRow("JSON array") << R"([{"email":"a@example.com"}])"_ba << u"JSON object"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    }

    void createUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        verifyError(m_http.send("PUT", api(u"/users"_s), auth(), body), 400, field);
        QCOMPARE(find(u"a@example.com"_s).status, 404);
    }

    void createUser_refusesADuplicateEmail()
    {
        QCOMPARE(call("PUT", u"/users"_s, jane()).status, 200);
        QJsonObject again = jane();
        again[u"email"_s] = u"Jane@Example.com"_s;
        verifyError(call("PUT", u"/users"_s, again), 409, u"jane@example.com"_s);
        verifyError(call("PUT", u"/pendingUser"_s, jane()), 409, u"already a member"_s);
    }

    void profilePicture_isServedAsTheAvatar()
    {
        QJsonObject body = jane();
        const QByteArray png = "\x89PNG\r\n\x1a\n fake image"_ba;
        body.insert(u"profilePicture"_s,
                    QString(u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64())));
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);
        const QJsonObject user = findOne(u"jane@example.com"_s);
        const QString avatar = user[u"avatar"_s].toString();
        QCOMPARE(avatar,
                 m_sandbox->baseUrl() + u"/heartbeat/avatars/"_s + user[u"id"_s].toString());
        const TestReply image = m_http.get(QUrl(avatar));
        QCOMPARE(image.status, 200);
        QCOMPARE(image.body, png);
        QCOMPARE(image.header("Content-Type"), "image/png"_ba);
    }

    // Heartbeat's placeholder lives on its CDN: here a reserved example host, so that a member
    // without a picture looks the same whichever port the sandbox listens on.
    void withoutPicture_theAvatarIsAPlaceholderWithoutTheSandboxsAddress()
    {
        QCOMPARE(call("PUT", u"/users"_s, jane()).status, 200);
        const QString avatar = findOne(u"jane@example.com"_s)[u"avatar"_s].toString();
        QCOMPARE(avatar, u"https://cdn.heartbeat.example/placeholder.jpg"_s);
        QVERIFY(!avatar.contains(QString::number(m_sandbox->port())));
    }

    void pendingUser_answersSuccessThenUpdatesWhilePending()
    {
        const TestReply created = call("PUT", u"/pendingUser"_s, jane());
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object(), Success);
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"pending"_s);

        QJsonObject renamed = jane();
        renamed[u"name"_s] = u"Jane Smith-Doe"_s;
        renamed[u"bio"_s] = u"Updated"_s;
        QCOMPARE(call("PUT", u"/pendingUser"_s, renamed).object(), Success);
        const QJsonObject user = findOne(u"jane@example.com"_s);
        QCOMPARE(user[u"name"_s].toString(), u"Jane Smith-Doe"_s);
        QCOMPARE(user[u"bio"_s].toString(), u"Updated"_s);
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"pending"_s);
        QCOMPARE(call("GET", u"/users"_s).array().size(), 6);

        verifyError(call("PUT", u"/pendingUser"_s,
                         QJsonObject{{u"email"_s, u"b@example.com"_s}, {u"name"_s, u"B"_s}}),
                    400, u"roleID"_s);
    }

    void updateUser_changesOnlyTheSentFields()
    {
        QJsonObject body = jane();
        body.insert(u"bio"_s, u"Original bio"_s);
        body.insert(u"linkedin"_s, u"https://linkedin.com/in/jane"_s);
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);

        const TestReply updated =
            call("POST", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}, {u"bio"_s, u"New"_s}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object(), Success);
        const QJsonObject user = findOne(u"jane@example.com"_s);
        QCOMPARE(user[u"bio"_s].toString(), u"New"_s);
        QCOMPARE(user[u"name"_s].toString(), u"Jane Smith"_s);
        QCOMPARE(user[u"socialLinks"_s][u"linkedin"_s].toString(),
                 u"https://linkedin.com/in/jane"_s);
    }

    void updateUser_anEmptyStringClearsAField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("bio") << u"bio"_s;
        QTest::newRow("status") << u"status"_s;
        QTest::newRow("linkedin") << u"linkedin"_s;
        QTest::newRow("twitter") << u"twitter"_s;
        QTest::newRow("instagram") << u"instagram"_s;
        QTest::newRow("profilePicture") << u"profilePicture"_s;
    }

    void updateUser_anEmptyStringClearsAField()
    {
        QFETCH(QString, field);
        QJsonObject body = jane();
        body.insert(u"bio"_s, u"Bio"_s);
        body.insert(u"status"_s, u"Status line"_s);
        body.insert(u"linkedin"_s, u"https://linkedin.com/in/jane"_s);
        body.insert(u"twitter"_s, u"https://twitter.com/jane"_s);
        body.insert(u"instagram"_s, u"https://instagram.com/jane"_s);
        body.insert(u"profilePicture"_s, QString::fromLatin1("GIF89a picture"_ba.toBase64()));
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);
        const QJsonObject before = stored(u"jane@example.com"_s);
        QVERIFY(!before[field].toString().isEmpty());

        QCOMPARE(call("POST", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}, {field, u""_s}})
                     .object(),
                 Success);
        QJsonObject after = stored(u"jane@example.com"_s);
        QCOMPARE(after[field].toString(), QString());
        after[field] = before[field];
        after[u"updatedAt"_s] = before[u"updatedAt"_s];
        QCOMPARE(after, before);

        const QJsonObject user = findOne(u"jane@example.com"_s);
        if (field == u"profilePicture")
            QCOMPARE(user[u"avatar"_s].toString(),
                     u"https://cdn.heartbeat.example/placeholder.jpg"_s);
        if (field == u"bio")
            QCOMPARE(user[u"bio"_s].toString(), QString());
        if (field == u"linkedin" || field == u"twitter" || field == u"instagram") {
            QVERIFY(!user[u"socialLinks"_s].toObject().contains(field));
            QCOMPARE(user[u"socialLinks"_s].toObject().size(), 2);
        }
    }

    void updateUser_refusesAnEmptyNameAndUnknownMembers()
    {
        QCOMPARE(call("PUT", u"/users"_s, jane()).status, 200);
        verifyError(
            call("POST", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}, {u"name"_s, u""_s}}),
            400, u"name"_s);
        verifyError(
            call("POST", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}, {u"name"_s, u"  "_s}}),
            400, u"name"_s);
        QCOMPARE(findOne(u"jane@example.com"_s)[u"name"_s].toString(), u"Jane Smith"_s);

        const TestReply ghost =
            call("POST", u"/users"_s, {{u"email"_s, u"ghost@example.com"_s}, {u"bio"_s, u"x"_s}});
        QCOMPARE(ghost.status, 404);
        QCOMPARE(ghost.object(), CouldNotFindUser);
        verifyError(call("POST", u"/users"_s, {{u"bio"_s, u"x"_s}}), 400, u"email"_s);
    }

    void deactivateAndReactivate_anActiveMember()
    {
        QCOMPARE(call("PUT", u"/users"_s, jane()).status, 200);
        const TestReply deactivated =
            call("DELETE", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}});
        QCOMPARE(deactivated.status, 200);
        QCOMPARE(deactivated.object(), Success);
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"deactivated"_s);

        const TestReply again = call("DELETE", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object(), Success);

        const TestReply reactivated =
            call("POST", u"/users/reactivate"_s, {{u"email"_s, u"jane@example.com"_s}});
        QCOMPARE(reactivated.status, 200);
        QCOMPARE(reactivated.object(), Success);
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"active"_s);
    }

    void reactivatingAMemberWhoIsNotDeactivated_answersAlreadyActive_data()
    {
        QTest::addColumn<QString>("createPath");
        QTest::addColumn<QString>("accountState");
        QTest::newRow("active") << u"/users"_s << u"active"_s;
        QTest::newRow("pending") << u"/pendingUser"_s << u"pending"_s;
    }

    void reactivatingAMemberWhoIsNotDeactivated_answersAlreadyActive()
    {
        QFETCH(QString, createPath);
        QFETCH(QString, accountState);
        QCOMPARE(call("PUT", createPath, jane()).status, 200);
        const QJsonObject before = m_sandbox->state();
        const TestReply result =
            call("POST", u"/users/reactivate"_s, {{u"email"_s, u"jane@example.com"_s}});
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object(), AlreadyActive);
        QCOMPARE(m_sandbox->state(), before);
        QCOMPARE(accountStatus(u"jane@example.com"_s), accountState);
    }

    void reactivatingAMemberWhoNeverLoggedIn_leavesThemPending()
    {
        QCOMPARE(call("PUT", u"/pendingUser"_s, jane()).status, 200);
        QCOMPARE(call("DELETE", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}}).status, 200);
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"deactivated"_s);
        QCOMPARE(call("POST", u"/users/reactivate"_s, {{u"email"_s, u"jane@example.com"_s}}).status,
                 200);
        QCOMPARE(accountStatus(u"jane@example.com"_s), u"pending"_s);
    }

    void deactivateAndReactivate_unknownOrMissingEmail()
    {
        const QJsonObject before = m_sandbox->state();
        for (const QByteArray &method : {"DELETE"_ba, "POST"_ba}) {
            const QString path = method == "DELETE" ? u"/users"_s : u"/users/reactivate"_s;
            const TestReply unknown = call(method, path, {{u"email"_s, u"ghost@example.com"_s}});
            QCOMPARE(unknown.status, 404);
            QCOMPARE(unknown.object(), CouldNotFindUserWithoutErrorKey);
        }
        verifyError(m_http.send("DELETE", api(u"/users"_s), auth(), "{oops"_ba), 400, u"JSON"_s);
        verifyError(call("POST", u"/users/reactivate"_s, {{u"mail"_s, u"x"_s}}), 400, u"email"_s);
        QCOMPARE(m_sandbox->state(), before);
    }

    void roles_areListedAsIdAndName()
    {
        const TestReply roles = call("GET", u"/roles"_s);
        QCOMPARE(roles.status, 200);
        QVERIFY(roles.array().size() >= 3);
        for (const QJsonValue &role : roles.array()) {
            QCOMPARE(role.toObject().keys(), QStringList({u"id"_s, u"name"_s}));
            QVERIFY(!role[u"id"_s].toString().isEmpty() && !role[u"name"_s].toString().isEmpty());
        }
        QVERIFY(roles.array().contains(
            QJsonObject{{u"id"_s, u"role_member"_s}, {u"name"_s, u"Member"_s}}));
    }

    void everyEndpoint_refusesAMissingOrWrongKey_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        const QList<QPair<QByteArray, QString>> endpoints = {
            {"GET", u"/users"_s},
            {"GET", u"/users/x"_s},
            {"GET", u"/find/users?email=a%40b.c"_s},
            {"PUT", u"/users"_s},
            {"PUT", u"/pendingUser"_s},
            {"POST", u"/users"_s},
            {"DELETE", u"/users"_s},
            {"POST", u"/users/reactivate"_s},
            {"GET", u"/roles"_s},
            {"GET", u"/groups"_s},
            {"GET", u"/groups/grp_berlin"_s},
            {"PUT", u"/groups/grp_berlin/memberships"_s},
            {"DELETE", u"/groups/grp_berlin/memberships"_s}};
        for (const auto &[method, path] : endpoints) {
            QTest::addRow("%s %s no key", method.constData(), qPrintable(path))
                << method << path << QByteArray();
            QTest::addRow("%s %s wrong key", method.constData(), qPrintable(path))
                << method << path << "Bearer wrong-key"_ba;
            QTest::addRow("%s %s basic auth", method.constData(), qPrintable(path))
                << method << path << "Basic dGVzdDp0ZXN0"_ba;
        }
    }

    void everyEndpoint_refusesAMissingOrWrongKey()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        RawHeaders headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const QJsonObject before = m_sandbox->state();
        QJsonObject body = jane();
        body.insert(u"emails"_s,
                    QJsonArray{m_sandbox->state(u"heartbeat"_s)[u"members"_s][0][u"email"_s]});
        const TestReply result =
            m_http.send(method, api(path), headers, QJsonDocument(body).toJson());
        QCOMPARE(result.status, 401);
        QCOMPARE(result.object(),
                 QJsonObject({{u"error"_s, true}, {u"message"_s, u"Invalid API Key"_s}}));
        QCOMPARE(m_sandbox->state(), before);
    }

    void unknownPathsAndMethods_answerInTheProvidersShape()
    {
        verifyError(call("GET", u"/nothing-here"_s), 404, u"nothing-here"_s);
        const TestReply patch = call("PATCH", u"/users"_s, jane());
        verifyError(patch, 405, u"PATCH"_s);
        QCOMPARE(patch.header("Allow"), "GET, PUT, POST, DELETE"_ba);
    }

    void listInactive_yesListsEveryMember_noOnlyActiveOnes_data()
    {
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<bool>("listsInactive");
        QTest::newRow("default") << QStringList() << true;
        QTest::newRow("yes") << QStringList{u"--heartbeat-list-inactive"_s, u"yes"_s} << true;
        QTest::newRow("no") << QStringList{u"--heartbeat-list-inactive"_s, u"no"_s} << false;
    }

    void listInactive_yesListsEveryMember_noOnlyActiveOnes()
    {
        QFETCH(QStringList, option);
        QFETCH(bool, listsInactive);
        QVERIFY2(start(QStringList{u"--members"_s, u"0"_s} + option),
                 qPrintable(m_sandbox->error()));
        auto create = [&](const QString &path, const QString &email) {
            QJsonObject body = jane();
            body[u"email"_s] = email;
            body[u"groupIDs"_s] = QJsonArray{u"grp_mentors"_s};
            return call("PUT", path, body).status;
        };
        QCOMPARE(create(u"/users"_s, u"active@example.com"_s), 200);
        QCOMPARE(create(u"/pendingUser"_s, u"pending@example.com"_s), 200);
        QCOMPARE(create(u"/users"_s, u"gone@example.com"_s), 200);
        QCOMPARE(call("DELETE", u"/users"_s, {{u"email"_s, u"gone@example.com"_s}}).status, 200);

        const QStringList expected =
            listsInactive ? QStringList{u"active@example.com"_s, u"pending@example.com"_s,
                                        u"gone@example.com"_s}
                          : QStringList{u"active@example.com"_s};
        QStringList listed;
        for (const QJsonValue &user : call("GET", u"/users"_s).array())
            listed.append(user[u"email"_s].toString());
        QCOMPARE(listed, expected);
        QStringList inGroup;
        for (const QJsonValue &user :
             call("GET", u"/groups/grp_mentors"_s).object()[u"users"_s].toArray())
            inGroup.append(user[u"email"_s].toString());
        QCOMPARE(inGroup, expected);

        // Every member can still be found and fetched, whatever the listing shows.
        for (const QString &email :
             {u"active@example.com"_s, u"pending@example.com"_s, u"gone@example.com"_s}) {
            const TestReply found = find(email);
            QCOMPARE(found.status, 200);
            QCOMPARE(call("GET", u"/users/"_s + found.object()[u"id"_s].toString()).status, 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatApi)
#include "tst_heartbeat_api.moc"
