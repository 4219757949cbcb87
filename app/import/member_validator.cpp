#include "member_validator.h"

#include "name_split.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxRolesListed = 10;

size_t slot(ImportField field)
{
    return size_t(field);
}

// Sets `target` to `text`, in its own buffer when that is big enough and not shared.
void assign(QString &target, QStringView text)
{
    if (target.isDetached() && target.capacity() >= text.size()) {
        target.resize(text.size());
        std::memcpy(target.data(), text.data(), size_t(text.size()) * sizeof(QChar));
    } else {
        target = text.toString();
    }
}

// Sets `target` to "first last", or whichever is not empty, reusing its buffer.
void assignJoined(QString &target, QStringView first, QStringView last)
{
    if (first.isEmpty() || last.isEmpty()) {
        assign(target, first.isEmpty() ? last : first);
        return;
    }
    assign(target, first);
    target.append(u' ');
    target.append(last);
}

void lowerInPlace(QString &text)
{
    QChar *p = text.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = p[i].unicode();
        if (c >= 0x80) {
            text = text.toLower();
            return;
        }
        if (c >= u'A' && c <= u'Z')
            p[i] = QChar(char16_t(c + (u'a' - u'A')));
    }
}

bool isBlank(const CsvRecord &record)
{
    for (qsizetype i = 0; i < record.size(); ++i) {
        if (!record.field(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool usesRoleGroupsBio(Provider provider)
{
    return provider == Provider::Heartbeat;
}
} // namespace

MemberValidator::MemberValidator(Provider provider, const ColumnMapping &mapping,
                                 const QStringList &header, const QList<RoleChoice> &roles,
                                 const ImportLimits &limits)
    : m_provider(provider), m_header(header), m_roles(roles), m_limits(limits)
{
    for (ImportField field : AllImportFields) {
        m_columns[slot(field)] = mapping.columnOf(field);
        m_constants[slot(field)] = mapping.constant(field).value_or(QString()).trimmed();
    }
}

ValidatedRow MemberValidator::validate(const CsvRecord &record)
{
    ValidatedRow row;
    row.record = record;
    validate(row);
    return row;
}

MemberValidator::Value MemberValidator::value(const CsvRecord &record, ImportField field) const
{
    const qsizetype column = m_columns[slot(field)];
    if (column >= 0) {
        const QStringView cell = record.field(column).trimmed();
        if (!cell.isEmpty())
            return {cell, column};
    }
    const QString &constant = m_constants[slot(field)];
    return {constant, constant.isEmpty() ? column : -1};
}

void MemberValidator::validate(ValidatedRow &row)
{
    const CsvRecord &record = row.record;
    if (!row.issues.isEmpty())
        row.issues.clear();
    if (record.hasErrors()) {
        for (const CsvError &error : record.errors()) {
            RowIssue issue;
            issue.kind = RowIssue::Kind::Malformed;
            issue.line = error.line;
            issue.column = error.field;
            issue.columnName = m_header.value(error.field);
            issue.message = error.message;
            row.issues.append(issue);
        }
        row.draft = MemberDraft();
        row.outcome = ValidatedRow::Outcome::Invalid;
        return;
    }
    if (isBlank(record)) {
        row.draft = MemberDraft();
        row.outcome = ValidatedRow::Outcome::Blank;
        return;
    }
    MemberDraft &draft = row.draft;
    checkEmail(row, value(record, ImportField::Email));
    checkNames(row, record);
    if (usesRoleGroupsBio(m_provider)) {
        checkRole(row, value(record, ImportField::Role));
        checkGroups(row, value(record, ImportField::Groups));
        const Value bio = value(record, ImportField::Bio);
        assign(draft.bio, bio.text);
        checkLength(row, bio, ImportField::Bio, m_limits.bio);
    } else {
        draft.roleId = draft.roleName = QString();
        draft.groups.clear();
        draft.bio.truncate(0);
    }
    row.outcome =
        row.issues.isEmpty() ? ValidatedRow::Outcome::Valid : ValidatedRow::Outcome::Invalid;
}

void MemberValidator::checkEmail(ValidatedRow &row, const Value &email)
{
    MemberDraft &draft = row.draft;
    assign(draft.email, email.text);
    lowerInPlace(draft.email);
    if (email.text.isEmpty()) {
        addIssue(row, RowIssue::Kind::MissingValue, email.column, ImportField::Email,
                 tr("the email address is empty"));
        return;
    }
    const EmailCheck::Problem problem = EmailCheck::check(email.text);
    if (problem != EmailCheck::Problem::None) {
        addIssue(row, RowIssue::Kind::InvalidEmail, email.column, ImportField::Email,
                 tr("“%1” is not a valid email address: %2")
                     .arg(email.text.toString(), EmailCheck::describe(problem)));
        return;
    }
    const qint64 first = m_emails.insert(draft.email, row.line());
    if (first != 0 && first != row.line())
        addIssue(
            row, RowIssue::Kind::DuplicateEmail, email.column, ImportField::Email,
            tr("%1 is on line %2 already; only that row is imported").arg(draft.email).arg(first),
            first);
}

void MemberValidator::checkNames(ValidatedRow &row, const CsvRecord &record)
{
    MemberDraft &draft = row.draft;
    const Value full = value(record, ImportField::Name);
    const Value first = value(record, ImportField::FirstName);
    const Value last = value(record, ImportField::LastName);
    assign(draft.firstName, first.text);
    assign(draft.lastName, last.text);
    checkLength(row, first, ImportField::FirstName, m_limits.firstName);
    checkLength(row, last, ImportField::LastName, m_limits.lastName);

    if (m_provider == Provider::Heartbeat) {
        if (!full.text.isEmpty())
            assign(draft.name, full.text);
        else
            assignJoined(draft.name, first.text, last.text);
        if (draft.name.isEmpty()) {
            const qsizetype column = full.column >= 0 ? full.column : first.column;
            addIssue(row, RowIssue::Kind::MissingValue, column, ImportField::Name,
                     tr("the name is empty"));
        } else if (!full.text.isEmpty()) {
            checkLength(row, full, ImportField::Name, m_limits.name);
        }
        return;
    }

    // Forward and Beam.gg want first and last name; a full name fills in what a row lacks.
    Value firstUsed = first;
    Value lastUsed = last;
    if ((first.text.isEmpty() || last.text.isEmpty()) && !full.text.isEmpty()) {
        const NameSplit::Parts parts = NameSplit::split(full.text);
        if (first.text.isEmpty()) {
            draft.firstName = parts.first;
            firstUsed = {draft.firstName, full.column};
        }
        if (last.text.isEmpty()) {
            draft.lastName = parts.last;
            lastUsed = {draft.lastName, full.column};
        }
    }
    if (draft.firstName.isEmpty())
        addIssue(row, RowIssue::Kind::MissingValue, firstUsed.column, ImportField::FirstName,
                 tr("the first name is empty"));
    if (draft.lastName.isEmpty()) {
        const bool oneWord = last.text.isEmpty() && !full.text.isEmpty();
        addIssue(
            row, RowIssue::Kind::MissingValue, lastUsed.column, ImportField::LastName,
            oneWord
                ? tr("“%1” is a single word, which leaves no last name").arg(full.text.toString())
                : tr("the last name is empty"));
    }
    if (firstUsed.column != first.column)
        checkLength(row, firstUsed, ImportField::FirstName, m_limits.firstName);
    if (lastUsed.column != last.column)
        checkLength(row, lastUsed, ImportField::LastName, m_limits.lastName);
    assignJoined(draft.name, draft.firstName, draft.lastName);
}

void MemberValidator::checkRole(ValidatedRow &row, const Value &role)
{
    MemberDraft &draft = row.draft;
    if (role.text.isEmpty()) {
        draft.roleId = draft.roleName = QString();
        addIssue(row, RowIssue::Kind::MissingValue, role.column, ImportField::Role,
                 tr("the role is empty"));
        return;
    }
    const RoleChoice *choice = findRole(role.text);
    if (!choice) {
        draft.roleId = draft.roleName = QString();
        addIssue(row, RowIssue::Kind::UnknownRole, role.column, ImportField::Role,
                 tr("“%1” is not a role of this community (its roles: %2)")
                     .arg(role.text.toString(), roleList()));
        return;
    }
    draft.roleId = choice->id;
    draft.roleName = choice->name;
}

void MemberValidator::checkGroups(ValidatedRow &row, const Value &groups)
{
    QStringList &list = row.draft.groups;
    qsizetype count = 0;
    qsizetype start = 0;
    const QStringView text = groups.text;
    while (start <= text.size() && !text.isEmpty()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u';' && text[end] != u',')
            ++end;
        const QStringView name = text.sliced(start, end - start).trimmed();
        start = end + 1;
        if (name.isEmpty())
            continue;
        bool repeated = false;
        for (qsizetype i = 0; i < count && !repeated; ++i)
            repeated = name.compare(list.at(i), Qt::CaseInsensitive) == 0;
        if (repeated)
            continue;
        if (name.size() > m_limits.group)
            addIssue(row, RowIssue::Kind::TooLong, groups.column, ImportField::Groups,
                     tr("the group name “%1…” is %2 characters long; at most %3")
                         .arg(name.first(20).toString())
                         .arg(name.size())
                         .arg(m_limits.group));
        if (count < list.size())
            assign(list[count], name);
        else
            list.append(name.toString());
        ++count;
    }
    list.resize(count);
}

void MemberValidator::checkLength(ValidatedRow &row, const Value &value, ImportField field,
                                  qsizetype limit)
{
    if (value.text.size() <= limit)
        return;
    addIssue(row, RowIssue::Kind::TooLong, value.column, field,
             tr("the %1 is %2 characters long; at most %3")
                 .arg(importFieldDisplayName(field).toLower())
                 .arg(value.text.size())
                 .arg(limit));
}

void MemberValidator::addIssue(ValidatedRow &row, RowIssue::Kind kind, qsizetype column,
                               std::optional<ImportField> field, const QString &detail,
                               qint64 otherLine)
{
    RowIssue issue;
    issue.kind = kind;
    issue.line = row.line();
    issue.column = column;
    issue.columnName = m_header.value(column);
    issue.field = field;
    issue.otherLine = otherLine;
    issue.message =
        column >= 0 ? tr("Line %1, column “%2”: %3").arg(row.line()).arg(issue.columnName, detail)
                    : tr("Line %1: %2").arg(row.line()).arg(detail);
    row.issues.append(issue);
}

const RoleChoice *MemberValidator::findRole(QStringView text) const
{
    for (const RoleChoice &role : m_roles) {
        if (role.id.compare(text, Qt::CaseInsensitive) == 0)
            return &role;
    }
    for (const RoleChoice &role : m_roles) {
        if (role.name.compare(text, Qt::CaseInsensitive) == 0)
            return &role;
    }
    return nullptr;
}

QString MemberValidator::roleList() const
{
    if (m_roles.isEmpty())
        return tr("none known");
    QStringList names;
    for (qsizetype i = 0; i < m_roles.size() && i < MaxRolesListed; ++i)
        names.append(m_roles.at(i).name);
    if (m_roles.size() > MaxRolesListed)
        names.append(tr("and %n more", nullptr, int(m_roles.size() - MaxRolesListed)));
    return names.join(u", "_s);
}
