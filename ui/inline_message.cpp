#include "inline_message.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}
} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_buttonRow(new QHBoxLayout)
{
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Message"));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setAccessibleName(tr("Message icon"));
    m_icon->setObjectName(u"inlineMessageIcon"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"inlineMessageText"_s);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_buttonRow->setSpacing(6);
    layout->addLayout(m_buttonRow);
    updateIcon();
    hide();
}

void InlineMessage::showMessage(Type type, const QString &text)
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->deleteLater();
    m_buttons.clear();
    m_type = type;
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleDescription(text);
    updateIcon();
    show();
    update();
}

QPushButton *InlineMessage::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setAutoDefault(false);
    m_buttonRow->addWidget(button, 0, Qt::AlignVCenter);
    m_buttons.append(button);
    return button;
}

void InlineMessage::clear()
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->deleteLater();
    m_buttons.clear();
    m_text->clear();
    setAccessibleDescription({});
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

QColor InlineMessage::toneColor(Type type, const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    if (type == Type::Information)
        return highlight;
    const int hue = type == Type::Positive ? 130 : type == Type::Warning ? 40 : 0;
    return QColor::fromHsl(hue, std::max(highlight.hslSaturation(), 150),
                           std::clamp(highlight.lightness(), 90, 170));
}

void InlineMessage::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (m_type) {
    case Type::Information:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case Type::Positive:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Type::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Type::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
}

void InlineMessage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor tone = toneColor(m_type, palette());
    painter.setPen(QPen(tone, 1));
    painter.setBrush(blend(palette().color(QPalette::Window), tone, 0.16));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void InlineMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    QFrame::changeEvent(event);
}
