#pragma once

#include <QDialog>

class QMenuBar;

// Help → Keyboard shortcuts: every shortcut of the window's menus, read from their actions when
// the dialog opens, so the list cannot drift from what the keys do.
class ShortcutListDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutListDialog(const QMenuBar *menus, QWidget *parent);

    // Rows of "menu, action, keys", in menu order; for tests.
    static QList<QStringList> rowsOf(const QMenuBar *menus);
};
