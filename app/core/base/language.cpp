#include "base/language.h"

#include "base/enumtable.h"

namespace dsn {

namespace {

constexpr EnumEntry<Language> kLanguages[] = {
    { Language::Kazakh, u"kk" },
    { Language::Russian, u"ru" },
    { Language::English, u"en" },
};

} // namespace

std::optional<Language> languageFromCode(QStringView code)
{
    return enumFromKey(kLanguages, code);
}

QString languageCode(Language language)
{
    return enumKey(kLanguages, language);
}

QString LocalizedName::in(Language language) const
{
    switch (language) {
    case Language::Kazakh:
        return kk;
    case Language::Russian:
        return ru;
    case Language::English:
        return en.isEmpty() ? ru : en;
    }
    return kk;
}

} // namespace dsn
