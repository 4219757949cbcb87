#include "export_scope_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
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
    const QLocale locale;
    const std::pair<Scope, QString> choices[] = {
        {Scope::Selection, tr("&Selected members (%1)").arg(locale.toString(selected))},
        {Scope::Shown, tr("Members the search and filters &show (%1)").arg(locale.toString(shown))},
        {Scope::All, tr("&Every member of the workspace (%1)").arg(locale.toString(all))},
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
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport…"));
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
    const QString number = QLocale().toString(count);
    switch (scope) {
    case Scope::Selection:
        return tr("the selected members (%1)").arg(number);
    case Scope::Shown:
        return tr("the members shown (%1)").arg(number);
    case Scope::All:
        break;
    }
    return tr("every member (%1)").arg(number);
}
