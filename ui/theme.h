#pragma once

#include "preferences.h"

#include <QPalette>
#include <QString>

// The window's look (Preferences → Theme): the platform's own style and palette, or Fusion with a
// light or a dark palette. Applied to the whole application at once; the platform's look, taken
// when the ThemeSwitcher is made, comes back for System and when it is destroyed.
class ThemeSwitcher
{
public:
    using Theme = Preferences::Theme;

    ThemeSwitcher();
    ~ThemeSwitcher();
    ThemeSwitcher(const ThemeSwitcher &) = delete;
    ThemeSwitcher &operator=(const ThemeSwitcher &) = delete;

    void apply(Theme theme);
    Theme applied() const { return m_applied; }

    static QPalette darkPalette();

private:
    QString m_platformStyle;
    QPalette m_platformPalette;
    Theme m_applied = Theme::System;
};
