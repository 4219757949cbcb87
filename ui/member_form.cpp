#include "member_form.h"

#include "email_address.h"
#include "email_check.h"
#include "field_note.h"
#include "group_checklist.h"
#include "noted_form_layout.h"
#include "picture_field.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {
// The one-line fields: their names, captions and the example they show while empty.
struct LineWords
{
    MemberField field;
    const char *objectName;
    const char *label;
    const char *accessibleName;
    const char *placeholder;
};

constexpr LineWords Lines[] = {
    {MemberField::Name, "nameEdit", QT_TRANSLATE_NOOP("MemberForm", "&Name:"),
     QT_TRANSLATE_NOOP("MemberForm", "Full name"), nullptr},
    {MemberField::FirstName, "firstNameEdit", QT_TRANSLATE_NOOP("MemberForm", "&First name:"),
     QT_TRANSLATE_NOOP("MemberForm", "First name"), nullptr},
    {MemberField::LastName, "lastNameEdit", QT_TRANSLATE_NOOP("MemberForm", "&Last name:"),
     QT_TRANSLATE_NOOP("MemberForm", "Last name"), nullptr},
    {MemberField::Email, "emailEdit", QT_TRANSLATE_NOOP("MemberForm", "&Email:"),
     QT_TRANSLATE_NOOP("MemberForm", "Email address"), nullptr},
    {MemberField::StatusLine, "statusLineEdit", QT_TRANSLATE_NOOP("MemberForm", "&Status line:"),
     QT_TRANSLATE_NOOP("MemberForm", "Status line"), nullptr},
    {MemberField::LinkedIn, "linkedinEdit", QT_TRANSLATE_NOOP("MemberForm", "&LinkedIn:"),
     QT_TRANSLATE_NOOP("MemberForm", "LinkedIn profile address"),
     QT_TRANSLATE_NOOP("MemberForm", "https://www.linkedin.com/in/…")},
    {MemberField::Twitter, "twitterEdit", QT_TRANSLATE_NOOP("MemberForm", "T&witter / X:"),
     QT_TRANSLATE_NOOP("MemberForm", "Twitter or X profile address"),
     QT_TRANSLATE_NOOP("MemberForm", "https://x.com/…")},
    {MemberField::Instagram, "instagramEdit", QT_TRANSLATE_NOOP("MemberForm", "&Instagram:"),
     QT_TRANSLATE_NOOP("MemberForm", "Instagram profile address"),
     QT_TRANSLATE_NOOP("MemberForm", "https://www.instagram.com/…")},
};

const LineWords *lineWordsOf(MemberField field)
{
    for (const LineWords &words : Lines) {
        if (words.field == field)
            return &words;
    }
    return nullptr;
}

// A field the user cannot change here looks it: the window's colour instead of an input's.
void looksReadOnly(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    widget->setPalette(palette);
}

QList<NamedRef> refsOf(const QList<MemberGroup> &groups)
{
    QList<NamedRef> refs;
    for (const MemberGroup &group : groups)
        refs.append(NamedRef{group.id, group.name});
    return refs;
}
} // namespace

MemberForm::MemberForm(const Capabilities &capabilities,
                       const std::optional<MemberRecord> &existing, QWidget *parent)
    : QWidget(parent), m_capabilities(capabilities), m_existing(existing)
{
    m_form = new NotedFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    for (const MemberField field : capabilities.createFields())
        addField(field);
    if (isNew())
        addCreateOptions();
    validate();
}

void MemberForm::addField(MemberField field)
{
    switch (field) {
    case MemberField::Role:
        return addRole();
    case MemberField::Groups:
        return addGroups();
    case MemberField::Bio:
        return addBio();
    case MemberField::Picture:
        return addPicture();
    case MemberField::None:
        return;
    default:
        return addLine(field);
    }
}

void MemberForm::addLine(MemberField field)
{
    const LineWords *words = lineWordsOf(field);
    if (!words)
        return;
    auto *edit = new QLineEdit(m_existing ? m_existing->text(field) : QString(), this);
    edit->setObjectName(QString::fromLatin1(words->objectName));
    edit->setAccessibleName(tr(words->accessibleName));
    if (words->placeholder)
        edit->setPlaceholderText(tr(words->placeholder));
    edit->setReadOnly(!editable(field));
    // Plain text on the window's colour, like a label, yet selectable to copy.
    if (!editable(field)) {
        looksReadOnly(edit);
        edit->setFrame(false);
    }
    connect(edit, &QLineEdit::textEdited, this, [this, field] { onEdited(field); });
    addRow(field, tr(words->label), edit);
    // Social links show the address they take while empty (words[].placeholder).
    if (isNew() && field == MemberField::StatusLine)
        m_fields[field].note->setHint(tr("Optional: a line shown on their profile."));
}

void MemberForm::addRole()
{
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
    if (isNew()) {
        setRolesLoading();
        return;
    }
    // Shown as it is: providers change no role through their APIs.
    const QSignalBlocker blocker(m_role);
    m_role->addItem(m_existing->text(MemberField::Role), m_existing->roleId);
    m_role->setEnabled(false);
}

void MemberForm::addGroups()
{
    m_groups = new GroupChecklist(this);
    m_groups->setObjectName(u"groupsList"_s);
    m_groups->setAccessibleName(tr("Groups"));
    connect(m_groups, &GroupChecklist::ticksChanged, this,
            [this] { onEdited(MemberField::Groups); });
    addRow(MemberField::Groups, tr("&Groups:"), m_groups);
    if (isNew())
        m_fields[MemberField::Groups].note->setHint(tr("Optional: tick every group to join."));
    else if (editable(MemberField::Groups))
        m_fields[MemberField::Groups].note->setHint(
            tr("Ticked: the groups they are in. Tick to join, untick to leave."));
    if (needsGroups())
        setGroupsLoading();
    else
        m_groups->showFixed(refsOf(m_existing->groups));
}

void MemberForm::addBio()
{
    m_bio = new QPlainTextEdit(m_existing ? m_existing->bio : QString(), this);
    m_bio->setObjectName(u"bioEdit"_s);
    m_bio->setAccessibleName(tr("Bio"));
    m_bio->setTabChangesFocus(true);
    m_bio->setReadOnly(!editable(MemberField::Bio));
    if (!editable(MemberField::Bio))
        looksReadOnly(m_bio);
    m_bio->setFixedHeight(m_bio->fontMetrics().lineSpacing() * 3 + 14);
    connect(m_bio, &QPlainTextEdit::textChanged, this, [this] {
        onEdited(MemberField::Bio);
        updateIntroduce();
    });
    addRow(MemberField::Bio, tr("&Bio:"), m_bio);
    if (isNew())
        m_fields[MemberField::Bio].note->setHint(tr("Optional."));
}

void MemberForm::addPicture()
{
    m_picture = new PictureField(!isNew(), this);
    m_picture->setObjectName(u"pictureField"_s);
    m_picture->setEnabled(editable(MemberField::Picture));
    connect(m_picture, &PictureField::changed, this, [this] { onEdited(MemberField::Picture); });
    addRow(MemberField::Picture, tr("Profile pict&ure:"), m_picture);
}

void MemberForm::addCreateOptions()
{
    if (m_capabilities.supports(MemberOperation::CreatePending)) {
        m_pending = new QCheckBox(tr("&Pending: activated at their first sign-in"), this);
        m_pending->setObjectName(u"pendingCheck"_s);
        m_pending->setAccessibleName(tr("Create as a pending member, activated at first sign-in"));
        connect(m_pending, &QCheckBox::toggled, this, [this] {
            updateIntroduce();
            Q_EMIT changed();
        });
        m_form->addRow(m_pending);
    }
    if (m_capabilities.canPostIntroduction() && m_bio) {
        m_introduce = new QCheckBox(tr("Post the bio as an intr&oduction thread"), this);
        m_introduce->setObjectName(u"introduceCheck"_s);
        m_introduce->setAccessibleName(tr("Post the bio as an introduction thread"));
        m_form->addRow(m_introduce);
        updateIntroduce();
    }
}

void MemberForm::updateIntroduce()
{
    if (!m_introduce)
        return;
    const bool pending = m_pending && m_pending->isChecked();
    const bool bio = !text(MemberField::Bio).trimmed().isEmpty();
    const QString why = pending ? tr("A pending member gets no introduction thread.")
                        : !bio  ? tr("Write a bio first: the thread posts it.")
                                : QString();
    m_introduce->setEnabled(why.isEmpty() && !m_busy);
    m_introduce->setToolTip(why);
    m_introduce->setAccessibleDescription(why);
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

bool MemberForm::needsRoles() const
{
    return isNew() && m_capabilities.canCreateWith(MemberField::Role);
}

bool MemberForm::needsGroups() const
{
    return isNew() ? m_capabilities.canCreateWith(MemberField::Groups)
                   : m_capabilities.canEdit(MemberField::Groups);
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
    for (int i = 0; i < m_role->count(); ++i) {
        if (m_role->itemText(i).compare(defaultRoleName(), Qt::CaseInsensitive) == 0) {
            m_role->setCurrentIndex(i);
            break;
        }
    }
    m_role->setPlaceholderText(tr("Choose a role"));
    m_role->setEnabled(!m_busy);
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
    m_groups->showLoading();
    validate();
}

void MemberForm::setGroups(const QList<NamedRef> &groups)
{
    m_groups->setGroups(groups, m_existing ? refsOf(m_existing->groups) : QList<NamedRef>());
    validate();
}

void MemberForm::setGroupsUnavailable()
{
    // An edit shows the groups the member is in, unchanged, until the list loads.
    if (m_existing)
        m_groups->showFixed(refsOf(m_existing->groups));
    else
        m_groups->showUnavailable();
    validate();
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
    member.name = text(MemberField::Name);
    member.firstName = text(MemberField::FirstName);
    member.lastName = text(MemberField::LastName);
    if (m_role)
        member.roleId = m_role->currentData().toString();
    if (m_groups)
        member.groupIds = m_groups->tickedIds();
    if (!text(MemberField::Bio).trimmed().isEmpty())
        member.bio = text(MemberField::Bio);
    member.statusLine = text(MemberField::StatusLine);
    member.linkedin = text(MemberField::LinkedIn);
    member.twitter = text(MemberField::Twitter);
    member.instagram = text(MemberField::Instagram);
    if (m_picture)
        member.picture = m_picture->change().value_or(QString());
    member.pending = m_pending && m_pending->isChecked();
    member.introduce = m_introduce && m_introduce->isEnabled() && m_introduce->isChecked();
    return member;
}

MemberChanges MemberForm::changes() const
{
    MemberChanges changes;
    if (!m_existing)
        return changes;
    const MemberRecord &was = *m_existing;
    for (const MemberField field : ProfileFields::Texts) {
        if (!showsField(field) || !editable(field))
            continue;
        const bool differs = field == MemberField::Email
                                 ? email() != EmailCheck::normalized(was.email)
                                 : text(field) != was.text(field);
        if (differs)
            *changes.text(field) = field == MemberField::Email ? email() : text(field);
    }
    if (m_picture && editable(MemberField::Picture))
        changes.picture = m_picture->change();
    if (m_groups && editable(MemberField::Groups) && m_groups->isLoaded()) {
        const QStringList ticked = m_groups->tickedIds();
        QStringList before;
        for (const MemberGroup &group : was.groups)
            before << group.id;
        for (const QString &id : ticked) {
            if (!before.contains(id))
                changes.addGroupIds << id;
        }
        for (const QString &id : std::as_const(before)) {
            if (!ticked.contains(id))
                changes.removeGroupIds << id;
        }
    }
    return changes;
}

std::optional<QString> MemberForm::problem(MemberField field) const
{
    if (!showsField(field) || !editable(field))
        return std::nullopt;
    const QString provider = providerDisplayName(m_capabilities.provider);
    switch (field) {
    case MemberField::Email:
        if (const std::optional<QString> wrong = EmailAddress::problem(text(field)))
            return wrong;
        if (!m_emailTaken.isEmpty())
            return m_emailTaken;
        break;
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
    case MemberField::Picture:
        if (!m_picture->problem().isEmpty())
            return m_picture->problem();
        break;
    case MemberField::None:
    case MemberField::Groups:
    case MemberField::Bio:
    case MemberField::StatusLine:
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
    if (needsRoles() && !m_rolesLoaded)
        all << tr("The roles have not been loaded yet.");
    if (m_picture && m_picture->isReading())
        all << tr("The picture is still being read.");
    return all;
}

void MemberForm::onEdited(MemberField field)
{
    m_touched.insert(field);
    m_providerProblems.remove(field);
    Q_EMIT fieldEdited(field);
    validate();
}

void MemberForm::setEmailTaken(const QString &problem)
{
    if (problem == m_emailTaken)
        return;
    m_emailTaken = problem;
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
    m_busy = busy;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it->widget))
            edit->setReadOnly(busy || !editable(it.key()));
    }
    if (m_bio)
        m_bio->setReadOnly(busy || !editable(MemberField::Bio));
    if (m_role && isNew())
        m_role->setEnabled(!busy && m_rolesLoaded);
    if (m_groups && editable(MemberField::Groups))
        m_groups->setEnabled(!busy);
    if (m_picture && editable(MemberField::Picture))
        m_picture->setBusy(busy);
    if (m_pending)
        m_pending->setEnabled(!busy);
    updateIntroduce();
}
