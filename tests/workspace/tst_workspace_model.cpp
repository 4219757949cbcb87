// The Workspace value: per-provider defaults, validation that names the field, the transport rule
// for addresses, and its JSON form.
#include "workspace.h"
#include "workspace_json.h"
#include "workspace_url.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

class TestWorkspaceModel : public QObject
{
    Q_OBJECT

    static Workspace valid(Provider provider = Provider::Heartbeat)
    {
        Workspace workspace = Workspace::create(u"Acme"_s, provider);
        if (provider == Provider::Forward)
            workspace.apiBaseUrl = QUrl(u"https://portal.example.com/api"_s);
        return workspace;
    }

private Q_SLOTS:
    void defaultsPerProvider()
    {
        QCOMPARE(Workspace::defaultApiBaseUrl(Provider::Heartbeat),
                 QUrl(u"https://api.heartbeat.chat/v0"_s));
        QCOMPARE(Workspace::defaultApiBaseUrl(Provider::Beam), QUrl(u"https://api.beam.gg"_s));
        QVERIFY(Workspace::defaultApiBaseUrl(Provider::Forward).isEmpty());
        QCOMPARE(Workspace::defaultRequestBudget(Provider::Heartbeat), 10.0);
        QCOMPARE(Workspace::defaultRequestBudget(Provider::Forward), 10.0);
        QCOMPARE(Workspace::defaultRequestBudget(Provider::Beam), 5.0);
    }

    void createGivesAStableUuidAndDefaults()
    {
        const Workspace beam = Workspace::create(u"  Gamers  "_s, Provider::Beam);
        QVERIFY(Workspace::isValidId(beam.id));
        QVERIFY(!beam.id.startsWith(u'{'));
        QCOMPARE(beam.name, u"Gamers"_s);
        QCOMPARE(beam.apiBaseUrl, Workspace::defaultApiBaseUrl(Provider::Beam));
        QCOMPARE(beam.requestBudget, 5.0);
        QVERIFY(beam.isValid());
        QVERIFY(Workspace::create(u"Gamers"_s, Provider::Beam).id != beam.id);
        QVERIFY(!Workspace::isValidId(u"{%1}"_s.arg(beam.id)));
        QVERIFY(!Workspace::isValidId(u"acme"_s));
        QVERIFY(!Workspace::isValidId({}));
    }

    void validWorkspacesPass_data()
    {
        QTest::addColumn<Workspace>("workspace");
        QTest::newRow("heartbeat default") << valid(Provider::Heartbeat);
        QTest::newRow("beam default") << valid(Provider::Beam);
        QTest::newRow("forward with its portal") << valid(Provider::Forward);
        Workspace community = valid(Provider::Heartbeat);
        community.communityUrl = QUrl(u"https://acme.heartbeat.chat"_s);
        QTest::newRow("heartbeat community") << community;
        Workspace sandbox = valid(Provider::Heartbeat);
        sandbox.apiBaseUrl = QUrl(u"http://127.0.0.1:7678/heartbeat/v0"_s);
        sandbox.communityUrl = QUrl(u"http://localhost:7678/heartbeat/community"_s);
        QTest::newRow("sandbox over loopback http") << sandbox;
        Workspace ipv6 = valid(Provider::Beam);
        ipv6.apiBaseUrl = QUrl(u"http://[::1]:7678/beam"_s);
        QTest::newRow("ipv6 loopback http") << ipv6;
        Workspace fast = valid(Provider::Beam);
        fast.requestBudget = Workspace::MaxRequestBudget;
        QTest::newRow("highest budget") << fast;
        Workspace slow = valid(Provider::Beam);
        slow.requestBudget = 0.1;
        QTest::newRow("a request every ten seconds") << slow;
    }

    void validWorkspacesPass()
    {
        QFETCH(Workspace, workspace);
        QCOMPARE(workspace.problems(), QStringList());
    }

    void problemsNameTheField_data()
    {
        QTest::addColumn<Workspace>("workspace");
        QTest::addColumn<QString>("expected");

        Workspace w = valid();
        w.name = u"   "_s;
        QTest::newRow("blank name") << w << u"Name is empty"_s;
        w = valid();
        w.name = QString(Workspace::MaxNameLength + 1, u'x');
        QTest::newRow("long name") << w << u"Name is longer"_s;
        w = valid();
        w.name = u"Acme\nEvil"_s;
        QTest::newRow("control character") << w << u"Name contains a control character"_s;
        w = valid();
        w.id = u"acme"_s;
        QTest::newRow("id") << w << u"id \"acme\" is not a UUID"_s;
        w = valid(Provider::Forward);
        w.apiBaseUrl = QUrl();
        QTest::newRow("forward without address") << w << u"Forward has no default"_s;
        w = valid();
        w.apiBaseUrl = QUrl();
        QTest::newRow("missing address") << w << u"API address is missing"_s;
        w = valid();
        w.apiBaseUrl = QUrl(u"http://api.example.com/v0"_s);
        QTest::newRow("plain http elsewhere") << w << u"API address uses plain http://"_s;
        w = valid();
        w.apiBaseUrl = QUrl(u"http://127.0.0.1.example.com/"_s);
        QTest::newRow("loopback look-alike") << w << u"API address uses plain http://"_s;
        w = valid();
        w.apiBaseUrl = QUrl(u"ftp://api.example.com/"_s);
        QTest::newRow("other scheme") << w << u"API address must start with https://"_s;
        w = valid();
        w.apiBaseUrl = QUrl(u"api.example.com"_s);
        QTest::newRow("no scheme") << w << u"API address must start with https://"_s;
        w = valid();
        w.apiBaseUrl = QUrl(u"https://admin:hunter2@api.example.com/"_s);
        QTest::newRow("credentials") << w << u"API address must not contain a user name"_s;
        w = valid();
        w.apiBaseUrl = QUrl(u"https://api.example.com/?token=x"_s);
        QTest::newRow("query") << w << u"API address must not contain a query"_s;
        w = valid();
        w.apiBaseUrl = QUrl(u"https:///v0"_s);
        QTest::newRow("no host") << w << u"API address"_s;
        w = valid();
        w.communityUrl = QUrl(u"http://acme.example.com/"_s);
        QTest::newRow("community over http") << w << u"Community address uses plain http://"_s;
        w = valid(Provider::Beam);
        w.communityUrl = QUrl(u"https://acme.example.com/"_s);
        QTest::newRow("community on beam") << w << u"Community address applies to Heartbeat"_s;
        w = valid();
        w.requestBudget = 0;
        QTest::newRow("zero budget") << w << u"Request budget must be more than 0"_s;
        w = valid();
        w.requestBudget = -3;
        QTest::newRow("negative budget") << w << u"Request budget must be more than 0"_s;
        w = valid();
        w.requestBudget = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("NaN budget") << w << u"Request budget must be more than 0"_s;
        w = valid();
        w.requestBudget = Workspace::MaxRequestBudget + 1;
        QTest::newRow("budget too high") << w << u"Request budget of 101 requests"_s;
        w = valid(Provider::Beam);
        w.businessId = u"biz_1"_s;
        QTest::newRow("business on beam") << w << u"Business ID applies to Forward only"_s;
        w = valid(Provider::Forward);
        w.businessId = u"biz 1"_s;
        QTest::newRow("business with a space") << w << u"Business ID contains a space"_s;
    }

    void problemsNameTheField()
    {
        QFETCH(Workspace, workspace);
        QFETCH(QString, expected);
        const QStringList problems = workspace.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
        QVERIFY(!workspace.isValid());
        QVERIFY2(!problems.first().contains(u"hunter2"_s), "a password in a URL is never shown");
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1/"_s << true;
        QTest::newRow("127.255.255.254") << u"http://127.255.255.254/"_s << true;
        QTest::newRow("127.1 shorthand") << u"http://127.1/"_s << true;
        QTest::newRow("::1") << u"http://[::1]/"_s << true;
        QTest::newRow("::1 in full") << u"http://[0:0:0:0:0:0:0:1]/"_s << true;
        QTest::newRow("mapped ipv4") << u"http://[::ffff:127.0.0.1]/"_s << true;
        QTest::newRow("localhost") << u"http://localhost:7678/"_s << true;
        QTest::newRow("LOCALHOST") << u"http://LOCALHOST/"_s << true;
        QTest::newRow("128.0.0.1") << u"http://128.0.0.1/"_s << false;
        QTest::newRow("10.0.0.1") << u"http://10.0.0.1/"_s << false;
        QTest::newRow("0.0.0.0") << u"http://0.0.0.0/"_s << false;
        QTest::newRow("::2") << u"http://[::2]/"_s << false;
        QTest::newRow("mapped other") << u"http://[::ffff:10.0.0.1]/"_s << false;
        QTest::newRow("127.0.0.1 as a subdomain") << u"http://127.0.0.1.example.com/"_s << false;
        QTest::newRow("localhost as a subdomain") << u"http://localhost.example.com/"_s << false;
        QTest::newRow("localhost lookalike") << u"http://mylocalhost/"_s << false;
        QTest::newRow("localhost with a dot") << u"http://localhost./"_s << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        const QUrl parsed(url);
        QCOMPARE(WorkspaceUrl::isLoopbackHost(parsed.host()), loopback);
        QCOMPARE(!WorkspaceUrl::problem(parsed, u"API address"_s).has_value(), loopback);
        // https is fine whatever the host.
        QUrl secure = parsed;
        secure.setScheme(u"https"_s);
        QVERIFY(!WorkspaceUrl::problem(secure, u"API address"_s).has_value());
    }

    void jsonRoundTrip()
    {
        Workspace workspace = valid(Provider::Heartbeat);
        workspace.communityUrl = QUrl(u"https://acme.heartbeat.chat/join"_s);
        workspace.requestBudget = 7.5;
        const QJsonObject json = WorkspaceJson::toJson(workspace);
        QCOMPARE(json.value(u"provider"_s).toString(), u"heartbeat"_s);
        QCOMPARE(json.value(u"apiBaseUrl"_s).toString(), u"https://api.heartbeat.chat/v0"_s);
        QString error;
        const std::optional<Workspace> back = WorkspaceJson::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, workspace);

        const Workspace beam = valid(Provider::Beam);
        QVERIFY(!WorkspaceJson::toJson(beam).contains(u"communityUrl"_s));
        QVERIFY(!WorkspaceJson::toJson(beam).contains(u"businessId"_s));

        Workspace forward = valid(Provider::Forward);
        forward.businessId = u"biz_sandbox"_s;
        const QJsonObject forwardJson = WorkspaceJson::toJson(forward);
        QCOMPARE(forwardJson.value(u"businessId"_s).toString(), u"biz_sandbox"_s);
        const std::optional<Workspace> forwardBack = WorkspaceJson::fromJson(forwardJson, &error);
        QVERIFY2(forwardBack, qPrintable(error));
        QCOMPARE(*forwardBack, forward);
    }

    void jsonRefusesUnknownFieldsWithoutEchoingThem()
    {
        QJsonObject json = WorkspaceJson::toJson(valid());
        json.insert(u"apiKey"_s, u"sk-live-do-not-show"_s);
        QString error;
        QVERIFY(!WorkspaceJson::fromJson(json, &error));
        QVERIFY2(error.contains(u"\"apiKey\""_s), qPrintable(error));
        QVERIFY2(error.contains(u"Acme"_s), qPrintable(error));
        QVERIFY(!error.contains(u"sk-live"_s));
    }

    void jsonRefusesWhatValidationRefuses()
    {
        QJsonObject json = WorkspaceJson::toJson(valid());
        json.insert(u"apiBaseUrl"_s, u"http://api.example.com/v0"_s);
        QString error;
        QVERIFY(!WorkspaceJson::fromJson(json, &error));
        QVERIFY2(error.contains(u"API address uses plain http://"_s), qPrintable(error));

        json = WorkspaceJson::toJson(valid());
        json.insert(u"provider"_s, u"myspace"_s);
        QVERIFY(!WorkspaceJson::fromJson(json, &error));
        QVERIFY2(error.contains(u"\"provider\" is \"myspace\""_s), qPrintable(error));

        json = WorkspaceJson::toJson(valid());
        json.insert(u"requestBudget"_s, u"10"_s);
        QVERIFY(!WorkspaceJson::fromJson(json, &error));
        QVERIFY2(error.contains(u"\"requestBudget\""_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceModel)
#include "tst_workspace_model.moc"
