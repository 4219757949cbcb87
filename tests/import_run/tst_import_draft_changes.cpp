// A row's member between the import's parts: every field of the draft survives the journal, the
// create and the update carry what the provider takes, an update sends only what differs (an
// empty cell never clears a field, a field never told is sent), and the dry run's note says what
// changes, field by field.
#include "capabilities.h"
#include "change_text.h"
#include "draft_json.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImportDraftChanges : public QObject
{
    Q_OBJECT

    static MemberDraft fullDraft()
    {
        MemberDraft draft;
        draft.email = u"ada@example.com"_s;
        draft.name = u"Ada Lovelace"_s;
        draft.firstName = u"Ada"_s;
        draft.lastName = u"Lovelace"_s;
        draft.roleId = u"role_member"_s;
        draft.roleName = u"Member"_s;
        draft.groups = {u"Mentors"_s, u"Berlin chapter"_s};
        draft.groupIds = {u"grp_mentors"_s, u"grp_berlin"_s};
        draft.bio = u"Analyst"_s;
        draft.statusLine = u"Travelling"_s;
        draft.linkedin = u"https://www.linkedin.com/in/ada"_s;
        draft.twitter = u"https://x.com/ada"_s;
        draft.instagram = u"https://www.instagram.com/ada"_s;
        draft.picture = u"/data/photos/ada.png"_s;
        return draft;
    }

    static MemberRecord stored()
    {
        MemberRecord member;
        member.email = u"ada@example.com"_s;
        member.displayName = u"Ada Lovelace"_s;
        member.bio = u"Wrote the first program, which ran on an engine never built"_s;
        member.linkedin = QString(); // told: none
        member.twitter = u"https://x.com/ada"_s;
        member.groups = {MemberGroup{u"grp_mentors"_s, u"Mentors"_s}};
        return member;
    }

private Q_SLOTS:
    void everyFieldSurvivesTheJournal()
    {
        const MemberDraft draft = fullDraft();
        QCOMPARE(DraftJson::fromJson(DraftJson::toJson(draft)), draft);
        QCOMPARE(DraftJson::fromJson(DraftJson::toJson(MemberDraft{})), MemberDraft{});
    }

    void theCreateCarriesEveryField()
    {
        const NewMember member = DraftJson::newMember(fullDraft(), false, true);
        QCOMPARE(member.groupIds, (QStringList{u"grp_mentors"_s, u"grp_berlin"_s}));
        QCOMPARE(member.statusLine, u"Travelling"_s);
        QCOMPARE(member.instagram, u"https://www.instagram.com/ada"_s);
        QCOMPARE(member.picture, u"/data/photos/ada.png"_s); // read when the row is sent
        QVERIFY(member.introduce);
        QVERIFY(!DraftJson::newMember(fullDraft(), true, true).introduce); // pending: none
    }

    void anUpdateSendsWhatDiffersAndSaysSo()
    {
        const Capabilities heartbeat = Capabilities::of(Provider::Heartbeat, true);
        const std::optional<MemberChanges> changes =
            DraftJson::changes(fullDraft(), stored(), heartbeat.editableFields());
        QVERIFY(changes);
        QVERIFY(!changes->name);    // the same
        QVERIFY(!changes->twitter); // the same
        QCOMPARE(changes->bio, u"Analyst"_s);
        QCOMPARE(changes->statusLine, u"Travelling"_s); // never told: sent
        QCOMPARE(changes->linkedin, u"https://www.linkedin.com/in/ada"_s);
        QCOMPARE(changes->instagram, u"https://www.instagram.com/ada"_s); // never told: sent
        QCOMPARE(changes->picture, u"/data/photos/ada.png"_s);
        QCOMPARE(changes->addGroupIds, QStringList{u"grp_berlin"_s}); // not in it yet
        QVERIFY(changes->removeGroupIds.isEmpty());
        QCOMPARE(ChangeText::describe(*changes, stored(), {{u"grp_berlin"_s, u"Berlin chapter"_s}}),
                 u"bio: 'Wrote the first program, which ran on a…' → 'Analyst'; "
                 "status: ? → 'Travelling'; linkedin: '' → 'https://www.linkedin.com/in/ada'; "
                 "instagram: ? → 'https://www.instagram.com/ada'; picture: → 'ada.png'; "
                 "groups: + Berlin chapter"_s);
    }

    void anEmptyCellNeverClearsAField()
    {
        MemberDraft draft;
        draft.email = u"ada@example.com"_s;
        draft.name = u"Ada Lovelace"_s;
        MemberRecord member = stored();
        member.statusLine = u"Away"_s;
        const Capabilities heartbeat = Capabilities::of(Provider::Heartbeat, true);
        QVERIFY(!DraftJson::changes(draft, member, heartbeat.editableFields()));
    }

    void onlyWhatTheProviderCanEdit()
    {
        MemberDraft draft = fullDraft();
        draft.firstName = u"Augusta Ada"_s;
        MemberRecord member = stored();
        member.firstName = u"Ada"_s;
        member.lastName = u"Lovelace"_s;
        const Capabilities beam = Capabilities::of(Provider::Beam, false);
        const std::optional<MemberChanges> changes =
            DraftJson::changes(draft, member, beam.editableFields());
        QVERIFY(changes);
        QCOMPARE(changes->fields(), QList<ProfileField>{ProfileField::FirstName});
        QCOMPARE(ChangeText::describe(*changes, member, {}),
                 u"first-name: 'Ada' → 'Augusta Ada'"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportDraftChanges)
#include "tst_import_draft_changes.moc"
