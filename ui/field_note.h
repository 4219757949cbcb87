#pragma once

#include <QWidget>

class QLabel;

// The line under a form field: a hint in the palette's placeholder colour, or, when the field's
// value is wrong, the problem with a warning icon. Hidden when it has nothing to say. The
// problem also becomes the field's accessible description, so a screen reader tells it.
class FieldNote : public QWidget
{
    Q_OBJECT
public:
    // `field` is the control the note is about (not owned).
    explicit FieldNote(QWidget *field, QWidget *parent = nullptr);

    void setHint(const QString &hint);
    // Empty: no problem, the hint shows again.
    void setProblem(const QString &problem);

    QString hint() const { return m_hint; }
    QString problem() const { return m_problem; }
    bool hasProblem() const { return !m_problem.isEmpty(); }
    // What the note shows now.
    QString text() const;

    // `field` above `note`, as one widget for a form row; focus goes to the field, so that the
    // row label's mnemonic reaches it.
    static QWidget *stack(QWidget *field, FieldNote *note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QWidget *m_field;
    QLabel *m_icon;
    QLabel *m_label;
    QString m_hint;
    QString m_problem;
};
