#pragma once

#include <QIcon>

// Roster's application icon (resources/icons/app): the icon theme's dev.roster.Roster where
// Roster is installed, else the one compiled in.
namespace AppIcon {
inline constexpr char16_t Id[] = u"dev.roster.Roster";

// The PNGs compiled in, 16 to 256 px; Qt scales the nearest larger one to other sizes.
QIcon bundled();
QIcon icon();
// The scalable icon, drawn at `size` device-independent pixels for `devicePixelRatio`.
QPixmap scalable(int size, qreal devicePixelRatio);
} // namespace AppIcon
