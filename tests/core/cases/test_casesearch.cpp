#include "cases/casesearch.h"
#include "cases/casestore.h"
#include "casesamples.h"
#include "storefixture.h"
#include "storerows.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;
using dsn::Actor;
using dsn::CaseQuery;
using dsn::CaseStatus;
using dsn::Role;

Q_DECLARE_METATYPE(dsn::CaseQuery)

namespace {

const QTimeZone kKz(5 * 3600);

} // namespace

class TestCaseSearch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void matchExpression_data();
    void matchExpression();
    void cursorText();
    void textSearch_data();
    void textSearch();
    void keysetPaginationReturnsEveryCaseOnce_data();
    void keysetPaginationReturnsEveryCaseOnce();
    void pagesDoNotShiftWhenCasesArrive();
    void dueFirstOrderReturnsEveryCaseOnce_data();
    void dueFirstOrderReturnsEveryCaseOnce();
    void recentWindowGivesTheExactAnswer_data();
    void recentWindowGivesTheExactAnswer();
    void filtersByStatusAndDate();
    void overdueFilter();
    void queriesUseIndexes_data();
    void queriesUseIndexes();

private:
    // Takes a case in; returns its number ("" on failure, which the caller checks).
    QString add(const QString &name, const QString &taxpayerId, const QDateTime &received,
        const QList<dsn::ProductLine> &products = {});
    // The named cases of textSearch's fixture, label -> case number.
    void addNamedCases();
    QSet<QString> labelsFound(const CaseQuery &query);
    // Every case number of a query, walking all pages.
    QStringList allPages(CaseQuery query, int *pages = nullptr);

    Actor operatorActor() const { return m_fixture->operatorActor(); }
    Actor reviewerActor() const { return m_fixture->reviewerActor(); }

    std::unique_ptr<StoreFixture> m_fixture;
    dsn::Database *m_db = nullptr;
    dsn::CaseStore *m_store = nullptr;
    QDateTime m_now;
    QHash<QString, QString> m_labels; // case number -> label
};

void TestCaseSearch::init()
{
    m_now = QDateTime(QDate(2025, 6, 30), QTime(6, 0), QTimeZone::utc());
    StoreOptions options;
    options.database.clock = [this] {
        return m_now;
    };
    options.office.clear();
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open(options));
    m_db = m_fixture->database.get();
    m_store = m_fixture->cases.get();
    m_labels.clear();
}

QString TestCaseSearch::add(const QString &name, const QString &taxpayerId, const QDateTime &received,
    const QList<dsn::ProductLine> &products)
{
    auto n = m_store->intake(application(name, taxpayerId, received, products), operatorActor());
    if (!n)
        qWarning() << n.error().message << n.error().detail;
    return n ? *n : QString();
}

void TestCaseSearch::addNamedCases()
{
    const QDateTime day(QDate(2025, 6, 2), QTime(10, 0), kKz);
    const QList<std::tuple<QString, QString, QString, QList<dsn::ProductLine>>> cases = {
        { u"K1"_s, u"ТОО «Көкшетау Мұнай Өнімдері»"_s, validBin(1),
            { dsn::ProductLine { 1, u"АИ-92-К5"_s, u"СТ РК 1614-2006"_s } } },
        { u"K2"_s, u"ЖШС «Ақтөбе Мұнайгаз»"_s, validBin(2),
            { dsn::ProductLine { 2, u"Дизель отыны ДТ-Л"_s, u"ГОСТ 32511-2013"_s } } },
        { u"R1"_s, u"АО «Нефтяная компания Восток»"_s, validBin(3),
            { dsn::ProductLine { 3, u"Мазут М-100"_s, u"ГОСТ 10585-2013"_s } } },
        { u"R2"_s, u"ИП Иванов Сергей"_s, u"921029350851"_s,
            { dsn::ProductLine { 1, u"АИ-95-К5"_s, u"СТ РК 1614-2006"_s },
                dsn::ProductLine { 4, u"ТС-1"_s, u"ГОСТ 10227-86"_s } } },
        { u"L1"_s, u"Petro Trade LLP"_s, validBin(4),
            { dsn::ProductLine { 4, u"Jet A-1"_s, u"ASTM D1655"_s } } },
        { u"K3"_s, u"ЖШС «Ақкөл Ойл»"_s, validBin(5),
            { dsn::ProductLine { 3, u"Мазут М-40"_s, u"ГОСТ 10585-2013"_s } } },
        { u"K4"_s, u"«АҚКӨЛ ТРАНС» ЖШС"_s, validBin(6),
            { dsn::ProductLine { 3, u"Мазут М-40"_s, u"ГОСТ 10585-2013"_s } } },
    };
    int minute = 0;
    for (const auto &[label, name, id, products] : cases) {
        const QString n = add(name, id, day.addSecs(60 * minute++), products);
        QVERIFY(!n.isEmpty());
        m_labels.insert(n, label);
    }
}

QSet<QString> TestCaseSearch::labelsFound(const CaseQuery &query)
{
    QSet<QString> labels;
    auto page = m_store->search(query);
    if (!page) {
        labels.insert(u"error: "_s + page.error().detail);
        return labels;
    }
    for (const auto &c : page->cases)
        labels.insert(m_labels.value(c.caseNumber, c.caseNumber));
    return labels;
}

QStringList TestCaseSearch::allPages(CaseQuery query, int *pages)
{
    QStringList numbers;
    int count = 0;
    for (;;) {
        auto page = m_store->search(query);
        if (!page)
            return { u"error"_s };
        ++count;
        for (const auto &c : page->cases)
            numbers.append(c.caseNumber);
        if (!page->next)
            break;
        if (page->cases.size() != query.limit)
            return { u"short page before the end"_s };
        query.after = page->next;
        if (count > 10000)
            return { u"endless"_s };
    }
    if (pages)
        *pages = count;
    return numbers;
}

void TestCaseSearch::matchExpression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::newRow("empty") << u"  "_s << QString();
    QTest::newRow("one word") << u"Мұнай"_s << u"\"Мұнай\"*"_s;
    QTest::newRow("two words") << u" нефтяная   восток "_s << u"\"нефтяная\"* \"восток\"*"_s;
    QTest::newRow("grouped digits") << u"921029 350851"_s << u"\"921029350851\"*"_s;
    QTest::newRow("quotes are data") << u"ТОО \"Алтын\""_s << u"\"ТОО\"* \"\"\"Алтын\"\"\"*"_s;
    QTest::newRow("operators are data")
        << u"NOT OR AND NEAR(x"_s << u"\"NOT\"* \"OR\"* \"AND\"* \"NEAR(x\"*"_s;
    QTest::newRow("punctuation only") << u"« » -"_s << QString();
}

void TestCaseSearch::matchExpression()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(dsn::caseSearchMatchExpression(typed), expression);
}

void TestCaseSearch::cursorText()
{
    const dsn::CaseCursor c { u"2025-06-02T05:00:00.000Z"_s, 42, QString() };
    QCOMPARE(dsn::CaseCursor::fromString(c.toString()), std::optional(c));
    QCOMPARE(dsn::CaseCursor::fromString(u"2025-06-02T05:00:00.000Z"), std::nullopt);
    QCOMPARE(dsn::CaseCursor::fromString(u"yesterday/3"), std::nullopt);
    QCOMPARE(dsn::CaseCursor::fromString(u"2025-06-02T05:00:00.000Z/x"), std::nullopt);
    QCOMPARE(dsn::CaseCursor::fromString(u"2025-06-02T05:00:00.000Z/0"), std::nullopt);
    const dsn::CaseCursor due { QString(), 42, u"2025-06-03T13:30:00.000Z"_s };
    QCOMPARE(due.toString(), u"due:2025-06-03T13:30:00.000Z/42"_s);
    QCOMPARE(dsn::CaseCursor::fromString(due.toString()), std::optional(due));
    QCOMPARE(dsn::CaseCursor::fromString(u"due:tomorrow/42"), std::nullopt);
}

void TestCaseSearch::textSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Kazakh names: case-insensitive, by the start of any word, Kazakh letters kept distinct.
    QTest::newRow("kk word") << u"мұнай"_s << QStringList { u"K1"_s, u"K2"_s };
    QTest::newRow("kk upper case") << u"МҰНАЙ"_s << QStringList { u"K1"_s, u"K2"_s };
    QTest::newRow("kk ұ is not у") << u"мунай"_s << QStringList();
    QTest::newRow("kk ө lower") << u"өнім"_s << QStringList { u"K1"_s };
    QTest::newRow("kk ө is not о") << u"онім"_s << QStringList();
    QTest::newRow("kk ақ") << u"АҚТӨБЕ"_s << QStringList { u"K2"_s };
    QTest::newRow("kk fragment of a word") << u"Көкше"_s << QStringList { u"K1"_s };
    // One name written in capitals, one not, found by a search in either or in mixed case.
    QTest::newRow("kk lower finds both") << u"ақкөл"_s << QStringList { u"K3"_s, u"K4"_s };
    QTest::newRow("kk upper finds both") << u"АҚКӨЛ"_s << QStringList { u"K3"_s, u"K4"_s };
    QTest::newRow("kk mixed finds both") << u"аҚкӨл"_s << QStringList { u"K3"_s, u"K4"_s };
    QTest::newRow("kk қ is not к") << u"аккол"_s << QStringList();
    QTest::newRow("ru mixed case") << u"нЕфТяНаЯ"_s << QStringList { u"R1"_s };
    // Russian names.
    QTest::newRow("ru fragment") << u"нефт"_s << QStringList { u"R1"_s };
    QTest::newRow("ru upper") << u"НЕФТЯНАЯ"_s << QStringList { u"R1"_s };
    QTest::newRow("ru two words") << u"нефтяная восток"_s << QStringList { u"R1"_s };
    QTest::newRow("ru and kk words, no case has both") << u"нефтяная ақтөбе"_s << QStringList();
    QTest::newRow("ru person") << u"иванов"_s << QStringList { u"R2"_s };
    QTest::newRow("latin") << u"petro"_s << QStringList { u"L1"_s };
    // IIN/BIN: whole or a prefix, typed with or without the space.
    QTest::newRow("iin prefix 6") << u"921029"_s << QStringList { u"R2"_s };
    QTest::newRow("iin prefix 7") << u"9210293"_s << QStringList { u"R2"_s };
    QTest::newRow("iin whole grouped") << u"921029 350851"_s << QStringList { u"R2"_s };
    QTest::newRow("iin other prefix") << u"921028"_s << QStringList();
    QTest::newRow("bin whole") << validBin(2) << QStringList { u"K2"_s };
    QTest::newRow("bin prefix shared")
        << validBin(1).left(6) << QStringList { u"K1"_s, u"K2"_s, u"R1"_s, u"L1"_s, u"K3"_s, u"K4"_s };
    // Product names.
    QTest::newRow("product АИ") << u"аи"_s << QStringList { u"K1"_s, u"R2"_s };
    QTest::newRow("product ДТ") << u"ДТ-Л"_s << QStringList { u"K2"_s };
    QTest::newRow("product dizel kk") << u"дизель"_s << QStringList { u"K2"_s };
    QTest::newRow("product second line") << u"тс-1"_s << QStringList { u"R2"_s };
    QTest::newRow("product jet") << u"JET"_s << QStringList { u"L1"_s };
    // Nothing to search for: every case.
    QTest::newRow("punctuation") << u"«»"_s
                                 << QStringList { u"K1"_s, u"K2"_s, u"R1"_s, u"R2"_s, u"L1"_s, u"K3"_s,
                                        u"K4"_s };
}

void TestCaseSearch::textSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    addNamedCases();
    CaseQuery q;
    q.text = text;
    QCOMPARE(labelsFound(q), QSet<QString>(expected.cbegin(), expected.cend()));

    // Case numbers: whole, and a prefix.
    const QString r1 = m_labels.key(u"R1"_s);
    q.text = r1;
    QCOMPARE(labelsFound(q), QSet<QString> { u"R1"_s });
    q.text = r1.toLower();
    QCOMPARE(labelsFound(q), QSet<QString> { u"R1"_s });
    q.text = u"AST01-2025-00000"_s;
    QCOMPARE(labelsFound(q).size(), 7);
    q.text = u"AST01-2025-000003"_s.left(15);
    QCOMPARE(labelsFound(q).size(), 7);
    q.text = u"ALM01-2025"_s;
    QCOMPARE(labelsFound(q), QSet<QString>());
}

void TestCaseSearch::keysetPaginationReturnsEveryCaseOnce_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("onlyAccepted");
    QTest::newRow("1") << 1 << false;
    QTest::newRow("7") << 7 << false;
    QTest::newRow("10") << 10 << false;
    QTest::newRow("exactly all") << 41 << false;
    QTest::newRow("more than all") << 100 << false;
    QTest::newRow("7, one status") << 7 << true;
}

void TestCaseSearch::keysetPaginationReturnsEveryCaseOnce()
{
    QFETCH(int, pageSize);
    QFETCH(bool, onlyAccepted);
    // 41 cases; groups of three share their receipt time so that the id must break ties.
    QStringList all;
    QSet<QString> sent;
    for (int i = 0; i < 41; ++i) {
        const QDateTime received(QDate(2025, 6, 2), QTime(9, 0).addSecs(60 * (i / 3)), kKz);
        const QString n = add(u"ТОО «Компания %1»"_s.arg(i), validBin(100 + i), received);
        QVERIFY(!n.isEmpty());
        all.append(n);
        if (i % 4 == 0) {
            QVERIFY(m_store->changeStatus(n, CaseStatus::Sent, operatorActor()));
            sent.insert(n);
        }
    }
    CaseQuery q;
    q.limit = pageSize;
    if (onlyAccepted)
        q.statuses = { CaseStatus::Accepted };
    int pages = 0;
    const QStringList listed = allPages(q, &pages);

    QStringList expected;
    for (const QString &n : std::as_const(all)) {
        if (!onlyAccepted || !sent.contains(n))
            expected.append(n);
    }
    // Newest receipt first; within one receipt time the later case first. Case numbers grow with
    // both here, so the expected order is the reverse of intake order.
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(listed, expected);
    QCOMPARE(pages, std::max<int>(1, int((expected.size() + pageSize - 1) / pageSize)));
}

void TestCaseSearch::dueFirstOrderReturnsEveryCaseOnce_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("text");
    QTest::newRow("1") << 1 << QString();
    QTest::newRow("4") << 4 << QString();
    QTest::newRow("all") << 50 << QString();
    QTest::newRow("4, by name") << 4 << u"ТОО"_s;
}

// The reviewer's order: earliest end of term first, ties by intake. Applications taken on the
// working days of one plain week (9-13 June 2025, no holiday) are due at 18:30 of the next working
// day, so the day of receipt alone gives the expected order, whatever the intake order.
void TestCaseSearch::dueFirstOrderReturnsEveryCaseOnce()
{
    QFETCH(int, pageSize);
    QFETCH(QString, text);
    const QList<int> dayOffsets = { 3, 1, 4, 0, 2, 1, 3 };
    QMap<int, QStringList> byDay; // intake order within a day is id order
    for (int i = 0; i < dayOffsets.size(); ++i) {
        for (int k = 0; k < 2; ++k) {
            const QDateTime received(
                QDate(2025, 6, 9).addDays(dayOffsets.at(i)), QTime(10, 0).addSecs(60 * k), kKz);
            const QString n
                = add(u"ТОО «Тапсырыс %1-%2»"_s.arg(i).arg(k), validBin(300 + 2 * i + k), received);
            QVERIFY(!n.isEmpty());
            byDay[dayOffsets.at(i)].append(n);
        }
    }
    QStringList expected;
    for (const QStringList &day : std::as_const(byDay))
        expected += day;

    CaseQuery q;
    q.order = dsn::CaseOrder::DueFirst;
    q.limit = pageSize;
    q.text = text;
    int pages = 0;
    QCOMPARE(allPages(q, &pages), expected);
    QCOMPARE(pages, std::max<int>(1, int((expected.size() + pageSize - 1) / pageSize)));

    // Every due time is 18:30 of the next working day after the day of receipt.
    q.after.reset();
    q.limit = 1000;
    auto page = m_store->search(q);
    QVERIFY(page);
    for (const auto &c : page->cases) {
        const QDateTime due = c.dueAt.toTimeZone(kKz);
        QCOMPARE(due.time(), QTime(18, 30));
        const QDate day = c.receivedAt.toTimeZone(kKz).date();
        QCOMPARE(day.addDays(day.dayOfWeek() == Qt::Friday ? 3 : 1), due.date());
    }
}

void TestCaseSearch::pagesDoNotShiftWhenCasesArrive()
{
    QStringList all;
    for (int i = 0; i < 12; ++i) {
        const QString n = add(
            u"ТОО «Фирма %1»"_s.arg(i), validBin(200 + i), QDateTime(QDate(2025, 6, 3), QTime(9, i), kKz));
        QVERIFY(!n.isEmpty());
        all.prepend(n);
    }
    CaseQuery q;
    q.limit = 5;
    auto first = m_store->search(q);
    QVERIFY(first && first->next);
    QStringList listed;
    for (const auto &c : first->cases)
        listed.append(c.caseNumber);
    // A new case arrives (received later than all others) while the user reads the first page.
    QVERIFY(!add(u"ТОО «Новая»"_s, validBin(300), QDateTime(QDate(2025, 6, 3), QTime(12, 0), kKz)).isEmpty());
    q.after = first->next;
    listed += allPages(q);
    QCOMPARE(listed, all);
}

void TestCaseSearch::recentWindowGivesTheExactAnswer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("onlyAccepted");
    QTest::addColumn<bool>("windowAnswers"); // the data lets the window answer some pages
    QTest::newRow("every case, pages of 1") << u"тоо"_s << 1 << false << true;
    QTest::newRow("every case, pages of 4") << u"тоо"_s << 4 << false << true;
    QTest::newRow("every third, pages of 2") << u"мұнай"_s << 2 << false << false;
    QTest::newRow("every third, one status") << u"мұнай"_s << 3 << true << false;
    QTest::newRow("rare word") << u"сирек"_s << 2 << false << false;
}

void TestCaseSearch::recentWindowGivesTheExactAnswer()
{
    QFETCH(QString, text);
    QFETCH(int, pageSize);
    QFETCH(bool, onlyAccepted);
    QFETCH(bool, windowAnswers);
    // Mostly taken in in order of receipt, but some applications were entered late (received long
    // before cases with smaller ids) and some early ids were received after later ones.
    const QDateTime base(QDate(2025, 6, 2), QTime(9, 0), kKz);
    for (int i = 0; i < 36; ++i) {
        int minute = i * 10;
        if (i % 7 == 3)
            minute = i * 10 - 95; // entered late
        if (i == 5)
            minute = 400; // an early id received after everything else
        QString name = i % 3 == 0 ? u"ТОО «Мұнай %1»"_s.arg(i) : u"ТОО «Сауда %1»"_s.arg(i);
        if (i == 2 || i == 33)
            name += u" сирек"_s;
        const QString n = add(name, validBin(500 + i), base.addSecs(60 * minute));
        QVERIFY(!n.isEmpty());
        if (i % 4 == 1)
            QVERIFY(m_store->changeStatus(n, CaseStatus::Sent, operatorActor()));
    }
    CaseQuery q;
    q.text = text;
    q.limit = pageSize;
    if (onlyAccepted)
        q.statuses = { CaseStatus::Accepted };

    const auto walk = [&](qint64 window, int *answers) {
        QStringList numbers;
        dsn::CaseSearchTuning tuning { window, answers };
        CaseQuery pageQuery = q;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = dsn::searchCases(m_db->connection(), pageQuery, m_now, tuning);
            if (!page)
                return QStringList { u"error"_s };
            for (const auto &c : page->cases)
                numbers.append(c.caseNumber);
            if (!page->next)
                break;
            pageQuery.after = page->next;
        }
        return numbers;
    };
    int noWindow = 0;
    const QStringList exact = walk(0, &noWindow);
    QCOMPARE(noWindow, 0);
    QVERIFY(!exact.isEmpty());
    for (qint64 window : { 2, 5, 9 }) {
        int answers = 0;
        QCOMPARE(walk(window, &answers), exact);
        if (windowAnswers && window >= 5)
            QVERIFY2(answers > 0, "the window never answered: the test does not reach it");
    }
}

void TestCaseSearch::filtersByStatusAndDate()
{
    const QString a = add(u"ТОО А"_s, validBin(11), QDateTime(QDate(2025, 6, 2), QTime(9, 0), kKz));
    const QString b = add(u"ТОО Б"_s, validBin(12), QDateTime(QDate(2025, 6, 3), QTime(9, 0), kKz));
    const QString c = add(u"ТОО В"_s, validBin(13), QDateTime(QDate(2025, 6, 4), QTime(9, 0), kKz));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    QVERIFY(m_store->changeStatus(b, CaseStatus::Sent, operatorActor()));
    m_labels = { { a, u"a"_s }, { b, u"b"_s }, { c, u"c"_s } };

    CaseQuery q;
    q.statuses = { CaseStatus::Sent };
    QCOMPARE(labelsFound(q), QSet<QString> { u"b"_s });
    q.statuses = { CaseStatus::Sent, CaseStatus::Accepted };
    QCOMPARE(labelsFound(q), (QSet<QString> { u"a"_s, u"b"_s, u"c"_s }));
    q.statuses = { CaseStatus::Registered };
    QCOMPARE(labelsFound(q), QSet<QString>());

    q = CaseQuery();
    q.receivedFrom = QDateTime(QDate(2025, 6, 3), QTime(0, 0), kKz);
    QCOMPARE(labelsFound(q), (QSet<QString> { u"b"_s, u"c"_s }));
    q.receivedBefore = QDateTime(QDate(2025, 6, 4), QTime(0, 0), kKz);
    QCOMPARE(labelsFound(q), QSet<QString> { u"b"_s });
    q.receivedFrom = QDateTime(QDate(2025, 6, 3), QTime(9, 0), kKz); // inclusive
    QCOMPARE(labelsFound(q), QSet<QString> { u"b"_s });
    q.text = u"ТОО"_s;
    q.statuses = { CaseStatus::Accepted };
    QCOMPARE(labelsFound(q), QSet<QString>());
}

void TestCaseSearch::overdueFilter()
{
    // Received Monday 2 June 2025; the term ends Tuesday 3 June at 18:30 (13:30 UTC).
    const QDateTime monday(QDate(2025, 6, 2), QTime(10, 0), kKz);
    const QString late = add(u"ТОО Просрочено"_s, validBin(21), monday);
    const QString decided = add(u"ТОО Решено"_s, validBin(22), monday);
    const QString inReview = add(u"ТОО На рассмотрении"_s, validBin(23), monday);
    // Received Tuesday: due Wednesday 4 June at 18:30.
    const QString fresh = add(u"ТОО Вовремя"_s, validBin(24), monday.addDays(1));
    QVERIFY(!late.isEmpty() && !decided.isEmpty() && !inReview.isEmpty() && !fresh.isEmpty());
    for (const QString &n : { decided, inReview }) {
        QVERIFY(m_store->changeStatus(n, CaseStatus::Sent, operatorActor()));
        QVERIFY(m_store->changeStatus(n, CaseStatus::Registered, reviewerActor()));
        QVERIFY(m_store->changeStatus(n, CaseStatus::InReview, reviewerActor()));
    }
    QVERIFY(m_store->changeStatus(decided, CaseStatus::Refused, reviewerActor()));
    m_labels = { { late, u"late"_s }, { decided, u"decided"_s }, { inReview, u"inReview"_s },
        { fresh, u"fresh"_s } };

    CaseQuery q;
    q.overdueOnly = true;
    m_now = QDateTime(QDate(2025, 6, 3), QTime(13, 29), QTimeZone::utc());
    QCOMPARE(labelsFound(q), QSet<QString>());
    m_now = QDateTime(QDate(2025, 6, 3), QTime(13, 31), QTimeZone::utc());
    QCOMPARE(labelsFound(q), (QSet<QString> { u"late"_s, u"inReview"_s }));
    m_now = QDateTime(QDate(2025, 6, 5), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(labelsFound(q), (QSet<QString> { u"late"_s, u"inReview"_s, u"fresh"_s }));

    // The flag on each row says the same.
    q.overdueOnly = false;
    auto page = m_store->search(q);
    QVERIFY(page);
    for (const auto &c : page->cases)
        QCOMPARE(c.overdue, c.caseNumber != decided);
}

void TestCaseSearch::queriesUseIndexes_data()
{
    QTest::addColumn<CaseQuery>("query");
    QTest::addColumn<bool>("orderFromIndex"); // no sorting step: rows come in order from an index
    QTest::addColumn<bool>("window");         // the recent-window form of a text search

    const dsn::CaseCursor cursor { u"2025-06-02T05:00:00.000Z"_s, 20, QString() };
    CaseQuery q;
    QTest::newRow("everything") << q << true << false;
    q.after = cursor;
    QTest::newRow("everything, next page") << q << true << false;
    q = CaseQuery();
    q.statuses = { CaseStatus::Accepted };
    QTest::newRow("one status") << q << true << false;
    q.after = cursor;
    QTest::newRow("one status, next page") << q << true << false;
    q = CaseQuery();
    q.receivedFrom = QDateTime(QDate(2025, 6, 1), QTime(0, 0), kKz);
    q.receivedBefore = QDateTime(QDate(2025, 7, 1), QTime(0, 0), kKz);
    QTest::newRow("date range") << q << true << false;
    q = CaseQuery();
    q.statuses = { CaseStatus::Accepted, CaseStatus::Sent };
    QTest::newRow("two statuses") << q << false << false;
    q = CaseQuery();
    q.overdueOnly = true;
    QTest::newRow("overdue") << q << false << false;
    q = CaseQuery();
    q.text = u"мұнай"_s;
    QTest::newRow("text") << q << false << false;
    q.statuses = { CaseStatus::Accepted };
    q.after = cursor;
    q.overdueOnly = true;
    QTest::newRow("text, status, overdue, next page") << q << false << false;
    QTest::newRow("text, status, overdue, next page, window") << q << false << true;
    q = CaseQuery();
    q.text = u"мұнай"_s;
    QTest::newRow("text, window") << q << false << true;
}

void TestCaseSearch::queriesUseIndexes()
{
    QFETCH(CaseQuery, query);
    QFETCH(bool, orderFromIndex);
    QFETCH(bool, window);
    // Some rows, and statistics, so that the planner sees a realistic table.
    for (int i = 0; i < 30; ++i)
        QVERIFY(!add(u"ТОО «Мұнай %1»"_s.arg(i), validBin(400 + i),
            QDateTime(QDate(2025, 6, 2), QTime(9, 0), kKz).addSecs(600 * i))
                     .isEmpty());
    QVERIFY(m_db->write([](QSqlDatabase &c) { return dsn::sqlExec(c, u"ANALYZE"_s); }));

    const dsn::SqlStatement s
        = dsn::caseSearchStatement(query, m_now, window ? std::optional<qint64>(10) : std::nullopt);
    auto plan = dsn::sqlRun(m_db->connection(), u"EXPLAIN QUERY PLAN "_s + s.sql, s.values);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().detail));
    QStringList details;
    while (plan->next())
        details.append(plan->value(3).toString());
    plan->finish();
    const QString text = details.join(u" | "_s);
    qInfo().noquote() << text;

    // Never a full scan of applications: every step goes through an index, the rowid or FTS5.
    static const QRegularExpression fullScan(uR"(^SCAN (a|applications)$)"_s);
    for (const QString &d : std::as_const(details))
        QVERIFY2(!fullScan.match(d).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(u"USING INDEX"_s) || text.contains(u"USING COVERING INDEX"_s)
            || text.contains(u"INTEGER PRIMARY KEY"_s),
        qPrintable(text));
    // Words to search for: the full-text index finds the cases, their rows are read by id.
    if (!query.text.isEmpty()) {
        QVERIFY2(text.contains(u"VIRTUAL TABLE INDEX"_s), qPrintable(text));
        QVERIFY2(text.contains(u"INTEGER PRIMARY KEY"_s), qPrintable(text));
    }
    if (orderFromIndex)
        QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));

    // And the statement runs.
    QVERIFY(dsn::searchCases(m_db->connection(), query, m_now));
}

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "test_casesearch.moc"
