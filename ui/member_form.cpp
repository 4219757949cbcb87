#include "member_form.h"

#include "email_address.h"
#include "email_check.h"
#include "field_note.h"
#include "noted_form_layout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {
QString groupIdOf(const QListWidgetItem *item)
{
    return item->data(Qt::UserRole).toString();
}
} // namespace

MemberForm::MemberForm(const Capabilities &capabilities,
                       const std::optional<MemberRecord> &existing, QWidget *parent)
    : QWidget(parent), m_capabilities(capabilities), m_existing(existing)
{
    m_form = new NotedFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    if (capabilities.provider == Provider::Heartbeat)
        buildHeartbeat();
    else
        buildNames();
    validate();
}

QLineEdit *MemberForm::addLine(MemberField field, const QString &label, const QString &objectName,
                               const QString &accessibleName, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(!editable(field));
    connect(edit, &QLineEdit::textEdited, this, [this, field] { onEdited(field); });
    addRow(field, label, edit);
    return edit;
}

void MemberForm::addRow(MemberField field, const QString &label, QWidget *widget, QWidget *shown)
{
    auto *note = new FieldNote(widget);
    note->setObjectName(widget->objectName() + u"Note"_s);
    if (!isNew() && !editable(field)) {
        note->setHint(
            tr("%1 cannot change this.").arg(providerDisplayName(m_capabilities.provider)));
    }
    m_fields.insert(field, {widget, note});
    m_form->addRow(label, widget, note, shown);
}

void MemberForm::buildHeartbeat()
{
    const MemberRecord member = m_existing.value_or(MemberRecord{});
    addLine(MemberField::Name, tr("&Name:"), u"nameEdit"_s, tr("Full name"), member.displayName);
    addLine(MemberField::Email, tr("&Email:"), u"emailEdit"_s, tr("Email address"), member.email);

    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleCombo"_s);
    m_role->setAccessibleName(tr("Role"));
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { onEdited(MemberField::Role); });
    m_role->setMinimumContentsLength(18);
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *roleRow = new QWidget(this);
    auto *roleLayout = new QHBoxLayout(roleRow);
    roleLayout->setContentsMargins(0, 0, 0, 0);
    roleLayout->addWidget(m_role);
    roleLayout->addStretch(1);
    addRow(MemberField::Role, tr("&Role:"), m_role, roleRow);

    m_groups = new QListWidget(this);
    m_groups->setObjectName(u"groupsList"_s);
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setSelectionMode(QAbstractItemView::NoSelection);
    m_groups->setUniformItemSizes(true);
    m_groups->setSpacing(1);
    // Room for six groups, measured on a checkable row like theirs.
    auto *probe = new QListWidgetItem(tr("Loading groups…"), m_groups);
    probe->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    probe->setCheckState(Qt::Unchecked);
    m_groups->setFixedHeight(m_groups->sizeHintForRow(0) * 6 + 2 * m_groups->frameWidth() + 12);
    delete probe;
    connect(m_groups, &QListWidget::itemChanged, this, [this] { onEdited(MemberField::Groups); });
    addRow(MemberField::Groups, tr("&Groups:"), m_groups);

    m_bio = new QPlainTextEdit(member.bio, this);
    m_bio->setObjectName(u"bioEdit"_s);
    m_bio->setAccessibleName(tr("Bio"));
    m_bio->setTabChangesFocus(true);
    m_bio->setReadOnly(!editable(MemberField::Bio));
    m_bio->setFixedHeight(m_bio->fontMetrics().lineSpacing() * 3 + 14);
    connect(m_bio, &QPlainTextEdit::textChanged, this, [this] { onEdited(MemberField::Bio); });
    addRow(MemberField::Bio, tr("&Bio:"), m_bio);

    if (isNew()) {
        m_fields[MemberField::Bio].note->setHint(tr("Optional."));
        m_fields[MemberField::Groups].note->setHint(tr("Optional: tick every group to join."));
        m_pending = new QCheckBox(tr("&Pending: activated at first sign-in"), this);
        m_pending->setObjectName(u"pendingCheck"_s);
        m_pending->setAccessibleName(tr("Create as a pending member, activated at first sign-in"));
        m_form->addRow(m_pending);
        setRolesLoading();
        setGroupsLoading();
        return;
    }
    // Heartbeat changes neither role nor groups through its API: shown as they are.
    const QSignalBlocker blocker(m_role);
    m_role->addItem(member.roleName.isEmpty() ? member.roleId : member.roleName, member.roleId);
    m_role->setEnabled(false);
    for (const MemberGroup &group : member.groups) {
        auto *item = new QListWidgetItem(group.name.isEmpty() ? group.id : group.name, m_groups);
        item->setData(Qt::UserRole, group.id);
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (member.groups.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No groups"), m_groups);
        item->setFlags(Qt::NoItemFlags);
    }
}

void MemberForm::buildNames()
{
    const MemberRecord member = m_existing.value_or(MemberRecord{});
    addLine(MemberField::FirstName, tr("&First name:"), u"firstNameEdit"_s, tr("First name"),
            member.firstName);
    addLine(MemberField::LastName, tr("&Last name:"), u"lastNameEdit"_s, tr("Last name"),
            member.lastName);
    addLine(MemberField::Email, tr("&Email:"), u"emailEdit"_s, tr("Email address"), member.email);
}

bool MemberForm::needsRolesAndGroups() const
{
    return isNew() && m_capabilities.supports(MemberOperation::RolesAndGroups);
}

bool MemberForm::showsField(MemberField field) const
{
    return m_fields.contains(field);
}

bool MemberForm::editable(MemberField field) const
{
    if (isNew())
        return true;
    return m_capabilities.canEdit(field);
}

void MemberForm::setRolesLoading()
{
    m_rolesLoaded = false;
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    m_role->setPlaceholderText(tr("Loading roles…"));
    m_role->setEnabled(false);
    validate();
}

void MemberForm::setRoles(const QList<NamedRef> &roles)
{
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    for (const NamedRef &role : roles)
        m_role->addItem(role.name.isEmpty() ? role.id : role.name, role.id);
    m_role->setCurrentIndex(-1);
    m_role->setPlaceholderText(tr("Choose a role"));
    m_role->setEnabled(true);
    m_rolesLoaded = true;
    validate();
}

void MemberForm::setRolesUnavailable()
{
    m_rolesLoaded = false;
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    m_role->setPlaceholderText(tr("Roles could not be loaded"));
    m_role->setEnabled(false);
    validate();
}

void MemberForm::setGroupsLoading()
{
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    auto *item = new QListWidgetItem(tr("Loading groups…"), m_groups);
    item->setFlags(Qt::NoItemFlags);
}

void MemberForm::setGroups(const QList<NamedRef> &groups)
{
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (const NamedRef &group : groups) {
        auto *item = new QListWidgetItem(group.name.isEmpty() ? group.id : group.name, m_groups);
        item->setData(Qt::UserRole, group.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (groups.isEmpty()) {
        auto *item = new QListWidgetItem(tr("This community has no groups."), m_groups);
        item->setFlags(Qt::NoItemFlags);
    }
}

void MemberForm::setGroupsUnavailable()
{
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    auto *item = new QListWidgetItem(tr("Groups could not be loaded"), m_groups);
    item->setFlags(Qt::NoItemFlags);
}

QString MemberForm::text(MemberField field) const
{
    if (field == MemberField::Bio)
        return m_bio ? m_bio->toPlainText() : QString();
    const auto found = m_fields.constFind(field);
    if (found == m_fields.cend())
        return {};
    if (const auto *edit = qobject_cast<const QLineEdit *>(found->widget))
        return edit->text().trimmed();
    return {};
}

QString MemberForm::email() const
{
    return EmailCheck::normalized(text(MemberField::Email));
}

NewMember MemberForm::newMember() const
{
    NewMember member;
    member.email = email();
    if (m_capabilities.provider == Provider::Heartbeat) {
        member.name = text(MemberField::Name);
        member.roleId = m_role->currentData().toString();
        for (int row = 0; row < m_groups->count(); ++row) {
            const QListWidgetItem *item = m_groups->item(row);
            if (item->checkState() == Qt::Checked)
                member.groupIds << groupIdOf(item);
        }
        member.bio =
            text(MemberField::Bio).trimmed().isEmpty() ? QString() : text(MemberField::Bio);
        member.pending = m_pending && m_pending->isChecked();
    } else {
        member.firstName = text(MemberField::FirstName);
        member.lastName = text(MemberField::LastName);
    }
    return member;
}

MemberChanges MemberForm::changes() const
{
    MemberChanges changes;
    if (!m_existing)
        return changes;
    const MemberRecord &was = *m_existing;
    auto take = [this](MemberField field, const QString &before, std::optional<QString> &out) {
        if (showsField(field) && editable(field) && text(field) != before)
            out = text(field);
    };
    take(MemberField::Name, was.displayName, changes.name);
    take(MemberField::FirstName, was.firstName, changes.firstName);
    take(MemberField::LastName, was.lastName, changes.lastName);
    take(MemberField::Bio, was.bio, changes.bio);
    if (showsField(MemberField::Email) && editable(MemberField::Email) &&
        email() != EmailCheck::normalized(was.email))
        changes.email = email();
    return changes;
}

bool MemberForm::hasChanges() const
{
    const MemberChanges c = changes();
    return c.name || c.firstName || c.lastName || c.email || c.bio;
}

std::optional<QString> MemberForm::problem(MemberField field) const
{
    if (!showsField(field) || !editable(field))
        return std::nullopt;
    const QString provider = providerDisplayName(m_capabilities.provider);
    switch (field) {
    case MemberField::Email:
        return EmailAddress::problem(text(field));
    case MemberField::Name:
        if (text(field).isEmpty())
            return tr("%1 needs the member's name.").arg(provider);
        break;
    case MemberField::FirstName:
        if (text(field).isEmpty())
            return tr("%1 needs a first name.").arg(provider);
        break;
    case MemberField::LastName:
        if (text(field).isEmpty())
            return tr("%1 needs a last name.").arg(provider);
        break;
    case MemberField::Role:
        if (isNew() && m_rolesLoaded && m_role->currentIndex() < 0)
            return tr("Choose a role: %1 gives every new member one.").arg(provider);
        break;
    case MemberField::LinkedIn:
    case MemberField::Twitter:
    case MemberField::Instagram:
        return ProfileFields::linkProblem(field, text(field));
    case MemberField::None:
    case MemberField::Groups:
    case MemberField::Bio:
    case MemberField::StatusLine:
    case MemberField::Picture:
        break;
    }
    return std::nullopt;
}

QStringList MemberForm::problems() const
{
    QStringList all;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (const std::optional<QString> found = problem(it.key()))
            all << *found;
    }
    if (needsRolesAndGroups() && !m_rolesLoaded)
        all << tr("The roles have not been loaded yet.");
    return all;
}

void MemberForm::onEdited(MemberField field)
{
    m_touched.insert(field);
    m_providerProblems.remove(field);
    validate();
}

void MemberForm::validate()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const MemberField field = it.key();
        const bool shown = m_revealAll || m_touched.contains(field) || !text(field).isEmpty();
        const std::optional<QString> found = shown ? problem(field) : std::nullopt;
        it->note->setProblem(found ? *found : m_providerProblems.value(field));
    }
    Q_EMIT changed();
}

void MemberForm::revealProblems()
{
    m_revealAll = true;
    validate();
}

void MemberForm::showProviderProblem(MemberField field, const QString &message)
{
    if (!showsField(field))
        return;
    m_providerProblems.insert(field, message);
    validate();
}

void MemberForm::clearProviderProblems()
{
    m_providerProblems.clear();
    validate();
}

void MemberForm::focusField(MemberField field)
{
    if (const auto found = m_fields.constFind(field); found != m_fields.cend())
        found->widget->setFocus(Qt::OtherFocusReason);
}

void MemberForm::setBusy(bool busy)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it->widget))
            edit->setReadOnly(busy || !editable(it.key()));
    }
    if (m_bio)
        m_bio->setReadOnly(busy || !editable(MemberField::Bio));
    if (m_role && isNew())
        m_role->setEnabled(!busy && m_rolesLoaded);
    if (m_groups && isNew())
        m_groups->setEnabled(!busy);
    if (m_pending)
        m_pending->setEnabled(!busy);
}
