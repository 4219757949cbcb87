// Screenshots of the import wizard's pages in a typical state, against a real roster-sandbox
// (Heartbeat: a role for the whole file, pending members), then the dry run of a second file
// that changes members' profiles (each update's field diff, one selected in the details pane),
// a mirror of a member list that lacks three members (their deactivations), and the File page
// given a pipe, for docs/screenshots/; the dry run (also once made again, its plan gone stale),
// the field diff, the mirror and the run at 1280 × 800 and 1024 × 700 too:
//   xvfb-run -a -s "-screen 0 1440x900x24" import_wizard_screenshots OUTPUT_DIR [--dark]
// (QT_QPA_PLATFORM=xcb; offscreen works too).
#include "bulk_test_members.h"
#include "dialog_test_helpers.h"
#include "gui_test_environment.h"
#include "import_dry_run_page.h"
#include "import_file_page.h"
#include "import_mapping_page.h"
#include "import_mirror_screenshots.h"
#include "import_report_page.h"
#include "import_row_model.h"
#include "import_run_page.h"
#include "import_runner.h"
#include "import_validation_page.h"
#include "import_wizard.h"
#include "import_wizard_files.h"
#include "screenshot_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTableView>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 60'000);
}

QString messyFile()
{
    QString text = u"E-mail;Full name;Groups;Notes\r\n"_s
                   u"ada.lovelace@example.com;Ada Lovelace;Mentors;Board\r\n"_s
                   u"grace.hopper@example.com;Grace Hopper;Berlin chapter;\r\n"_s
                   u"not-an-address;Alan Turing;;wrong column?\r\n"_s
                   u"zoe.mueller@example.com;Zoë Müller;Mentors, Berlin chapter;\r\n"_s
                   u"ADA.LOVELACE@example.com;Ada L.;;again\r\n"_s
                   u";;;\r\n"_s
                   u"jose.garcia@example.com;José García;Welcome;\r\n"_s
                   u"renee.dupont@example.com;Renée Dupont;No such group;\r\n"_s;
    for (int i = 0; i < 60; ++i)
        text += u"member.%1@example.com;Björn %1 Åkesson;Welcome;\r\n"_s.arg(i);
    return text;
}

// Profiles changed for members messyFile() brings in, a picture beside the file.
QString profileChanges(const QString &folder)
{
    QDir(folder).mkpath(u"photos"_s);
    QImage photo(800, 800, QImage::Format_RGB32);
    photo.fill(QColor(0x2a, 0x7a, 0x9b));
    photo.save(QDir(folder).filePath(u"photos/ada.png"_s), "PNG");
    return u"Email,Full name,Role,Groups,Bio,Status line,LinkedIn,Twitter / X,Photo\n"_s
           u"ada.lovelace@example.com,Ada King-Lovelace,Member,Mentors,Analyst of the Engine,"_s
           u"Travelling,https://www.linkedin.com/in/ada,,photos/ada.png\n"_s
           u"grace.hopper@example.com,Grace Hopper,Member,Berlin chapter; Mentors,,,,"_s
           u"https://x.com/grace,\n"_s
           u"zoe.mueller@example.com,Zoë Müller,Member,Welcome,Runs the Berlin meet-ups,,,,\n"_s
           u"jose.garcia@example.com,José García,Member,Welcome,,,,,\n"_s;
}
// Every member the sandbox's Heartbeat community has, but three, one with a new status line:
// the list a CRM exports of the members who still pay.
QString mirrorFile(SandboxProcess &sandbox, bool *ok)
{
    const QJsonObject state = sandbox.state(u"heartbeat"_s);
    QHash<QString, QString> roles;
    for (const QJsonValue &role : state[u"roles"_s].toArray())
        roles.insert(role[u"id"_s].toString(), role[u"name"_s].toString());
    QStringList rows;
    for (const QJsonValue &member : state[u"members"_s].toArray()) {
        if (BulkTestMembers::statusOf(member.toObject()) == u"deactivated"_s)
            continue;
        rows << u"%1,%2,%3"_s.arg(member[u"email"_s].toString(), member[u"name"_s].toString(),
                                  roles.value(member[u"roleID"_s].toString()));
    }
    *ok &= rows.size() > 6;
    QString text = u"Email,Full name,Role,Status line\n"_s;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i == 1 || i == 4 || i == 5) // left the community
            continue;
        text += rows.at(i) + (i == 2 ? u",Back in March\n"_s : u",\n"_s);
    }
    return text;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen"_ba : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const ScreenshotSetup setup("import_wizard_screenshots");
    if (!setup.isValid())
        return 2;

    GuiTestEnvironment env(
        {u"--members"_s, u"20"_s, u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"120"_s});
    const QString error = env.start();
    if (!error.isEmpty()) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    const QString path = QDir(env.root()).filePath(u"members-export.csv"_s);
    if (!ImportWizardFiles::writeWindows1252(path, messyFile())) {
        qCritical("cannot write %s", qPrintable(path));
        return 1;
    }
    Workspace workspace = env.workspaceFor(Provider::Heartbeat, u"Acme Community"_s);
    workspace.requestBudget = 6;
    std::unique_ptr<MemberService> service(env.service(workspace));
    bool ok = true;

    auto *wizard = new ImportWizard(service.get(), env.database());
    wizard->resize(1000, 720);
    wizard->show();
    // A pipe chosen by mistake: named for what it is, and not taken on.
    const QString fifo = QDir(env.root()).filePath(u"members-export.fifo"_s);
    ok &= ::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0;
    wizard->filePage()->setPath(fifo);
    ok &= saveScreenshot(*wizard, setup.path(u"import-file-fifo"_s));
    wizard->filePage()->setPath(path);
    ok &= saveScreenshot(*wizard, setup.path(u"import-file"_s));

    wizard->next();
    ok &= saveScreenshot(*wizard, setup.path(u"import-format"_s));

    wizard->next();
    QComboBox *roles = wizard->mappingPage()->roleCombo();
    ok &= waitFor([&] { return roles->isEnabled() && roles->count() > 1; });
    roles->setCurrentIndex(roles->findText(u"Member"_s));
    wizard->findChild<QCheckBox *>(u"pendingCheck"_s)->setChecked(true);
    ok &= saveScreenshot(*wizard, setup.path(u"import-mapping"_s));

    wizard->next();
    ImportValidationPage *validation = wizard->validationPage();
    ok &= waitFor([&] { return validation->isComplete(); });
    auto *issues = wizard->findChild<QTableView *>(u"issueTable"_s);
    issues->setCurrentIndex(issues->model()->index(0, 0));
    ok &= saveScreenshot(*wizard, setup.path(u"import-validation"_s));

    wizard->next();
    ok &= waitFor([&] { return wizard->dryRunPage()->isComplete(); });
    ok &= saveScreenshot(*wizard, setup.path(u"import-dry-run"_s));
    // At the window sizes the docs show: the message says how long its plan is run as it is.
    const auto atSizes = [&](const QString &name) {
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            wizard->resize(size);
            QTest::qWait(100);
            ok &= saveScreenshot(*wizard, setup.path(u"%1-%2"_s.arg(name).arg(size.width())));
        }
        wizard->resize(1000, 720);
    };
    atSizes(u"import-dry-run"_s);

    // A plan gone stale (moved 31 minutes back in the journal): Start Import plans again first.
    QSqlQuery age(env.database().connection());
    ok &= age.exec(u"UPDATE import_runs SET created_at = created_at - 1860000 WHERE id = %1"_s.arg(
        wizard->runId()));
    wizard->next();
    ok &= waitFor([&] { return wizard->dryRunPage()->isComplete(); });
    atSizes(u"import-dry-run-replanned"_s);

    wizard->next();
    ImportRunPage *run = wizard->runPage();
    ok &= waitFor([&] { return run->runner() && run->runner()->finishedCount() >= 12; });
    QTest::qWait(600); // a tick of the rate and time left
    ok &= saveScreenshot(*wizard, setup.path(u"import-run"_s));
    atSizes(u"import-run"_s);

    ok &= waitFor([&] { return wizard->currentId() == ImportWizard::ReportPageId; });
    ok &= waitFor([&] { return !wizard->reportPage()->isLoading(); });
    ok &= saveScreenshot(*wizard, setup.path(u"import-report"_s));
    delete wizard;

    // A second file that changes their profiles: the dry run says what each update changes.
    const QString changes = QDir(env.root()).filePath(u"profile-changes.csv"_s);
    ok &= ImportWizardFiles::writeUtf8(changes, profileChanges(env.root()));
    auto *again = new ImportWizard(service.get(), env.database());
    again->resize(1000, 720);
    again->show();
    again->filePage()->setPath(changes);
    again->next();
    again->next();
    ok &= waitFor([&] { return again->mappingPage()->isComplete(); });
    again->findChild<QRadioButton *>(u"createOrUpdateRadio"_s)->setChecked(true);
    again->next();
    ok &= waitFor([&] { return again->validationPage()->isComplete(); });
    again->next();
    ok &= waitFor([&] { return again->dryRunPage()->isComplete(); });
    ok &= waitFor([&] { return again->dryRunPage()->rows()->rowCount() == 4; });
    QComboBox *filter = again->dryRunPage()->filterCombo();
    filter->setCurrentIndex(filter->findData(int(ImportPlan::Update)));
    // Ada's update selected: the details pane lists its changes field by field.
    QTableView *plan = again->dryRunPage()->planTable();
    for (int row = 0; row < plan->model()->rowCount(); ++row) {
        const QModelIndex email = plan->model()->index(row, ImportRowModel::Email);
        if (email.data().toString() == u"ada.lovelace@example.com"_s)
            plan->setCurrentIndex(email);
    }
    ok &= plan->currentIndex().isValid();
    ok &= saveScreenshot(*again, setup.path(u"import-dry-run-diff"_s));
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        again->resize(size);
        QTest::qWait(100);
        ok &= saveScreenshot(*again, setup.path(u"import-dry-run-diff-%1"_s.arg(size.width())));
    }
    again->dryRunPage()->discardPlan();
    delete again;

    // A mirror of a member list that lacks three of the community's members: they are planned
    // for deactivation, listed without a line, one of them selected.
    const QString list = QDir(env.root()).filePath(u"paid-members.csv"_s);
    ok &= ImportWizardFiles::writeUtf8(list, mirrorFile(env.sandbox(), &ok));
    auto *mirror = new ImportWizard(service.get(), env.database());
    mirror->resize(1000, 720);
    mirror->show();
    mirror->filePage()->setPath(list);
    mirror->next();
    mirror->next();
    ok &= waitFor([&] { return mirror->mappingPage()->isComplete(); });
    auto *mirrorMode = mirror->findChild<QRadioButton *>(u"mirrorRadio"_s);
    ok &= mirrorMode != nullptr;
    if (mirrorMode) {
        mirrorMode->setChecked(true);
        ok &= MirrorScreenshots::mappingPage(*mirror, setup);
        mirror->next();
        ok &= waitFor([&] { return mirror->validationPage()->isComplete(); });
        mirror->next();
        ok &= waitFor([&] { return mirror->dryRunPage()->isComplete(); });
        const ImportRowModel *rows = mirror->dryRunPage()->rows();
        ok &= waitFor([&] { return rows->rowCount() == mirror->dryRunPage()->counts().total(); });
        QComboBox *plans = mirror->dryRunPage()->filterCombo();
        plans->setCurrentIndex(plans->findData(int(ImportPlan::Deactivate)));
        QTableView *table = mirror->dryRunPage()->planTable();
        table->setCurrentIndex(table->model()->index(0, ImportRowModel::Email));
        ok &= saveScreenshot(*mirror, setup.path(u"import-dry-run-mirror"_s));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            mirror->resize(size);
            QTest::qWait(100);
            ok &= saveScreenshot(*mirror,
                                 setup.path(u"import-dry-run-mirror-%1"_s.arg(size.width())));
        }
        ok &= MirrorScreenshots::confirmRunAndUndo(*mirror, service.get(), env.database(), setup,
                                                   env.root());
        mirror->dryRunPage()->discardPlan();
    }
    delete mirror;
    service.reset();
    return ok ? 0 : 1;
}
