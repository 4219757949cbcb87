#pragma once

#include "column_mapping.h"
#include "draft_text.h"
#include "email_index.h"
#include "email_line_store.h"
#include "member_draft.h"
#include "picture_check.h"
#include "provider.h"
#include "role_choice.h"
#include "validated_row.h"

#include <QCoreApplication>
#include <array>

// Roster's own bounds on imported values (the providers document none), in UTF-16 code units.
// An email's bound is EmailCheck's.
struct ImportLimits
{
    qsizetype name = 200;
    qsizetype firstName = 100;
    qsizetype lastName = 100;
    qsizetype group = 100;
    qsizetype bio = 5000;
    qsizetype statusLine = 200;
};

// Checks the rows of an import file, in file order, and builds the member each describes.
//
// validate() finds every issue of a row (a row gets them all, not just the first):
//   - a record the CSV reader flagged is Malformed, and its cells are not checked;
//   - a row whose cells are all empty is Blank;
//   - email: required, EmailCheck, and not on an earlier line (compared as
//     EmailCheck::normalized(); the later row is the one refused, its message naming both
//     lines);
//   - Heartbeat: a name (Full name, else first and last name joined) and a role, which must be
//     one of `roles` by id or name (compared without regard to case); groups (split at ';' or
//     ',') and bio are optional;
//   - Forward and Beam.gg: first and last name; where a row lacks one, it comes from splitting
//     its full name (NameSplit), and a one-word full name leaves the last name missing;
//   - social links (LinkedIn, Twitter / X, Instagram): full https:// URLs
//     (ProfileFields::linkProblem);
//   - a picture: a file (relative to setPictureFolder(), or absolute) that ProfilePicture can
//     send, each distinct file read once (PictureCheck);
//   - lengths within ImportLimits;
//   - a state (ImportField::State): a word StateWords knows, or empty.
// With setEmailsOnly(), a row needs only its email (a list of members to deactivate or
// reactivate): names and role are checked only where given.
// Only fields the provider keeps are checked and drafted (ImportRequirements::uses).
// Values are trimmed; an empty cell takes the field's constant, if the mapping has one. It works
// on the record's text in place, allocating nothing for a good row, so that a dry run over a
// million rows takes a fraction of a second.
//
// draft() builds the MemberDraft of a row validate() accepted, when it is about to be sent.
//
//   MemberValidator validator(Provider::Heartbeat, mapping, reader.header(), roles);
//   ValidatedRow row;
//   while (reader.readRecord(row.record)) {
//       validator.validate(row);
//       if (row.isValid()) send(validator.draft(row.record)); else report(row);
//   }
class MemberValidator
{
    Q_DECLARE_TR_FUNCTIONS(MemberValidator)
public:
    MemberValidator(Provider provider, const ColumnMapping &mapping, const QStringList &header,
                    const QList<RoleChoice> &roles = {}, const ImportLimits &limits = {});

    // Validates row.record and sets row.outcome and row.issues (reusing the list). Each row once,
    // in file order: the validator remembers emails for finding duplicates.
    void validate(ValidatedRow &row);
    ValidatedRow validate(const CsvRecord &record);
    // Forgets the emails seen, to validate the file again from its start.
    void restart()
    {
        m_emails.clear();
        if (m_emailStore)
            m_emailStore->clear();
    }
    // Keeps the emails seen in `store` (not owned; must outlive this) instead of in memory.
    void setEmailStore(EmailLineStore *store) { m_emailStore = store; }
    // Where a picture's relative path starts: the CSV file's folder. The current directory
    // until set.
    void setPictureFolder(const QString &folder) { m_pictures = PictureCheck(folder); }
    void setEmailsOnly(bool emailsOnly) { m_emailsOnly = emailsOnly; }

    // The member `record` describes, normalized as MemberDraft says. Meant for valid rows; for
    // others it holds whatever the cells give.
    MemberDraft draft(const CsvRecord &record) const;

private:
    struct Value
    {
        QStringView text;
        qsizetype column = -1; // -1: from the constant, or none
    };
    struct Names
    {
        Value first;
        Value last;
        Value full;
        QString splitFirst; // when a part came from splitting the full name
        QString splitLast;
    };

    Value value(const CsvRecord &record, ImportField field) const
    {
        const size_t slot = size_t(field);
        const qsizetype column = m_columns[slot];
        if (column >= 0) {
            const QStringView cell = DraftText::trim(record.field(column));
            if (!cell.isEmpty())
                return {cell, column};
        }
        const QString &constant = m_constants[slot];
        return {constant, constant.isEmpty() ? column : -1};
    }
    // First and last name as the provider gets them, split from the full name where missing.
    Names names(const CsvRecord &record) const;
    void checkEmail(ValidatedRow &row, const Value &email);
    void checkNames(ValidatedRow &row, const CsvRecord &record);
    void checkRole(ValidatedRow &row, const Value &role);
    void checkGroups(ValidatedRow &row, const Value &groups);
    void checkLink(ValidatedRow &row, ImportField field);
    void checkPicture(ValidatedRow &row);
    void checkState(ValidatedRow &row);
    bool uses(ImportField field) const { return m_uses[size_t(field)]; }
    void checkLength(ValidatedRow &row, const Value &value, ImportField field, qsizetype limit)
    {
        if (value.text.size() > limit)
            reportLength(row, value, field, limit);
    }
    void reportLength(ValidatedRow &row, const Value &value, ImportField field, qsizetype limit);
    void addIssue(ValidatedRow &row, RowIssue::Kind kind, qsizetype column,
                  std::optional<ImportField> field, const QString &detail, qint64 otherLine = 0);
    const RoleChoice *findRole(QStringView text) const;
    QString roleList() const;

    Provider m_provider;
    QStringList m_header;
    QList<RoleChoice> m_roles;
    ImportLimits m_limits;
    std::array<qsizetype, std::size(AllImportFields)> m_columns;
    std::array<QString, std::size(AllImportFields)> m_constants;
    std::array<bool, std::size(AllImportFields)> m_uses; // ImportRequirements::uses
    EmailIndex m_emails;
    EmailLineStore *m_emailStore = nullptr;
    PictureCheck m_pictures;
    bool m_emailsOnly = false;
};
