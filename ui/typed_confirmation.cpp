#include "typed_confirmation.h"

#include <QChildEvent>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}
} // namespace

TypedConfirmation::TypedConfirmation(QMessageBox *box, QPushButton *yes, const QString &expected,
                                     const QString &prompt)
    : QWidget(box), m_box(box), m_yes(yes), m_expected(expected.trimmed()),
      m_label(new QLabel(prompt, this)), m_field(new QLineEdit(this))
{
    setObjectName(u"typedConfirmation"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_field);
    m_field->setObjectName(u"typedConfirmationEdit"_s);
    m_field->setAccessibleName(withoutMnemonic(prompt));
    layout->addWidget(m_label);
    layout->addWidget(m_field);
    connect(m_field, &QLineEdit::textChanged, this, &TypedConfirmation::refresh);

    // Enter takes the step once the text matches, and does nothing before: the yes button is the
    // default, disabled until then. Escape still cancels.
    box->setDefaultButton(yes);
    refresh();
    placeAboveButtons();
    // QMessageBox lays itself out anew when its icon, informative text, check box or details
    // change: the field goes back above the buttons each time.
    box->installEventFilter(this);
    m_field->setFocus();
}

bool TypedConfirmation::matches() const
{
    return !m_expected.isEmpty() && m_field->text().trimmed() == m_expected;
}

bool TypedConfirmation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_box) {
        if (event->type() == QEvent::ChildAdded &&
            qobject_cast<QLayout *>(static_cast<QChildEvent *>(event)->child()))
            placeAboveButtons();
        else if (event->type() == QEvent::Show)
            placeAboveButtons();
    }
    return QWidget::eventFilter(watched, event);
}

void TypedConfirmation::placeAboveButtons()
{
    auto *grid = qobject_cast<QGridLayout *>(m_box->layout());
    auto *buttons = m_box->findChild<QDialogButtonBox *>();
    if (!grid || !buttons || grid->indexOf(this) >= 0)
        return;
    const int buttonsAt = grid->indexOf(buttons);
    if (buttonsAt < 0)
        return;
    int buttonsRow = 0, column = 0, rowSpan = 0, columnSpan = 0;
    grid->getItemPosition(buttonsAt, &buttonsRow, &column, &rowSpan, &columnSpan);
    // The texts' column, so that the field lines up with the question.
    int textColumn = 0;
    if (auto *text = m_box->findChild<QLabel *>(u"qt_msgbox_label"_s);
        text && grid->indexOf(text) >= 0) {
        int row = 0;
        grid->getItemPosition(grid->indexOf(text), &row, &textColumn, &rowSpan, &columnSpan);
    }
    // The buttons and whatever is below them move a row down.
    struct Placed
    {
        QLayoutItem *item;
        int row, column, rowSpan, columnSpan;
    };
    QList<Placed> moved;
    for (int i = grid->count() - 1; i >= 0; --i) {
        int row = 0;
        grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        if (row >= buttonsRow)
            moved.append({grid->takeAt(i), row + 1, column, rowSpan, columnSpan});
    }
    for (const Placed &placed : std::as_const(moved))
        grid->addItem(placed.item, placed.row, placed.column, placed.rowSpan, placed.columnSpan,
                      placed.item->alignment());
    grid->addWidget(this, buttonsRow, textColumn, 1, grid->columnCount() - textColumn);
}

void TypedConfirmation::refresh()
{
    if (!m_yes)
        return;
    const bool ok = matches();
    m_yes->setEnabled(ok);
    m_yes->setToolTip(ok ? QString()
                         : tr("Disabled until you type %1 in the field above.").arg(m_expected));
}
