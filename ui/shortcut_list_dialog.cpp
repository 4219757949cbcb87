#include "shortcut_list_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString plain(QString text)
{
    text.remove(u"…"_s);
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

void collect(const QMenu *menu, const QString &path, QList<QStringList> &rows)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->menu()) {
            collect(action->menu(), path + u" → "_s + plain(action->text()), rows);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (action->isSeparator() || keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        rows.append({path, plain(action->text()), texts.join(u", "_s)});
    }
}
} // namespace

QList<QStringList> ShortcutListDialog::rowsOf(const QMenuBar *menus)
{
    QList<QStringList> rows;
    const QList<QAction *> top = menus->actions();
    for (const QAction *action : top) {
        if (action->menu())
            collect(action->menu(), plain(action->text()), rows);
    }
    return rows;
}

ShortcutListDialog::ShortcutListDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"shortcutListDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *list = new QTreeWidget(this);
    list->setObjectName(u"shortcutList"_s);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    const QList<QStringList> rows = rowsOf(menus);
    for (const QStringList &row : rows)
        list->addTopLevelItem(new QTreeWidgetItem(row));
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list);
    // Keys that belong to a widget, not to an action.
    auto *keys = new QLabel(tr("In the search field, Down or Enter goes to the first member "
                               "shown. In the table, Enter or a double-click opens the member. "
                               "In the quick-link palette, Up and Down choose, Enter copies, "
                               "Esc closes."),
                            this);
    keys->setObjectName(u"widgetKeys"_s);
    keys->setWordWrap(true);
    layout->addWidget(keys);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}
