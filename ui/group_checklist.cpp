#include "group_checklist.h"

#include <QSet>

namespace {
QString groupIdOf(const QListWidgetItem *item)
{
    return item->data(Qt::UserRole).toString();
}
} // namespace

GroupChecklist::GroupChecklist(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setUniformItemSizes(true);
    setSpacing(1);
    // Room for six groups, measured on a tickable row like theirs.
    auto *probe =
        addGroup(NamedRef{{}, tr("Loading groups…")}, Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    setFixedHeight(sizeHintForRow(0) * 6 + 2 * frameWidth() + 12);
    delete probe;
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (m_loaded)
            Q_EMIT ticksChanged();
    });
}

QListWidgetItem *GroupChecklist::addGroup(const NamedRef &group, Qt::ItemFlags flags)
{
    auto *item = new QListWidgetItem(group.name.isEmpty() ? group.id : group.name, this);
    item->setData(Qt::UserRole, group.id);
    item->setFlags(flags);
    if (flags & Qt::ItemIsUserCheckable)
        item->setCheckState(Qt::Unchecked);
    return item;
}

void GroupChecklist::showNote(const QString &text)
{
    auto *item = new QListWidgetItem(text, this);
    item->setFlags(Qt::NoItemFlags);
}

void GroupChecklist::showLoading()
{
    const QSignalBlocker blocker(this);
    m_loaded = false;
    clear();
    showNote(tr("Loading groups…"));
}

void GroupChecklist::showUnavailable()
{
    const QSignalBlocker blocker(this);
    m_loaded = false;
    clear();
    showNote(tr("Groups could not be loaded"));
}

void GroupChecklist::setGroups(const QList<NamedRef> &groups, const QList<NamedRef> &ticked)
{
    const QSignalBlocker blocker(this);
    clear();
    QSet<QString> tickedIds;
    for (const NamedRef &group : ticked)
        tickedIds.insert(group.id);
    QSet<QString> listed;
    const Qt::ItemFlags tickable = Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    for (const NamedRef &group : groups) {
        listed.insert(group.id);
        addGroup(group, tickable)
            ->setCheckState(tickedIds.contains(group.id) ? Qt::Checked : Qt::Unchecked);
    }
    for (const NamedRef &group : ticked) {
        if (!listed.contains(group.id))
            addGroup(group, tickable)->setCheckState(Qt::Checked);
    }
    if (count() == 0)
        showNote(tr("This community has no groups."));
    m_loaded = true;
}

void GroupChecklist::showFixed(const QList<NamedRef> &groups)
{
    const QSignalBlocker blocker(this);
    m_loaded = false;
    clear();
    for (const NamedRef &group : groups)
        addGroup(group, Qt::ItemIsEnabled);
    if (groups.isEmpty())
        showNote(tr("No groups"));
}

QStringList GroupChecklist::tickedIds() const
{
    QStringList ids;
    if (!m_loaded)
        return ids;
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *item = this->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            ids << groupIdOf(item);
    }
    return ids;
}
