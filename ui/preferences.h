#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <memory>

// The user's preferences and the window's remembered layout, in QSettings. Never a key, a link or
// a member's data.
class Preferences
{
public:
    enum class Density
    {
        Comfortable,
        Compact
    };

    enum class Theme
    {
        System,
        Light,
        Dark
    };

    static constexpr int DefaultClipboardSeconds = 30;
    static constexpr int MaxClipboardSeconds = 600;
    static constexpr int MaxDeactivationLimit = 10'000'000;

    // The user's own settings file, or the file at `path` (the demo mode keeps its own).
    Preferences();
    explicit Preferences(const QString &path);

    int clipboardSeconds() const; // 0: never cleared by time
    void setClipboardSeconds(int seconds);
    QString defaultWorkspaceId() const;
    void setDefaultWorkspaceId(const QString &id);
    // The workspace shown last, shown at start when no default is chosen.
    QString lastWorkspaceId() const;
    void setLastWorkspaceId(const QString &id);
    Density density() const;
    void setDensity(Density density);
    Theme theme() const;
    void setTheme(Theme theme);
    // Above this many deactivations in one run the admin types the number to confirm
    // (DeactivationGuard's explicit limit); 0: the default rule, 10% of the active members or
    // 25, whichever is larger.
    int deactivationLimit() const;
    void setDeactivationLimit(int members);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The member table's layout for a workspace (MemberTableLayout::toJson()); empty if none.
    QByteArray tableLayout(const QString &workspaceId) const;
    void setTableLayout(const QString &workspaceId, const QByteArray &layout);
    void removeTableLayout(const QString &workspaceId);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    QSettings &settings() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};
