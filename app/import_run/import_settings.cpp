#include "import_settings.h"

#include "mapping_text.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
std::optional<ImportField> fieldFromId(const QString &id)
{
    for (const ImportField field : AllImportFields) {
        if (importFieldId(field) == id)
            return field;
    }
    return std::nullopt;
}

QJsonArray columnsJson(const ColumnMapping &mapping)
{
    QJsonArray columns;
    for (qsizetype column = 0; column < mapping.columnCount(); ++column) {
        const std::optional<ImportField> field = mapping.fieldOf(column);
        columns.append(field ? QJsonValue(importFieldId(*field)) : QJsonValue(QJsonValue::Null));
    }
    return columns;
}

QJsonObject constantsJson(const ColumnMapping &mapping)
{
    QJsonObject constants;
    for (const ImportField field : AllImportFields) {
        if (const std::optional<QString> value = mapping.constant(field))
            constants.insert(importFieldId(field), *value);
    }
    return constants;
}

// false when the JSON names a field Roster does not know.
bool mappingFromJson(const QJsonObject &json, ColumnMapping *mapping)
{
    const QJsonArray columns = json.value(u"columns"_s).toArray();
    *mapping = ColumnMapping(columns.size());
    for (qsizetype column = 0; column < columns.size(); ++column) {
        if (columns.at(column).isNull())
            continue;
        const std::optional<ImportField> field = fieldFromId(columns.at(column).toString());
        if (!field)
            return false;
        mapping->setColumn(column, field);
    }
    const QJsonObject constants = json.value(u"constants"_s).toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        const std::optional<ImportField> field = fieldFromId(it.key());
        if (!field)
            return false;
        mapping->setConstant(*field, it.value().toString());
    }
    return true;
}

// The "map" and "set" lists of settings kept before the mapping was typed.
QStringList mappingFromText(const QJsonObject &json, const QStringList &header,
                            ColumnMapping *mapping)
{
    *mapping = ColumnMapping::automatic(header);
    const QStringList assignments = json.value(u"map"_s).toVariant().toStringList();
    const QStringList constants = json.value(u"set"_s).toVariant().toStringList();
    return MappingText::applyAssignments(*mapping, header, assignments) +
           MappingText::applyConstants(*mapping, constants);
}
} // namespace

namespace {
const std::pair<ImportSettings::Mode, QStringView> ModeIds[] = {
    {ImportSettings::Mode::CreateOnly, u"create"},
    {ImportSettings::Mode::CreateOrUpdate, u"upsert"},
    {ImportSettings::Mode::Mirror, u"mirror"},
    {ImportSettings::Mode::Deactivate, u"deactivate"},
    {ImportSettings::Mode::Reactivate, u"reactivate"},
    {ImportSettings::Mode::Undo, u"undo"},
};
} // namespace

QString ImportSettings::modeId(Mode mode)
{
    for (const auto &[value, id] : ModeIds) {
        if (value == mode)
            return id.toString();
    }
    return {};
}

std::optional<ImportSettings::Mode> ImportSettings::modeFromId(QStringView id)
{
    for (const auto &[value, text] : ModeIds) {
        if (text == id)
            return value;
    }
    return std::nullopt;
}

QJsonObject ImportSettings::toJson() const
{
    QJsonObject json{{u"file"_s, filePath},
                     {u"columns"_s, columnsJson(mapping)},
                     {u"constants"_s, constantsJson(mapping)},
                     {u"mode"_s, modeId(mode)},
                     {u"pending"_s, pending},
                     {u"introduce"_s, introduce}};
    if (csv.encoding)
        json.insert(u"encoding"_s, csvEncodingName(*csv.encoding));
    if (csv.delimiter)
        json.insert(u"delimiter"_s, csvDelimiterName(*csv.delimiter));
    if (csv.hasHeader)
        json.insert(u"header"_s, *csv.hasHeader);
    if (undoesRun > 0)
        json.insert(u"undoes"_s, undoesRun);
    return json;
}

std::optional<ImportSettings> ImportSettings::fromJson(const QJsonObject &json,
                                                       const QStringList &header, QString *error)
{
    ImportSettings settings;
    settings.filePath = json.value(u"file"_s).toString();
    if (json.contains(u"columns"_s)) {
        if (!mappingFromJson(json, &settings.mapping)) {
            *error = tr("The import's settings map a column to an unknown field.");
            return std::nullopt;
        }
    } else if (const QStringList problems = mappingFromText(json, header, &settings.mapping);
               !problems.isEmpty()) {
        *error = tr("The import's mapping cannot be read: %1").arg(problems.join(u' '));
        return std::nullopt;
    }
    settings.pending = json.value(u"pending"_s).toBool();
    settings.introduce = json.value(u"introduce"_s).toBool();
    const std::optional<Mode> mode = modeFromId(json.value(u"mode"_s).toString());
    if (!mode) {
        *error = tr("The import's settings name no mode.");
        return std::nullopt;
    }
    settings.mode = *mode;
    settings.undoesRun = json.value(u"undoes"_s).toInteger();
    if (json.contains(u"encoding"_s)) {
        settings.csv.encoding = csvEncodingFromName(json.value(u"encoding"_s).toString());
        if (!settings.csv.encoding) {
            *error = tr("The import's settings name an unknown encoding.");
            return std::nullopt;
        }
    }
    if (json.contains(u"delimiter"_s)) {
        settings.csv.delimiter = csvDelimiterFromName(json.value(u"delimiter"_s).toString());
        if (!settings.csv.delimiter) {
            *error = tr("The import's settings name an unusable delimiter.");
            return std::nullopt;
        }
    }
    if (json.contains(u"header"_s))
        settings.csv.hasHeader = json.value(u"header"_s).toBool();
    return settings;
}
