#include "base/digits.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

bool isDigitSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case 0x00A0:
    case 0x2007:
    case 0x2009:
    case 0x202F:
        return true;
    default:
        return false;
    }
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAllDigits(QStringView text)
{
    return !text.isEmpty() && indexOfNonDigit(text) < 0;
}

QString withoutDigitSeparators(QStringView text)
{
    QString kept;
    kept.reserve(text.size());
    for (QChar c : text) {
        if (!isDigitSeparator(c))
            kept.append(c);
    }
    return kept;
}

qsizetype indexOfNonDigit(QStringView text)
{
    const auto found = std::find_if_not(text.cbegin(), text.cend(), isAsciiDigit);
    return found == text.cend() ? -1 : qsizetype(found - text.cbegin());
}

QString describeCharacter(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u"\u201C"_s + c + u"\u201D"_s;
    return u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

} // namespace dsn
