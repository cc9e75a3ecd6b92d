// dsnctl print receipt: the receipt PDF of a stored case, readable back, recorded as a print.

#include "dsnctlrun.h"

#include "base/storetime.h"
#include "cases/casestore.h"
#include "reference/referencedata.h"
#include "store/database.h"
#include "store/sql.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = dsntest::DsnctlRun;

Run dsnctl(const QStringList &arguments)
{
    return dsntest::runDsnctl(arguments);
}

// Tuesday 11 March 2025, 10:00 in Astana (UTC+5): accepted that day, the day not counted, the
// term of one working day ends on Wednesday 12 March at the provider's closing time, 18:30.
const QDateTime kReceived(QDate(2025, 3, 11), QTime(5, 0), Qt::UTC);
const QString kDue = u"12.03.2025 18:30"_s;
const QString kBin = u"940140000385"_s;

dsn::Application application()
{
    dsn::Application a;
    a.departmentCode = dsn::ReferenceData::embedded().departments().constFirst().code;
    a.applicationDate = QDate(2025, 3, 11);
    a.taxpayerName = u"ТОО «Мұнай Өнім»"_s;
    a.taxpayerId = u"940140 000385"_s;
    a.subjectType = dsn::SubjectType::Producer;
    a.country = 3;
    a.atu = 53;
    a.headName = u"Серікбаев Ерлан Маратұлы"_s;
    a.receivedAt = kReceived;
    a.products = { { 1, u"АИ-92-К5"_s, u"СТ РК 1098-2002"_s } };
    return a;
}

// Two lines: one issued, one refused on ground 2 (the code held by an earlier case).
dsn::Application decidedApplication()
{
    dsn::Application a = application();
    a.products = { { 1, u"АИ-92-К5"_s, u"СТ РК 1098-2002"_s }, { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511-2013"_s } };
    return a;
}

const QString kIssuedCode = u"305300011001"_s;
const QString kHeldCode = u"305300012001"_s;
const QString kToken = u"DSNC1.eyJkIjoiQVNULTIwMjUtUi0wMDAwMDcifQ.c2lnbmF0dXJlLW9mLXRoZS1vZmZpY2U"_s;

// Records the office's decision as sync does: the decision's number, time and reviewer on the
// case, each line's outcome; `lines` are (decision, code, ground, text, held code).
bool decide(dsn::Database &db, const QString &caseNumber, const QList<QStringList> &lines)
{
    return db
        .write([&](QSqlDatabase &c) -> dsn::Result<void> {
            if (dsn::Result<void> r = dsn::sqlExec(c,
                    u"UPDATE applications SET decision_number = 'AST-2025-R-000007', decided_at = ?,"
                    u" decided_by_name = 'Жұмабекова Гүлнар Серікқызы' WHERE case_number = ?"_s,
                    { dsn::toStoreTime(kReceived.addSecs(26 * 3600)), caseNumber });
                !r)
                return r;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QStringList &l = lines.at(i);
                if (dsn::Result<void> r = dsn::sqlExec(c,
                        u"UPDATE product_lines SET decision = ?, dsn_code = ?, refusal_ground = ?, "
                        u"refusal_text = ?,"
                        u" held_code = ? WHERE line_no = ? AND application_id ="
                        u" (SELECT id FROM applications WHERE case_number = ?)"_s,
                        { l.at(0), l.at(1).isEmpty() ? QVariant() : QVariant(l.at(1)),
                            l.at(2).isEmpty() ? QVariant() : QVariant(l.at(2).toInt()),
                            l.at(3).isEmpty() ? QVariant() : QVariant(l.at(3)),
                            l.at(4).isEmpty() ? QVariant() : QVariant(l.at(4)), int(i + 1), caseNumber });
                    !r)
                    return r;
            }
            return {};
        })
        .ok();
}

QString pdfText(const QString &path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + u'\n';
    return text;
}

} // namespace

class TestDsnctlPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesTheStoredCaseAndRecordsThePrint_data();
    void writesTheStoredCaseAndRecordsThePrint();
    void usageErrors_data();
    void usageErrors();
    void unknownCaseIsInvalid();
    void decisionDocuments_data();
    void decisionDocuments();
    void certificateNeedsAToken();
    void documentsTheCaseCannotHaveAreRefused_data();
    void documentsTheCaseCannotHaveAreRefused();
    void correctedLegalReferencePrints();

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_case;
    QString m_decided;   // one line issued, one refused on ground 2
    QString m_refused;   // every line refused on ground 1
    QString m_issued;    // every line issued
    QString m_undecided; // no decision yet
};

void TestDsnctlPrint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"store.sqlite"_s);
    auto db = dsn::Database::open(m_store);
    QVERIFY(db.ok());
    QVERIFY((*db)->write([](QSqlDatabase &c) {
        return dsn::sqlExec(c, u"INSERT INTO settings(key, value) VALUES ('workstation.code', 'AST01')"_s);
    }));
    dsn::CaseStore cases(**db);
    dsn::IntakeOptions options;
    options.origin = dsn::IntakeOrigin::OnBehalfOfCounter;
    options.reason = u"test"_s;
    const dsn::Result<QString> number = cases.intake(application(), dsn::Actor::system(), options);
    QVERIFY2(number.ok(), qPrintable(number.ok() ? QString() : number.error().message));
    m_case = *number;
    for (QString *decided : { &m_decided, &m_refused, &m_issued, &m_undecided }) {
        const dsn::Result<QString> n = cases.intake(decidedApplication(), dsn::Actor::system(), options);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().message));
        *decided = *n;
    }
    QVERIFY(decide(**db, m_decided,
        { { u"issued"_s, kIssuedCode, {}, {}, {} },
            { u"refused"_s, {}, u"2"_s, u"Код ранее присвоен."_s, kHeldCode } }));
    QVERIFY(decide(**db, m_refused,
        { { u"refused"_s, {}, u"1"_s, u"Не состоит на учете."_s, {} },
            { u"refused"_s, {}, u"1"_s, u"Не состоит на учете."_s, {} } }));
    QVERIFY(decide(**db, m_issued,
        { { u"issued"_s, kIssuedCode, {}, {}, {} }, { u"issued"_s, u"305300012002"_s, {}, {}, {} } }));
}

void TestDsnctlPrint::writesTheStoredCaseAndRecordsThePrint_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("reprint");
    QTest::addColumn<int>("prints");
    // Reprints are counted per language: the first Russian print is an original too.
    QTest::newRow("kk first") << u"kk"_s << 0 << 1;
    QTest::newRow("ru first") << u"ru"_s << 0 << 2;
    QTest::newRow("kk again is a reprint") << u"kk"_s << 1 << 3;
}

void TestDsnctlPrint::writesTheStoredCaseAndRecordsThePrint()
{
    QFETCH(QString, lang);
    QFETCH(int, reprint);
    QFETCH(int, prints);
    const QString out = m_dir.filePath(u"receipt-%1.pdf"_s.arg(lang));
    const Run r = dsnctl(
        { u"--db"_s, m_store, u"print"_s, u"receipt"_s, m_case, u"--lang"_s, lang, u"--out"_s, out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(out);
    QVERIFY2(text.contains(m_case), qPrintable(text));
    QVERIFY2(text.contains(kBin), qPrintable(text));
    QVERIFY2(text.contains(kDue), qPrintable(text));

    // The print is recorded with the case, by the system, with the hash dsnctl reported.
    auto db = dsn::Database::open(m_store);
    QVERIFY(db.ok());
    dsn::CaseStore cases(**db);
    const auto record = cases.openCase(m_case, dsn::Actor::system());
    QVERIFY(record.ok());
    QCOMPARE(record->documents.size(), prints);
    const dsn::PrintedDocument &printed = record->documents.constLast();
    QCOMPARE(printed.kind, u"receipt"_s);
    QCOMPARE(printed.language, lang);
    QCOMPARE(printed.reprintNo, reprint);
    QVERIFY(!printed.printedBy.has_value());
    QVERIFY2(r.out.contains(printed.contentHash), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\treprint %1\n"_s.arg(reprint)), qPrintable(r.out));
}

void TestDsnctlPrint::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("bad language") << QStringList { u"--lang"_s, u"en"_s, u"--out"_s, u"x.pdf"_s };
    QTest::newRow("no language") << QStringList { u"--out"_s, u"x.pdf"_s };
    QTest::newRow("no output") << QStringList { u"--lang"_s, u"kk"_s };
}

void TestDsnctlPrint::usageErrors()
{
    QFETCH(QStringList, options);
    const QString before = QDir(m_dir.path()).entryList(QDir::Files).join(u',');
    const Run r = dsnctl(QStringList { u"--db"_s, m_store, u"print"_s, u"receipt"_s, m_case } + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).join(u','), before);
}

void TestDsnctlPrint::unknownCaseIsInvalid()
{
    const QString out = m_dir.filePath(u"none.pdf"_s);
    const Run r = dsnctl({ u"--db"_s, m_store, u"print"_s, u"receipt"_s, u"AST01-2025-999999"_s, u"--lang"_s,
        u"kk"_s, u"--out"_s, out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(out));
}

void TestDsnctlPrint::decisionDocuments_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("certificate kk") << u"certificate"_s << u"kk"_s
                                    << QStringList { u"КУӘЛІК"_s, u"3 053 0001 1 001"_s,
                                           u"2025 жылғы 12 наурыз"_s, u"Жұмабекова Гүлнар Серікқызы"_s,
                                           u"АИ-92-К5"_s };
    QTest::newRow("certificate ru") << u"certificate"_s << u"ru"_s
                                    << QStringList { u"СВИДЕТЕЛЬСТВО"_s, u"3 053 0001 1 001"_s,
                                           u"12 марта 2025 г."_s, u"производитель"_s, u"АИ-92-К5"_s };
    QTest::newRow("refusal kk") << u"refusal"_s << u"kk"_s
                                << QStringList { u"ДӘЛЕЛДІ БАС ТАРТУ"_s, u"3 053 0001 2 001"_s, u"ДТ-Л-К5"_s,
                                       u"Код ранее присвоен."_s, u"(1) бойынша ДСН-кодтары берілді"_s };
    QTest::newRow("refusal ru") << u"refusal"_s << u"ru"_s
                                << QStringList { u"МОТИВИРОВАННЫЙ ОТКАЗ"_s, u"3 053 0001 2 001"_s,
                                       u"Наличие ПИН-кода на вид нефтепродукта"_s,
                                       u"(1) ПИН-коды присвоены"_s };
}

void TestDsnctlPrint::decisionDocuments()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const QString out = m_dir.filePath(u"%1-%2.pdf"_s.arg(kind, lang));
    QStringList args { u"--db"_s, m_store, u"print"_s, kind, m_decided, u"--lang"_s, lang, u"--out"_s, out };
    if (kind == u"certificate"_s)
        args << u"--token"_s << kToken;
    const Run r = dsnctl(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = pdfText(out).simplified();
    QVERIFY2(text.contains(u"AST-2025-R-000007"_s), qPrintable(text));
    QVERIFY(text.contains(m_decided));
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(part + u" not in: "_s + text));
    QVERIFY(!text.contains(kind == u"certificate"_s ? u"ДТ-Л-К5"_s : u"АИ-92-К5"_s)); // only its own lines

    auto db = dsn::Database::open(m_store);
    QVERIFY(db.ok());
    dsn::CaseStore cases(**db);
    const auto record = cases.openCase(m_decided, dsn::Actor::system());
    QVERIFY(record.ok());
    const dsn::PrintedDocument &printed = record->documents.constLast();
    QCOMPARE(printed.kind, kind);
    QCOMPARE(printed.language, lang);
    QCOMPARE(printed.reprintNo, 0);
    QVERIFY2(r.out.startsWith(out + u'\t' + printed.contentHash + u"\treprint 0"_s), qPrintable(r.out));
}

void TestDsnctlPrint::certificateNeedsAToken()
{
    const QString out = m_dir.filePath(u"no-token.pdf"_s);
    for (const QStringList &token : { QStringList {}, QStringList { u"--token"_s, u" "_s } }) {
        const Run r = dsnctl(QStringList { u"--db"_s, m_store, u"print"_s, u"certificate"_s, m_decided,
                                 u"--lang"_s, u"kk"_s, u"--out"_s, out }
            + token);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--token"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
}

void TestDsnctlPrint::documentsTheCaseCannotHaveAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("which"); // 0 undecided, 1 every line refused, 2 every line issued
    QTest::addColumn<QString>("message");
    QTest::newRow("certificate of an undecided case") << u"certificate"_s << 0 << u"no decision number"_s;
    QTest::newRow("refusal of an undecided case") << u"refusal"_s << 0 << u"no decision number"_s;
    QTest::newRow("certificate with nothing issued") << u"certificate"_s << 1 << u"was issued"_s;
    QTest::newRow("refusal with nothing refused") << u"refusal"_s << 2 << u"was refused"_s;
}

void TestDsnctlPrint::documentsTheCaseCannotHaveAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(int, which);
    QFETCH(QString, message);
    const QString number = which == 0 ? m_undecided : which == 1 ? m_refused : m_issued;
    const QString out = m_dir.filePath(u"refused-%1.pdf"_s.arg(kind));
    QStringList args { u"--db"_s, m_store, u"print"_s, kind, number, u"--lang"_s, u"ru"_s, u"--out"_s, out };
    if (kind == u"certificate"_s)
        args << u"--token"_s << kToken;
    const Run r = dsnctl(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    // Nothing was recorded as printed.
    auto db = dsn::Database::open(m_store);
    QVERIFY(db.ok());
    const auto record = dsn::CaseStore(**db).openCase(number, dsn::Actor::system());
    QVERIFY(record.ok());
    QVERIFY(record->documents.isEmpty());
}

// The refusal letter of a case refused on ground 1 cites the Tax Code as corrected in the store.
void TestDsnctlPrint::correctedLegalReferencePrints()
{
    const Run set = dsnctl({ u"--db"_s, m_store, u"reference"_s, u"legal"_s, u"set"_s,
        u"tax_code_article_registration"_s, u"--ru"_s, u"статья 85"_s, u"--reason"_s, u"test"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QCOMPARE(set.lines(),
        QStringList({ u"key,lang,corrected,text"_s, u"tax_code_article_registration,kk,0,88-бап"_s,
            u"tax_code_article_registration,ru,1,статья 85"_s }));
    const QString out = m_dir.filePath(u"refusal-corrected.pdf"_s);
    const Run r = dsnctl(
        { u"--db"_s, m_store, u"print"_s, u"refusal"_s, m_refused, u"--lang"_s, u"ru"_s, u"--out"_s, out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = pdfText(out).simplified();
    QVERIFY2(text.contains(u"(Налоговый кодекс), статья 85)"_s), qPrintable(text));
    QVERIFY(!text.contains(u"статья 88"_s));
    QVERIFY(!text.contains(u"присвоены"_s)); // nothing of this case was issued

    const Run reset = dsnctl({ u"--db"_s, m_store, u"reference"_s, u"legal"_s, u"set"_s,
        u"tax_code_article_registration"_s, u"--reset"_s });
    QCOMPARE(reset.exitCode, 0);
    QVERIFY(reset.out.contains(u"tax_code_article_registration,ru,0,статья 88"_s));
    const Run list = dsnctl({ u"--db"_s, m_store, u"reference"_s, u"legal"_s });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.lines().size(), 1 + 2 * 5);
    QVERIFY(!list.out.contains(u",1,"_s));
    const Run bad = dsnctl(
        { u"--db"_s, m_store, u"reference"_s, u"legal"_s, u"set"_s, u"no_such_key"_s, u"--kk"_s, u"x"_s });
    QCOMPARE(bad.exitCode, 2);
}

QTEST_MAIN(TestDsnctlPrint)
#include "test_dsnctl_print.moc"
