#include "member_validator.h"

#include "email_check.h"
#include "import_requirements.h"
#include "name_split.h"
#include "profile_field.h"
#include "state_words.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;
using DraftText::trim;

namespace {
constexpr qsizetype MaxRolesListed = 10;
constexpr ImportField SocialLinks[] = {ImportField::LinkedIn, ImportField::Twitter,
                                       ImportField::Instagram};
// The fields a draft takes as they are, trimmed.
constexpr ImportField PlainTexts[] = {ImportField::Bio, ImportField::StatusLine,
                                      ImportField::LinkedIn, ImportField::Twitter,
                                      ImportField::Instagram};

bool isBlank(const CsvRecord &record)
{
    for (qsizetype i = 0; i < record.size(); ++i) {
        if (!trim(record.field(i)).isEmpty())
            return false;
    }
    return true;
}

bool sameText(QStringView a, QStringView b, Qt::CaseSensitivity cs)
{
    if (a.size() != b.size())
        return false;
    if (cs == Qt::CaseSensitive)
        return std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(QChar)) == 0;
    return a.compare(b, cs) == 0;
}

// Calls `f` with each group name in `text` (split at ';' and ','), trimmed, skipping empty ones
// and repeats (compared without regard to case).
template <typename F> void forEachGroup(QStringView text, F &&f)
{
    QVarLengthArray<QStringView, 8> seen;
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    for (const char16_t *p = begin; p < end;) {
        const char16_t *stop = p;
        while (stop < end && *stop != u';' && *stop != u',')
            ++stop;
        const QStringView name = trim(QStringView(p, stop - p));
        p = stop + 1;
        if (name.isEmpty())
            continue;
        if (std::any_of(seen.cbegin(), seen.cend(), [name](QStringView other) {
                return sameText(name, other, Qt::CaseInsensitive);
            }))
            continue;
        seen.append(name);
        f(name);
    }
}
} // namespace

MemberValidator::MemberValidator(Provider provider, const ColumnMapping &mapping,
                                 const QStringList &header, const QList<RoleChoice> &roles,
                                 const ImportLimits &limits)
    : m_provider(provider), m_header(header), m_roles(roles), m_limits(limits)
{
    for (ImportField field : AllImportFields) {
        m_columns[size_t(field)] = mapping.columnOf(field);
        m_constants[size_t(field)] = mapping.constant(field).value_or(QString()).trimmed();
        m_uses[size_t(field)] = ImportRequirements::uses(provider, field);
    }
}

ValidatedRow MemberValidator::validate(const CsvRecord &record)
{
    ValidatedRow row;
    row.record = record;
    validate(row);
    return row;
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
            // "Line 4: the quoted field…": what follows the line.
            const qsizetype colon = error.message.indexOf(u": "_s);
            issue.detail =
                colon > 0 && error.message.first(colon).contains(QString::number(error.line))
                    ? error.message.sliced(colon + 2)
                    : error.message;
            row.issues.append(issue);
        }
        row.outcome = ValidatedRow::Outcome::Invalid;
        return;
    }
    const Value email = value(record, ImportField::Email);
    if (email.text.isEmpty() && isBlank(record)) {
        row.outcome = ValidatedRow::Outcome::Blank;
        return;
    }
    // The email's duplicate lookup waits on memory: start it first, finish it last.
    if (!email.text.isEmpty() && !m_emailStore)
        m_emails.prepare(email.text);
    if (!m_emailsOnly)
        checkNames(row, record);
    const Value role = value(record, ImportField::Role);
    if (uses(ImportField::Role) && (!m_emailsOnly || !role.text.isEmpty()))
        checkRole(row, role);
    if (uses(ImportField::Groups))
        checkGroups(row, value(record, ImportField::Groups));
    if (uses(ImportField::Bio))
        checkLength(row, value(record, ImportField::Bio), ImportField::Bio, m_limits.bio);
    if (uses(ImportField::StatusLine))
        checkLength(row, value(record, ImportField::StatusLine), ImportField::StatusLine,
                    m_limits.statusLine);
    for (const ImportField link : SocialLinks) {
        if (uses(link))
            checkLink(row, link);
    }
    if (uses(ImportField::Picture))
        checkPicture(row);
    checkState(row);
    checkEmail(row, email);
    if (row.issues.size() > 1) // in the order of the cells, whole-row issues last
        std::stable_sort(row.issues.begin(), row.issues.end(),
                         [](const RowIssue &a, const RowIssue &b) {
                             return size_t(a.column) < size_t(b.column);
                         });
    row.outcome =
        row.issues.isEmpty() ? ValidatedRow::Outcome::Valid : ValidatedRow::Outcome::Invalid;
}

void MemberValidator::checkEmail(ValidatedRow &row, const Value &email)
{
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
    const qint64 first = m_emailStore ? m_emailStore->insert(email.text, row.line())
                                      : m_emails.insertPrepared(row.line());
    if (first != 0 && first != row.line())
        addIssue(row, RowIssue::Kind::DuplicateEmail, email.column, ImportField::Email,
                 tr("%1 is on line %2 already, and only that row is imported")
                     .arg(EmailCheck::normalized(email.text), QString::number(first)),
                 first);
}

MemberValidator::Names MemberValidator::names(const CsvRecord &record) const
{
    Names names{value(record, ImportField::FirstName),
                value(record, ImportField::LastName),
                value(record, ImportField::Name),
                {},
                {}};
    if (m_provider == Provider::Heartbeat || names.full.text.isEmpty() ||
        (!names.first.text.isEmpty() && !names.last.text.isEmpty()))
        return names;
    // Forward and Beam.gg want first and last name; a full name fills in what a row lacks.
    const NameSplit::Parts parts = NameSplit::split(names.full.text);
    if (names.first.text.isEmpty()) {
        names.splitFirst = parts.first;
        names.first = {names.splitFirst, names.full.column};
    }
    if (names.last.text.isEmpty()) {
        names.splitLast = parts.last;
        names.last = {names.splitLast, names.full.column};
    }
    return names;
}

void MemberValidator::checkNames(ValidatedRow &row, const CsvRecord &record)
{
    if (m_provider == Provider::Heartbeat) { // a name, whichever way it comes
        const Value full = value(record, ImportField::Name);
        const Value first = value(record, ImportField::FirstName);
        const Value last = value(record, ImportField::LastName);
        checkLength(row, first, ImportField::FirstName, m_limits.firstName);
        checkLength(row, last, ImportField::LastName, m_limits.lastName);
        if (!full.text.isEmpty())
            checkLength(row, full, ImportField::Name, m_limits.name);
        else if (first.text.isEmpty() && last.text.isEmpty())
            addIssue(row, RowIssue::Kind::MissingValue,
                     full.column >= 0 ? full.column : first.column, ImportField::Name,
                     tr("the name is empty"));
        return;
    }
    const Names n = names(record);
    checkLength(row, n.first, ImportField::FirstName, m_limits.firstName);
    checkLength(row, n.last, ImportField::LastName, m_limits.lastName);
    if (n.first.text.isEmpty())
        addIssue(row, RowIssue::Kind::MissingValue, n.first.column, ImportField::FirstName,
                 tr("the first name is empty"));
    if (n.last.text.isEmpty()) {
        const bool oneWord = !n.full.text.isEmpty() && n.last.column == n.full.column;
        addIssue(
            row, RowIssue::Kind::MissingValue, n.last.column, ImportField::LastName,
            oneWord
                ? tr("“%1” is a single word, which leaves no last name").arg(n.full.text.toString())
                : tr("the last name is empty"));
    }
}

void MemberValidator::checkRole(ValidatedRow &row, const Value &role)
{
    if (role.text.isEmpty()) {
        addIssue(row, RowIssue::Kind::MissingValue, role.column, ImportField::Role,
                 tr("the role is empty"));
    } else if (!findRole(role.text)) {
        addIssue(row, RowIssue::Kind::UnknownRole, role.column, ImportField::Role,
                 tr("“%1” is not a role of this community (its roles: %2)")
                     .arg(role.text.toString(), roleList()));
    }
}

void MemberValidator::checkGroups(ValidatedRow &row, const Value &groups)
{
    forEachGroup(groups.text, [&](QStringView name) {
        if (name.size() > m_limits.group)
            addIssue(row, RowIssue::Kind::TooLong, groups.column, ImportField::Groups,
                     tr("the group name “%1…” is %2 characters long, more than %3")
                         .arg(name.left(20).toString(), QString::number(name.size()),
                              QString::number(m_limits.group)));
    });
}

void MemberValidator::checkLink(ValidatedRow &row, ImportField field)
{
    const Value link = value(row.record, field);
    if (link.text.isEmpty())
        return;
    if (const std::optional<QString> problem =
            ProfileFields::linkProblem(profileFieldOf(field), link.text.toString()))
        addIssue(row, RowIssue::Kind::InvalidLink, link.column, field, *problem);
}

void MemberValidator::checkPicture(ValidatedRow &row)
{
    const Value picture = value(row.record, ImportField::Picture);
    if (picture.text.isEmpty())
        return;
    if (const std::optional<QString> problem = m_pictures.problem(picture.text))
        addIssue(row, RowIssue::Kind::BadPicture, picture.column, ImportField::Picture, *problem);
}

void MemberValidator::checkState(ValidatedRow &row)
{
    const Value state = value(row.record, ImportField::State);
    if (state.text.isEmpty() || StateWords::parse(state.text))
        return;
    addIssue(
        row, RowIssue::Kind::UnknownState, state.column, ImportField::State,
        tr("“%1” is no state: write one of %2").arg(state.text.toString(), StateWords::examples()));
}

MemberDraft MemberValidator::draft(const CsvRecord &record) const
{
    MemberDraft draft;
    draft.email = EmailCheck::normalized(value(record, ImportField::Email).text);
    const Names n = names(record);
    draft.firstName = n.first.text.toString();
    draft.lastName = n.last.text.toString();
    draft.name = !n.full.text.isEmpty() ? n.full.text.toString()
                                        : NameSplit::join(draft.firstName, draft.lastName);
    if (uses(ImportField::Role)) {
        if (const RoleChoice *role = findRole(value(record, ImportField::Role).text)) {
            draft.roleId = role->id;
            draft.roleName = role->name;
        }
    }
    if (uses(ImportField::Groups))
        forEachGroup(value(record, ImportField::Groups).text,
                     [&draft](QStringView name) { draft.groups.append(name.toString()); });
    for (const ImportField field : PlainTexts) {
        if (uses(field))
            *draft.text(profileFieldOf(field)) = value(record, field).text.toString();
    }
    if (uses(ImportField::Picture))
        draft.picture = m_pictures.pathOf(value(record, ImportField::Picture).text);
    draft.state = StateWords::parse(value(record, ImportField::State).text);
    if (draft.state == MemberStatus::Unknown)
        draft.state.reset();
    return draft;
}

void MemberValidator::reportLength(ValidatedRow &row, const Value &value, ImportField field,
                                   qsizetype limit)
{
    // A sentence per field: a field's name cannot be lower-cased into a sentence in every language.
    QString text;
    switch (field) {
    case ImportField::FirstName:
        text = tr("the first name is %1 characters long, more than %2");
        break;
    case ImportField::LastName:
        text = tr("the last name is %1 characters long, more than %2");
        break;
    case ImportField::Bio:
        text = tr("the bio is %1 characters long, more than %2");
        break;
    case ImportField::StatusLine:
        text = tr("the status line is %1 characters long, more than %2");
        break;
    default:
        text = tr("the full name is %1 characters long, more than %2");
        break;
    }
    addIssue(row, RowIssue::Kind::TooLong, value.column, field,
             text.arg(value.text.size()).arg(limit));
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
    issue.detail = detail;
    issue.message =
        column >= 0 ? tr("Line %1, column “%2”: %3").arg(row.line()).arg(issue.columnName, detail)
                    : tr("Line %1: %2").arg(row.line()).arg(detail);
    row.issues.append(issue);
}

const RoleChoice *MemberValidator::findRole(QStringView text) const
{
    if (text.isEmpty())
        return nullptr;
    // Rows name a few roles over and over, mostly spelt alike: try as written first.
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const RoleChoice &role : m_roles) {
            if (sameText(role.id, text, cs))
                return &role;
        }
        for (const RoleChoice &role : m_roles) {
            if (sameText(role.name, text, cs))
                return &role;
        }
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
