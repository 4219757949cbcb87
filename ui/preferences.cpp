#include "preferences.h"

using namespace Qt::StringLiterals;

namespace {
const QString ClipboardSeconds = u"clipboard/clearAfterSeconds"_s;
const QString DefaultWorkspace = u"workspaces/default"_s;
const QString LastWorkspace = u"workspaces/last"_s;
const QString DensityKey = u"table/density"_s;
const QString ThemeKey = u"window/theme"_s;
const QString DeactivationLimit = u"import/deactivationLimit"_s;
// One key per workspace id under it.
const QString TableLayouts = u"table/layouts/"_s;
const QString Geometry = u"window/geometry"_s;
const QString State = u"window/state"_s;
const QString Splitter = u"window/splitter"_s;
} // namespace

Preferences::Preferences() : m_settings(std::make_unique<QSettings>()) {}

Preferences::Preferences(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

int Preferences::clipboardSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(ClipboardSeconds, DefaultClipboardSeconds).toInt(&ok);
    return ok && seconds >= 0 && seconds <= MaxClipboardSeconds ? seconds : DefaultClipboardSeconds;
}

void Preferences::setClipboardSeconds(int seconds)
{
    m_settings->setValue(ClipboardSeconds, std::clamp(seconds, 0, MaxClipboardSeconds));
}

QString Preferences::lastWorkspaceId() const
{
    return m_settings->value(LastWorkspace).toString();
}

void Preferences::setLastWorkspaceId(const QString &id)
{
    m_settings->setValue(LastWorkspace, id);
}

QString Preferences::defaultWorkspaceId() const
{
    return m_settings->value(DefaultWorkspace).toString();
}

void Preferences::setDefaultWorkspaceId(const QString &id)
{
    m_settings->setValue(DefaultWorkspace, id);
}

Preferences::Density Preferences::density() const
{
    return m_settings->value(DensityKey).toString() == u"compact"_s ? Density::Compact
                                                                    : Density::Comfortable;
}

void Preferences::setDensity(Density density)
{
    m_settings->setValue(DensityKey, density == Density::Compact ? u"compact"_s : u"comfortable"_s);
}

Preferences::Theme Preferences::theme() const
{
    const QString theme = m_settings->value(ThemeKey).toString();
    return theme == u"dark"_s ? Theme::Dark : theme == u"light"_s ? Theme::Light : Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    m_settings->setValue(ThemeKey, theme == Theme::Dark    ? u"dark"_s
                                   : theme == Theme::Light ? u"light"_s
                                                           : u"system"_s);
}

int Preferences::deactivationLimit() const
{
    bool ok = false;
    const int members = m_settings->value(DeactivationLimit, 0).toInt(&ok);
    return ok && members >= 0 && members <= MaxDeactivationLimit ? members : 0;
}

void Preferences::setDeactivationLimit(int members)
{
    if (members <= 0)
        m_settings->remove(DeactivationLimit);
    else
        m_settings->setValue(DeactivationLimit, std::min(members, MaxDeactivationLimit));
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(Geometry).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &state)
{
    m_settings->setValue(Geometry, state);
}

QByteArray Preferences::windowState() const
{
    return m_settings->value(State).toByteArray();
}

void Preferences::setWindowState(const QByteArray &state)
{
    m_settings->setValue(State, state);
}

QByteArray Preferences::tableLayout(const QString &workspaceId) const
{
    return m_settings->value(TableLayouts + workspaceId).toByteArray();
}

void Preferences::setTableLayout(const QString &workspaceId, const QByteArray &layout)
{
    m_settings->setValue(TableLayouts + workspaceId, layout);
}

void Preferences::removeTableLayout(const QString &workspaceId)
{
    m_settings->remove(TableLayouts + workspaceId);
}

QByteArray Preferences::splitterState() const
{
    return m_settings->value(Splitter).toByteArray();
}

void Preferences::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(Splitter, state);
}
