#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

Translations::~Translations()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

void Translations::install(const QLocale &locale)
{
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const std::pair<QString, QString> sources[] = {
        {u"qtbase"_s, qtDirectory},
        {u"roster"_s, u":/i18n"_s},
    };
    for (const auto &[name, directory] : sources) {
        auto translator = std::make_unique<QTranslator>();
        bool loaded = translator->load(locale, name, u"_"_s, directory);
        // A language Roster is not translated into (or the C locale) still gets English plural
        // forms: "1 member", not "1 member(s)".
        if (!loaded && name == u"roster"_s)
            loaded = translator->load(u"roster_en"_s, directory);
        if (loaded && QCoreApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
    }
}
