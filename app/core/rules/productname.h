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

} // namespace dsn
