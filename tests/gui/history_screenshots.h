#pragma once

// The workspace history (Workspace → History…) after a day's work in a Heartbeat workspace: adds
// from the dialog and from an import run, edits with their changes, a bulk deactivation, a
// sign-in page handed out, a CLI edit by another user and a failed duplicate add, at 1280 × 800
// and 1024 × 700: workspace-history-WIDTH.png.
#include "audit_source.h"
#include "gui_test_environment.h"
#include "run_log.h"
#include "screenshot_support.h"
#include "workspace_history_dialog.h"

inline bool saveHistoryScreenshots(GuiTestEnvironment &env, const ScreenshotSetup &setup)
{
    using namespace Qt::StringLiterals;
    const Workspace workspace = env.workspaceFor(Provider::Heartbeat, u"Acme Community"_s);
    std::unique_ptr<MemberService> service(env.service(workspace));
    bool ok = service != nullptr;
    if (!ok)
        return false;
    const auto run = [&](const QString &actor, const QString &source, auto start) {
        service->setAuditActor(actor);
        const AuditSourceScope scope(*service, source);
        return env.wait<MemberRecord>(start).ok();
    };
    const QStringList people = {u"ada.lovelace"_s, u"grace.hopper"_s, u"alan.turing"_s,
                                u"katherine.johnson"_s};
    for (int i = 0; i < people.size(); ++i) {
        NewMember member;
        member.email = people.at(i) + u"@example.com"_s;
        member.name = people.at(i).section(u'.', 0, 0);
        member.roleId = u"role_member"_s;
        member.bio = u"Joined in spring"_s;
        const QString source = i < 2 ? AuditSource::dialog() : AuditSource::importRun(3);
        ok &= run(u"casey"_s, source, [&](auto done) { return service->create(member, done); });
    }
    MemberChanges bio;
    bio.bio = u"Runs the Berlin chapter"_s;
    bio.statusLine = u"Away until Monday"_s;
    ok &= run(u"casey"_s, AuditSource::dialog(),
              [&](auto done) { return service->update(u"ada.lovelace@example.com"_s, bio, done); });
    MemberChanges picture;
    picture.picture = u"data:image/png;base64,iVBORw0KGgo="_s;
    run(u"casey"_s, AuditSource::dialog(),
        [&](auto done) { return service->update(u"grace.hopper@example.com"_s, picture, done); });
    for (const QString &who : {u"alan.turing"_s, u"katherine.johnson"_s})
        ok &= run(u"sam"_s, AuditSource::bulkAction(),
                  [&](auto done) { return service->deactivate(who + u"@example.com"_s, done); });
    MemberChanges name;
    name.name = u"Grace Brewster Hopper"_s;
    ok &= run(u"sam"_s, AuditSource::cli(), [&](auto done) {
        return service->update(u"grace.hopper@example.com"_s, name, done);
    });
    service->setAuditActor(u"casey"_s);
    env.wait<LoginLink>(
        [&](auto done) { return service->loginLink(u"ada.lovelace@example.com"_s, done); });
    NewMember again;
    again.email = u"ada.lovelace@example.com"_s;
    again.name = u"Ada"_s;
    again.roleId = u"role_member"_s;
    run(u"casey"_s, AuditSource::dialog(), [&](auto done) { return service->create(again, done); });

    RunLog log;
    WorkspaceHistoryDialog dialog(env.database(), log, workspace.id, workspace.name);
    dialog.show();
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        dialog.resize(size);
        ok &= saveScreenshot(dialog, setup.path(u"workspace-history-%1"_s.arg(size.width())));
    }
    return ok;
}
