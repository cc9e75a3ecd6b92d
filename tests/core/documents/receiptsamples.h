#pragma once

// Receipt data for the tests: one case, in Kazakh and in Russian, and the same case with more
// product lines.

#include "documents/receipt.h"

#include <QDateTime>
#include <QStringList>

namespace receiptsamples {

using namespace Qt::Literals::StringLiterals;
using dsn::Language;
using dsn::ReceiptData;

// 14 March 2025 (a Friday) 10:05 and 17 March 18:30 in Kazakhstan (UTC+5).
inline const QDateTime acceptedAt(QDate(2025, 3, 14), QTime(5, 5), Qt::UTC);
inline const QDateTime dueAt(QDate(2025, 3, 17), QTime(13, 30), Qt::UTC);

inline ReceiptData kazakhData()
{
    ReceiptData data;
    data.caseNumber = u"ALM-2025-000123"_s;
    data.acceptedAt = acceptedAt;
    data.operatorName = u"Сейітқали Әйгерім Нұрланқызы"_s;
    data.branchName = u"Алматы қаласы бойынша филиалдың Медеу аудандық бөлімі"_s;
    data.taxpayerName = u"«Қазақ Мұнай Өнімдері» ЖШС"_s;
    data.taxpayerId = u"940140000385"_s;
    data.departmentName = u"Алматы қаласы бойынша Мемлекеттік кірістер департаменті"_s;
    data.products = {
        { u"бензин"_s, u"АИ-92-К4"_s, u"ҚР СТ 1386-2005"_s },
        { u"дизель отыны"_s, u"ДТ-Л-К5"_s, u"МЕМСТ 32511-2013"_s },
    };
    data.dueAt = dueAt;
    data.collectAt = u"Алматы қ., Медеу ауданы, Абай даңғылы, 10 (Медеу аудандық бөлімі)"_s;
    return data;
}

inline ReceiptData russianData()
{
    ReceiptData data = kazakhData();
    data.operatorName = u"Сейткали Айгерим Нурлановна"_s;
    data.branchName = u"Отдел Медеуского района филиала по городу Алматы"_s;
    data.taxpayerName = u"ТОО «Қазақ Мұнай Өнімдері»"_s;
    data.departmentName = u"Департамент государственных доходов по городу Алматы"_s;
    data.products = {
        { u"бензин"_s, u"АИ-92-К4"_s, u"СТ РК 1386-2005"_s },
        { u"дизельное топливо"_s, u"ДТ-Л-К5"_s, u"ГОСТ 32511-2013"_s },
    };
    data.collectAt = u"г. Алматы, Медеуский район, пр. Абая, 10 (отдел Медеуского района)"_s;
    return data;
}

inline ReceiptData dataFor(Language language)
{
    return language == Language::Kazakh ? kazakhData() : russianData();
}

// The case with `count` product lines of the kind a counter takes in: the four product types in
// turn, a grade name, and a specification that names a standard and, on every other line, the
// producer's technical conditions as well (two lines in the receipt's table).
inline ReceiptData withProducts(Language language, int count)
{
    const bool kk = language == Language::Kazakh;
    const QStringList types = kk
        ? QStringList { u"бензин"_s, u"дизель отыны"_s, u"мазут"_s, u"авиациялық отын"_s }
        : QStringList { u"бензин"_s, u"дизельное топливо"_s, u"мазут"_s, u"авиационное топливо"_s };
    const QStringList names { u"АИ-92-К4"_s, u"ДТ-З-К5"_s, u"М-100"_s, u"ТС-1"_s };
    const QStringList standards = kk ? QStringList { u"ҚР СТ 1386-2005"_s, u"МЕМСТ 32511-2013"_s,
        u"МЕМСТ 10585-2013"_s, u"МЕМСТ 10227-86"_s }
                                     : QStringList { u"СТ РК 1386-2005"_s, u"ГОСТ 32511-2013"_s,
                                           u"ГОСТ 10585-2013"_s, u"ГОСТ 10227-86"_s };
    const QString conditions = kk ? u", ТШ 38.401-58-296-2005 (өндірушінің техникалық шарттары)"_s
                                  : u", ТУ 38.401-58-296-2005 (технические условия изготовителя)"_s;
    ReceiptData data = dataFor(language);
    data.products.clear();
    for (int i = 0; i < count; ++i) {
        const int kind = i % 4;
        data.products.append(
            { types.at(kind), names.at(kind), standards.at(kind) + (i % 2 == 1 ? conditions : QString()) });
    }
    return data;
}

} // namespace receiptsamples
