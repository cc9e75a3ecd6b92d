#pragma once

// Data of a decided case for the tests of the certificate and the refusal letter: one
// application, decided by the Almaty department, in Kazakh and in Russian, and the same with more
// lines.

#include "documents/certificate.h"
#include "documents/refusalletter.h"
#include "reference/legalreferences.h"

#include <QDateTime>
#include <QStringList>

namespace decisionsamples {

using namespace Qt::Literals::StringLiterals;
using dsn::Language;

// Accepted on Friday 14 March 2025 at 10:05, decided on Monday 17 March at 11:40 (UTC+5).
inline const QDateTime receivedAt(QDate(2025, 3, 14), QTime(5, 5), Qt::UTC);
inline const QDateTime decidedAt(QDate(2025, 3, 17), QTime(6, 40), Qt::UTC);

// A token as the office signs it: a payload and an Ed25519 signature, both base64url.
inline const QString token
    = u"DSNC1.eyJjYXNlIjoiQUxNLTIwMjUtMDAwMTIzIiwiZGVjaXNpb24iOiJBTE0tMjAyNS1SLTAwMDA0NSIs"
      u"ImNvZGVzIjpbIjMwNTMwMDAxMTAwMSIsIjMwNTMwMDAxMjAwMSJdfQ.q9Zt3b0m1uH3Y7o2kXwQ1c8f"
      u"Jd0nV5rA2sL6pE4gT9yB7hK3mN1xR8wU5vC2zD6aF0jG4iO7lP3eS9tQ1bY5uW"_s;

inline dsn::DecisionDetails details(Language language)
{
    const bool kk = language == Language::Kazakh;
    dsn::DecisionDetails d;
    d.caseNumber = u"ALM-2025-000123"_s;
    d.receivedAt = receivedAt;
    d.decisionNumber = u"ALM-2025-R-000045"_s;
    d.decidedAt = decidedAt;
    d.departmentName = kk ? u"Алматы қаласы бойынша Мемлекеттік кірістер департаменті"_s
                          : u"Департамент государственных доходов по городу Алматы"_s;
    d.taxpayerName = kk ? u"«Қазақ Мұнай Өнімдері» ЖШС"_s : u"ТОО «Қазақ Мұнай Өнімдері»"_s;
    d.taxpayerId = u"940140000385"_s;
    d.reviewerName = kk ? u"Жұмабекова Гүлнар Серікқызы"_s : u"Жумабекова Гульнар Сериковна"_s;
    d.legal = dsn::LegalReferences::shipped().texts(language);
    return d;
}

inline dsn::CertificateData certificateData(Language language)
{
    const bool kk = language == Language::Kazakh;
    dsn::CertificateData c;
    c.decision = details(language);
    c.subjectType = dsn::SubjectType::Producer;
    c.countryName = kk ? u"Қазақстан Республикасы"_s : u"Республика Казахстан"_s;
    c.territorialUnitName
        = kk ? u"053 – Медеу ауданы (Алматы қаласы)"_s : u"053 – Медеуский район (город Алматы)"_s;
    c.products = {
        { u"305300011001"_s, u"Бензин"_s, u"АИ-92-К4"_s, kk ? u"ҚР СТ 1386-2005"_s : u"СТ РК 1386-2005"_s },
        { u"305300012001"_s, kk ? u"Дизельдік отын"_s : u"Дизельное топливо"_s, u"ДТ-Л-К5"_s,
            kk ? u"МЕМСТ 32511-2013"_s : u"ГОСТ 32511-2013"_s },
    };
    c.verificationToken = token;
    return c;
}

// The certificate with `count` issued lines: the four product types in turn, brands from 001, a
// standard and, on every other line, the producer's technical conditions as well.
inline dsn::CertificateData certificateWithProducts(Language language, int count)
{
    const bool kk = language == Language::Kazakh;
    const QStringList types = kk
        ? QStringList { u"Бензин"_s, u"Дизельдік отын"_s, u"Мазут"_s, u"Авиациялық отын"_s }
        : QStringList { u"Бензин"_s, u"Дизельное топливо"_s, u"Мазут"_s, u"Авиационное топливо"_s };
    const QStringList names { u"АИ-92-К4"_s, u"ДТ-З-К5"_s, u"М-100"_s, u"ТС-1"_s };
    const QStringList standards = kk ? QStringList { u"ҚР СТ 1386-2005"_s, u"МЕМСТ 32511-2013"_s,
        u"МЕМСТ 10585-2013"_s, u"МЕМСТ 10227-86"_s }
                                     : QStringList { u"СТ РК 1386-2005"_s, u"ГОСТ 32511-2013"_s,
                                           u"ГОСТ 10585-2013"_s, u"ГОСТ 10227-86"_s };
    const QString conditions = kk ? u", ТШ 38.401-58-296-2005 (өндірушінің техникалық шарттары)"_s
                                  : u", ТУ 38.401-58-296-2005 (технические условия изготовителя)"_s;
    dsn::CertificateData c = certificateData(language);
    c.products.clear();
    for (int i = 0; i < count; ++i) {
        const int type = i % 4;
        const QString brand = u"%1"_s.arg(i / 4 + 1, 3, 10, QLatin1Char(u'0'));
        c.products.append({ u"30530001"_s + QString::number(type + 1) + brand, types.at(type),
            names.at(type) + u'-' + QString::number(i + 1),
            standards.at(type) + (i % 2 == 1 ? conditions : QString()) });
    }
    return c;
}

inline dsn::RefusalData refusalData(Language language)
{
    const bool kk = language == Language::Kazakh;
    dsn::RefusalData r;
    r.decision = details(language);
    r.lines = {
        { 2, kk ? u"Дизельдік отын"_s : u"Дизельное топливо"_s, u"ДТ-Л-К5"_s,
            kk ? u"МЕМСТ 32511-2013"_s : u"ГОСТ 32511-2013"_s, 2, u"305300012001"_s,
            kk ? u"Осы өнімге 2024 жылы ДСН-код берілген (іс ALM-2024-000077)."_s
               : u"На этот продукт ПИН-код присвоен в 2024 году (дело ALM-2024-000077)."_s },
        { 3, u"Мазут"_s, u"М-100"_s, kk ? u"МЕМСТ 10585-2013"_s : u"ГОСТ 10585-2013"_s, 1, QString(),
            kk ? u"Субъект Алматы қаласында мазут өндірушісі ретінде тіркелмеген."_s
               : u"Субъект не состоит на учете как производитель мазута в городе Алматы."_s },
    };
    r.issuedCount = 1;
    return r;
}

// The letter with `count` refused lines, both grounds in turn, with the reviewer's reasons.
inline dsn::RefusalData refusalWithLines(Language language, int count)
{
    const bool kk = language == Language::Kazakh;
    dsn::RefusalData r = refusalData(language);
    r.lines.clear();
    r.issuedCount = 0;
    for (int i = 0; i < count; ++i) {
        const int ground = i % 2 + 1;
        r.lines.append({ i + 1, u"Мазут"_s, u"М-100-"_s + QString::number(i + 1),
            kk ? u"МЕМСТ 10585-2013, ТШ 38.401-58-296-2005"_s : u"ГОСТ 10585-2013, ТУ 38.401-58-296-2005"_s,
            ground, ground == 2 ? u"30530001300"_s + QString::number(i % 10) : QString(),
            kk ? u"Түсініктеме %1."_s.arg(i + 1) : u"Пояснение %1."_s.arg(i + 1) });
    }
    return r;
}

} // namespace decisionsamples
