#include "member_search_bar.h"

#include "member_facets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MemberSearchBar::MemberSearchBar(MemberFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_role(new QComboBox(this)), m_group(new QComboBox(this)), m_count(new QLabel(this))
{
    // The search and the count above, the filters below: the placeholder and each filter stay
    // whole in a narrow window.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    auto *layout = new QHBoxLayout;
    rows->addLayout(searchRow);
    rows->addLayout(layout);
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setAccessibleName(tr("Search members"));
    m_search->setPlaceholderText(tr("Search by name or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    searchRow->addWidget(m_search, 1);

    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Show members who are"));
    using F = MemberFilterProxy;
    m_status->addItem(tr("Everyone"), int(F::ShowAll));
    m_status->addItem(tr("Active"), int(F::ShowActive));
    m_status->addItem(tr("Pending"), int(F::ShowPending));
    m_status->addItem(tr("Deactivated"), int(F::ShowDeactivated));
    m_status->addItem(tr("Not deactivated"), int(F::ShowActive | F::ShowPending | F::ShowUnknown));
    m_status->addItem(tr("Not listed by the provider"), int(F::ShowUnlisted));
    layout->addWidget(m_status);

    m_role->setObjectName(u"roleFilter"_s);
    m_role->setAccessibleName(tr("Show members with the role"));
    // Long role and group names are elided here, whole in the popup: the search keeps room.
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setMinimumContentsLength(10);
    layout->addWidget(m_role);
    m_group->setObjectName(u"groupFilter"_s);
    m_group->setAccessibleName(tr("Show members in the group"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(12);
    layout->addWidget(m_group);

    m_count->setObjectName(u"memberCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(u"0,000,000 of 0,000,000"_s));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    searchRow->addWidget(m_count);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, proxy, &MemberFilterProxy::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(F::StatusFilter(m_status->currentData().toInt())); });
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleFilter(m_role->currentData().toString()); });
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroupFilter(m_group->currentData().toString()); });
    connect(proxy, &MemberFilterProxy::shownCountChanged, this, &MemberSearchBar::showCount);
    // Roles and groups come with a load and with single members (a new role is rare): the
    // tables are compared by size, not read, on each change.
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] { updateChoices(true); });
    connect(proxy, &QAbstractItemModel::rowsInserted, this, [this] { updateChoices(false); });
    connect(proxy, &QAbstractItemModel::dataChanged, this, [this] { updateChoices(false); });
    showCount(0, 0);
    updateChoices(true);
}

void MemberSearchBar::updateChoices(bool anew)
{
    const MemberTableModel *model = m_proxy->memberModel();
    if (!model)
        return;
    const MemberStorage &members = model->members();
    if (!anew && members.roleCount() == m_roleCount && members.groupSetCount() == m_groupSetCount)
        return;
    m_roleCount = members.roleCount();
    m_groupSetCount = members.groupSetCount();
    QList<std::pair<QString, QString>> roles;
    for (const QString &role : MemberFacets::roles(members))
        roles.append({role, role});
    fillChoices(m_role, tr("Any role"), roles);
    QList<std::pair<QString, QString>> groups;
    for (const MemberGroup &group : MemberFacets::groups(members))
        groups.append(
            {group.name.isEmpty() ? group.id : group.name, MemberFacets::groupKey(group)});
    fillChoices(m_group, tr("Any group"), groups);
    // A choice no longer offered shows everyone again.
    m_proxy->setRoleFilter(m_role->currentData().toString());
    m_proxy->setGroupFilter(m_group->currentData().toString());
}

void MemberSearchBar::fillChoices(QComboBox *combo, const QString &any,
                                  const QList<std::pair<QString, QString>> &choices)
{
    const QString chosen = combo->currentData().toString();
    {
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const auto &[text, key] : choices)
            combo->addItem(text, key);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    combo->setVisible(!choices.isEmpty());
}

void MemberSearchBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MemberSearchBar::clearFilters()
{
    m_search->clear();
    for (QComboBox *combo : {m_status, m_role, m_group})
        combo->setCurrentIndex(0);
}

QList<QWidget *> MemberSearchBar::focusChain() const
{
    return {m_search, m_status, m_role, m_group};
}

bool MemberSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                key->key() == Qt::Key_Enter) {
                Q_EMIT resultsWanted();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MemberSearchBar::showCount(int shown, int total)
{
    const QLocale locale;
    m_count->setText(shown == total
                         ? tr("%n member(s)", nullptr, total)
                         : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
}
