#include "import_choices.h"

ImportSettings ImportChoices::settings() const
{
    ImportSettings settings;
    settings.filePath = filePath;
    settings.csv = csv;
    settings.mapping = mapping;
    settings.mode = mode;
    settings.pending = pending;
    settings.introduce = introduce;
    return settings;
}
