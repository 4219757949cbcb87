#include "user_guide.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UserGuide", text);
}
} // namespace

QStringList UserGuide::candidates()
{
    QStringList paths;
    const QDir app(QCoreApplication::applicationDirPath());
    paths << app.absoluteFilePath(u"../share/doc/roster/README.md"_s);
    for (const QString &data :
         QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        paths << QDir(data).absoluteFilePath(u"doc/roster/README.md"_s);
#ifdef ROSTER_SOURCE_DIR
    paths << QDir(QStringLiteral(ROSTER_SOURCE_DIR)).absoluteFilePath(u"README.md"_s);
#endif
    return paths;
}

QString UserGuide::locate(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

QAction *UserGuide::makeAction(QWidget *parent, std::function<void(const QString &)> failed,
                               const QStringList &paths)
{
    auto *action = new QAction(tr("User &Guide…"), parent);
    action->setObjectName(u"userGuideAction"_s);
    action->setShortcut(QKeySequence::HelpContents);
    const QString guide = locate(paths);
    if (guide.isEmpty()) {
        action->setEnabled(false);
        const QString why = tr("The user guide is not installed on this computer (no README.md "
                               "under share/doc/roster).");
        action->setToolTip(why);
        action->setStatusTip(why);
        return action;
    }
    action->setToolTip(
        tr("Opens %1 in the desktop's viewer.").arg(QDir::toNativeSeparators(guide)));
    action->setStatusTip(action->toolTip());
    QObject::connect(action, &QAction::triggered, parent, [guide, failed] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(guide)) && failed)
            failed(
                tr("No program on this computer opens %1.").arg(QDir::toNativeSeparators(guide)));
    });
    return action;
}
