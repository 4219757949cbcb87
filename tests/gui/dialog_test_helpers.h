#pragma once

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollArea>
#include <QTest>
#include <QWidget>

// Drives widgets as a user does: typing replaces the whole text (so QLineEdit::textEdited is
// emitted), clicks go to enabled, visible buttons only.
namespace DialogTest {

template <typename T> T *find(const QWidget *parent, const QString &objectName)
{
    T *child = parent->findChild<T *>(objectName);
    if (!child)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(objectName));
    return child;
}

// Key presses for `text`; QTest::keyClicks() takes ASCII only, so other characters go as key
// events that carry just their text, as an input method sends them.
inline void typeKeys(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
}

inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeKeys(edit, text);
}

// Scrolls every scroll area around `widget` until it shows, as a user does before clicking: once
// the layouts have taken in what changed, so that nothing moves under the pointer.
inline void scrollIntoView(QWidget *widget)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent))
            area->ensureWidgetVisible(widget);
    }
}

// False, with a warning, when the button cannot be clicked.
inline bool click(QAbstractButton *button)
{
    if (!button || !button->isEnabled() || !button->isVisible()) {
        qWarning("cannot click %s", button ? qPrintable(button->objectName()) : "a missing button");
        return false;
    }
    scrollIntoView(button);
    // A check box takes clicks on its box and text only, not on the rest of a wide row.
    if (qobject_cast<QCheckBox *>(button))
        QTest::mouseClick(button, Qt::LeftButton, {},
                          QPoint(button->height() / 2, button->height() / 2));
    else
        QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// The offscreen platform warns on every window with a minimum size that it cannot pass size
// hints on; that says nothing about the code under test.
inline void quietOffscreenWarnings()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (message.contains(QLatin1StringView("propagateSizeHints")))
                return;
            if (previous)
                previous(type, context, message);
        });
}

} // namespace DialogTest
