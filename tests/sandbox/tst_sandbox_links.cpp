// One-time login links over loopback against a real roster-sandbox: Forward's login URLs, Beam's
// SSO URLs and Heartbeat's community magic links are unguessable, single use and expire.
#include "http_client.h"
#include "sandbox_process.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestSandboxLinks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    bool restart(const QStringList &extraArguments)
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--rate-limit"_s, u"0"_s} +
                                                     extraArguments);
        return m_sandbox->start();
    }

    RawHeaders bearer() const { return HttpClient::bearer(m_sandbox->apiKey()); }
    RawHeaders xApiKey() const { return HttpClient::xApiKey(m_sandbox->apiKey()); }

    QString forwardMember(const QString &email)
    {
        const TestReply created = m_http.sendJson(
            "POST", m_sandbox->url(u"/forward/users"_s), xApiKey(),
            {{u"first_name"_s, u"Jane"_s}, {u"last_name"_s, u"Smith"_s}, {u"email"_s, email}});
        return created.status == 201 ? created.object()[u"id"_s].toString() : QString();
    }

    qint64 beamMember(const QString &email)
    {
        const TestReply created =
            m_http.sendJson("POST", m_sandbox->url(u"/beam/users/create"_s), bearer(),
                            {{u"email"_s, email},
                             {u"firstName"_s, u"Jane"_s},
                             {u"lastName"_s, u"Smith"_s},
                             {u"password"_s, u"correct horse"_s}});
        return created.status == 200 ? created.object()[u"user"_s][u"id"_s].toInteger() : 0;
    }

    bool heartbeatPendingMember(const QString &email)
    {
        return m_http
                   .sendJson("PUT", m_sandbox->url(u"/heartbeat/v0/pendingUser"_s), bearer(),
                             {{u"email"_s, email},
                              {u"name"_s, u"Jane Smith"_s},
                              {u"roleID"_s, u"role_member"_s}})
                   .status == 200;
    }

    // The member as the sandbox keeps it: Heartbeat's user objects carry no account state.
    QJsonObject heartbeatStored(const QString &email)
    {
        for (const QJsonValue &member : m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray()) {
            if (member[u"email"_s].toString() == email)
                return member.toObject();
        }
        return {};
    }

    QString heartbeatAccountStatus(const QString &email)
    {
        return heartbeatStored(email)[u"accountStatus"_s].toString();
    }

    QJsonValue heartbeatLastLogin(const QString &email)
    {
        return m_http
            .get(m_sandbox->url(u"/heartbeat/v0/find/users?email="_s +
                                QString::fromLatin1(QUrl::toPercentEncoding(email))),
                 bearer())
            .object()[u"lastLogin"_s];
    }

    TestReply forwardLoginUrl(const QString &id)
    {
        return m_http.send("POST", m_sandbox->url(u"/forward/v1/users/"_s + id + u"/login_url"_s),
                           xApiKey());
    }

    TestReply beamSsoUrl(qint64 id)
    {
        return m_http.send("POST", m_sandbox->url(u"/beam/sso/"_s + QString::number(id)), bearer());
    }

    // A fresh link for a new member of `provider`: forward, beam or heartbeat.
    QString newLink(const QString &provider, const QString &email)
    {
        if (provider == u"forward")
            return forwardLoginUrl(forwardMember(email)).object()[u"login_url"_s].toString();
        if (provider == u"beam")
            return beamSsoUrl(beamMember(email)).object()[u"url"_s].toString();
        if (!heartbeatPendingMember(email))
            return {};
        return requestMagicLinkJson(email).object()[u"magicLink"_s].toString();
    }

    TestReply requestMagicLinkJson(const QString &email)
    {
        return m_http.sendJson("POST", m_sandbox->url(u"/heartbeat/community/magic-link"_s),
                               {{"Accept", "application/json"}}, {{u"email"_s, email}});
    }

    TestReply requestMagicLinkForm(const QByteArray &formBody)
    {
        return m_http.send("POST", m_sandbox->url(u"/heartbeat/community/magic-link"_s),
                           {{"Content-Type", "application/x-www-form-urlencoded"}}, formBody);
    }

    // The link in the HTML answer of the community login page's form, empty when there is none.
    static QString linkInPage(const QByteArray &html)
    {
        static const QRegularExpression anchor(u"<a id=\"magic-link\" href=\"([^\"]+)\""_s);
        return anchor.match(QString::fromUtf8(html)).captured(1);
    }

    static QString codeOf(const QString &link)
    {
        const QUrlQuery query(QUrl(link).query());
        return query.hasQueryItem(u"token"_s) ? query.queryItemValue(u"token"_s)
                                              : query.queryItemValue(u"code"_s);
    }

    static QString withCode(const QString &link, const QString &code)
    {
        QUrl url(link);
        QUrlQuery query(url.query());
        const QString name = query.hasQueryItem(u"token"_s) ? u"token"_s : u"code"_s;
        query.removeAllQueryItems(name);
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(code)));
        url.setQuery(query);
        return url.toString();
    }

    int open(const QString &link) { return m_http.get(QUrl(link)).status; }

    void addProviderRows()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("forward") << u"forward"_s;
        QTest::newRow("beam") << u"beam"_s;
        QTest::newRow("heartbeat") << u"heartbeat"_s;
    }

private Q_SLOTS:
    void init() { QVERIFY2(restart({}), qPrintable(m_sandbox->error())); }

    void cleanup() { m_sandbox.reset(); }

    void forwardLoginUrl_opensOnceThenGone()
    {
        const QString id = forwardMember(u"jane@example.com"_s);
        QVERIFY(!id.isEmpty());
        const TestReply issued = forwardLoginUrl(id);
        QCOMPARE(issued.status, 200);
        const QString link = issued.object()[u"login_url"_s].toString();
        QVERIFY2(link.startsWith(m_sandbox->baseUrl() + u"/forward/auth/magic-link?code="_s),
                 qPrintable(link));
        QCOMPARE(m_sandbox->outstandingLinks(), 1);

        const TestReply first = m_http.get(QUrl(link));
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.contains("Jane Smith"));
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
        QCOMPARE(open(link), 410);
        QCOMPARE(open(link), 410);
    }

    void beamSsoUrl_opensOnceThenGoneAndVerifiesTheMember()
    {
        const qint64 id = beamMember(u"jane@example.com"_s);
        QVERIFY(id > 0);
        const TestReply issued = beamSsoUrl(id);
        QCOMPARE(issued.status, 200);
        const QString link = issued.object()[u"url"_s].toString();
        QVERIFY2(link.startsWith(m_sandbox->baseUrl() + u"/beam/community/sso?token="_s),
                 qPrintable(link));

        QCOMPARE(open(link), 200);
        QCOMPARE(open(link), 410);
        const TestReply retrieved =
            m_http.sendJson("POST", m_sandbox->url(u"/beam/users/retrieve"_s), bearer(),
                            {{u"email"_s, u"jane@example.com"_s}});
        QCOMPARE(retrieved.object()[u"user"_s][u"verified"_s].toBool(), true);
    }

    void links_expireAfterTheirLifetime_data() { addProviderRows(); }

    void links_expireAfterTheirLifetime()
    {
        QFETCH(QString, provider);
        QVERIFY2(restart({u"--link-ttl"_s, u"1"_s}), qPrintable(m_sandbox->error()));
        const QString link = newLink(provider, u"jane@example.com"_s);
        QVERIFY(!link.isEmpty());
        QTest::qWait(1500);
        QCOMPARE(open(link), 410);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
        if (provider == u"heartbeat")
            QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"pending"_s);
    }

    void twoLinksForOneMember_areDistinctAndEachWorksOnce_data() { addProviderRows(); }

    void twoLinksForOneMember_areDistinctAndEachWorksOnce()
    {
        QFETCH(QString, provider);
        QString first;
        QString second;
        if (provider == u"forward") {
            const QString id = forwardMember(u"jane@example.com"_s);
            first = forwardLoginUrl(id).object()[u"login_url"_s].toString();
            second = forwardLoginUrl(id).object()[u"login_url"_s].toString();
        } else if (provider == u"beam") {
            const qint64 id = beamMember(u"jane@example.com"_s);
            first = beamSsoUrl(id).object()[u"url"_s].toString();
            second = beamSsoUrl(id).object()[u"url"_s].toString();
        } else {
            QVERIFY(heartbeatPendingMember(u"jane@example.com"_s));
            first = requestMagicLinkJson(u"jane@example.com"_s).object()[u"magicLink"_s].toString();
            second =
                requestMagicLinkJson(u"jane@example.com"_s).object()[u"magicLink"_s].toString();
        }
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first != second);
        QCOMPARE(m_sandbox->outstandingLinks(), 2);

        QCOMPARE(open(second), 200);
        QCOMPARE(open(first), 200);
        QCOMPARE(open(second), 410);
        QCOMPARE(open(first), 410);
    }

    void codes_areAtLeast128BitsOfBase64UrlAndNeverRepeat()
    {
        const QString forwardId = forwardMember(u"jane@example.com"_s);
        const qint64 beamId = beamMember(u"jane@example.com"_s);
        QVERIFY(heartbeatPendingMember(u"jane@example.com"_s));

        static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]+$"_s);
        QSet<QString> codes;
        for (int i = 0; i < 200; ++i) {
            QString link;
            if (i % 4 == 1)
                link = beamSsoUrl(beamId).object()[u"url"_s].toString();
            else if (i % 4 == 2)
                link =
                    requestMagicLinkJson(u"jane@example.com"_s).object()[u"magicLink"_s].toString();
            else
                link = forwardLoginUrl(forwardId).object()[u"login_url"_s].toString();
            const QString code = codeOf(link);
            QVERIFY2(base64Url.match(code).hasMatch(), qPrintable(link));
            QVERIFY2(code.size() >= 22, qPrintable(code));
            const auto decoded = QByteArray::fromBase64Encoding(
                code.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                     QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY2(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok,
                     qPrintable(code));
            QVERIFY2(decoded.decoded.size() >= 16, qPrintable(code));
            codes.insert(code);
        }
        QCOMPARE(codes.size(), 200);
        QCOMPARE(m_sandbox->outstandingLinks(), 200);
    }

    void tamperedOrUnknownCodes_answer404AndConsumeNothing_data() { addProviderRows(); }

    void tamperedOrUnknownCodes_answer404AndConsumeNothing()
    {
        QFETCH(QString, provider);
        const QString link = newLink(provider, u"jane@example.com"_s);
        QVERIFY(!link.isEmpty());
        const QString code = codeOf(link);
        QString firstChanged = code;
        firstChanged[0] = code.at(0) == u'A' ? u'B' : u'A';
        QString lastChanged = code;
        lastChanged[code.size() - 1] = code.back() == u'x' ? u'y' : u'x';

        // A link of another provider is unknown here, too.
        const QString otherProvider = provider == u"forward" ? u"beam"_s : u"forward"_s;
        const QString foreignCode = codeOf(newLink(otherProvider, u"joe@example.com"_s));
        QVERIFY(!foreignCode.isEmpty());
        const qint64 outstanding = m_sandbox->outstandingLinks();
        QCOMPARE(outstanding, 2);

        const QStringList wrongCodes = {firstChanged,
                                        lastChanged,
                                        code.chopped(1),
                                        code + u'A',
                                        code.toUpper(),
                                        code.toLower(),
                                        QString(),
                                        foreignCode,
                                        u"AAAAAAAAAAAAAAAAAAAAAA"_s,
                                        u"../../etc/passwd"_s};
        for (const QString &wrong : wrongCodes) {
            if (wrong == code)
                continue; // an all-upper or all-lower code is vanishingly unlikely
            QVERIFY2(open(withCode(link, wrong)) == 404, qPrintable(wrong));
        }
        QUrl withoutCode(link);
        withoutCode.setQuery(QString());
        QCOMPARE(open(withoutCode.toString()), 404);

        QCOMPARE(m_sandbox->outstandingLinks(), outstanding);
        QCOMPARE(open(link), 200);
        QCOMPARE(open(link), 410);
    }

    void forwardInactiveMember_cannotSignIn()
    {
        const QString id = forwardMember(u"jane@example.com"_s);
        const QString link = forwardLoginUrl(id).object()[u"login_url"_s].toString();
        QVERIFY(!link.isEmpty());
        QCOMPARE(m_http
                     .sendJson("PUT", m_sandbox->url(u"/forward/users/"_s + id + u"/status"_s),
                               xApiKey(), {{u"status"_s, u"INACTIVE"_s}})
                     .status,
                 200);

        const TestReply refused = forwardLoginUrl(id);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.object()[u"type"_s].toString(), u"FORBIDDEN"_s);
        QVERIFY(!refused.object().contains(u"login_url"_s));
        QCOMPARE(open(link), 403);
    }

    void loginLinks_forUnknownMembers_are404()
    {
        QCOMPARE(forwardLoginUrl(u"user_nobody"_s).status, 404);
        QCOMPARE(beamSsoUrl(4242).status, 404);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }

    void heartbeatCommunityPage_isAFormAskingForTheEmail()
    {
        const TestReply page = m_http.get(m_sandbox->url(u"/heartbeat/community"_s));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(
            u"<form method=\"post\" action=\"%1/heartbeat/community/magic-link\""_s.arg(
                m_sandbox->baseUrl())));
        QVERIFY(html.contains(u"name=\"email\""_s));
    }

    void heartbeatMagicLink_activatesAPendingMemberOnce_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("form") << false;
        QTest::newRow("json") << true;
    }

    void heartbeatMagicLink_activatesAPendingMemberOnce()
    {
        QFETCH(bool, json);
        QVERIFY(heartbeatPendingMember(u"jane@example.com"_s));
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"pending"_s);

        QString link;
        if (json) {
            const TestReply answer = requestMagicLinkJson(u"jane@example.com"_s);
            QCOMPARE(answer.status, 200);
            QVERIFY(answer.header("Content-Type").startsWith("application/json"));
            link = answer.object()[u"magicLink"_s].toString();
        } else {
            const TestReply answer = requestMagicLinkForm("email=jane%40example.com"_ba);
            QCOMPARE(answer.status, 200);
            QVERIFY(answer.header("Content-Type").startsWith("text/html"));
            link = linkInPage(answer.body);
        }
        QVERIFY2(link.startsWith(m_sandbox->baseUrl() + u"/heartbeat/community/magic-link?code="_s),
                 qPrintable(link));
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"pending"_s);
        QCOMPARE(heartbeatLastLogin(u"jane@example.com"_s), QJsonValue(QJsonValue::Null));

        const QDateTime beforeSignIn = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const TestReply first = m_http.get(QUrl(link));
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.contains("Jane Smith"));
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"active"_s);
        const QString lastLogin = heartbeatLastLogin(u"jane@example.com"_s).toString();
        const QDateTime signedInAt = QDateTime::fromString(lastLogin, Qt::ISODateWithMs);
        QVERIFY2(signedInAt >= beforeSignIn && signedInAt <= QDateTime::currentDateTimeUtc(),
                 qPrintable(lastLogin));
        QCOMPARE(heartbeatStored(u"jane@example.com"_s)[u"lastLogin"_s].toString(), lastLogin);
        QCOMPARE(open(link), 410);
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"active"_s);
        QCOMPARE(heartbeatLastLogin(u"jane@example.com"_s).toString(), lastLogin);

        // Each sign-in is the last one.
        QTest::qWait(5);
        const QString again =
            requestMagicLinkJson(u"jane@example.com"_s).object()[u"magicLink"_s].toString();
        QCOMPARE(open(again), 200);
        QVERIFY(heartbeatLastLogin(u"jane@example.com"_s).toString() > lastLogin);
    }

    void heartbeatMagicLink_matchesTheEmailAsTyped_data()
    {
        QTest::addColumn<QByteArray>("formBody");
        QTest::newRow("plus address") << "email=jane%2Broster%40example.com"_ba;
        QTest::newRow("upper case") << "email=JANE%2BRoster%40Example.COM"_ba;
        QTest::newRow("spaces around") << "email=++jane%2Broster%40example.com+"_ba;
        QTest::newRow("other fields") << "name=Jane+Smith&email=jane%2Broster%40example.com"_ba;
    }

    void heartbeatMagicLink_matchesTheEmailAsTyped()
    {
        QFETCH(QByteArray, formBody);
        QVERIFY(heartbeatPendingMember(u"jane+roster@example.com"_s));
        const TestReply answer = requestMagicLinkForm(formBody);
        QCOMPARE(answer.status, 200);
        const QString link = linkInPage(answer.body);
        QVERIFY2(!link.isEmpty(), answer.body.constData());
        QCOMPARE(open(link), 200);
        QCOMPARE(heartbeatAccountStatus(u"jane+roster@example.com"_s), u"active"_s);
    }

    void heartbeatMagicLink_refusesUnknownAndDeactivatedMembers()
    {
        QVERIFY(heartbeatPendingMember(u"jane@example.com"_s));
        QCOMPARE(m_http
                     .sendJson("DELETE", m_sandbox->url(u"/heartbeat/v0/users"_s), bearer(),
                               {{u"email"_s, u"jane@example.com"_s}})
                     .status,
                 200);

        const TestReply unknownJson = requestMagicLinkJson(u"ghost@example.com"_s);
        QCOMPARE(unknownJson.status, 404);
        QVERIFY(!unknownJson.object().contains(u"magicLink"_s));
        QVERIFY(unknownJson.object()[u"message"_s].toString().contains(u"ghost@example.com"_s));
        const TestReply unknownForm = requestMagicLinkForm("email=ghost%40example.com"_ba);
        QCOMPARE(unknownForm.status, 404);
        QVERIFY(linkInPage(unknownForm.body).isEmpty());

        const TestReply deactivatedJson = requestMagicLinkJson(u"jane@example.com"_s);
        QCOMPARE(deactivatedJson.status, 403);
        QVERIFY(!deactivatedJson.object().contains(u"magicLink"_s));
        const TestReply deactivatedForm = requestMagicLinkForm("email=jane%40example.com"_ba);
        QCOMPARE(deactivatedForm.status, 403);
        QVERIFY(linkInPage(deactivatedForm.body).isEmpty());
        QVERIFY(!deactivatedForm.body.contains("magic-link?code="));

        QCOMPARE(requestMagicLinkForm("email="_ba).status, 400);
        QCOMPARE(requestMagicLinkJson(QString()).status, 400);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"deactivated"_s);
    }

    void heartbeatMagicLink_openedAfterDeactivation_doesNotSignIn()
    {
        QVERIFY(heartbeatPendingMember(u"jane@example.com"_s));
        const QString link =
            requestMagicLinkJson(u"jane@example.com"_s).object()[u"magicLink"_s].toString();
        QVERIFY(!link.isEmpty());
        QCOMPARE(m_http
                     .sendJson("DELETE", m_sandbox->url(u"/heartbeat/v0/users"_s), bearer(),
                               {{u"email"_s, u"jane@example.com"_s}})
                     .status,
                 200);
        QCOMPARE(open(link), 403);
        QCOMPARE(heartbeatAccountStatus(u"jane@example.com"_s), u"deactivated"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLinks)
#include "tst_sandbox_links.moc"
