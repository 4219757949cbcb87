#pragma once

#include <QObject>

class QWidget;

// Makes a dialog taller when its content needs more room than it has, as when a problem that
// wraps onto three lines appears under a field. Qt does not do this by itself for layouts whose
// height depends on their width (wrapped labels): it leaves such a window free to be too short.
// Once shown, the dialog never shrinks on its own, so it does not jump while the user types.
class GrowToFit : public QObject
{
    Q_OBJECT
public:
    // Watches `window` (a top-level widget with a layout) for as long as it lives.
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit GrowToFit(QWidget *window);
    void fit();

    QWidget *m_window;
    bool m_pending = false;
    bool m_shown = false;
    bool m_exact = false;
};
