#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// Digits as a clerk types them: the IIN/BIN, the DSN code and the reference lists' codes are
// strings of ASCII digits, typed or pasted with spaces between their groups.
namespace dsn {

// The spaces a clerk may type or paste between digit groups: space, tab, no-break space, figure
// space, thin space, narrow no-break space.
bool isDigitSeparator(QChar c);
// 0-9 only: no other script's digits, no superscripts.
bool isAsciiDigit(QChar c);
// True when the text is not empty and every character is an ASCII digit.
bool isAllDigits(QStringView text);
// The value of an ASCII digit.
inline int digitValue(QChar c)
{
    return c.unicode() - u'0';
}
// The text without its digit separators.
QString withoutDigitSeparators(QStringView text);
// The index of the first character that is not an ASCII digit, or -1.
qsizetype indexOfNonDigit(QStringView text);
// How a character is named in a message: a printable one in quotes, any other by its code point
// ("U+00A0").
QString describeCharacter(QChar c);

} // namespace dsn
