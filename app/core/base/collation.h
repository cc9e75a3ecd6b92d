#pragma once

#include "base/language.h"

#include <QCollator>
#include <QString>
#include <QStringList>

namespace dsn {

// Orders names as the language's alphabet does, ignoring case: in Kazakh Ә follows А, Ғ
// follows Г, Қ follows К, Ң follows Н, Ө follows О, Ұ and Ү follow У, Һ follows Х, І follows Ы;
// in Russian Ё goes with Е. Code points would put every Kazakh letter and every capital
// apart.
class NameOrder
{
public:
    explicit NameOrder(Language language);
    bool operator()(const QString &a, const QString &b) const;

private:
    QCollator m_collator;
};

void sortNames(QStringList &names, Language language);

} // namespace dsn
