#include "export_scope_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExportScopeDialog::ExportScopeDialog(int selected, int shown, int all, QWidget *parent)
    : QDialog(parent), m_choices(new QButtonGroup(this))
{
    setObjectName(u"exportScopeDialog"_s);
    setWindowTitle(tr("Export Members"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which members go into the CSV file?"), this));
    const std::pair<Scope, QString> choices[] = {
        {Scope::Selection, tr("The %n selected member(s)", nullptr, selected)},
        {Scope::Shown, tr("The %n member(s) the search and filters show", nullptr, shown)},
        {Scope::All, tr("Every member of the workspace (%n)", nullptr, all)},
    };
    const char *names[] = {"exportSelection", "exportShown", "exportAll"};
    for (const auto &[scope, text] : choices) {
        auto *choice = new QRadioButton(text, this);
        choice->setObjectName(QString::fromLatin1(names[int(scope)]));
        m_choices->addButton(choice, int(scope));
        layout->addWidget(choice);
    }
    m_choices->button(int(Scope::Selection))->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        accept();
        Q_EMIT chosen(Scope(m_choices->checkedId()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ExportScopeDialog::describe(Scope scope, int count)
{
    switch (scope) {
    case Scope::Selection:
        return tr("the %n selected member(s)", nullptr, count);
    case Scope::Shown:
        return tr("the %n member(s) shown", nullptr, count);
    case Scope::All:
        break;
    }
    return tr("all %n member(s)", nullptr, count);
}
