#include "member_dialog.h"

#include "api_error_text.h"
#include "api_task.h"
#include "email_address.h"
#include "form_scroll_area.h"
#include "grow_to_fit.h"
#include "inline_message.h"
#include "member_form.h"
#include "member_service.h"
#include "picture_field.h"
#include "workspace_lock.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MemberDialog::MemberDialog(MemberService *service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    build();
}

MemberDialog::MemberDialog(MemberService *service, const MemberRecord &member, QWidget *parent)
    : QDialog(parent), m_service(service), m_existing(member)
{
    build();
}

MemberDialog::~MemberDialog()
{
    for (const QPointer<ApiTask> &task : {m_rolesTask, m_groupsTask, m_saveTask}) {
        if (task)
            task->cancel();
    }
}

void MemberDialog::build()
{
    const Workspace &workspace = m_service->workspace();
    setObjectName(u"memberDialog"_s);
    setWindowTitle(m_existing ? tr("Edit Member %1").arg(m_existing->email)
                              : tr("Add Member to %1").arg(workspace.name));
    setAccessibleName(windowTitle());

    m_form = new MemberForm(m_service->capabilities(), m_existing, this);
    m_form->setObjectName(u"memberForm"_s);
    m_loadMessage = new InlineMessage(this);
    m_loadMessage->setObjectName(u"loadMessage"_s);
    m_loadMessage->setAccessibleName(tr("Loading roles and groups"));
    m_saveMessage = new InlineMessage(this);
    m_saveMessage->setObjectName(u"saveMessage"_s);
    m_saveMessage->setAccessibleName(tr("Saving the member"));
    m_duplicateMessage = new InlineMessage(this);
    m_duplicateMessage->setObjectName(u"duplicateMessage"_s);
    m_duplicateMessage->setAccessibleName(tr("A member with this email exists"));

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyBar"_s);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->setAccessibleName(tr("What is being done"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setText(m_existing ? tr("Save") : tr("Add Member"));
    ok->setAccessibleName(m_existing ? tr("Save the changes") : tr("Add the member"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    auto *scroll = new FormScrollArea(m_form, this);
    scroll->setObjectName(u"formScrollArea"_s);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_loadMessage);
    layout->addWidget(m_duplicateMessage);
    layout->addWidget(m_saveMessage);
    layout->addLayout(busyRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    GrowToFit::install(this);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    connect(m_form, &MemberForm::changed, this, &MemberDialog::updateButtons);
    connect(m_form, &MemberForm::fieldEdited, this, &MemberDialog::onFieldEdited);
    setBusy(false);
    if (m_form->needsRoles())
        loadRoles();
    if (m_form->needsGroups())
        loadGroups();
}

void MemberDialog::setAvatarCache(AvatarCache *cache)
{
    if (m_existing && m_form->pictureField())
        m_form->pictureField()->showCurrent(cache, m_existing->avatarUrl);
}

void MemberDialog::loadRoles()
{
    m_rolesError.clear();
    m_form->setRolesLoading();
    QPointer<MemberDialog> self(this);
    m_rolesTask = m_service->roles([self](const Result<QList<NamedRef>> &roles) {
        if (!self || roles.error.kind == ApiErrorKind::Cancelled)
            return;
        if (roles.ok()) {
            self->m_form->setRoles(roles.value);
        } else {
            self->m_form->setRolesUnavailable();
            self->m_rolesError = ApiErrorText::describe(roles.error);
        }
        self->showLoadFailure();
    });
}

void MemberDialog::loadGroups()
{
    m_groupsError.clear();
    m_form->setGroupsLoading();
    QPointer<MemberDialog> self(this);
    m_groupsTask = m_service->groups([self](const Result<QList<NamedRef>> &groups) {
        if (!self || groups.error.kind == ApiErrorKind::Cancelled)
            return;
        if (groups.ok()) {
            self->m_form->setGroups(groups.value);
        } else {
            self->m_form->setGroupsUnavailable();
            self->m_groupsError = ApiErrorText::describe(groups.error);
        }
        self->showLoadFailure();
    });
}

void MemberDialog::showLoadFailure()
{
    QStringList failures;
    if (!m_rolesError.isEmpty())
        failures << tr("The roles could not be loaded. %1").arg(m_rolesError);
    if (!m_groupsError.isEmpty() && m_groupsError != m_rolesError)
        failures << tr("The groups could not be loaded. %1").arg(m_groupsError);
    else if (!m_groupsError.isEmpty())
        failures = {tr("The roles and groups could not be loaded. %1").arg(m_groupsError)};
    if (failures.isEmpty()) {
        m_loadMessage->clear();
        return;
    }
    m_loadMessage->showMessage(InlineMessage::Type::Error, failures.join(u'\n'));
    QPushButton *retry = m_loadMessage->addButton(tr("Re&try"), u"retryLoadButton"_s);
    connect(retry, &QPushButton::clicked, this, &MemberDialog::retryLoading);
}

void MemberDialog::retryLoading()
{
    const bool roles = !m_rolesError.isEmpty();
    const bool groups = !m_groupsError.isEmpty();
    m_loadMessage->clear();
    if (roles)
        loadRoles();
    if (groups)
        loadGroups();
}

void MemberDialog::updateButtons()
{
    const bool ready = !isBusy() && m_form->isValid() && (m_form->isNew() || m_form->hasChanges());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void MemberDialog::setBusy(bool busy, const QString &what)
{
    m_form->setBusy(busy);
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what);
    updateButtons();
}

void MemberDialog::accept()
{
    if (isBusy() || !m_service)
        return;
    if (!m_form->isValid() || (!m_form->isNew() && !m_form->hasChanges())) {
        m_form->revealProblems();
        return;
    }
    m_saveMessage->clear();
    m_saveMessageField = MemberField::None;
    m_form->clearProviderProblems();
    // A sync that began while the dialog was open holds the roster's write lock.
    if (const std::optional<QString> refusal =
            WorkspaceLock::refusalWhileSyncing(m_service->database())) {
        m_saveMessage->showMessage(InlineMessage::Type::Warning, *refusal);
        return;
    }
    const QString where = providerDisplayName(m_service->workspace().provider);
    QPointer<MemberDialog> self(this);
    auto done = [self](const Result<MemberRecord> &saved) {
        if (!self)
            return;
        self->m_saveTask.clear();
        self->setBusy(false);
        if (saved.ok())
            self->onSaved(saved.value);
        else
            self->onSaveFailed(saved.error);
    };
    if (m_existing) {
        m_saveTask = m_service->update(m_existing->email, m_form->changes(), done);
        setBusy(true, tr("Saving %1 at %2…").arg(m_existing->email, where));
    } else {
        const NewMember member = m_form->newMember();
        m_saveTask = m_service->create(member, done);
        setBusy(true, tr("Creating %1 at %2…").arg(member.email, where));
    }
    // A task cancelled between two of its calls ends without calling back.
    ApiTask *task = m_saveTask;
    connect(task, &ApiTask::finished, this, [this, task] {
        if (m_saveTask != task)
            return;
        m_saveTask.clear();
        setBusy(false);
        onSaveFailed(ApiError::make(ApiErrorKind::Cancelled, tr("Cancelled.")));
    });
}

void MemberDialog::reject()
{
    if (m_saveTask) {
        m_saveTask->cancel();
        return;
    }
    for (const QPointer<ApiTask> &task : {m_rolesTask, m_groupsTask}) {
        if (task)
            task->cancel();
    }
    QDialog::reject();
}

void MemberDialog::onSaved(const MemberRecord &member)
{
    Q_EMIT memberSaved(member);
    QDialog::accept();
}

void MemberDialog::onSaveFailed(const ApiError &error)
{
    if (error.kind == ApiErrorKind::Cancelled) {
        m_saveMessage->showMessage(
            InlineMessage::Type::Information,
            error.outcomeUnknown ? tr("Cancelled. The provider may or may not have carried it "
                                      "out: check before trying again.")
                                 : tr("Cancelled: nothing was changed."));
        return;
    }
    const QString said = error.providerMessage.isEmpty() ? error.message : error.providerMessage;
    MemberField field = memberFieldNamedIn(said);
    if (error.kind == ApiErrorKind::Conflict && field == MemberField::None)
        field = MemberField::Email;
    const QString provider = providerDisplayName(m_service->workspace().provider);
    QString text;
    if (field != MemberField::None && m_form->showsField(field)) {
        m_form->showProviderProblem(field, said);
        text = m_existing ? tr("%1 did not save the changes (%2).")
                                .arg(provider, ApiErrorText::headline(error.kind))
                          : tr("%1 did not create the member (%2).")
                                .arg(provider, ApiErrorText::headline(error.kind));
        if (error.outcomeUnknown)
            text += u' ' + ApiErrorText::describe(error);
    } else {
        text = ApiErrorText::describe(error);
    }
    m_saveMessage->showMessage(InlineMessage::Type::Error, text);
    m_saveMessageField = m_form->showsField(field) ? field : MemberField::None;
    QPushButton *retry = nullptr;
    if (ApiErrorText::retryCanHelp(error)) {
        retry = m_saveMessage->addButton(tr("Retr&y"), u"retrySaveButton"_s);
        connect(retry, &QPushButton::clicked, this, &MemberDialog::accept);
    }
    // Where the user fixes it, or else the offer to try again.
    if (m_saveMessageField != MemberField::None)
        m_form->focusField(field);
    else if (retry)
        retry->setFocus();
}

void MemberDialog::onFieldEdited(MemberField field)
{
    if (m_saveMessageField != MemberField::None && field == m_saveMessageField) {
        m_saveMessage->clear();
        m_saveMessageField = MemberField::None;
    }
    if (field == MemberField::Email)
        checkDuplicate();
}

void MemberDialog::checkDuplicate()
{
    if (m_existing || !m_service)
        return;
    const QString email = m_form->email();
    std::optional<MemberRecord> known;
    if (!email.isEmpty() && !EmailAddress::problem(email)) {
        QString error;
        known = m_service->storedMember(email, &error);
    }
    if (!known) {
        m_duplicateEmail.clear();
        m_duplicateMessage->clear();
        m_form->setEmailTaken({});
        return;
    }
    if (m_duplicateEmail == known->email)
        return;
    m_duplicateEmail = known->email;
    const QString workspace = m_service->workspace().name;
    const QString who = known->displayName.isEmpty() ? known->email : known->displayName;
    m_form->setEmailTaken(tr("Already a member of %1.").arg(workspace));
    m_duplicateMessage->showMessage(
        InlineMessage::Type::Warning,
        tr("%1 already has this email: %2 is a member, so adding them again would fail.")
            .arg(workspace, who));
    QPushButton *open =
        m_duplicateMessage->addButton(tr("&Open the existing member"), u"openExistingButton"_s);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString email = m_duplicateEmail;
        QDialog::reject();
        Q_EMIT openExistingRequested(email);
    });
}
