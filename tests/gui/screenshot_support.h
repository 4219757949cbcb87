#pragma once

#include "dialog_test_helpers.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>

// A dark palette like a desktop's dark theme, for screenshots that check nothing assumes a light
// one.
inline QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1d, 0x20, 0x23);
    const QColor text(0xe8, 0xe6, 0xe3);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Link, QColor(0x5c, 0xb8, 0xf0));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x73, 0x78));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x73, 0x78));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x73, 0x78));
    palette.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    palette.setColor(QPalette::Mid, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
    return palette;
}

// Saves what `widget` shows, after a moment for it to settle, and says so.
inline bool saveScreenshot(QWidget &widget, const QString &path)
{
    QTest::qWait(300);
    const bool saved = widget.grab().save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

// What every screenshot tool does first, after its QApplication: the Fusion style, the
// translations of the environment's locale (LANG=de_DE.UTF-8 for German), the dark palette
// with --dark, and the output folder from its first argument.
class ScreenshotSetup
{
public:
    explicit ScreenshotSetup(const char *tool)
    {
        m_translations.install(QLocale());
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        DialogTest::quietOffscreenWarnings();
        const QStringList arguments = QApplication::arguments();
        if (arguments.size() < 2) {
            qCritical("usage: %s OUTPUT_DIR [--dark]", tool);
            return;
        }
        const bool dark = arguments.contains(QStringLiteral("--dark"));
        if (dark)
            QApplication::setPalette(darkPalette());
        m_suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        m_out.setPath(arguments.at(1));
        m_valid = m_out.mkpath(QStringLiteral("."));
    }

    bool isValid() const { return m_valid; }
    // Where the screenshot called `name` goes: "main-window" -> OUTPUT_DIR/main-window.png.
    QString path(const QString &name) const { return m_out.filePath(name + m_suffix); }

private:
    Translations m_translations;
    QDir m_out;
    QString m_suffix;
    bool m_valid = false;
};
