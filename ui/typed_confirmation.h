#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

// The field of a Confirm box (ConfirmSpec::typedConfirmation) in which the admin types a text,
// the number of members a run deactivates, to take a step a plain yes is not enough for. It sits
// under the box's texts, above its buttons, and keeps the yes button disabled, saying why in its
// tooltip, until the text typed is the one asked for. Enter then takes the step; before, it does
// nothing.
class TypedConfirmation : public QWidget
{
    Q_OBJECT
public:
    // Placed in `box`, which owns it. `prompt` is the field's label (it may hold a mnemonic).
    TypedConfirmation(QMessageBox *box, QPushButton *yes, const QString &expected,
                      const QString &prompt);

    QLineEdit *field() const { return m_field; }
    bool matches() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeAboveButtons();
    void refresh();

    QMessageBox *m_box;
    QPointer<QPushButton> m_yes;
    QString m_expected;
    QLabel *m_label;
    QLineEdit *m_field;
};
