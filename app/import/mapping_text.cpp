#include "mapping_text.h"

using namespace Qt::StringLiterals;

namespace {
QString fieldList()
{
    QStringList ids;
    for (ImportField field : AllImportFields)
        ids.append(importFieldId(field));
    return ids.join(u", "_s);
}

bool isSkip(QStringView text)
{
    return text.isEmpty() || text == u"-" || text.compare(u"skip", Qt::CaseInsensitive) == 0;
}
} // namespace

QStringList MappingText::applyAssignments(ColumnMapping &mapping, const QStringList &header,
                                          const QStringList &assignments)
{
    QStringList errors;
    QMap<ImportField, QString> assignedBy; // field -> the assignment that mapped it
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.lastIndexOf(u'=');
        if (equals < 0) {
            errors.append(
                tr("“%1”: expected COLUMN=FIELD (for example “E-mail=email”)").arg(assignment));
            continue;
        }
        const QStringView column = QStringView(assignment).first(equals).trimmed();
        const QStringView target = QStringView(assignment).sliced(equals + 1).trimmed();
        QString error;
        const qsizetype index = findColumn(column, header, &error);
        if (index < 0) {
            errors.append(tr("“%1”: %2").arg(assignment, error));
            continue;
        }
        if (isSkip(target)) {
            mapping.setColumn(index, std::nullopt);
            continue;
        }
        const std::optional<ImportField> field = importFieldFromText(target);
        if (!field) {
            errors.append(tr("“%1”: “%2” is not a field; the fields are %3, or skip")
                              .arg(assignment, target.toString(), fieldList()));
            continue;
        }
        if (assignedBy.contains(*field)) {
            errors.append(tr("“%1”: %2 is already mapped by “%3”")
                              .arg(assignment, importFieldId(*field), assignedBy.value(*field)));
            continue;
        }
        assignedBy.insert(*field, assignment);
        mapping.setColumn(index, field);
    }
    return errors;
}

QStringList MappingText::applyConstants(ColumnMapping &mapping, const QStringList &constants)
{
    QStringList errors;
    for (const QString &constant : constants) {
        const qsizetype equals = constant.indexOf(u'=');
        if (equals < 0) {
            errors.append(
                tr("“%1”: expected FIELD=VALUE (for example “role=Member”)").arg(constant));
            continue;
        }
        const QStringView name = QStringView(constant).first(equals).trimmed();
        const std::optional<ImportField> field = importFieldFromText(name);
        if (!field) {
            errors.append(tr("“%1”: “%2” is not a field; the fields are %3")
                              .arg(constant, name.toString(), fieldList()));
            continue;
        }
        mapping.setConstant(*field, QStringView(constant).sliced(equals + 1).trimmed().toString());
    }
    return errors;
}

QStringList MappingText::assignments(const ColumnMapping &mapping, const QStringList &header)
{
    QStringList lines;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const std::optional<ImportField> field = mapping.fieldOf(i);
        lines.append(header.at(i) + u'=' + (field ? importFieldId(*field) : u"skip"_s));
    }
    return lines;
}

QStringList MappingText::constants(const ColumnMapping &mapping)
{
    QStringList lines;
    for (ImportField field : AllImportFields) {
        if (const std::optional<QString> value = mapping.constant(field))
            lines.append(importFieldId(field) + u'=' + *value);
    }
    return lines;
}

qsizetype MappingText::findColumn(QStringView name, const QStringList &header, QString *error)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const qsizetype number = name.sliced(1).toLongLong(&ok);
        if (ok && number >= 1 && number <= header.size())
            return number - 1;
        *error = tr("there is no column %1; the columns are numbered from 1 to %2")
                     .arg(name.sliced(1).toString(), QString::number(header.size()));
        return -1;
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    const QString key = headerMatchKey(name);
    qsizetype found = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (headerMatchKey(header.at(i)) != key)
            continue;
        if (found >= 0) {
            *error = tr("“%1” matches both “%2” and “%3”; write the column's name exactly or "
                        "use #N")
                         .arg(name.toString(), header.at(found), header.at(i));
            return -1;
        }
        found = i;
    }
    if (found < 0)
        *error = tr("there is no column “%1” (the columns are %2)")
                     .arg(name.toString(), header.join(u", "_s));
    return found;
}
