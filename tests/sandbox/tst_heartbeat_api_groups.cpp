// Heartbeat's groups over loopback against a real roster-sandbox: the live list and group shapes,
// adding members (addresses that are no members are skipped without a word), removing them, and
// leaving the sibling groups.
#include "http_client.h"
#include "sandbox_process.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QJsonObject Success{{u"success"_s, true}};
const QStringList LiveGroupKeys = {u"archived"_s, u"id"_s, u"name"_s, u"parentGroupID"_s,
                                   u"users"_s};
} // namespace

class TestHeartbeatApiGroups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    QUrl api(const QString &path) const { return m_sandbox->url(u"/heartbeat/v0"_s + path); }
    RawHeaders auth() const { return HttpClient::bearer(m_sandbox->apiKey()); }

    TestReply call(QByteArrayView method, const QString &path, const QJsonObject &body = {})
    {
        if (body.isEmpty())
            return m_http.send(method, api(path), auth());
        return m_http.sendJson(method, api(path), auth(), body);
    }

    void createMember(const QString &email, const QString &name, const QStringList &groups = {})
    {
        const TestReply created = call("PUT", u"/users"_s,
                                       {{u"email"_s, email},
                                        {u"name"_s, name},
                                        {u"roleID"_s, u"role_member"_s},
                                        {u"groupIDs"_s, QJsonArray::fromStringList(groups)}});
        QCOMPARE(created.status, 200);
    }

    QStringList emailsIn(const QString &groupId)
    {
        const TestReply group = call("GET", u"/groups/"_s + groupId);
        QStringList emails;
        for (const QJsonValue &user : group.object()[u"users"_s].toArray())
            emails.append(user[u"email"_s].toString());
        return emails;
    }

    QStringList groupIdsOf(const QString &email)
    {
        for (const QJsonValue &member : m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray()) {
            if (member[u"email"_s].toString() == email) {
                QStringList ids;
                for (const QJsonValue &id : member[u"groupIDs"_s].toArray())
                    ids.append(id.toString());
                return ids;
            }
        }
        return {};
    }

    TestReply addTo(const QString &groupId, const QStringList &emails,
                    std::optional<bool> leaveSiblings = std::nullopt)
    {
        QJsonObject body{{u"emails"_s, QJsonArray::fromStringList(emails)}};
        if (leaveSiblings)
            body.insert(u"shouldRemoveFromSiblingGroups"_s, *leaveSiblings);
        return call("PUT", u"/groups/"_s + groupId + u"/memberships"_s, body);
    }

    TestReply removeFrom(const QString &groupId, const QStringList &emails)
    {
        return call("DELETE", u"/groups/"_s + groupId + u"/memberships"_s,
                    {{u"emails"_s, QJsonArray::fromStringList(emails)}});
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--rate-limit"_s, u"0"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void cleanup() { m_sandbox.reset(); }

    void listGroups_answersTheLiveShapeWithEachGroupsUsers()
    {
        createMember(u"ada@example.com"_s, u"Ada Lovelace"_s, {u"grp_mentors"_s, u"grp_berlin"_s});
        createMember(u"bo@example.com"_s, u"Bo Berg"_s, {u"grp_berlin"_s});

        const TestReply result = call("GET", u"/groups"_s);
        QCOMPARE(result.status, 200);
        const QJsonArray groups = result.array();
        QVERIFY(groups.size() >= 5);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &value : groups) {
            const QJsonObject group = value.toObject();
            QCOMPARE(group.keys(), LiveGroupKeys);
            QCOMPARE(group[u"archived"_s], QJsonValue(false));
            QVERIFY(group[u"parentGroupID"_s].isNull() || group[u"parentGroupID"_s].isString());
            byId.insert(group[u"id"_s].toString(), group);
        }
        // Every parent is a group of the list.
        for (const QJsonObject &group : std::as_const(byId)) {
            if (group[u"parentGroupID"_s].isString())
                QVERIFY(byId.contains(group[u"parentGroupID"_s].toString()));
        }
        QCOMPARE(byId.value(u"grp_berlin"_s)[u"parentGroupID"_s].toString(), u"grp_chapters"_s);
        QCOMPARE(byId.value(u"grp_tokyo"_s)[u"parentGroupID"_s].toString(), u"grp_chapters"_s);
        QCOMPARE(byId.value(u"grp_mentors"_s)[u"parentGroupID"_s], QJsonValue(QJsonValue::Null));

        const QString adaId = m_http.get(api(u"/find/users?email=ada%40example.com"_s), auth())
                                  .object()[u"id"_s]
                                  .toString();
        QCOMPARE(byId.value(u"grp_mentors"_s)[u"users"_s].toArray(),
                 QJsonArray({QJsonObject{{u"id"_s, adaId},
                                         {u"name"_s, u"Ada Lovelace"_s},
                                         {u"email"_s, u"ada@example.com"_s}}}));
        QCOMPARE(byId.value(u"grp_berlin"_s)[u"users"_s].toArray().size(), 2);
        QCOMPARE(byId.value(u"grp_tokyo"_s)[u"users"_s].toArray().size(), 0);
    }

    void getGroup_answersOneGroupWithItsUsersOr404()
    {
        createMember(u"ada@example.com"_s, u"Ada Lovelace"_s, {u"grp_berlin"_s});
        const TestReply group = call("GET", u"/groups/grp_berlin"_s);
        QCOMPARE(group.status, 200);
        QCOMPARE(group.object().keys(), LiveGroupKeys);
        QCOMPARE(group.object()[u"name"_s].toString(), u"Berlin chapter"_s);
        QCOMPARE(emailsIn(u"grp_berlin"_s), QStringList{u"ada@example.com"_s});

        for (const QJsonValue &listed : call("GET", u"/groups"_s).array()) {
            const QString id = listed[u"id"_s].toString();
            QCOMPARE(call("GET", u"/groups/"_s + id).object(), listed.toObject());
        }

        const TestReply missing = call("GET", u"/groups/grp_nowhere"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object()[u"error"_s], QJsonValue(true));
        QVERIFY(!missing.object()[u"message"_s].toString().isEmpty());
    }

    void addMemberships_addsMembersAndSilentlySkipsOtherAddresses()
    {
        createMember(u"ada@example.com"_s, u"Ada Lovelace"_s);
        createMember(u"bo@example.com"_s, u"Bo Berg"_s, {u"grp_mentors"_s});
        const TestReply added =
            addTo(u"grp_mentors"_s,
                  {u"ADA@example.com"_s, u"nobody@example.com"_s, u"bo@example.com"_s}, false);
        QCOMPARE(added.status, 200);
        QCOMPARE(added.object(), Success);
        // Read back: Bo was already there and is listed once; nobody@ was never a member.
        QCOMPARE(emailsIn(u"grp_mentors"_s),
                 QStringList({u"ada@example.com"_s, u"bo@example.com"_s}));
        QCOMPARE(groupIdsOf(u"bo@example.com"_s), QStringList{u"grp_mentors"_s});
        QCOMPARE(m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray().size(), 2);

        // Only strangers: still a success, and nothing changes.
        const QJsonObject before = m_sandbox->state(u"heartbeat"_s);
        QCOMPARE(addTo(u"grp_mentors"_s, {u"stranger@example.com"_s}).object(), Success);
        QCOMPARE(m_sandbox->state(u"heartbeat"_s), before);
    }

    void addMemberships_canLeaveTheSiblingGroups()
    {
        createMember(u"ada@example.com"_s, u"Ada Lovelace"_s,
                     {u"grp_mentors"_s, u"grp_berlin"_s, u"grp_saopaulo"_s});
        createMember(u"bo@example.com"_s, u"Bo Berg"_s, {u"grp_berlin"_s});

        // Without the flag the other chapters stay.
        QCOMPARE(addTo(u"grp_tokyo"_s, {u"bo@example.com"_s}).object(), Success);
        QCOMPARE(groupIdsOf(u"bo@example.com"_s), QStringList({u"grp_berlin"_s, u"grp_tokyo"_s}));

        // With it, Ada leaves Berlin and São Paulo (siblings under grp_chapters) but stays a
        // mentor (a top-level group, no sibling of a chapter).
        QCOMPARE(addTo(u"grp_tokyo"_s, {u"ada@example.com"_s}, true).object(), Success);
        QCOMPARE(groupIdsOf(u"ada@example.com"_s), QStringList({u"grp_mentors"_s, u"grp_tokyo"_s}));
        QCOMPARE(emailsIn(u"grp_berlin"_s), QStringList{u"bo@example.com"_s});
        QCOMPARE(emailsIn(u"grp_saopaulo"_s), QStringList());
        QCOMPARE(emailsIn(u"grp_tokyo"_s),
                 QStringList({u"ada@example.com"_s, u"bo@example.com"_s}));
        QCOMPARE(emailsIn(u"grp_mentors"_s), QStringList{u"ada@example.com"_s});
    }

    void removeMemberships_removesOnlyThoseMembers()
    {
        createMember(u"ada@example.com"_s, u"Ada Lovelace"_s, {u"grp_mentors"_s, u"grp_berlin"_s});
        createMember(u"bo@example.com"_s, u"Bo Berg"_s, {u"grp_mentors"_s});
        const TestReply removed =
            removeFrom(u"grp_mentors"_s, {u"Ada@Example.com"_s, u"nobody@example.com"_s});
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.object(), Success);
        QCOMPARE(emailsIn(u"grp_mentors"_s), QStringList{u"bo@example.com"_s});
        QCOMPARE(groupIdsOf(u"ada@example.com"_s), QStringList{u"grp_berlin"_s});

        // Removing someone who is not in the group is no error.
        QCOMPARE(removeFrom(u"grp_mentors"_s, {u"ada@example.com"_s}).object(), Success);
        QCOMPARE(emailsIn(u"grp_mentors"_s), QStringList{u"bo@example.com"_s});
    }

    void memberships_ofAnUnknownGroup_answer404()
    {
        createMember(u"ada@example.com"_s, u"Ada Lovelace"_s);
        const QJsonObject before = m_sandbox->state();
        for (const QByteArray &method : {"PUT"_ba, "DELETE"_ba}) {
            const TestReply result = call(method, u"/groups/grp_nowhere/memberships"_s,
                                          {{u"emails"_s, QJsonArray{u"ada@example.com"_s}}});
            QCOMPARE(result.status, 404);
            QCOMPARE(result.object()[u"error"_s], QJsonValue(true));
        }
        QCOMPARE(m_sandbox->state(), before);
    }

    void memberships_rejectABadBodyNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        for (const QByteArray &method : {"PUT"_ba, "DELETE"_ba}) {
            QTest::addRow("%s no emails", method.constData())
                << method << R"({"shouldRemoveFromSiblingGroups":false})"_ba << u"emails"_s;
            QTest::addRow("%s emails a string", method.constData())
                << method << R"({"emails":"ada@example.com"})"_ba << u"emails"_s;
            QTest::addRow("%s emails with a number", method.constData())
                << method << R"({"emails":["ada@example.com",5]})"_ba << u"emails"_s;
            QTest::addRow("%s emails null", method.constData())
                << method << R"({"emails":null})"_ba << u"emails"_s;
            QTest::addRow("%s not JSON", method.constData())
                << method << "emails=a"_ba << u"JSON"_s;
        }
        QTest::newRow("PUT flag not a boolean")
            << "PUT"_ba
            << R"({"emails":["ada@example.com"],"shouldRemoveFromSiblingGroups":"yes"})"_ba
            << u"shouldRemoveFromSiblingGroups"_s;
    }

    void memberships_rejectABadBodyNamingTheField()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        createMember(u"ada@example.com"_s, u"Ada Lovelace"_s);
        const QJsonObject before = m_sandbox->state();
        const TestReply result =
            m_http.send(method, api(u"/groups/grp_berlin/memberships"_s), auth(), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object()[u"error"_s], QJsonValue(true));
        QVERIFY2(result.object()[u"message"_s].toString().contains(field), result.body.constData());
        QCOMPARE(m_sandbox->state(), before);
    }

    void seededCommunity_hasSiblingGroupsWithMembers()
    {
        SandboxProcess seeded({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"60"_s});
        QVERIFY2(seeded.start(), qPrintable(seeded.error()));
        const QJsonArray groups =
            m_http.get(seeded.url(u"/heartbeat/v0/groups"_s), HttpClient::bearer(seeded.apiKey()))
                .array();
        QHash<QString, int> childrenPerParent;
        int childrenWithUsers = 0;
        for (const QJsonValue &group : groups) {
            if (!group[u"parentGroupID"_s].isString())
                continue;
            ++childrenPerParent[group[u"parentGroupID"_s].toString()];
            if (!group[u"users"_s].toArray().isEmpty())
                ++childrenWithUsers;
        }
        QVERIFY(std::any_of(childrenPerParent.cbegin(), childrenPerParent.cend(),
                            [](int children) { return children >= 2; }));
        QVERIFY(childrenWithUsers >= 2);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatApiGroups)
#include "tst_heartbeat_api_groups.moc"
