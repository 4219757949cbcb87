#pragma once

// The mirror's parts of the import wizard for docs/screenshots/, at 1280 × 800 and 1024 × 700,
// called by import_wizard_screenshots on its mirror's wizard: the Mapping page with the mirror
// chosen, the typed confirmation over the wizard (the admin's limit set low, so that three
// deactivations ask for it), and, once the mirror has run, the undo's dry run.
#include "import_dry_run_page.h"
#include "import_row_model.h"
#include "import_wizard.h"
#include "preferences.h"
#include "screenshot_support.h"

#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTableView>

namespace MirrorScreenshots {

inline const QList<QSize> &docSizes()
{
    static const QList<QSize> sizes = {QSize(1280, 800), QSize(1024, 700)};
    return sizes;
}

// "NAME-1280" and "NAME-1024" of `wizard`, left at its size before.
inline bool atDocSizes(QWidget &wizard, const ScreenshotSetup &setup, const QString &name)
{
    const QSize before = wizard.size();
    bool ok = true;
    for (const QSize size : docSizes()) {
        wizard.resize(size);
        QTest::qWait(100);
        ok &=
            saveScreenshot(wizard, setup.path(QStringLiteral("%1-%2").arg(name).arg(size.width())));
    }
    wizard.resize(before);
    return ok;
}

// The wizard with its window-modal question centred over it, as one picture.
inline bool saveWithBox(QWidget &wizard, QWidget &box, const QString &path)
{
    box.move(wizard.geometry().center() - box.rect().center());
    QTest::qWait(300);
    QPixmap shot = wizard.grab();
    QPainter painter(&shot);
    const QPoint at = box.geometry().topLeft() - wizard.geometry().topLeft();
    painter.drawPixmap(at, box.grab());
    painter.setPen(wizard.palette().color(QPalette::Dark));
    painter.drawRect(QRect(at, box.size()).adjusted(0, 0, -1, -1));
    painter.end();
    const bool saved = shot.save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

// On the Mapping page, the mirror chosen.
inline bool mappingPage(ImportWizard &wizard, const ScreenshotSetup &setup)
{
    return atDocSizes(wizard, setup, QStringLiteral("import-mapping-mirror"));
}

// On the dry run of a mirror that deactivates members: Start Import, the typed confirmation
// over the wizard, the number typed, the run; then the undo's wizard on it, at its dry run.
// `folder` takes the preferences file.
inline bool confirmRunAndUndo(ImportWizard &wizard, MemberService *service, RosterDatabase &db,
                              const ScreenshotSetup &setup, const QString &folder)
{
    Preferences preferences(QDir(folder).filePath(QStringLiteral("preferences.ini")));
    preferences.setDeactivationLimit(2);
    wizard.setPreferences(&preferences);
    const QSize before = wizard.size();
    wizard.next();
    bool ok = QTest::qWaitFor([&] { return wizard.deactivationQuestion() != nullptr; }, 10'000);
    QMessageBox *box = wizard.deactivationQuestion();
    if (!ok || !box) {
        wizard.setPreferences(nullptr);
        return false;
    }
    const QString count =
        QString::number(wizard.dryRunPage()->counts().plans.value(ImportPlan::Deactivate));
    auto *typed = box->findChild<QLineEdit *>(QStringLiteral("typedConfirmationEdit"));
    ok &= typed != nullptr;
    if (typed)
        typed->setText(count);
    for (const QSize size : docSizes()) {
        wizard.resize(size);
        QTest::qWait(100);
        ok &= saveWithBox(
            wizard, *box,
            setup.path(QStringLiteral("import-confirm-typed-deactivation-%1").arg(size.width())));
    }
    wizard.resize(before);
    auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmActionButton"));
    ok &= yes && yes->isEnabled();
    if (yes)
        yes->click();
    ok &=
        QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::ReportPageId; }, 120'000);
    wizard.setPreferences(nullptr);
    if (!ok)
        return false;

    auto *undo = new ImportWizard(service, db, ImportWizard::UndoOf{wizard.runId()});
    undo->resize(1000, 720);
    undo->show();
    undo->next();
    ok &= QTest::qWaitFor([&] { return undo->dryRunPage()->isComplete(); }, 60'000);
    // The first member it reactivates selected: the details pane says what changes back.
    QTableView *plan = undo->dryRunPage()->planTable();
    ok &= QTest::qWaitFor([&] { return plan->model()->rowCount() > 0; }, 10'000);
    for (int row = plan->model()->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = plan->model()->index(row, 0);
        if (index.data(ImportRowModel::PlanRole).toInt() == int(ImportPlan::Reactivate))
            plan->setCurrentIndex(index);
    }
    ok &= atDocSizes(*undo, setup, QStringLiteral("import-undo-dry-run"));
    undo->dryRunPage()->discardPlan();
    delete undo;
    return ok;
}

} // namespace MirrorScreenshots
