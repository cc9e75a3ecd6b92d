#pragma once

#include <QString>

namespace dsn {

// The rule by which two product names are "the same product" for refusal ground 2 (a code
// already issued to the subject for this product type and name) and for every check that
// foresees it: the office's allocation and its stored norm_name column, the form's repeated-line
// check and the counter's early warning. Nowhere else may product names be compared.
//
// The key of a name is, in this order:
//  1. Unicode compatibility decomposition (NFKD; with step 4 this is NFKC): full-width and
//     other compatibility forms become their plain letters and digits, a non-breaking hyphen
//     a hyphen, a no-break space a space;
//  2. full case folding (QString::toCaseFolded);
//  3. format characters (category Cf: zero-width spaces and joiners, soft hyphen, byte order
//     mark, word joiner, bidirectional marks), other invisible fillers (variation selectors, the
//     combining grapheme joiner, Hangul fillers) and control characters other than white space
//     removed; every dash (category Pd) and minus sign to "-"; every kind of space (categories
//     Zs, Zl, Zp, tabs and line breaks) to " "; Latin and Greek letters that look like Cyrillic
//     ones replaced by those (the table in productname.cpp);
//  4. canonical composition (NFC: a Latin "e" with a combining diaeresis ends as the Cyrillic
//     "ё"), runs of spaces collapsed to one, trimmed.
// The key is idempotent: productNameKey(productNameKey(x)) == productNameKey(x).
// The key is never shown: display the name as typed.
QString productNameKey(const QString &name);

// The grade of a product name, for the reviewer's look-alike warning beside ground 2 (never for
// ground 2 itself): the key above with every character that is not a letter or a digit removed:
// spaces, dashes, dots, slashes, brackets and every other punctuation mark or symbol. So
// "АИ-92-К5", "АИ 92 К5", "аи92к5" and "АИ-92/К5" have one grade, "АИ-95-К5" another.
QString productGradeKey(const QString &name);

// How two product names (as typed or stored) compare: Same when their keys are equal (ground 2's
// one product); LookAlike when the keys differ but the grades are equal (probably the same
// product written another way: ground 2 does not hold, the reviewer looks); Different otherwise.
enum class ProductNameMatch { Same, LookAlike, Different };
ProductNameMatch compareProductNames(const QString &a, const QString &b);

} // namespace dsn
