#include "import_settings.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ImportSettings::modeId(Mode mode)
{
    return mode == Mode::CreateOnly ? u"create"_s : u"upsert"_s;
}

std::optional<ImportSettings::Mode> ImportSettings::modeFromId(QStringView id)
{
    if (id == u"create")
        return Mode::CreateOnly;
    if (id == u"upsert")
        return Mode::CreateOrUpdate;
    return std::nullopt;
}

QJsonObject ImportSettings::toJson() const
{
    QJsonObject json{{u"file"_s, filePath},
                     {u"map"_s, QJsonArray::fromStringList(assignments)},
                     {u"set"_s, QJsonArray::fromStringList(constants)},
                     {u"mode"_s, modeId(mode)},
                     {u"pending"_s, pending},
                     {u"introduce"_s, introduce}};
    if (csv.encoding)
        json.insert(u"encoding"_s, csvEncodingName(*csv.encoding));
    if (csv.delimiter)
        json.insert(u"delimiter"_s, csvDelimiterName(*csv.delimiter));
    if (csv.hasHeader)
        json.insert(u"header"_s, *csv.hasHeader);
    return json;
}

std::optional<ImportSettings> ImportSettings::fromJson(const QJsonObject &json, QString *error)
{
    auto strings = [](const QJsonValue &value) {
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            list << item.toString();
        return list;
    };
    ImportSettings settings;
    settings.filePath = json.value(u"file"_s).toString();
    settings.assignments = strings(json.value(u"map"_s));
    settings.constants = strings(json.value(u"set"_s));
    settings.pending = json.value(u"pending"_s).toBool();
    settings.introduce = json.value(u"introduce"_s).toBool();
    const std::optional<Mode> mode = modeFromId(json.value(u"mode"_s).toString());
    if (!mode) {
        *error = tr("The import's settings name no mode.");
        return std::nullopt;
    }
    settings.mode = *mode;
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
