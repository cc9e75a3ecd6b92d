#pragma once

// Receipt data for the tests: one case, in Kazakh and in Russian.

#include "documents/receipt.h"

#include <QDateTime>

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

} // namespace receiptsamples
