// dsnctl print receipt: the receipt PDF of a stored case, readable back, recorded as a print.

#include "dsnctlrun.h"

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

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_case;
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

QTEST_MAIN(TestDsnctlPrint)
#include "test_dsnctl_print.moc"
