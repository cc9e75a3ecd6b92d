#include "base/language.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

std::optional<Language> languageFromCode(QStringView code)
{
    if (code == u"kk")
        return Language::Kazakh;
    if (code == u"ru")
        return Language::Russian;
    if (code == u"en")
        return Language::English;
    return std::nullopt;
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return u"kk"_s;
    case Language::Russian:
        return u"ru"_s;
    case Language::English:
        return u"en"_s;
    }
    return u"kk"_s;
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
