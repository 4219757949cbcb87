#pragma once

#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

// Roster's translations (the installed .qm files, else the copy compiled into the executables from
// translations/) and Qt's own for the user's locale, installed for as long as this object lives.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // Installs what exists for `locale`; English needs only Roster's plural forms.
    void install(const QLocale &locale);

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
