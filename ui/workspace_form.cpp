#include "workspace_form.h"

#include "field_note.h"
#include "noted_form_layout.h"
#include "session_keys.h"
#include "workspace_field_problems.h"
#include "workspace_store.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QString budgetGuidance(Provider provider)
{
    switch (provider) {
    case Provider::Heartbeat:
        return WorkspaceForm::tr("Heartbeat's guide says 20 requests/s per key and its limits "
                                 "page 10/s: 10 is the safe figure.");
    case Provider::Forward:
        return WorkspaceForm::tr("Forward's guide names no limit: 10 requests/s is a cautious "
                                 "start.");
    case Provider::Beam:
        return WorkspaceForm::tr("Beam.gg names no limit and calls its API experimental: "
                                 "5 requests/s is a cautious start.");
    }
    return {};
}

QString addressHint(Provider provider)
{
    if (provider == Provider::Forward)
        return WorkspaceForm::tr("The address of your Forward portal's API (Forward has no "
                                 "default).");
    return WorkspaceForm::tr("Default: %1").arg(Workspace::defaultApiBaseUrl(provider).toString());
}
} // namespace

WorkspaceForm::WorkspaceForm(const WorkspaceStore &store, const std::optional<Workspace> &existing,
                             bool demoMode, QWidget *parent)
    : QWidget(parent), m_store(store), m_existing(existing),
      m_id(existing ? existing->id : Workspace::newId())
{
    buildFields(demoMode);
    const Workspace initial =
        existing ? *existing : Workspace::create(QString(), Provider::Heartbeat);
    m_name->setText(initial.name);
    m_provider->setCurrentIndex(m_provider->findData(int(initial.provider)));
    m_shownProvider = initial.provider;
    m_apiAddress->setText(initial.apiBaseUrl.toString());
    m_communityAddress->setText(initial.communityUrl.toString());
    m_businessId->setText(initial.businessId);
    m_budget->setValue(initial.requestBudget);
    m_provider->setEnabled(isNew());
    onProviderChanged();

    connect(m_provider, &QComboBox::currentIndexChanged, this, &WorkspaceForm::onProviderChanged);
    for (QLineEdit *edit : {m_name, m_apiAddress, m_communityAddress, m_businessId, m_key}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { touch(edit); });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit->isModified())
                touch(edit);
        });
    }
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this] { touch(m_budget); });
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("&Hide") : tr("&Show"));
        m_showKey->setAccessibleName(shown ? tr("Hide the API key") : tr("Show the API key"));
    });
    validate();
}

void WorkspaceForm::buildFields(bool demoMode)
{
    m_form = new NotedFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);

    m_name = lineEdit(u"nameEdit"_s, tr("Workspace name"), this);
    m_name->setMaxLength(Workspace::MaxNameLength + 20);
    m_nameNote = new FieldNote(m_name);
    m_nameNote->setObjectName(u"nameNote"_s);
    m_nameNote->setHint(tr("How this community is called in Roster."));
    m_form->addRow(tr("&Name:"), m_name, m_nameNote);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"providerCombo"_s);
    m_provider->setAccessibleName(tr("Provider"));
    for (Provider provider : {Provider::Heartbeat, Provider::Forward, Provider::Beam})
        m_provider->addItem(providerDisplayName(provider), int(provider));
    auto *providerRow = new QWidget(this);
    auto *providerLayout = new QHBoxLayout(providerRow);
    providerLayout->setContentsMargins(0, 0, 0, 0);
    providerLayout->addWidget(m_provider);
    providerLayout->addStretch(1);
    m_form->addRow(tr("&Provider:"), m_provider, nullptr, providerRow);

    m_apiAddress = lineEdit(u"apiAddressEdit"_s, tr("API address"), this);
    m_apiAddressNote = new FieldNote(m_apiAddress);
    m_apiAddressNote->setObjectName(u"apiAddressNote"_s);
    m_form->addRow(tr("API &address:"), m_apiAddress, m_apiAddressNote);

    m_communityAddress = lineEdit(u"communityAddressEdit"_s, tr("Community address"), this);
    m_communityAddress->setPlaceholderText(u"https://yourcommunity.heartbeat.chat"_s);
    m_communityNote = new FieldNote(m_communityAddress);
    m_communityNote->setObjectName(u"communityAddressNote"_s);
    m_communityNote->setHint(tr("Optional: the page where members ask for their magic link."));
    m_communityRow = m_form->addRow(tr("&Community URL:"), m_communityAddress, m_communityNote);

    m_businessId = lineEdit(u"businessIdEdit"_s, tr("Business ID"), this);
    m_businessNote = new FieldNote(m_businessId);
    m_businessNote->setObjectName(u"businessIdNote"_s);
    m_businessNote->setHint(
        tr("Optional: Roster lists, adds and finds only this business's members. "
           "Without it, every member the key can reach."));
    m_businessRow = m_form->addRow(tr("B&usiness ID:"), m_businessId, m_businessNote);

    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(u"budgetSpin"_s);
    m_budget->setAccessibleName(tr("Request budget in requests per second"));
    m_budget->setDecimals(1);
    // Wider than Workspace allows, so that a value out of bounds gets its message.
    m_budget->setRange(0, Workspace::MaxRequestBudget * 10);
    m_budget->setSuffix(tr(" requests/s"));
    m_budgetNote = new FieldNote(m_budget);
    m_budgetNote->setObjectName(u"budgetNote"_s);
    auto *budgetRow = new QWidget(this);
    auto *budgetLayout = new QHBoxLayout(budgetRow);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    budgetLayout->addWidget(m_budget);
    budgetLayout->addStretch(1);
    m_form->addRow(tr("Request &budget:"), m_budget, m_budgetNote, budgetRow);

    m_key = lineEdit(u"keyEdit"_s, tr("API key"), this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setMaxLength(int(SessionKeys::MaxKeyLength));
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    if (!isNew())
        m_key->setPlaceholderText(tr("Unchanged"));
    m_showKey = new QToolButton(this);
    m_showKey->setObjectName(u"showKeyButton"_s);
    m_showKey->setCheckable(true);
    m_showKey->setText(tr("&Show"));
    m_showKey->setAccessibleName(tr("Show the API key"));
    m_showKey->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *keyRow = new QWidget(this);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_key, 1);
    keyLayout->addWidget(m_showKey);
    m_keyNote = new FieldNote(m_key);
    m_keyNote->setObjectName(u"keyNote"_s);
    m_keyNote->setHint(!isNew()   ? tr("Leave empty to keep the stored key.")
                       : demoMode ? tr("Demo mode: kept in memory for this session only.")
                                  : tr("Kept in the system keychain, never in a file."));
    m_form->addRow(tr("API &key:"), m_key, m_keyNote, keyRow);
}

Provider WorkspaceForm::provider() const
{
    return Provider(m_provider->currentData().toInt());
}

void WorkspaceForm::onProviderChanged()
{
    const Provider previous = m_shownProvider;
    const Provider now = provider();
    m_shownProvider = now;
    if (previous != now) {
        // The defaults follow the provider; what the user typed stays.
        const QString address = m_apiAddress->text().trimmed();
        if (address.isEmpty() || address == Workspace::defaultApiBaseUrl(previous).toString())
            m_apiAddress->setText(Workspace::defaultApiBaseUrl(now).toString());
        if (qFuzzyCompare(m_budget->value(), Workspace::defaultRequestBudget(previous))) {
            const QSignalBlocker blocker(m_budget);
            m_budget->setValue(Workspace::defaultRequestBudget(now));
        }
        m_touched.remove(m_apiAddress);
    }
    m_apiAddressNote->setHint(addressHint(now));
    m_budgetNote->setHint(budgetGuidance(now));
    m_form->setRowVisible(m_communityRow, now == Provider::Heartbeat);
    m_form->setRowVisible(m_businessRow, now == Provider::Forward);
    validate();
}

Workspace WorkspaceForm::workspace() const
{
    Workspace workspace;
    workspace.id = m_id;
    workspace.name = m_name->text().trimmed();
    workspace.provider = provider();
    workspace.apiBaseUrl = urlFrom(m_apiAddress);
    if (workspace.provider == Provider::Heartbeat)
        workspace.communityUrl = urlFrom(m_communityAddress);
    if (workspace.provider == Provider::Forward)
        workspace.businessId = m_businessId->text().trimmed();
    workspace.requestBudget = m_budget->value();
    return workspace;
}

QString WorkspaceForm::typedKey() const
{
    return m_key->text().trimmed();
}

std::optional<QString> WorkspaceForm::keyProblem() const
{
    if (m_key->text().trimmed().isEmpty()) {
        if (isNew())
            return tr("Give the workspace's API key.");
        return std::nullopt;
    }
    QString problem;
    if (!SessionKeys::keyFromInput(m_key->text().toUtf8(), &problem))
        return problem;
    return std::nullopt;
}

std::optional<QString> WorkspaceForm::nameTaken(const QString &name) const
{
    const std::optional<Workspace> other = m_store.findByName(name);
    if (other && other->id != m_id)
        return tr("There is already a workspace \"%1\".").arg(other->name);
    return std::nullopt;
}

QStringList WorkspaceForm::problems() const
{
    const Workspace current = workspace();
    QStringList all = current.problems();
    if (const std::optional<QString> taken = nameTaken(current.name))
        all << *taken;
    if (const std::optional<QString> key = keyProblem())
        all << *key;
    return all;
}

bool WorkspaceForm::isValid() const
{
    return problems().isEmpty();
}

bool WorkspaceForm::canTestConnection() const
{
    const WorkspaceFieldProblems sorted = WorkspaceFieldProblems::of(workspace());
    return sorted.apiAddress.isEmpty() && sorted.communityAddress.isEmpty() &&
           sorted.businessId.isEmpty() && sorted.requestBudget.isEmpty() && !keyProblem();
}

void WorkspaceForm::touch(QWidget *field)
{
    if (m_touched.contains(field)) {
        validate();
        return;
    }
    m_touched.insert(field);
    validate();
}

void WorkspaceForm::showProblems(QWidget *field, bool empty, FieldNote *note,
                                 const QStringList &problems)
{
    const bool shown = m_revealAll || m_touched.contains(field) || !empty;
    note->setProblem(shown ? problems.join(u'\n') : QString());
}

void WorkspaceForm::validate()
{
    const Workspace current = workspace();
    WorkspaceFieldProblems sorted = WorkspaceFieldProblems::of(current);
    if (const std::optional<QString> taken = nameTaken(current.name))
        sorted.name << *taken;
    showProblems(m_name, current.name.isEmpty(), m_nameNote, sorted.name + sorted.other);
    showProblems(m_apiAddress, m_apiAddress->text().trimmed().isEmpty(), m_apiAddressNote,
                 sorted.apiAddress);
    showProblems(m_communityAddress, false, m_communityNote, sorted.communityAddress);
    showProblems(m_businessId, false, m_businessNote, sorted.businessId);
    showProblems(m_budget, false, m_budgetNote, sorted.requestBudget);
    const std::optional<QString> key = keyProblem();
    showProblems(m_key, m_key->text().isEmpty(), m_keyNote,
                 key ? QStringList{*key} : QStringList{});
    Q_EMIT changed();
}

void WorkspaceForm::revealProblems()
{
    m_revealAll = true;
    validate();
}

void WorkspaceForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_name, m_apiAddress, m_communityAddress, m_businessId, m_key})
        edit->setReadOnly(readOnly);
    m_budget->setReadOnly(readOnly);
    m_provider->setEnabled(!readOnly && isNew());
    m_showKey->setEnabled(!readOnly);
}

void WorkspaceForm::clearKey()
{
    m_key->clear();
    m_touched.remove(m_key);
    validate();
}
