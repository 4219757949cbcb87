#pragma once

#include "preferences.h"
#include "workspace.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

// Settings → Preferences: how long a login link stays on the clipboard, the workspace shown at
// start, the table's density and
// the theme. Applies on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Preferences &preferences, const QList<Workspace> &workspaces,
                      QWidget *parent = nullptr);

Q_SIGNALS:
    void applied();

private:
    void apply();

    Preferences &m_preferences;
    QSpinBox *m_clipboardSeconds;
    QComboBox *m_defaultWorkspace;
    QComboBox *m_density;
    QComboBox *m_theme;
};
