#include "quick_link_palette.h"

#include "member_quick_matcher.h"
#include "member_status_text.h"
#include "member_table_model.h"
#include "two_line_item_delegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int RowRole = Qt::UserRole + 1;
constexpr int SubtitleRole = Qt::UserRole + 2;
} // namespace

QuickLinkPalette::QuickLinkPalette(const MemberTableModel *model, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_model(model),
      m_matcher(std::make_unique<MemberQuickMatcher>(model)), m_query(new QLineEdit(this)),
      m_matches(new QListWidget(this)), m_note(new QLabel(this))
{
    setObjectName(u"quickLinkPalette"_s);
    setAccessibleName(tr("Quick login link"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Copy a login link"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_query->setObjectName(u"quickLinkQuery"_s);
    m_query->setAccessibleName(tr("Member to find"));
    m_query->setPlaceholderText(tr("Part of an email address or a name, then Enter"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    layout->addWidget(m_query);
    m_matches->setObjectName(u"quickLinkMatches"_s);
    m_matches->setAccessibleName(tr("Matching members"));
    m_matches->setUniformItemSizes(true);
    m_matches->setFocusPolicy(Qt::NoFocus);
    m_matches->setItemDelegate(new TwoLineItemDelegate(SubtitleRole, m_matches));
    layout->addWidget(m_matches);
    m_note->setObjectName(u"quickLinkNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    connect(m_query, &QLineEdit::textChanged, this, &QuickLinkPalette::search);
    connect(m_matches, &QListWidget::itemActivated, this, &QuickLinkPalette::choose);
    resize(560, 480);
}

QuickLinkPalette::~QuickLinkPalette() = default;

void QuickLinkPalette::setNote(const QString &note)
{
    m_note->setText(note);
}

void QuickLinkPalette::popUp()
{
    m_query->clear();
    search({});
    if (QWidget *owner = parentWidget()) {
        const QRect area = owner->rect();
        const int width = std::min(560, area.width() - 40);
        resize(width, height());
        move(owner->mapToGlobal(QPoint((area.width() - width) / 2, area.height() / 6)));
    }
    show();
    raise();
    activateWindow();
    m_query->setFocus();
}

void QuickLinkPalette::search(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().isEmpty()) {
        auto *hint = new QListWidgetItem(tr("Type to find a member of this workspace"), m_matches);
        hint->setFlags(Qt::NoItemFlags);
        return;
    }
    const QList<MemberQuickMatcher::Match> found = m_matcher->match(text, MaxMatches);
    for (const MemberQuickMatcher::Match &match : found) {
        const MemberRecord member = m_model->memberAt(match.row);
        const QString name = member.displayName.isEmpty()
                                 ? QString(member.firstName + u' ' + member.lastName).trimmed()
                                 : member.displayName;
        QString subtitle = member.email;
        if (member.status != MemberStatus::Active)
            subtitle += u" · "_s + memberStatusText(member.status, member.neverSignedIn);
        auto *item = new QListWidgetItem(name.isEmpty() ? member.email : name, m_matches);
        item->setData(SubtitleRole, subtitle);
        item->setData(Qt::AccessibleTextRole, u"%1, %2"_s.arg(item->text(), subtitle));
        item->setData(RowRole, match.row);
        item->setToolTip(memberStatusExplanation(member.status, member.neverSignedIn));
    }
    if (found.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No member matches \"%1\"").arg(text), m_matches);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_matches->setCurrentRow(0);
    }
}

void QuickLinkPalette::choose()
{
    const QListWidgetItem *item = m_matches->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const int row = item->data(RowRole).toInt();
    hide();
    Q_EMIT memberChosen(row);
}

bool QuickLinkPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_matches->count();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            if (count == 0)
                return true;
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_matches->setCurrentRow(std::clamp(m_matches->currentRow() + step, 0, count - 1));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}
