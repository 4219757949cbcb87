#include "workspace_dialog.h"

#include "confirm.h"
#include "connection_tester.h"
#include "grow_to_fit.h"
#include "inline_message.h"
#include "workspace_form.h"
#include "workspace_remover.h"
#include "workspace_saver.h"
#include "workspace_store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QProgressBar *busyBar(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(accessibleName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(120);
    bar->hide();
    return bar;
}
} // namespace

WorkspaceDialog::WorkspaceDialog(const WorkspaceDialogContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    build();
}

WorkspaceDialog::WorkspaceDialog(const WorkspaceDialogContext &context, const Workspace &existing,
                                 QWidget *parent)
    : QDialog(parent), m_context(context), m_existing(existing)
{
    build();
}

WorkspaceDialog::~WorkspaceDialog() = default;

void WorkspaceDialog::build()
{
    setObjectName(u"workspaceDialog"_s);
    setWindowTitle(m_existing ? tr("Edit Workspace \"%1\"").arg(m_existing->name)
                              : tr("Add Workspace"));
    setAccessibleName(windowTitle());
    m_tester = new ConnectionTester(m_context.opener, this);
    m_saver = new WorkspaceSaver(m_context, this);
    m_remover = new WorkspaceRemover(m_context, this);

    m_form = new WorkspaceForm(*m_context.store, m_existing, m_context.demoMode, this);
    m_form->setObjectName(u"workspaceForm"_s);

    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setAccessibleName(tr("Test the connection"));
    m_testButton->setAutoDefault(false);
    m_cancelTestButton = new QPushButton(tr("Cancel T&est"), this);
    m_cancelTestButton->setObjectName(u"cancelTestButton"_s);
    m_cancelTestButton->setAccessibleName(tr("Cancel the connection test"));
    m_cancelTestButton->setAutoDefault(false);
    m_cancelTestButton->hide();
    m_testBusy = busyBar(u"testBusy"_s, tr("Testing the connection"), this);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_cancelTestButton);
    testRow->addWidget(m_testBusy);
    testRow->addStretch(1);

    m_testResult = new InlineMessage(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_saveMessage = new InlineMessage(this);
    m_saveMessage->setObjectName(u"saveMessage"_s);
    m_saveMessage->setAccessibleName(tr("Saving"));
    m_saveBusy = busyBar(u"saveBusy"_s, tr("Saving the workspace"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the workspace"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    if (m_existing) {
        m_removeButton =
            m_buttons->addButton(tr("&Remove Workspace…"), QDialogButtonBox::DestructiveRole);
        m_removeButton->setObjectName(u"removeButton"_s);
        m_removeButton->setAccessibleName(tr("Remove this workspace"));
        m_removeButton->setAutoDefault(false);
        connect(m_removeButton, &QPushButton::clicked, this, &WorkspaceDialog::confirmRemove);
    }
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_saveBusy);
    buttonRow->addWidget(m_buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addSpacing(4);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_saveMessage);
    layout->addStretch(1);
    layout->addLayout(buttonRow);
    setMinimumWidth(560);
    GrowToFit::install(this);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkspaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WorkspaceDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &WorkspaceDialog::testConnection);
    connect(m_cancelTestButton, &QPushButton::clicked, this, [this] {
        m_tester->cancel();
        m_testResult->showMessage(InlineMessage::Type::Information, tr("Test cancelled."));
        updateButtons();
    });
    connect(m_tester, &ConnectionTester::succeeded, this, &WorkspaceDialog::onTestSucceeded);
    connect(m_tester, &ConnectionTester::failed, this, &WorkspaceDialog::onTestFailed);
    connect(m_saver, &WorkspaceSaver::saved, this,
            [this](const Workspace &workspace, bool keyInKeychain) {
                setSaving(false);
                m_form->clearKey();
                Q_EMIT workspaceSaved(workspace, keyInKeychain);
                QDialog::accept();
            });
    connect(m_saver, &WorkspaceSaver::failed, this, &WorkspaceDialog::onSaveFailed);
    connect(m_remover, &WorkspaceRemover::removed, this, &WorkspaceDialog::onRemoved);
    connect(m_remover, &WorkspaceRemover::failed, this, [this](const QString &message) {
        setSaving(false);
        m_saveMessage->showMessage(InlineMessage::Type::Error, message);
    });
    connect(m_form, &WorkspaceForm::changed, this, [this] {
        if (!m_tester->isRunning())
            m_testResult->clear();
        updateButtons();
    });
    updateButtons();
}

void WorkspaceDialog::updateButtons()
{
    const bool testing = m_tester->isRunning();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_saving && !m_removed && m_form->isValid());
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
    m_testButton->setEnabled(!m_saving && !m_removed && !testing && m_form->canTestConnection());
    m_testButton->setVisible(!testing);
    m_cancelTestButton->setVisible(testing);
    m_testBusy->setVisible(testing);
    if (m_removeButton)
        m_removeButton->setEnabled(!m_saving && !m_removed);
}

void WorkspaceDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_form->setReadOnly(saving || m_removed);
    m_saveBusy->setVisible(saving);
    updateButtons();
}

void WorkspaceDialog::testConnection()
{
    if (m_saving || !m_form->canTestConnection())
        return;
    const Workspace workspace = m_form->workspace();
    m_testResult->showMessage(
        InlineMessage::Type::Information,
        tr("Calling %1 at %2…")
            .arg(providerDisplayName(workspace.provider), workspace.apiBaseUrl.toDisplayString()));
    m_tester->start(workspace, m_form->typedKey());
    updateButtons();
    m_cancelTestButton->setFocus();
}

void WorkspaceDialog::onTestSucceeded(const QString &message)
{
    m_testResult->showMessage(InlineMessage::Type::Positive, message);
    updateButtons();
    m_testButton->setFocus();
}

void WorkspaceDialog::onTestFailed(ApiErrorKind, const QString &message)
{
    m_testResult->showMessage(InlineMessage::Type::Error, message);
    updateButtons();
    m_testButton->setFocus();
}

void WorkspaceDialog::accept()
{
    if (m_removed)
        return QDialog::accept();
    if (m_saving)
        return;
    if (!m_form->isValid()) {
        m_form->revealProblems();
        return;
    }
    m_tester->cancel();
    m_testResult->clear();
    m_saveMessage->clear();
    setSaving(true);
    m_saver->save(m_form->workspace(), !m_existing, m_form->typedKey());
}

void WorkspaceDialog::reject()
{
    // The keychain may be writing the key: the dialog waits for its answer.
    if (m_saving)
        return;
    m_tester->cancel();
    m_form->clearKey();
    QDialog::reject();
}

void WorkspaceDialog::onSaveFailed(const QString &message, bool noKeychain)
{
    setSaving(false);
    if (!noKeychain) {
        m_saveMessage->showMessage(InlineMessage::Type::Error, message);
        return;
    }
    m_saveMessage->showMessage(
        InlineMessage::Type::Warning,
        message + u' ' +
            tr("You can also use the key for this session only: Roster then keeps it in memory, "
               "writes it nowhere, and asks for it again next time."));
    QPushButton *button =
        m_saveMessage->addButton(tr("Use the Key for This Session &Only"), u"sessionKeyButton"_s);
    connect(button, &QPushButton::clicked, this, &WorkspaceDialog::useKeyForThisSession);
    button->setFocus();
}

void WorkspaceDialog::useKeyForThisSession()
{
    if (m_saving || !m_form->isValid())
        return;
    m_saveMessage->clear();
    setSaving(true);
    m_saver->saveForThisSession(m_form->workspace(), !m_existing, m_form->typedKey());
}

void WorkspaceDialog::confirmRemove()
{
    if (!m_existing || m_saving)
        return;
    ConfirmSpec spec;
    spec.objectName = u"removeConfirmation"_s;
    spec.title = tr("Remove Workspace?");
    spec.text = tr("Remove the workspace \"%1\"?").arg(m_existing->name);
    spec.informativeText =
        m_context.demoMode
            ? tr("Its local roster is removed from this computer. The members at %1 are not "
                 "touched.")
                  .arg(providerDisplayName(m_existing->provider))
            : tr("Its API key is deleted from the keychain and its local roster from this "
                 "computer. The members at %1 are not touched.")
                  .arg(providerDisplayName(m_existing->provider));
    spec.yesText = tr("&Remove");
    spec.destructive = true;
    spec.yesObjectName = u"confirmRemoveButton"_s;
    spec.noObjectName = u"cancelRemoveButton"_s;
    spec.yesAccessibleName = tr("Remove the workspace");
    spec.noAccessibleName = tr("Keep the workspace");
    Confirm::ask(this, spec, [this] {
        m_tester->cancel();
        setSaving(true);
        m_remover->remove(*m_existing);
    });
}

void WorkspaceDialog::onRemoved(const Workspace &workspace, const QString &warning)
{
    m_removed = true;
    setSaving(false);
    Q_EMIT workspaceRemoved(workspace, warning);
    if (warning.isEmpty())
        return QDialog::accept();
    m_saveMessage->showMessage(InlineMessage::Type::Warning,
                               tr("Removed the workspace \"%1\". %2").arg(workspace.name, warning));
    m_buttons->button(QDialogButtonBox::Ok)->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}
