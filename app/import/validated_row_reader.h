#pragma once

#include "column_mapping.h"
#include "csv_format.h"
#include "csv_input_file.h"
#include "member_draft.h"
#include "provider.h"
#include "role_choice.h"
#include "validated_row.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

class CsvReader;
class EmailLineStore;
class MemberValidator;

// An import file read and validated a slice at a time, for the wizard's validation and the dry
// run alike: opens it (CsvInputFile, so not a FIFO or a device, and failing when the file changes
// while it is read), reads its format and header, and hands over each row as MemberValidator
// found it, with the draft of a valid one on demand.
//
//   ValidatedRowReader reader(path, options);
//   if (!reader.open(&error)) -> error
//   reader.startValidating(provider, mapping, roles);
//   while (reader.readSlice(visit)) -> let the event loop turn
//   if (const auto why = reader.stopReason()) -> the file could not be read to its end
class ValidatedRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ValidatedRowReader)
public:
    // Time a slice may take before the event loop gets a turn.
    static constexpr qint64 SliceMs = 15;

    ValidatedRowReader(const QString &path, const CsvOptions &options);
    ~ValidatedRowReader();

    // Opens the file and reads its format and header; false, with `error` set, when it cannot or
    // the file has no header (is empty).
    bool open(QString *error);
    // After open():
    const CsvFormat &format() const;
    const QStringList &header() const;

    // Before the first slice. A picture's relative path starts at the file's folder.
    void startValidating(Provider provider, const ColumnMapping &mapping,
                         const QList<RoleChoice> &roles);
    // A row needs only its email (MemberValidator::setEmailsOnly). After startValidating().
    void setEmailsOnly(bool emailsOnly);
    // Keeps the emails seen in `store` (not owned; must outlive this) instead of in memory.
    void setEmailStore(EmailLineStore *store);

    // Validates rows for up to SliceMs, handing each to `visit` in file order (the row is reused:
    // copy what is kept). False once the file is read to its end (or reading stopped).
    bool readSlice(const std::function<void(const ValidatedRow &)> &visit);
    // The member a valid row describes.
    MemberDraft draft(const ValidatedRow &row) const;

    // Bytes of the file read so far, of totalBytes().
    qint64 bytePosition() const;
    qint64 totalBytes() const;
    // Once readSlice() returned false: why the file was not read to its end, or nothing.
    std::optional<QString> stopReason() const;

private:
    QString m_path;
    CsvOptions m_options;
    CsvInputFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    std::unique_ptr<MemberValidator> m_validator;
    ValidatedRow m_row;
};
