// Who did what, from where: MemberService's audit entries name the OS user and the source, an
// edit its fields old → new, Heartbeat's sign-in page as such, and a failed add of an address
// the roster holds never lands in that member's history.
#include "audit_log.h"
#include "audit_source.h"
#include "change_text.h"
#include "member_service.h"
#include "recorded_network.h"
#include "sandbox_workspace.h"
#include "service_fixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMemberServiceHistory : public QObject, protected ServiceFixture
{
    Q_OBJECT

    std::unique_ptr<MemberService> service(Provider provider)
    {
        auto members =
            ServiceFixture::service(SandboxWorkspace::make(*m_sandbox, provider, u"Acme"_s));
        members->setAuditActor(u"casey"_s);
        return members;
    }

    QList<AuditEntry> audit(const MemberService &members, const QString &email = {})
    {
        QString error;
        return AuditLog(*m_db)
            .list(members.workspace().id, email, 0, &error)
            .value_or(QList<AuditEntry>());
    }

    static NewMember ada()
    {
        NewMember member;
        member.email = u"ada@example.com"_s;
        member.name = u"Ada Lovelace"_s;
        member.firstName = u"Ada"_s;
        member.lastName = u"Lovelace"_s;
        member.roleId = u"role_member"_s;
        return member;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"3"_s}),
                 qPrintable(m_sandbox->error()));
    }

    void cleanup() { tearDown(); }

    void anEditRecordsWhoFromWhereAndItsFieldsOldToNew()
    {
        auto members = service(Provider::Heartbeat);
        NewMember member = ada();
        member.bio = u"Old bio"_s;
        QVERIFY(wait<MemberRecord>([&](auto done) { return members->create(member, done); }).ok());
        MemberChanges changes;
        changes.bio = u"New bio"_s;
        {
            const AuditSourceScope cli(*members, AuditSource::cli());
            const auto edited = wait<MemberRecord>(
                [&](auto done) { return members->update(member.email, changes, done); });
            QVERIFY2(edited.ok(), qPrintable(edited.error.message));
        }
        QCOMPARE(members->auditSource(), AuditSource::dialog());

        const QList<AuditEntry> history = audit(*members, member.email);
        QCOMPARE(history.size(), 2);
        const AuditEntry edit = history.first();
        QCOMPARE(edit.action, u"update"_s);
        QCOMPARE(edit.actor, u"casey"_s);
        QCOMPARE(edit.source, AuditSource::cli());
        QCOMPARE(edit.changes, u"bio: 'Old bio' → 'New bio'"_s);
        const AuditEntry add = history.last();
        QCOMPARE(add.action, u"create"_s);
        QCOMPARE(add.source, AuditSource::dialog());
        QCOMPARE(add.actor, u"casey"_s);
    }

    void aPictureChangeIsNamedNotStored()
    {
        MemberChanges changes;
        changes.picture = u"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"_s;
        const QString text = ChangeText::describe(changes, MemberRecord(), {});
        QCOMPARE(text, u"picture changed"_s);
        changes.picture = QString();
        QCOMPARE(ChangeText::describe(changes, MemberRecord(), {}), u"picture removed"_s);
    }

    void aFailedDuplicateAddLeavesTheExistingMembersHistoryAlone()
    {
        auto members = service(Provider::Forward);
        QVERIFY(wait<MemberRecord>([&](auto done) { return members->create(ada(), done); }).ok());
        NewMember again = ada();
        again.email = u"ADA@example.com"_s;
        const auto duplicate =
            wait<MemberRecord>([&](auto done) { return members->create(again, done); });
        QVERIFY(!duplicate.ok());

        const QList<AuditEntry> history = audit(*members, u"ada@example.com"_s);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().outcome, AuditOutcome::Ok);
        // The attempt is the workspace's, naming the address it tried.
        const AuditEntry failed = audit(*members).first();
        QCOMPARE(failed.action, u"create"_s);
        QCOMPARE(failed.outcome, AuditOutcome::Failed);
        QCOMPARE(failed.memberEmail, QString());
        QVERIFY2(failed.detail.contains(u"ada@example.com"_s), qPrintable(failed.detail));

        // An add that fails for an address nobody has stays under that address.
        NewMember invalid = ada();
        invalid.email = u"nobody@example.com"_s;
        invalid.firstName.clear();
        invalid.lastName.clear();
        invalid.name.clear();
        const auto refused =
            wait<MemberRecord>([&](auto done) { return members->create(invalid, done); });
        if (!refused.ok())
            QCOMPARE(audit(*members, invalid.email).size(), 1);
    }

    void heartbeatsSignInPageIsRecordedAsSuch()
    {
        auto members = service(Provider::Heartbeat);
        QVERIFY(wait<MemberRecord>([&](auto done) { return members->create(ada(), done); }).ok());
        const auto page =
            wait<LoginLink>([&](auto done) { return members->loginLink(ada().email, done); });
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        const AuditEntry entry = audit(*members, ada().email).first();
        QCOMPARE(entry.action, u"sign-in-page"_s);
        QVERIFY2(entry.detail.contains(u"sign-in page"_s), qPrintable(entry.detail));
    }
};

QTEST_GUILESS_MAIN(TestMemberServiceHistory)
#include "tst_member_service_history.moc"
