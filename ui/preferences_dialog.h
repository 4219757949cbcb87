#pragma once

#include "preferences.h"
#include "workspace.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

// Settings → Preferences: how long a login link stays on the clipboard, the workspace shown at
// start, the table's density, the theme, and above how many deactivations a run asks the admin
// to type the number. Applies on OK.
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
    QWidget *deactivationLimitField(int members);

    Preferences &m_preferences;
    QSpinBox *m_clipboardSeconds;
    QComboBox *m_defaultWorkspace;
    QComboBox *m_density;
    QComboBox *m_theme;
    QSpinBox *m_deactivationLimit;
};
