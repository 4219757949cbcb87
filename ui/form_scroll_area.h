#pragma once

#include <QScrollArea>

// Scrolls a form only when the screen is too small for it: it asks for the form's whole height
// (QScrollArea asks for at most 24 lines), so that a dialog with GrowToFit is as tall as its
// form up to the screen's height, and scrolls beyond. Frameless, on the window's background.
class FormScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FormScrollArea(QWidget *form, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    // A form that needs another height (a problem wraps under a field) asks the dialog's layout
    // again, which QScrollArea does not: GrowToFit then makes the dialog taller.
    bool eventFilter(QObject *watched, QEvent *event) override;
};
