#pragma once

class QTableView;

// The import wizard's tables look and behave alike: read-only, compact rows as tall as the
// font needs, left-aligned headings, the last column stretched, alternating rows.
namespace ImportTableStyle {
void apply(QTableView *view);
} // namespace ImportTableStyle
