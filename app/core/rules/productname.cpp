#include "rules/productname.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct LookAlike
{
    char32_t from;
    char32_t to;
};

// Letters that a clerk, a keyboard layout or a copied text can put in place of a Cyrillic
// letter of Kazakh or Russian that looks the same. Each Latin (or Greek) letter is listed in both
// cases and maps to the Cyrillic letter of the same case, so that case folding, which runs first,
// and this table agree: "SHELL" and "Shell" still have one key. Where the two cases of a Latin
// letter resemble different Cyrillic letters, the capital decides (H looks like Н, while h looks
// like the Kazakh һ; B looks like В, while b looks like no Cyrillic small letter): a Latin letter
// must map to one Cyrillic pair, or case folding would split Latin names.
// Not folded: Y to the Kazakh Ү (Y maps to У, the letter it replaces on Russian layouts), S and J
// (no Kazakh or Russian letter looks like them), digits that look like letters (0 and О, 3 and З:
// a product name may hold both), and Cyrillic letters among themselves (Е and Ё are different
// spellings, not look-alikes).
constexpr LookAlike kLookAlikes[] = {
    // Basic Latin.
    { U'A', U'А' }, { U'a', U'а' }, { U'B', U'В' }, { U'b', U'в' }, { U'C', U'С' }, { U'c', U'с' },
    { U'E', U'Е' }, { U'e', U'е' }, { U'H', U'Н' }, { U'h', U'н' }, { U'I', U'І' },
    { U'i', U'і' }, // the Kazakh (and Ukrainian) І
    { U'K', U'К' }, { U'k', U'к' }, { U'M', U'М' }, { U'm', U'м' }, { U'O', U'О' }, { U'o', U'о' },
    { U'P', U'Р' }, { U'p', U'р' }, { U'T', U'Т' }, { U't', U'т' }, { U'X', U'Х' }, { U'x', U'х' },
    { U'Y', U'У' }, { U'y', U'у' },
    // Latin letters shaped like the Kazakh Ә, Ө and Ұ.
    { U'\u018F', U'Ә' }, { U'\u0259', U'ә' }, // schwa
    { U'\u019F', U'Ө' }, { U'\u0275', U'ө' }, // barred o
    { U'\u024E', U'Ұ' }, { U'\u024F', U'ұ' }, // y with stroke
    // Greek.
    { U'Α', U'А' }, { U'α', U'а' }, { U'Β', U'В' }, { U'β', U'в' }, { U'Ε', U'Е' }, { U'ε', U'е' },
    { U'Η', U'Н' }, { U'η', U'н' }, { U'Ι', U'І' }, { U'ι', U'і' }, { U'Κ', U'К' }, { U'κ', U'к' },
    { U'Μ', U'М' }, { U'μ', U'м' }, { U'Ο', U'О' }, { U'ο', U'о' }, { U'Ρ', U'Р' }, { U'ρ', U'р' },
    { U'Τ', U'Т' }, { U'τ', U'т' }, { U'Χ', U'Х' }, { U'χ', U'х' }, { U'Υ', U'У' }, { U'υ', U'у' },
    { U'Ϲ', U'С' }, { U'ϲ', U'с' }, // lunate sigma
};

bool isInvisibleFiller(char32_t c)
{
    return c == 0x034F                                              // combining grapheme joiner
        || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers
        || c == 0x17B4 || c == 0x17B5                               // Khmer inherent vowels
        || (c >= 0x180B && c <= 0x180F)    // Mongolian variation selectors and vowel separator
        || (c >= 0xFE00 && c <= 0xFE0F)    // variation selectors
        || (c >= 0xE0100 && c <= 0xE01EF); // variation selectors supplement
}

bool isDash(char32_t c)
{
    return QChar::category(c) == QChar::Punctuation_Dash || c == 0x2212 // minus sign
        || c == 0x2796                                                  // heavy minus sign
        || c == 0x02D7                                                  // modifier letter minus sign
        || c == 0x2043;                                                 // hyphen bullet
}

char32_t lookAlike(char32_t c)
{
    for (const LookAlike &entry : kLookAlikes) {
        if (entry.from == c)
            return entry.to;
    }
    return c;
}

} // namespace

QString productNameKey(const QString &name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString mapped;
    mapped.reserve(folded.size());
    for (const char32_t c : folded.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Format || isInvisibleFiller(c))
            continue;
        if (QChar::isSpace(c)) {
            mapped.append(u' ');
        } else if (category == QChar::Other_Control) {
            continue;
        } else if (isDash(c)) {
            mapped.append(u'-');
        } else {
            mapped.append(QChar::fromUcs4(lookAlike(c)));
        }
    }
    return mapped.normalized(QString::NormalizationForm_C).simplified();
}

QString productGradeKey(const QString &name)
{
    QString grade;
    for (const char32_t c : productNameKey(name).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            grade.append(QChar::fromUcs4(c));
    }
    return grade;
}

ProductNameMatch compareProductNames(const QString &a, const QString &b)
{
    if (productNameKey(a) == productNameKey(b))
        return ProductNameMatch::Same;
    const QString grade = productGradeKey(a);
    return !grade.isEmpty() && grade == productGradeKey(b) ? ProductNameMatch::LookAlike
                                                           : ProductNameMatch::Different;
}

} // namespace dsn
