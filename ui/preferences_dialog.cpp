#include "preferences_dialog.h"

#include "deactivation_guard.h"
#include "field_note.h"

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
      m_theme(new QComboBox(this)), m_deactivationLimit(new QSpinBox(this))
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
    layout->addWidget(deactivationLimitField(preferences.deactivationLimit()));

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

QWidget *PreferencesDialog::deactivationLimitField(int members)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 8, 0, 0);
    auto *label =
        new QLabel(tr("Ask me to type the &number when a run deactivates more than:"), box);
    label->setBuddy(m_deactivationLimit);
    column->addWidget(label);

    m_deactivationLimit->setObjectName(u"deactivationLimit"_s);
    m_deactivationLimit->setAccessibleName(
        tr("Ask to type the number when a run deactivates more than"));
    m_deactivationLimit->setRange(0, Preferences::MaxDeactivationLimit);
    m_deactivationLimit->setGroupSeparatorShown(true);
    m_deactivationLimit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_deactivationLimit->setSpecialValueText(tr("Default: %1% or %2 members")
                                                 .arg(DeactivationGuard::DefaultPercent)
                                                 .arg(DeactivationGuard::DefaultMinimum));
    const auto suffix = [this](int value) {
        m_deactivationLimit->setSuffix(value == 1 ? tr(" member") : tr(" members"));
    };
    connect(m_deactivationLimit, &QSpinBox::valueChanged, this, suffix);
    m_deactivationLimit->setValue(members);
    suffix(members);
    auto *note = new FieldNote(m_deactivationLimit, box);
    note->setObjectName(u"deactivationLimitNote"_s);
    note->setHint(tr("For mirror runs, deactivations from a file and undos. The default is %1% "
                     "of the workspace's active members or %2, whichever is larger; a number of "
                     "your own replaces it.\nroster-cli: --max-deactivations N")
                      .arg(DeactivationGuard::DefaultPercent)
                      .arg(DeactivationGuard::DefaultMinimum));
    column->addWidget(FieldNote::stack(m_deactivationLimit, note));
    return box;
}

void PreferencesDialog::apply()
{
    m_preferences.setClipboardSeconds(m_clipboardSeconds->value());
    m_preferences.setDefaultWorkspaceId(m_defaultWorkspace->currentData().toString());
    m_preferences.setDensity(Preferences::Density(m_density->currentData().toInt()));
    m_preferences.setTheme(Preferences::Theme(m_theme->currentData().toInt()));
    m_preferences.setDeactivationLimit(m_deactivationLimit->value());
    Q_EMIT applied();
}
