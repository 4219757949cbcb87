#include "member_search_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

MemberSearchBar::MemberSearchBar(MemberFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_count(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setAccessibleName(tr("Search members"));
    m_search->setPlaceholderText(tr("Search by name or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 1);

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

    m_count->setObjectName(u"memberCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(u"0,000,000 of 0,000,000"_s));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, proxy, &MemberFilterProxy::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(F::StatusFilter(m_status->currentData().toInt())); });
    connect(proxy, &MemberFilterProxy::shownCountChanged, this, &MemberSearchBar::showCount);
    showCount(0, 0);
}

void MemberSearchBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MemberSearchBar::showCount(int shown, int total)
{
    const QLocale locale;
    m_count->setText(shown == total
                         ? tr("%n member(s)", nullptr, total)
                         : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
}
