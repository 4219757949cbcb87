#include "import_choices.h"

#include "mapping_text.h"

using namespace Qt::StringLiterals;

ImportSettings ImportChoices::settings() const
{
    ImportSettings settings;
    settings.filePath = filePath;
    settings.csv = csv;
    // By number: a header name may be anything, a number names its column exactly.
    for (qsizetype column = 0; column < header.size(); ++column) {
        const std::optional<ImportField> field = mapping.fieldOf(column);
        settings.assignments.append(
            u"#%1=%2"_s.arg(column + 1).arg(field ? importFieldId(*field) : u"skip"_s));
    }
    settings.constants = MappingText::constants(mapping);
    settings.mode = mode;
    settings.pending = pending;
    settings.introduce = introduce;
    return settings;
}
