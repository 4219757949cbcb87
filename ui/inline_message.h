#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QHBoxLayout;
class QPushButton;

// A message inside a dialog, next to what it is about, in the manner of KDE's KMessageWidget:
// an icon, wrapped selectable text and optional buttons on a tinted panel. Every colour comes
// from the palette (see toneColor()), so it reads in light and dark themes alike.
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Type
    {
        Information,
        Positive,
        Warning,
        Error
    };

    explicit InlineMessage(QWidget *parent = nullptr);

    // Shows the widget with `text`; buttons added for an earlier message are removed.
    void showMessage(Type type, const QString &text);
    // A button at the message's end, for an action the message offers ("Retry"); removed by the
    // next showMessage() or clear().
    QPushButton *addButton(const QString &text, const QString &objectName);
    // Hides the widget and forgets its text and buttons.
    void clear();

    Type type() const { return m_type; }
    QString text() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

    // The panel's accent: the palette's highlight for information, and the highlight's own
    // saturation and lightness at a green, amber or red hue for the other types.
    static QColor toneColor(Type type, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttonRow;
    QList<QPushButton *> m_buttons;
};
