#include "preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(Preferences &preferences, const QList<Workspace> &workspaces,
                                     QWidget *parent)
    : QDialog(parent), m_preferences(preferences), m_clipboardSeconds(new QSpinBox(this)),
      m_defaultWorkspace(new QComboBox(this)), m_density(new QComboBox(this)),
      m_theme(new QComboBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_clipboardSeconds->setObjectName(u"clipboardSeconds"_s);
    m_clipboardSeconds->setRange(0, Preferences::MaxClipboardSeconds);
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setSpecialValueText(tr("Never (until cleared or Roster quits)"));
    m_clipboardSeconds->setValue(preferences.clipboardSeconds());
    m_clipboardSeconds->setAccessibleName(tr("Clear login links from the clipboard after"));
    form->addRow(tr("&Clear login links after:"), m_clipboardSeconds);

    m_defaultWorkspace->setObjectName(u"defaultWorkspace"_s);
    m_defaultWorkspace->setAccessibleName(tr("Workspace shown at start"));
    m_defaultWorkspace->addItem(tr("The one shown last"), QString());
    for (const Workspace &workspace : workspaces)
        m_defaultWorkspace->addItem(workspace.name, workspace.id);
    m_defaultWorkspace->setCurrentIndex(
        std::max(0, m_defaultWorkspace->findData(preferences.defaultWorkspaceId())));
    form->addRow(tr("&Workspace at start:"), m_defaultWorkspace);

    m_density->setObjectName(u"tableDensity"_s);
    m_density->setAccessibleName(tr("Table density"));
    m_density->addItem(tr("Comfortable"), int(Preferences::Density::Comfortable));
    m_density->addItem(tr("Compact"), int(Preferences::Density::Compact));
    m_density->setCurrentIndex(m_density->findData(int(preferences.density())));
    form->addRow(tr("Table &density:"), m_density);

    m_theme->setObjectName(u"theme"_s);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(preferences.theme())));
    m_theme->setToolTip(tr("System follows the desktop's look; Light and Dark use Roster's own."));
    form->addRow(tr("&Theme:"), m_theme);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Login links are cleared on quit whatever this says."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::apply()
{
    m_preferences.setClipboardSeconds(m_clipboardSeconds->value());
    m_preferences.setDefaultWorkspaceId(m_defaultWorkspace->currentData().toString());
    m_preferences.setDensity(Preferences::Density(m_density->currentData().toInt()));
    m_preferences.setTheme(Preferences::Theme(m_theme->currentData().toInt()));
    Q_EMIT applied();
}
