// The review desk's reading of the office's queue pages and decision answers (docs/office.md).
#include "sync/queueprotocol.h"

#include "cases/applicationjson.h"
#include "casesamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::CaseStatus;

class TestQueueProtocol : public QObject
{
    Q_OBJECT
private slots:
    void aPageBecomesMirroredCases();
    void anEmptyPageKeepsTheOfficesLastSeq();
    void theOfficeNamesWhoTookTheCaseIn();
    void brokenPagesAreRefused_data();
    void brokenPagesAreRefused();
    void aDecisionAnswerDecidesTheCopy();
    void aDecisionAnswerForAnotherCaseIsRefused();

private:
    static QJsonObject event(qint64 seq);
    static QByteArray page(const QJsonArray &events, qint64 lastSeq);
};

QJsonObject TestQueueProtocol::event(qint64 seq)
{
    const dsn::Application a = dsntest::application(u"ЖШС «Ақкөл Мұнай»"_s, dsntest::validBin(3),
        QDateTime(QDate(2026, 12, 1), QTime(10, 0), dsntest::kazakhstan()),
        { dsn::ProductLine { 1, u"АИ-92"_s, u"СТ РК 1658"_s },
            dsn::ProductLine { 2, u"ДТ-Л"_s, u"ГОСТ 32511"_s } });
    return QJsonObject { { u"seq"_s, seq },
        { u"case_uid"_s, u"5d0c3f0e-0000-4000-8000-00000000000%1"_s.arg(seq) },
        { u"case_number"_s, u"AST01-2026-00000%1"_s.arg(seq) }, { u"department"_s, u"11"_s },
        { u"status"_s, u"in_review"_s }, { u"registered_at"_s, u"2026-12-01T10:05:00.000+05:00"_s },
        { u"due_at"_s, u"2026-12-02T18:30:00.000+05:00"_s },
        { u"taken_by"_s,
            QJsonObject { { u"workstation"_s, u"DGD11R"_s }, { u"reviewer"_s, u"Жұмабаева Гүлнар"_s },
                { u"login"_s, u"gulnar"_s }, { u"since"_s, u"2026-12-02T09:00:00.000+05:00"_s } } },
        { u"application"_s, dsn::applicationToJson(dsn::normalizedApplication(a)) },
        { u"lines"_s,
            QJsonArray {
                QJsonObject { { u"line_no"_s, 1 }, { u"product_type"_s, 1 }, { u"name"_s, u"АИ-92"_s } },
                QJsonObject { { u"line_no"_s, 2 }, { u"product_type"_s, 2 }, { u"name"_s, u"ДТ-Л"_s } } } } };
}

QByteArray TestQueueProtocol::page(const QJsonArray &events, qint64 lastSeq)
{
    return QJsonDocument(
        QJsonObject { { u"department"_s, u"11"_s }, { u"events"_s, events }, { u"last_seq"_s, lastSeq } })
        .toJson();
}

void TestQueueProtocol::aPageBecomesMirroredCases()
{
    QString problem;
    const auto parsed = dsn::parseQueueReply(page({ event(4), event(7) }, 7), &problem);
    QVERIFY2(parsed, qPrintable(problem));
    QCOMPARE(parsed->cases.size(), 2);
    QCOMPARE(parsed->seqs, (QList<qint64> { 4, 7 }));
    QCOMPARE(parsed->lastSeq, 7);
    const dsn::MirroredCase &m = parsed->cases.first();
    QCOMPARE(m.caseNumber, u"AST01-2026-000004"_s);
    QCOMPARE(m.workstation, u"AST01"_s);
    QCOMPARE(m.status, CaseStatus::InReview);
    QCOMPARE(m.takenByLogin, u"gulnar"_s);
    QCOMPARE(m.takenByName, u"Жұмабаева Гүлнар"_s);
    QCOMPARE(m.takenAt, QDateTime(QDate(2026, 12, 2), QTime(9, 0), dsntest::kazakhstan()));
    QCOMPARE(m.dueAt, QDateTime(QDate(2026, 12, 2), QTime(18, 30), dsntest::kazakhstan()));
    QCOMPARE(m.application.taxpayerName, u"ЖШС «Ақкөл Мұнай»"_s);
    QCOMPARE(m.application.products.size(), 2);
    QVERIFY(m.lines.isEmpty()); // nothing decided yet
}

// The office names the counter that pushed the case and the clerk there who took it in; without
// them the counter is the one of the case number and the clerk is unnamed (empty, not null: the
// store keeps a name).
void TestQueueProtocol::theOfficeNamesWhoTookTheCaseIn()
{
    QJsonObject named = event(1);
    named.insert(u"workstation"_s, u"AST02"_s);
    named.insert(u"received_by"_s,
        QJsonObject { { u"name"_s, u"Сейітқали Әйгерім"_s }, { u"login"_s, u"aigerim"_s } });
    QJsonObject unnamed = event(2);
    unnamed.insert(u"received_by"_s, QJsonValue(QJsonValue::Null));
    QString problem;
    const auto parsed = dsn::parseQueueReply(page({ named, unnamed }, 2), &problem);
    QVERIFY2(parsed, qPrintable(problem));
    QCOMPARE(parsed->cases.at(0).workstation, u"AST02"_s);
    QCOMPARE(parsed->cases.at(0).receivedByName, u"Сейітқали Әйгерім"_s);
    QCOMPARE(parsed->cases.at(1).workstation, u"AST01"_s);
    QVERIFY(parsed->cases.at(1).receivedByName.isEmpty());
    QVERIFY(!parsed->cases.at(1).receivedByName.isNull());
}

void TestQueueProtocol::anEmptyPageKeepsTheOfficesLastSeq()
{
    QString problem;
    const auto parsed = dsn::parseQueueReply(page({}, 42), &problem);
    QVERIFY(parsed);
    QCOMPARE(parsed->lastSeq, 42);
    QVERIFY(parsed->cases.isEmpty());
}

void TestQueueProtocol::brokenPagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QJsonObject noUid = event(1);
    noUid.remove(u"case_uid"_s);
    QJsonObject badStatus = event(1);
    badStatus.insert(u"status"_s, u"approved"_s);
    QJsonObject noApplication = event(1);
    noApplication.remove(u"application"_s);
    QJsonObject issuedWithoutCode = event(1);
    issuedWithoutCode.insert(
        u"lines"_s, QJsonArray { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"issued"_s } } });
    QJsonObject badApplication = event(1);
    QJsonObject app = badApplication.value(u"application"_s).toObject();
    app.remove(u"taxpayer_id"_s);
    badApplication.insert(u"application"_s, app);
    QTest::newRow("not JSON") << QByteArray("<html>");
    QTest::newRow("no events") << QByteArray(R"({"last_seq": 3})");
    QTest::newRow("no uid") << page({ noUid }, 1);
    QTest::newRow("unknown status") << page({ badStatus }, 1);
    QTest::newRow("no application") << page({ noApplication }, 1);
    QTest::newRow("application without IIN/BIN") << page({ badApplication }, 1);
    QTest::newRow("issued without a code") << page({ issuedWithoutCode }, 1);
    QTest::newRow("a key twice") << QByteArray(R"({"events": [], "events": [], "last_seq": 1})");
}

void TestQueueProtocol::brokenPagesAreRefused()
{
    QFETCH(QByteArray, body);
    QString problem;
    QVERIFY(!dsn::parseQueueReply(body, &problem));
    QVERIFY(!problem.isEmpty());
}

void TestQueueProtocol::aDecisionAnswerDecidesTheCopy()
{
    QString problem;
    const dsn::MirroredCase before = dsn::parseQueueReply(page({ event(4) }, 4), &problem)->cases.first();
    const QByteArray answer = QJsonDocument(
        QJsonObject { { u"case_uid"_s, before.uid }, { u"case_number"_s, before.caseNumber },
            { u"status"_s, u"partly_issued"_s }, { u"decision_number"_s, u"11-2026-000003"_s },
            { u"decided_at"_s, u"2026-12-02T11:00:05.000+05:00"_s },
            { u"reviewer"_s,
                QJsonObject { { u"name"_s, u"Жұмабаева Гүлнар"_s }, { u"login"_s, u"gulnar"_s } } },
            { u"lines"_s,
                QJsonArray { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"issued"_s },
                                 { u"dsn_code"_s, u"300100031001"_s } },
                    QJsonObject { { u"line_no"_s, 2 }, { u"decision"_s, u"refused"_s },
                        { u"refusal_ground"_s, 1 }, { u"refusal_text"_s, u"Тіркеу жоқ"_s } } } } })
                                  .toJson();
    const auto decided = dsn::parseDecisionReply(answer, before, &problem);
    QVERIFY2(decided, qPrintable(problem));
    QCOMPARE(decided->status, CaseStatus::PartlyIssued);
    QCOMPARE(decided->decisionNumber, u"11-2026-000003"_s);
    QCOMPARE(decided->decidedByName, u"Жұмабаева Гүлнар"_s);
    QCOMPARE(decided->lines.size(), 2);
    QCOMPARE(decided->lines.at(0).dsnCode, u"300100031001"_s);
    QCOMPARE(decided->lines.at(1).refusalGround, std::optional<int>(1));
    QCOMPARE(decided->application, before.application);
}

void TestQueueProtocol::aDecisionAnswerForAnotherCaseIsRefused()
{
    QString problem;
    const dsn::MirroredCase before = dsn::parseQueueReply(page({ event(4) }, 4), &problem)->cases.first();
    const QByteArray other = R"({"case_uid": "5d0c3f0e-0000-4000-8000-000000000009", "status": "issued",
        "decision_number": "11-2026-000004", "lines": []})";
    QVERIFY(!dsn::parseDecisionReply(other, before, &problem));
    // Not every line decided: refused, nothing invented.
    const QByteArray partial = QJsonDocument(
        QJsonObject { { u"case_uid"_s, before.uid }, { u"status"_s, u"issued"_s },
            { u"decision_number"_s, u"11-2026-000004"_s },
            { u"lines"_s,
                QJsonArray { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"issued"_s },
                    { u"dsn_code"_s, u"300100031001"_s } } } } })
                                   .toJson();
    QVERIFY(!dsn::parseDecisionReply(partial, before, &problem));
}

QTEST_GUILESS_MAIN(TestQueueProtocol)
#include "test_queueprotocol.moc"
