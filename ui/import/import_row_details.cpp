#include "import_row_details.h"

#include "display_text.h"
#include "row_change.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

bool changesState(ImportPlan plan)
{
    return plan == ImportPlan::Deactivate || plan == ImportPlan::Reactivate;
}
} // namespace

ImportRowDetails::ImportRowDetails(QWidget *parent)
    : QWidget(parent), m_email(selectableLabel(this)), m_where(selectableLabel(this)),
      m_changes(selectableLabel(this))
{
    setObjectName(u"importRowDetails"_s);
    setAccessibleName(tr("What the selected row changes"));
    m_email->setObjectName(u"rowDetailsEmail"_s);
    QFont bold = m_email->font();
    bold.setBold(true);
    m_email->setFont(bold);
    m_where->setObjectName(u"rowDetailsWhere"_s);
    m_where->setForegroundRole(QPalette::PlaceholderText);
    m_changes->setObjectName(u"rowDetailsChanges"_s);
    m_changes->setAccessibleName(tr("Changes, one per line"));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(8, 6, 8, 6);
    column->setSpacing(4);
    column->addWidget(m_email);
    column->addWidget(m_where);
    column->addWidget(m_changes);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"rowDetailsScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    clear();
}

void ImportRowDetails::showRow(const ImportRowModel::Row &row, const QString &planText)
{
    m_email->setText(row.email.isEmpty() ? tr("No email") : DisplayText::escaped(row.email));
    m_where->setText(whereText(row, planText));
    m_where->show();
    QStringList lines = changeLines(row, m_groupNames);
    if (lines.isEmpty()) {
        lines = row.shownReason.isEmpty() ? QStringList{tr("Nothing changes for this member.")}
                                          : row.shownReason.split(u"; "_s);
    }
    for (QString &line : lines)
        line = DisplayText::escaped(line);
    m_changes->setText(lines.join(u'\n'));
}

void ImportRowDetails::clear()
{
    m_email->setText(tr("No row selected"));
    m_where->hide();
    m_changes->setText(tr("Select a row to see what it changes, field by field."));
}

QStringList ImportRowDetails::changeLines(const ImportRowModel::Row &row,
                                          const QHash<QString, QString> &groupNames)
{
    QStringList lines;
    // Nothing is sent for it: its note says why.
    if (row.plan == ImportPlan::CannotDeactivate)
        return lines;
    bool stated = false;
    if (row.change) {
        const RowChange change = RowChange::fromJson(*row.change);
        lines = change.describe(groupNames);
        stated = change.stateAfter.has_value();
    } else if (row.plan == ImportPlan::Update || row.plan == ImportPlan::Reactivate) {
        lines = row.shownReason.split(u"; "_s, Qt::SkipEmptyParts);
    }
    if (!stated && changesState(row.plan)) {
        lines.prepend(row.plan == ImportPlan::Reactivate ? tr("state: deactivated → active")
                                                         : tr("state: active → deactivated"));
    }
    return lines;
}

QString ImportRowDetails::whereText(const ImportRowModel::Row &row, const QString &planText)
{
    const QString where = row.isFromFile() ? tr("Line %1").arg(row.line) : tr("Not in the file");
    return tr("%1 · %2", "where the row is · its plan").arg(where, planText);
}

QSize ImportRowDetails::sizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    return {40 * fontMetrics().averageCharWidth(), 9 * line + 16};
}

QString ImportRowDetails::text() const
{
    QStringList shown{m_email->text()};
    if (!m_where->isHidden())
        shown << m_where->text();
    shown << m_changes->text();
    return shown.join(u'\n');
}
