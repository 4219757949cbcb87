#include "import_mapping_page.h"

#include "address_list_file.h"
#include "api_error_text.h"
#include "field_note.h"
#include "import_requirements.h"
#include "import_wizard_context.h"
#include "inline_message.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int SkipData = -1;
constexpr int SampleWidth = 360;
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_columnsWidget(new QWidget),
      m_columns(new QGridLayout(m_columnsWidget)), m_roleLabel(nullptr),
      m_role(new QComboBox(this)), m_rolesMessage(new InlineMessage(this)),
      m_missing(new InlineMessage(this)), m_ignored(new InlineMessage(this)),
      m_createOnly(new QRadioButton(this)), m_createOrUpdate(new QRadioButton(this)),
      m_mirror(new QRadioButton(this)), m_mirrorNote(new FieldNote(m_mirror, this)),
      m_existing(new QGroupBox(tr("Members already in the community"), this)),
      m_pending(new QCheckBox(this)), m_introduce(new QCheckBox(this))
{
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Match the Columns"));
    const Provider provider = context.provider();
    setSubTitle(tr("Choose the member field each column fills in %1; columns Roster recognised "
                   "are chosen already.")
                    .arg(providerDisplayName(provider)));

    m_columnsWidget->setObjectName(u"mappingColumns"_s);
    m_columns->setHorizontalSpacing(14);
    m_columns->setColumnStretch(2, 1);
    m_columns->setVerticalSpacing(6);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"mappingScroll"_s);
    scroll->setAccessibleName(tr("Columns of the file"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(m_columnsWidget);
    scroll->setBackgroundRole(QPalette::Base);
    m_columnsWidget->setBackgroundRole(QPalette::Base);
    m_columnsWidget->setAutoFillBackground(true);

    m_roleLabel = new QLabel(tr("&Role for rows without one:"), this);
    m_roleLabel->setBuddy(m_role);
    m_role->setObjectName(u"roleCombo"_s);
    m_role->setAccessibleName(tr("Role for rows without one"));
    m_role->setMinimumContentsLength(18);
    // Wide enough for its longest choice, "None: each row names its role" among them.
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rolesMessage->setObjectName(u"rolesMessage"_s);
    m_rolesMessage->setAccessibleName(tr("Loading the roles"));
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_roleLabel);
    roleRow->addWidget(m_role);
    roleRow->addStretch(1);
    const bool usesRole = ImportRequirements::uses(provider, ImportField::Role) && !isListMode();
    m_roleLabel->setVisible(usesRole);
    m_role->setVisible(usesRole);

    m_missing->setObjectName(u"missingFieldsMessage"_s);
    m_missing->setAccessibleName(tr("What the provider still needs"));
    m_ignored->setObjectName(u"ignoredColumnsMessage"_s);
    m_ignored->setAccessibleName(tr("Columns that are not imported"));

    QGroupBox *existing = m_existing;
    existing->setObjectName(u"existingMembersGroup"_s);
    m_createOnly->setText(tr("&Leave them as they are: only create new members"));
    m_createOnly->setObjectName(u"createOnlyRadio"_s);
    m_createOnly->setAccessibleName(tr("Only create new members"));
    const bool reactivates = context.service->capabilities().supports(MemberOperation::Reactivate);
    m_createOrUpdate->setText(reactivates ? tr("&Update them as the file says, and reactivate "
                                               "deactivated ones")
                                          : tr("&Update them as the file says"));
    m_createOrUpdate->setObjectName(u"createOrUpdateRadio"_s);
    m_createOrUpdate->setAccessibleName(tr("Create new members and update existing ones"));
    m_mirror->setText(
        tr("&Mirror: make the community match the file (members it lacks are deactivated)"));
    m_mirror->setObjectName(u"mirrorRadio"_s);
    m_mirror->setAccessibleName(tr("Mirror the file"));
    const bool deactivates = context.service->capabilities().supports(MemberOperation::Deactivate);
    QString mirrorNote =
        tr("Members are created and updated as the file says, deactivated ones in it "
           "reactivated, and the members of %1 whose address is in no row are deactivated. The "
           "next pages show who first; nothing is sent before you start the import, and you "
           "confirm the deactivations then.")
            .arg(context.service->workspace().name);
    if (!deactivates)
        mirrorNote = tr("%1 cannot deactivate members: those the file lacks are listed in the "
                        "dry run as not deactivated, and nothing is sent for them. The rest is "
                        "created and updated as the file says.")
                         .arg(providerDisplayName(provider));
    m_mirrorNote->setObjectName(u"mirrorNote"_s);
    m_mirrorNote->setHint(mirrorNote);
    m_mirror->setToolTip(mirrorNote);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_createOnly);
    modes->addButton(m_createOrUpdate);
    modes->addButton(m_mirror);
    m_createOnly->setChecked(true);
    m_pending->setText(tr("Create new members as &pending: activated at their first sign-in"));
    m_pending->setObjectName(u"pendingCheck"_s);
    m_pending->setAccessibleName(tr("Create new members as pending"));
    m_pending->setVisible(context.service->capabilities().supports(MemberOperation::CreatePending));
    m_introduce->setText(tr("Post each bio as an &introduction thread"));
    m_introduce->setObjectName(u"introduceCheck"_s);
    m_introduce->setAccessibleName(tr("Post each bio as an introduction thread"));
    m_introduce->setToolTip(tr("Each new member with a bio gets a thread introducing them, "
                               "with their bio in it. Pending members get none."));
    m_introduce->setVisible(context.service->capabilities().canCreateWith(ProfileField::Bio));
    auto *existingLayout = new QVBoxLayout(existing);
    existingLayout->addWidget(m_createOnly);
    existingLayout->addWidget(m_createOrUpdate);
    existingLayout->addWidget(m_mirror);
    // The note under the mirror's text, not under its button.
    auto *noteRow = new QHBoxLayout;
    noteRow->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                        style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    noteRow->addWidget(m_mirrorNote, 1);
    existingLayout->addLayout(noteRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(roleRow);
    layout->addWidget(m_rolesMessage);
    layout->addWidget(m_missing);
    layout->addWidget(m_ignored);
    layout->addWidget(existing);
    layout->addWidget(m_pending);
    layout->addWidget(m_introduce, 0, Qt::AlignLeft); // as wide as its text, all of it clickable

    connect(m_role, &QComboBox::currentIndexChanged, this, &ImportMappingPage::onRoleChosen);
    connect(modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            m_context.choices.mode = chosenMode();
    });
    // A list of members to deactivate: the email is all it needs, and the mode is given.
    existing->setVisible(!isListMode());
    m_pending->setVisible(!m_pending->isHidden() && !isListMode());
    m_introduce->setVisible(!m_introduce->isHidden() && !isListMode());
    if (isListMode())
        setSubTitle(tr("Choose the column of the members' email addresses; a file of one "
                       "address a line needs nothing here."));
    connect(m_pending, &QCheckBox::toggled, this, [this](bool on) {
        m_context.choices.pending = on;
        m_introduce->setEnabled(!on); // a pending member gets no introduction thread
    });
    connect(m_introduce, &QCheckBox::toggled, this,
            [this](bool on) { m_context.choices.introduce = on; });
}

ImportMappingPage::~ImportMappingPage()
{
    if (m_rolesTask)
        m_rolesTask->cancel();
}

void ImportMappingPage::initializePage()
{
    ImportChoices &choices = m_context.choices;
    if (choices.header != m_mappedHeader) {
        m_mappedHeader = choices.header;
        const Provider provider = m_context.provider();
        ColumnMapping mapping =
            AddressListFile::automaticMapping(choices.header, choices.format.hasHeader);
        // A column the provider keeps nothing of is named once and left out.
        m_ignoredByProvider =
            ImportRequirements::ignoredColumns(provider, mapping, choices.header).join(u'\n');
        for (qsizetype column = 0; column < choices.header.size(); ++column) {
            const std::optional<ImportField> field = mapping.fieldOf(column);
            if (field && !ImportRequirements::uses(provider, *field))
                mapping.setColumn(column, std::nullopt);
        }
        if (const std::optional<QString> role = choices.mapping.constant(ImportField::Role))
            mapping.setConstant(ImportField::Role, *role);
        choices.mapping = mapping;
    }
    // Again each time: another encoding reads other samples.
    buildColumns();
    if (ImportRequirements::uses(m_context.provider(), ImportField::Role) && !isListMode() &&
        !m_rolesLoaded && !m_rolesTask)
        loadRoles();
    showRequirements();
}

void ImportMappingPage::buildColumns()
{
    for (QWidget *widget : std::as_const(m_columnWidgets))
        delete widget;
    m_columnWidgets.clear();
    m_fieldCombos.clear();
    auto heading = [this](const QString &text, int column) {
        auto *label = new QLabel(text, m_columnsWidget);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_columns->addWidget(label, 0, column);
        m_columnWidgets << label;
    };
    heading(tr("Column in the file"), 0);
    heading(tr("Member field"), 1);
    heading(tr("Sample value"), 2);
    const Provider provider = m_context.provider();
    const QStringList &header = m_context.choices.header;
    for (int column = 0; column < header.size(); ++column) {
        // The label leads to the combo: a '&' in the header is text, not a mnemonic.
        auto *name = new QLabel(QString(header.at(column)).replace(u'&', u"&&"_s), m_columnsWidget);
        name->setObjectName(u"columnName%1"_s.arg(column));
        auto *sample = new QLabel(m_columnsWidget);
        sample->setObjectName(u"columnSample%1"_s.arg(column));
        sample->setAccessibleName(tr("Sample value of column “%1”").arg(header.at(column)));
        sample->setForegroundRole(QPalette::PlaceholderText);
        const QString value = sampleOf(column);
        sample->setText(value.isEmpty()
                            ? tr("(empty)")
                            : sample->fontMetrics().elidedText(value, Qt::ElideRight, SampleWidth));
        sample->setToolTip(value);
        auto *combo = new QComboBox(m_columnsWidget);
        combo->setObjectName(u"fieldCombo%1"_s.arg(column));
        combo->setAccessibleName(tr("Member field for column “%1”").arg(header.at(column)));
        combo->addItem(tr("Skip this column"), SkipData);
        for (const ImportField field : AllImportFields) {
            if (ImportRequirements::uses(provider, field))
                combo->addItem(importFieldDisplayName(field), int(field));
        }
        name->setBuddy(combo);
        combo->setMinimumContentsLength(16);
        m_columns->addWidget(name, column + 1, 0);
        m_columns->addWidget(combo, column + 1, 1);
        m_columns->addWidget(sample, column + 1, 2);
        m_columnWidgets << name << sample << combo;
        m_fieldCombos << combo;
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, column] { onFieldChosen(column); });
    }
    m_columns->setRowStretch(int(header.size()) + 1, 1);
    // The combos are made after the rest of the page: Tab goes through them first.
    QList<QWidget *> order(m_fieldCombos.cbegin(), m_fieldCombos.cend());
    order << m_role << m_createOnly << m_createOrUpdate << m_mirror << m_pending << m_introduce;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    syncCombos();
}

QString ImportMappingPage::sampleOf(int column) const
{
    for (const CsvRecord &record : std::as_const(m_context.choices.sample)) {
        const QString value = record.field(column).trimmed().toString();
        if (!value.isEmpty())
            return value.simplified();
    }
    return {};
}

void ImportMappingPage::syncCombos()
{
    m_updating = true;
    const ColumnMapping &mapping = m_context.choices.mapping;
    for (int column = 0; column < m_fieldCombos.size(); ++column) {
        const std::optional<ImportField> field = mapping.fieldOf(column);
        QComboBox *combo = m_fieldCombos.at(column);
        combo->setCurrentIndex(std::max(0, combo->findData(field ? int(*field) : SkipData)));
    }
    m_updating = false;
}

void ImportMappingPage::onFieldChosen(int column)
{
    if (m_updating)
        return;
    const int data = m_fieldCombos.at(column)->currentData().toInt();
    m_context.choices.mapping.setColumn(
        column, data == SkipData ? std::nullopt : std::optional(ImportField(data)));
    // The field left the column that had it.
    syncCombos();
    showRequirements();
}

void ImportMappingPage::loadRoles()
{
    m_role->clear();
    m_role->setEnabled(false);
    m_role->setPlaceholderText(tr("Loading roles…"));
    m_rolesMessage->clear();
    QPointer<ImportMappingPage> self(this);
    m_rolesTask = m_context.service->roles([self](const Result<QList<NamedRef>> &roles) {
        if (!self || roles.error.kind == ApiErrorKind::Cancelled)
            return;
        self->m_rolesTask = nullptr;
        if (!roles.ok()) {
            self->m_role->setPlaceholderText(tr("Roles could not be loaded"));
            self->m_rolesMessage->showMessage(InlineMessage::Type::Error,
                                              tr("The community's roles could not be loaded: %1")
                                                  .arg(ApiErrorText::describe(roles.error)));
            QPushButton *retry =
                self->m_rolesMessage->addButton(tr("Re&try"), u"retryRolesButton"_s);
            connect(retry, &QPushButton::clicked, self, &ImportMappingPage::loadRoles);
            Q_EMIT self->completeChanged();
            return;
        }
        self->m_context.choices.roles.clear();
        self->m_updating = true;
        self->m_role->addItem(tr("None: each row names its role"), QString());
        for (const NamedRef &role : roles.value) {
            self->m_context.choices.roles.append(RoleChoice{role.id, role.name});
            self->m_role->addItem(role.name, role.id);
        }
        const std::optional<QString> chosen =
            self->m_context.choices.mapping.constant(ImportField::Role);
        self->m_role->setCurrentIndex(
            std::max(0, self->m_role->findData(chosen.value_or(QString()))));
        self->m_updating = false;
        self->m_role->setEnabled(true);
        self->m_rolesLoaded = true;
        self->showRequirements();
    });
}

void ImportMappingPage::onRoleChosen()
{
    if (m_updating)
        return;
    const QString id = m_role->currentData().toString();
    if (id.isEmpty())
        m_context.choices.mapping.clearConstant(ImportField::Role);
    else
        m_context.choices.mapping.setConstant(ImportField::Role, id);
    showRequirements();
}

void ImportMappingPage::showRequirements()
{
    const Provider provider = m_context.provider();
    const ColumnMapping &mapping = m_context.choices.mapping;
    const QStringList missing = ImportRequirements::missingFields(provider, mapping, isListMode());
    if (missing.isEmpty())
        m_missing->clear();
    else
        m_missing->showMessage(InlineMessage::Type::Error, missing.join(u".\n"_s) + u'.');
    QStringList ignored;
    if (!m_ignoredByProvider.isEmpty())
        ignored << m_ignoredByProvider;
    const qsizetype skipped =
        std::count_if(m_fieldCombos.cbegin(), m_fieldCombos.cend(), [](const QComboBox *combo) {
            return combo->currentData().toInt() == SkipData;
        });
    if (skipped > 0)
        ignored << tr("%n column(s) skipped: they are not imported.", nullptr, int(skipped));
    if (ignored.isEmpty())
        m_ignored->clear();
    else
        m_ignored->showMessage(InlineMessage::Type::Information, ignored.join(u'\n'));
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    const Provider provider = m_context.provider();
    if (!ImportRequirements::missingFields(provider, m_context.choices.mapping, isListMode())
             .isEmpty())
        return false;
    // Rows name roles that only the community's list can check.
    return !ImportRequirements::uses(provider, ImportField::Role) || isListMode() || m_rolesLoaded;
}

bool ImportMappingPage::validatePage()
{
    m_context.choices.mode = chosenMode();
    m_context.choices.pending =
        m_context.service->capabilities().supports(MemberOperation::CreatePending) &&
        m_pending->isChecked();
    m_context.choices.introduce =
        m_context.service->capabilities().canCreateWith(ProfileField::Bio) &&
        !m_context.choices.pending && m_introduce->isChecked();
    return isComplete();
}

bool ImportMappingPage::isListMode() const
{
    return !ImportSettings::createsMembers(m_context.choices.mode) &&
           m_context.choices.mode != ImportSettings::Mode::Undo;
}

ImportSettings::Mode ImportMappingPage::chosenMode() const
{
    if (isListMode())
        return m_context.choices.mode;
    if (m_mirror->isChecked())
        return ImportSettings::Mode::Mirror;
    return m_createOnly->isChecked() ? ImportSettings::Mode::CreateOnly
                                     : ImportSettings::Mode::CreateOrUpdate;
}
