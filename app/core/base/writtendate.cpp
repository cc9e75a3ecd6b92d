#include "base/writtendate.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

// The month names as a date writes them: Kazakh in the nominative after the day, Russian in
// the genitive.
constexpr std::array<QStringView, 12> kKazakhMonths { u"қаңтар", u"ақпан", u"наурыз", u"сәуір", u"мамыр",
    u"маусым", u"шілде", u"тамыз", u"қыркүйек", u"қазан", u"қараша", u"желтоқсан" };
constexpr std::array<QStringView, 12> kRussianMonths { u"января", u"февраля", u"марта", u"апреля", u"мая",
    u"июня", u"июля", u"августа", u"сентября", u"октября", u"ноября", u"декабря" };
constexpr std::array<QStringView, 12> kEnglishMonths { u"January", u"February", u"March", u"April", u"May",
    u"June", u"July", u"August", u"September", u"October", u"November", u"December" };

} // namespace

QString writtenDate(QDate date, Language language)
{
    if (!date.isValid())
        return {};
    const auto month = std::size_t(date.month() - 1);
    const QString day = QString::number(date.day());
    const QString year = QString::number(date.year());
    switch (language) {
    case Language::Kazakh:
        return year + u" жылғы "_s + day + u' ' + kKazakhMonths.at(month);
    case Language::Russian:
        return day + u' ' + kRussianMonths.at(month) + u' ' + year + u" г."_s;
    case Language::English:
        return day + u' ' + kEnglishMonths.at(month) + u' ' + year;
    }
    return {};
}

} // namespace dsn
