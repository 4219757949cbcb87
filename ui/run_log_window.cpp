#include "run_log_window.h"

#include "run_log.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RunLogWindow::RunLogWindow(RunLog *log, QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(u"runLogWindow"_s);
    setWindowTitle(tr("Roster log"));
    setAccessibleName(tr("Roster log"));
    auto *layout = new QVBoxLayout(this);
    auto *view = new QListView(this);
    view->setObjectName(u"runLogView"_s);
    view->setAccessibleName(tr("Log entries"));
    view->setModel(log);
    // Long lines wrap at spaces; a word wider than the window is elided. The tooltip holds the
    // whole entry.
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setResizeMode(QListView::Adjust);
    view->setSpacing(1);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"runLogCopy"_s);
    connect(copy, &QPushButton::clicked, this,
            [log] { QApplication::clipboard()->setText(log->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    layout->addWidget(buttons);
    connect(log, &QAbstractItemModel::rowsInserted, view, [view] { view->scrollToBottom(); });
    resize(720, 420);
}
