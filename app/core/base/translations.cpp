#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> product;
    std::unique_ptr<QTranslator> qt;
    Language language = Language::English;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

std::unique_ptr<QTranslator> load(const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, directory))
        return nullptr;
    return translator;
}

} // namespace

bool installTranslations(Language language)
{
    Installed &state = installed();
    remove(state.product);
    remove(state.qt);
    state.language = language;
    // Numbers, month and day names follow the language (QLocale() everywhere); dates the law
    // defines are still written with explicit four-digit-year formats.
    QLocale::setDefault(localeOf(language));
    if (language == Language::English)
        return true;

    const QString code = languageCode(language);
    std::unique_ptr<QTranslator> product = load(u"dsn_"_s + code, u":/i18n"_s);
    // Debian ships Qt's Russian catalogue; Kazakh has none, so the product carries its own.
    std::unique_ptr<QTranslator> qt = language == Language::Russian
        ? load(u"qtbase_ru"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        : load(u"qtbase_kk"_s, u":/i18n"_s);
    const bool complete = product && qt;
    // Qt looks translators up newest first: the product's own wins over Qt's.
    if (qt && QCoreApplication::installTranslator(qt.get()))
        state.qt = std::move(qt);
    if (product && QCoreApplication::installTranslator(product.get()))
        state.product = std::move(product);
    return complete;
}

QLocale localeOf(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    case Language::Russian:
        return QLocale(QLocale::Russian, QLocale::Russia);
    case Language::English:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Language installedLanguage()
{
    return installed().language;
}

QString translateIn(Language language, const char *context, const char *sourceText)
{
    // Loaded once per language and only read afterwards, so any thread may ask.
    static const std::unique_ptr<QTranslator> kazakh = load(u"dsn_kk"_s, u":/i18n"_s);
    static const std::unique_ptr<QTranslator> russian = load(u"dsn_ru"_s, u":/i18n"_s);
    const QTranslator *translator = language == Language::Kazakh ? kazakh.get()
        : language == Language::Russian                          ? russian.get()
                                                                 : nullptr;
    const QString translated = translator ? translator->translate(context, sourceText) : QString();
    return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
}

} // namespace dsn
