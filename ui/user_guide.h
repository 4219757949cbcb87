#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QAction;
class QWidget;

// Help → User Guide: Roster's own documentation on this computer (README.md installed under
// share/doc/roster, or the source tree a build runs from), opened in the desktop's viewer.
class UserGuide
{
public:
    // Where the guide is looked for, in order.
    static QStringList candidates();
    // The first of `paths` that exists; empty when none does.
    static QString locate(const QStringList &paths);
    // An action opening the guide at the first of `paths` found, or disabled and saying why;
    // `failed` gets the message when the desktop could not open it.
    static QAction *makeAction(QWidget *parent, std::function<void(const QString &)> failed,
                               const QStringList &paths = candidates());
};
