#include "collation.h"

#include "base/translations.h"

#include <algorithm>

namespace dsn {

NameOrder::NameOrder(Language language)
    : m_collator(localeOf(language))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "АИ-92" before "АИ-100"
    m_collator.setIgnorePunctuation(false);
}

bool NameOrder::operator()(const QString &a, const QString &b) const
{
    return m_collator.compare(a, b) < 0;
}

void sortNames(QStringList &names, Language language)
{
    std::stable_sort(names.begin(), names.end(), NameOrder(language));
}

} // namespace dsn
