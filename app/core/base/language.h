#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dsn {

// The languages of the interface and of printed documents. English serves support staff.
enum class Language { Kazakh, Russian, English };

std::optional<Language> languageFromCode(QStringView code); // "kk", "ru", "en"
QString languageCode(Language language);

// A name kept in every language the product shows. English may be empty.
struct LocalizedName
{
    QString kk;
    QString ru;
    QString en;
    // The name in the given language; English falls back to Russian when it has none.
    QString in(Language language) const;
};

} // namespace dsn
