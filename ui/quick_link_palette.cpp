#include "quick_link_palette.h"

#include "member_quick_matcher.h"
#include "member_status_text.h"
#include "member_table_model.h"
#include "quick_link_rosters.h"
#include "two_line_item_delegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int EmailRole = Qt::UserRole + 1;
constexpr int SubtitleRole = Qt::UserRole + 2;
constexpr int WorkspaceRole = Qt::UserRole + 3;
} // namespace

QuickLinkPalette::QuickLinkPalette(QuickLinkRosters *rosters, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_rosters(rosters), m_query(new QLineEdit(this)),
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
    // Another workspace's members arrive after the palette opened.
    connect(rosters, &QuickLinkRosters::loaded, this, [this] {
        if (isVisible())
            search(m_query->text());
    });
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
    m_rosters->reload();
    search({});
    if (QWidget *owner = parentWidget()) {
        const QRect area = owner->rect();
        const int width = std::min(560, area.width() - 40);
        resize(width, height());
        move(owner->mapToGlobal(QPoint((area.width() - width) / 2, area.height() / 6)));
    }
    // A popup takes the keyboard without becoming the active window: once it closes, the
    // window's shortcuts work again at once.
    show();
    raise();
    m_query->setFocus();
}

void QuickLinkPalette::search(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().isEmpty()) {
        auto *hint = new QListWidgetItem(tr("Type to find a member of any workspace"), m_matches);
        hint->setFlags(Qt::NoItemFlags);
        return;
    }
    const QList<QuickLinkRosters::Roster> rosters = m_rosters->rosters();
    for (const QuickLinkRosters::Roster &roster : rosters) {
        const QString where = tr("%1 (%2)").arg(roster.workspace.name,
                                                providerDisplayName(roster.workspace.provider));
        const QList<MemberQuickMatcher::Match> found =
            MemberQuickMatcher(roster.model).match(text, MaxMatches);
        for (const MemberQuickMatcher::Match &match : found) {
            const MemberRecord member = roster.model->memberAt(match.row);
            const QString name = member.displayName.isEmpty()
                                     ? QString(member.firstName + u' ' + member.lastName).trimmed()
                                     : member.displayName;
            QString subtitle = member.email + u" · "_s + where;
            if (member.status != MemberStatus::Active)
                subtitle += u" · "_s + memberStatusText(member.status, member.neverSignedIn);
            auto *item = new QListWidgetItem(name.isEmpty() ? member.email : name, m_matches);
            item->setData(SubtitleRole, subtitle);
            item->setData(Qt::AccessibleTextRole, u"%1, %2"_s.arg(item->text(), subtitle));
            item->setData(EmailRole, member.email);
            item->setData(WorkspaceRole, roster.workspace.id);
            item->setToolTip(memberStatusExplanation(member.status, member.neverSignedIn));
        }
    }
    if (m_matches->count() == 0) {
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
    const QString workspaceId = item->data(WorkspaceRole).toString();
    const QString email = item->data(EmailRole).toString();
    hide();
    Q_EMIT memberChosen(workspaceId, email);
}

void QuickLinkPalette::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    // The window's shortcuts work again at once, whatever the window system makes of a popup.
    if (QWidget *owner = parentWidget())
        owner->window()->activateWindow();
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
