#include "confirm.h"

#include "typed_confirmation.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Confirm {

namespace {
QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}
} // namespace

QPushButton *setUp(QMessageBox *box, const ConfirmSpec &spec)
{
    box->setObjectName(spec.objectName);
    box->setIcon(spec.destructive || spec.afterFailure ? QMessageBox::Warning
                                                       : QMessageBox::Question);
    box->setWindowTitle(spec.title);
    box->setAccessibleName(spec.title);
    box->setText(spec.text);
    box->setInformativeText(spec.informativeText);

    QPushButton *yes = box->addButton(spec.yesText, spec.destructive ? QMessageBox::DestructiveRole
                                                                     : QMessageBox::AcceptRole);
    yes->setObjectName(spec.yesObjectName);
    yes->setAccessibleName(spec.yesAccessibleName.isEmpty() ? withoutMnemonic(spec.yesText)
                                                            : spec.yesAccessibleName);
    QPushButton *no = spec.noText.isEmpty() ? box->addButton(QMessageBox::Cancel)
                                            : box->addButton(spec.noText, QMessageBox::RejectRole);
    no->setObjectName(spec.noObjectName);
    no->setAccessibleName(spec.noAccessibleName.isEmpty() ? withoutMnemonic(no->text())
                                                          : spec.noAccessibleName);
    box->setEscapeButton(no);
    box->setDefaultButton(spec.destructive ? no : yes);
    if (!spec.typedConfirmation.isEmpty())
        new TypedConfirmation(box, yes, spec.typedConfirmation, spec.typedPrompt);
    return yes;
}

QMessageBox *ask(QWidget *parent, const ConfirmSpec &spec, std::function<void()> onYes)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = setUp(box, spec);
    QObject::connect(yes, &QPushButton::clicked, box, std::move(onYes));
    box->open();
    return box;
}

} // namespace Confirm
