#include "member_table_layout.h"

#include "avatar_delegate.h"
#include "capabilities.h"
#include "member_status_text.h"
#include "member_table_model.h"
#include "status_badge_delegate.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaEnum>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
using M = MemberTableModel;

constexpr int MinWidth = 16;
constexpr int MaxWidth = 4000;

QMetaEnum columnKeys()
{
    return QMetaEnum::fromType<MemberTableModel::Column>();
}

std::optional<int> columnOfKey(const QString &key)
{
    bool ok = false;
    const int column = columnKeys().keyToValue(key.toLatin1().constData(), &ok);
    return ok && column >= 0 && column < M::ColumnCount ? std::optional(column) : std::nullopt;
}

QString keyOfColumn(int column)
{
    return QString::fromLatin1(columnKeys().valueToKey(column));
}

// Room for the header's title and its sort arrow, and for `values`.
int widthFor(const QFontMetrics &metrics, int column, const QStringList &values)
{
    int widest = metrics.horizontalAdvance(M::columnTitle(column)) + 24;
    for (const QString &value : values)
        widest =
            std::max(widest, metrics.horizontalAdvance(value) + 3 * metrics.averageCharWidth());
    return widest;
}

int defaultWidth(int column, const QFontMetrics &metrics)
{
    // Times and days as the table shows them (QLocale's short format), late in a year for long
    // digits.
    const QDate day(2026, 12, 28);
    const QString time =
        QLocale().toString(QDateTime(day, QTime(23, 58)).toLocalTime(), QLocale::ShortFormat);
    switch (M::Column(column)) {
    case M::Name:
        return 160;
    case M::Email:
        return 220;
    case M::Status: {
        QStringList words;
        for (MemberStatus status : {MemberStatus::Active, MemberStatus::Pending,
                                    MemberStatus::Deactivated, MemberStatus::Unlisted})
            words << memberStatusText(status);
        words << memberStatusText(MemberStatus::Unknown, true);
        return std::max(100, widthFor(metrics, column, words) +
                                 StatusBadgeDelegate::extraWidth(metrics));
    }
    case M::Role:
        return 100;
    case M::Groups:
        return 140;
    case M::ProviderId:
        return 150;
    case M::Created:
    case M::Updated:
    case M::LastSynced:
        return widthFor(metrics, column, {time});
    case M::LastSignIn:
        return widthFor(
            metrics, column,
            {QLocale().toString(day, QLocale::ShortFormat), MemberTableModel::tr("never")});
    case M::Admin:
        return widthFor(metrics, column, {MemberTableModel::tr("yes")});
    case M::Avatar:
        return MemberTableLayout::avatarWidth();
    case M::ColumnCount:
        break;
    }
    return 100;
}
} // namespace

bool MemberTableLayout::isRequired(int column)
{
    return column == M::Name || column == M::Email;
}

int MemberTableLayout::avatarWidth()
{
    return AvatarDelegate::MaxSide + 2 * AvatarDelegate::Margin + 2;
}

bool MemberTableLayout::providerHas(Provider provider, int column)
{
    const Capabilities capabilities = Capabilities::of(provider, true);
    switch (M::Column(column)) {
    case M::Role:
        return capabilities.tells(MemberFact::Role);
    case M::Groups:
        return capabilities.tells(MemberFact::Groups);
    case M::LastSignIn:
        return capabilities.tells(MemberFact::LastSignIn);
    case M::Admin:
        return capabilities.tells(MemberFact::Admin);
    case M::Avatar:
        return capabilities.tells(MemberFact::Picture);
    default:
        return true;
    }
}

bool MemberTableLayout::isElastic(int column)
{
    return column == M::Name || column == M::Email || column == M::Role || column == M::Groups;
}

int MemberTableLayout::minimumWidth(int column, const QFontMetrics &metrics)
{
    return std::max(metrics.horizontalAdvance(M::columnTitle(column)) + 24,
                    8 * metrics.averageCharWidth());
}

MemberTableLayout MemberTableLayout::defaultFor(Provider provider, const QFontMetrics &metrics)
{
    const bool signIns = Capabilities::of(provider, true).tells(MemberFact::LastSignIn);
    // Last synced stands in for the last sign-in where the provider does not tell it.
    const std::pair<int, bool> order[] = {
        {M::Avatar, true},      {M::Name, true},       {M::Email, true},
        {M::Status, true},      {M::LastSignIn, true}, {M::Groups, true},
        {M::Role, true},        {M::Admin, true},      {M::Created, false},
        {M::ProviderId, false}, {M::Updated, false},   {M::LastSynced, !signIns},
    };
    static_assert(std::size(order) == M::ColumnCount);
    MemberTableLayout layout;
    layout.fitToWidth = true;
    for (const auto &[column, shown] : order) {
        layout.columns.append(
            {column, defaultWidth(column, metrics), shown && providerHas(provider, column)});
    }
    return layout;
}

void MemberTableLayout::limitTo(Provider provider)
{
    for (Column &column : columns) {
        if (!providerHas(provider, column.column))
            column.shown = false;
    }
}

MemberTableLayout MemberTableLayout::of(const QHeaderView &header)
{
    MemberTableLayout layout;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int column = header.logicalIndex(visual);
        const bool shown = !header.isSectionHidden(column);
        layout.columns.append({column, shown ? header.sectionSize(column) : 0, shown});
    }
    layout.sortColumn = header.isSortIndicatorShown() ? header.sortIndicatorSection() : -1;
    if (layout.sortColumn >= header.count())
        layout.sortColumn = -1;
    layout.sortOrder = header.sortIndicatorOrder();
    return layout;
}

void MemberTableLayout::applyTo(QHeaderView &header) const
{
    for (qsizetype visual = 0; visual < columns.size(); ++visual) {
        const Column &column = columns.at(visual);
        if (column.column < 0 || column.column >= header.count())
            continue;
        header.moveSection(header.visualIndex(column.column), int(visual));
        header.setSectionHidden(column.column, !column.shown);
        if (column.width > 0)
            header.resizeSection(column.column, column.width);
    }
    header.setSortIndicator(sortColumn, sortOrder);
}

QByteArray MemberTableLayout::toJson() const
{
    QJsonArray list;
    for (const Column &column : columns) {
        list.append(QJsonObject{{u"id"_s, keyOfColumn(column.column)},
                                {u"width"_s, column.width},
                                {u"shown"_s, column.shown}});
    }
    QJsonObject json{{u"columns"_s, list}};
    if (fitToWidth)
        json.insert(u"fit"_s, true);
    if (sortColumn >= 0) {
        json.insert(u"sort"_s,
                    QJsonObject{{u"column"_s, keyOfColumn(sortColumn)},
                                {u"order"_s, sortOrder == Qt::AscendingOrder ? u"ascending"_s
                                                                             : u"descending"_s}});
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<MemberTableLayout> MemberTableLayout::fromJson(const QByteArray &json,
                                                             const MemberTableLayout &defaults)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    MemberTableLayout layout;
    QSet<int> named;
    const auto defaultOf = [&](int column) {
        for (const Column &entry : defaults.columns) {
            if (entry.column == column)
                return entry;
        }
        return Column{column, 100, true};
    };
    for (const QJsonValue &value : document.object().value(u"columns"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const std::optional<int> column = columnOfKey(entry.value(u"id"_s).toString());
        if (!column || named.contains(*column))
            continue;
        named.insert(*column);
        const Column fallback = defaultOf(*column);
        const int width = entry.value(u"width"_s).toInt(0);
        layout.columns.append({*column,
                               width > 0 ? std::clamp(width, MinWidth, MaxWidth) : fallback.width,
                               entry.value(u"shown"_s).toBool(true) || isRequired(*column)});
    }
    if (layout.columns.isEmpty())
        return std::nullopt;
    // A column this layout does not know goes after the one the defaults put before it.
    for (qsizetype i = 0; i < defaults.columns.size(); ++i) {
        const Column &missing = defaults.columns.at(i);
        if (named.contains(missing.column))
            continue;
        qsizetype at = 0;
        if (i > 0) {
            const int before = defaults.columns.at(i - 1).column;
            for (qsizetype j = 0; j < layout.columns.size(); ++j) {
                if (layout.columns.at(j).column == before)
                    at = j + 1;
            }
        }
        layout.columns.insert(at, missing);
        named.insert(missing.column);
    }
    layout.fitToWidth = document.object().value(u"fit"_s).toBool(false);
    const QJsonObject sort = document.object().value(u"sort"_s).toObject();
    if (const std::optional<int> column = columnOfKey(sort.value(u"column"_s).toString())) {
        layout.sortColumn = *column;
        layout.sortOrder = sort.value(u"order"_s).toString() == u"descending" ? Qt::DescendingOrder
                                                                              : Qt::AscendingOrder;
    }
    return layout;
}
