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
        if (translator->load(locale, name, u"_"_s, directory) &&
            QCoreApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
    }
}
