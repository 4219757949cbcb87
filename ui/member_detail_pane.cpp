#include "member_detail_pane.h"

#include "audit_source.h"
#include "audit_text.h"
#include "avatar_cache.h"
#include "display_text.h"
#include "member_status_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

struct ProfileRow
{
    QString label;
    QString value;
    bool link = false;
};

// A value as the profile table shows it: escaped; a full https:// address as a link; ids,
// addresses and links may break anywhere rather than overflow the pane.
QString shownValue(const ProfileRow &row)
{
    QString shown = DisplayText::escapedKeepingLines(row.value).toHtmlEscaped();
    if (!row.value.contains(u' '))
        shown.replace(u'-', u"-&#8203;"_s)
            .replace(u'@', u"&#8203;@"_s)
            .replace(u'/', u"/&#8203;"_s);
    if (!row.link)
        return shown;
    const QUrl url(row.value, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https")
        return shown;
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown);
}
} // namespace

MemberDetailPane::MemberDetailPane(QWidget *parent)
    : QWidget(parent), m_avatar(new QLabel(this)), m_title(new QLabel(this)),
      m_note(new QLabel(this)), m_profile(new QLabel(this)), m_buttons(new QWidget(this)),
      m_buttonLayout(new QVBoxLayout(m_buttons)), m_history(new QTreeWidget(this))
{
    setObjectName(u"memberDetailPane"_s);
    setAccessibleName(tr("Member details"));
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // a provider's name is never markup
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(u"memberTitle"_s);
    m_avatar->setObjectName(u"memberAvatar"_s);
    m_avatar->setAccessibleName(ProfileFields::label(ProfileField::Picture));
    m_avatar->setFixedSize(AvatarSide, AvatarSide);
    m_avatar->hide();
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_avatar, 0, Qt::AlignTop);
    heading->addWidget(m_title, 1);
    layout->addLayout(heading);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setObjectName(u"memberNote"_s);
    layout->addWidget(m_note);

    m_profile->setObjectName(u"memberProfile"_s);
    m_profile->setWordWrap(true);
    m_profile->setTextFormat(Qt::RichText);
    m_profile->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_profile->setOpenExternalLinks(true);
    m_profile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_profile);

    m_buttonLayout->setContentsMargins(0, 6, 0, 6);
    m_buttonLayout->setSpacing(4);
    layout->addWidget(m_buttons);

    auto *historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    layout->addWidget(historyTitle);
    m_history->setObjectName(u"memberHistory"_s);
    m_history->setAccessibleName(tr("What Roster did to this member"));
    // The pane is narrow: each entry is a line of when, what and how it went, and under it who
    // did it, from where, and what changed (elided; the tooltip holds it whole). Workspace →
    // History… has them in columns.
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("When"), tr("Action"), tr("Outcome")});
    m_history->setRootIsDecorated(false);
    m_history->setIndentation(12);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->header()->setStretchLastSection(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_history, 1);
    showNothing(0);
}

void MemberDetailPane::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setAutoRaise(false);
        m_buttonLayout->addWidget(button);
    }
}

QList<QWidget *> MemberDetailPane::focusChain() const
{
    QList<QWidget *> chain;
    for (int i = 0; i < m_buttonLayout->count(); ++i) {
        if (QWidget *button = m_buttonLayout->itemAt(i)->widget())
            chain << button;
    }
    return chain << m_profile << m_history;
}

void MemberDetailPane::setAvatarCache(AvatarCache *cache)
{
    m_avatars = cache;
    if (cache) {
        connect(cache, &AvatarCache::avatarReady, this, [this](const QString &url) {
            if (url == m_avatarUrl)
                showAvatar();
        });
    }
}

void MemberDetailPane::showAvatar()
{
    const QPixmap picture = m_avatars && !m_avatarUrl.isEmpty()
                                ? m_avatars->pixmap(m_avatarUrl, AvatarSide, devicePixelRatioF())
                                : QPixmap();
    m_avatar->setPixmap(picture);
    m_avatar->setVisible(!picture.isNull());
}

void MemberDetailPane::showNothing(int selectedCount)
{
    m_avatarUrl.clear();
    showAvatar();
    m_title->setText(selectedCount > 1 ? tr("%n members selected", nullptr, selectedCount)
                                       : tr("No member selected"));
    m_note->setText(selectedCount > 1
                        ? tr("Deactivate or reactivate them all at once from the Member menu.")
                        : tr("Pick a member in the table, or press Ctrl+Shift+L to find one "
                             "and copy their login link."));
    m_note->show();
    m_profile->hide();
    m_buttons->setVisible(selectedCount > 1);
    m_history->clear();
    m_history->setEnabled(false);
}

void MemberDetailPane::showMember(const MemberRecord &member, const QList<AuditEntry> &history)
{
    const QString name = member.displayName.isEmpty()
                             ? QString(member.firstName + u' ' + member.lastName).trimmed()
                             : member.displayName;
    m_title->setText(DisplayText::escaped(name.isEmpty() ? member.email : name));
    m_note->hide();
    m_avatarUrl = member.avatarUrl;
    showAvatar();
    QStringList groups;
    for (const MemberGroup &group : member.groups)
        groups << (group.name.isEmpty() ? group.id : group.name);
    const auto label = &ProfileFields::label;
    const ProfileRow fields[] = {
        {tr("Email"), member.email},
        {tr("Status"), memberStatusText(member.status, member.neverSignedIn)},
        {tr("Last sign-in"), member.neverSignedIn ? tr("never") : timeText(member.lastSignInAt)},
        {tr("Role"), member.roleName.isEmpty() ? member.roleId : member.roleName},
        {tr("Admin"), member.isAdmin ? tr("yes") : QString()},
        {tr("Groups"), groups.join(u", "_s)},
        {label(ProfileField::StatusLine), member.text(ProfileField::StatusLine)},
        {tr("Bio"), member.bio},
        {label(ProfileField::LinkedIn), member.text(ProfileField::LinkedIn), true},
        {label(ProfileField::Twitter), member.text(ProfileField::Twitter), true},
        {label(ProfileField::Instagram), member.text(ProfileField::Instagram), true},
        {tr("Provider ID"), member.providerMemberId},
        {tr("Created"), timeText(member.createdAt)},
        {tr("Last synced"), timeText(member.lastSyncedAt)},
    };
    const QString quiet = palette().color(QPalette::PlaceholderText).name();
    QString rows;
    for (const ProfileRow &field : fields) {
        if (field.value.isEmpty())
            continue;
        rows += u"<tr><td align=right style='padding-right:8px; white-space:nowrap'>"
                u"<span style='color:%1'>%2</span></td><td>%3</td></tr>"_s.arg(
                    quiet, field.label.toHtmlEscaped(), shownValue(field));
    }
    m_profile->setText(u"<table cellspacing=2>%1</table>"_s.arg(rows));
    // A stop for the keyboard only when it holds a link to go to.
    m_profile->setFocusPolicy(rows.contains(u"<a "_s) ? Qt::StrongFocus : Qt::NoFocus);
    m_profile->show();
    m_buttons->show();

    m_history->clear();
    m_history->setEnabled(true);
    for (const AuditEntry &entry : history) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, timeText(entry.when));
        item->setText(1, AuditText::action(entry.action));
        item->setText(2, AuditText::outcome(entry.outcome));
        const QString by = tr("%1 (%2)", "the user, and where from: casey (dialog)")
                               .arg(AuditText::actor(entry.actor), AuditSource::text(entry.source));
        const QString changes = AuditText::changes(entry);
        const QString whole = changes.isEmpty() ? by : by + u'\n' + changes;
        for (int column = 0; column < m_history->columnCount(); ++column)
            item->setToolTip(column, whole);
        auto *detail = new QTreeWidgetItem(item);
        detail->setText(0, DisplayText::escaped(changes.isEmpty() ? by : by + u" · "_s + changes));
        detail->setToolTip(0, whole);
        detail->setForeground(0, palette().brush(QPalette::PlaceholderText));
        detail->setFirstColumnSpanned(true);
        item->setExpanded(true);
    }
    if (history.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, tr("Nothing yet"));
        item->setDisabled(true);
    }
    fitHistoryColumns();
}

// Sized by the entries' own line: the spanned detail lines would make the first column as wide
// as the longest change.
void MemberDetailPane::fitHistoryColumns()
{
    const QFontMetrics metrics = m_history->fontMetrics();
    const int padding = 2 * m_history->style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    for (int column = 0; column + 1 < m_history->columnCount(); ++column) {
        int width = metrics.horizontalAdvance(m_history->headerItem()->text(column));
        for (int row = 0; row < m_history->topLevelItemCount(); ++row)
            width = std::max(width,
                             metrics.horizontalAdvance(m_history->topLevelItem(row)->text(column)));
        m_history->setColumnWidth(column, width + padding);
    }
}
