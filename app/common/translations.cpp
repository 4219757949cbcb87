#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace {
// Where Roster's .qm files are: first where `cmake --install` put them, found from the
// executable's directory (packaging/CMakeLists.txt passes the path from bin; a macOS bundle has
// none there and uses the compiled-in copy), then the copy compiled in, which the build tree and
// the tests use.
QStringList rosterDirectories()
{
    return {QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(ROSTER_TRANSLATIONS_DIR),
            u":/i18n"_s};
}

bool loadRoster(QTranslator &translator, const QLocale &locale)
{
    const QStringList directories = rosterDirectories();
    for (const QString &directory : directories) {
        if (translator.load(locale, u"roster"_s, u"_"_s, directory))
            return true;
    }
    // A language Roster is not translated into (or the C locale) still gets English plural
    // forms: "1 member", not "1 member(s)".
    for (const QString &directory : directories) {
        if (translator.load(u"roster_en"_s, directory))
            return true;
    }
    return false;
}
} // namespace

Translations::~Translations()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

void Translations::install(const QLocale &locale)
{
    const auto keep = [this](std::unique_ptr<QTranslator> translator) {
        if (QCoreApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
    };
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        keep(std::move(qt));
    auto roster = std::make_unique<QTranslator>();
    if (loadRoster(*roster, locale))
        keep(std::move(roster));
}
