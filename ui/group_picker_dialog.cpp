#include "group_picker_dialog.h"

#include "api_error_text.h"
#include "inline_message.h"
#include "member_service.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GroupPickerDialog::GroupPickerDialog(MemberService *service, MemberAction action, int selected,
                                     const QHash<QString, int> &inGroups, QWidget *parent)
    : QDialog(parent), m_service(service), m_action(action), m_inGroups(inGroups),
      m_question(new QLabel(this)), m_groups(new QListWidget(this)),
      m_loadMessage(new InlineMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = action == MemberAction::AddToGroup;
    setObjectName(u"groupPickerDialog"_s);
    setWindowTitle(adding ? tr("Add to Group") : tr("Remove from Group"));
    setAccessibleName(windowTitle());

    m_question->setObjectName(u"groupQuestion"_s);
    m_question->setWordWrap(true);
    m_question->setText(
        adding ? tr("Add the %n selected member(s) to the &group:", nullptr, selected)
               : tr("Remove the %n selected member(s) from the &group:", nullptr, selected));
    m_question->setBuddy(m_groups);
    m_groups->setObjectName(u"groupList"_s);
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setUniformItemSizes(true);
    m_loadMessage->setObjectName(u"loadMessage"_s);
    m_loadMessage->setAccessibleName(tr("Loading the groups"));

    m_buttons->setObjectName(u"buttons"_s);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setText(adding ? tr("Add to Group…") : tr("Remove from Group…"));
    ok->setAccessibleName(QString(ok->text()).remove(u"…"_s));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_groups, 1);
    layout->addWidget(m_loadMessage);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupPickerDialog::reject);
    connect(m_groups, &QListWidget::itemSelectionChanged, this, &GroupPickerDialog::updateButtons);
    connect(m_groups, &QListWidget::itemActivated, this, &GroupPickerDialog::accept);
    loadGroups();
}

GroupPickerDialog::~GroupPickerDialog()
{
    if (m_loading)
        m_loading->cancel();
}

void GroupPickerDialog::loadGroups()
{
    m_loadMessage->clear();
    m_groups->clear();
    auto *loading = new QListWidgetItem(tr("Loading groups…"), m_groups);
    loading->setFlags(Qt::NoItemFlags);
    updateButtons();
    QPointer<GroupPickerDialog> self(this);
    m_loading = m_service->groups([self](const Result<QList<NamedRef>> &groups) {
        if (!self || groups.error.kind == ApiErrorKind::Cancelled)
            return;
        if (groups.ok())
            return self->showGroups(groups.value);
        self->m_groups->clear();
        self->m_loadMessage->showMessage(
            InlineMessage::Type::Error,
            tr("The groups could not be loaded. %1").arg(ApiErrorText::describe(groups.error)));
        QPushButton *retry = self->m_loadMessage->addButton(tr("Re&try"), u"retryLoadButton"_s);
        connect(retry, &QPushButton::clicked, self, &GroupPickerDialog::loadGroups);
        retry->setFocus();
    });
}

void GroupPickerDialog::showGroups(const QList<NamedRef> &groups)
{
    m_groups->clear();
    for (const NamedRef &group : groups) {
        const QString name = group.name.isEmpty() ? group.id : group.name;
        const int in = m_inGroups.value(group.id);
        auto *item = new QListWidgetItem(
            in == 0 ? name : tr("%1 (%n of them in it)", nullptr, in).arg(name), m_groups);
        item->setData(Qt::UserRole, group.id);
        item->setData(Qt::UserRole + 1, name);
    }
    if (groups.isEmpty()) {
        auto *none = new QListWidgetItem(tr("This community has no groups."), m_groups);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_groups->setFocus();
    }
    updateButtons();
}

void GroupPickerDialog::updateButtons()
{
    const QList<QListWidgetItem *> chosen = m_groups->selectedItems();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!chosen.isEmpty() && !chosen.first()->data(Qt::UserRole).isNull());
}

void GroupPickerDialog::accept()
{
    const QList<QListWidgetItem *> chosen = m_groups->selectedItems();
    if (chosen.isEmpty() || chosen.first()->data(Qt::UserRole).isNull())
        return;
    const NamedRef group{chosen.first()->data(Qt::UserRole).toString(),
                         chosen.first()->data(Qt::UserRole + 1).toString()};
    QDialog::accept();
    Q_EMIT groupChosen(group);
}
