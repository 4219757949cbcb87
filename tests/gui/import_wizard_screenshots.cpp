// Screenshots of the import wizard's pages in a typical state, against a real roster-sandbox
// (Heartbeat: a role for the whole file, pending members), for docs/screenshots/:
//   xvfb-run -a -s "-screen 0 1440x900x24" import_wizard_screenshots OUTPUT_DIR [--dark]
// (QT_QPA_PLATFORM=xcb; offscreen works too).
#include "dialog_test_helpers.h"
#include "gui_test_environment.h"
#include "import_dry_run_page.h"
#include "import_file_page.h"
#include "import_mapping_page.h"
#include "import_report_page.h"
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
#include <QLineEdit>
#include <QStyleFactory>
#include <QTableView>

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

    wizard->next();
    ImportRunPage *run = wizard->runPage();
    ok &= waitFor([&] { return run->runner() && run->runner()->finishedCount() >= 12; });
    QTest::qWait(600); // a tick of the rate and time left
    ok &= saveScreenshot(*wizard, setup.path(u"import-run"_s));

    ok &= waitFor([&] { return wizard->currentId() == ImportWizard::ReportPageId; });
    ok &= waitFor([&] { return !wizard->reportPage()->isLoading(); });
    ok &= saveScreenshot(*wizard, setup.path(u"import-report"_s));
    delete wizard;
    service.reset();
    return ok ? 0 : 1;
}
