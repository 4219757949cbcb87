#pragma once

#include "provider.h"

#include <QByteArray>
#include <QList>
#include <optional>

class QFontMetrics;
class QHeaderView;

// The member table's columns as they are arranged: which are shown, in what order, how wide,
// and the sort. Kept per workspace (WorkspaceTableLayouts) as JSON naming each column by its
// MemberTableModel::Column key ("LastSignIn"), so that a later version with more columns still
// reads it.
struct MemberTableLayout
{
    struct Column
    {
        int column = 0;
        int width = 100;
        bool shown = true;

        friend bool operator==(const Column &, const Column &) = default;
    };
    // Every column of the model once, in the order shown.
    QList<Column> columns;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // Until the user sizes a column, the elastic columns give way so that the columns fit the
    // table's width (MemberTableView), from these widths at most.
    bool fitToWidth = false;

    // The columns that never hide: a table without them identifies nobody.
    static bool isRequired(int column);
    // Width in pixels of the picture column, which the user does not resize.
    static int avatarWidth();
    // What a workspace of `provider` shows until the user changes it: the columns the provider
    // fills (Heartbeat: the picture first, last sign-in, role, groups and admin), wide enough
    // for their values in the user's language.
    static MemberTableLayout defaultFor(Provider provider, const QFontMetrics &metrics);
    // Whether `provider` tells what the column shows (Capabilities::tells): a column it does
    // not is neither shown nor offered for its workspaces.
    static bool providerHas(Provider provider, int column);
    // Hides the columns `provider` does not have, whatever a saved layout says.
    void limitTo(Provider provider);
    // The narrowest a column is made to fit the table's width: its title, or eight characters.
    static int minimumWidth(int column, const QFontMetrics &metrics);
    // The columns made narrower to fit the table's width, as far as they can be, while their
    // text stays readable (elided).
    static bool isElastic(int column);
    static MemberTableLayout of(const QHeaderView &header);
    void applyTo(QHeaderView &header) const;

    QByteArray toJson() const;
    // The layout `json` describes, with the columns it does not name (or names twice) where
    // and as `defaults` have them; nothing when it is not a layout.
    static std::optional<MemberTableLayout> fromJson(const QByteArray &json,
                                                     const MemberTableLayout &defaults);

    friend bool operator==(const MemberTableLayout &, const MemberTableLayout &) = default;
};
