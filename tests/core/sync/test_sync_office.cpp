// End to end: the workstation's sync against the real office service (dsn-office on SQLite, on a
// free loopback port), with the office's tools registering the workstations and the taxpayers.
#include "cases/casestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "sync/syncclient.h"

#include "casesamples.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;

class TestSyncOffice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pushRegisterDecidePull();

private:
    QString dsnctl(const QStringList &arguments);
    int post(const QString &path, const QJsonObject &body, QByteArray *reply);
    QString intake(dsn::Database &db, int n);
    QString statusOf(dsn::Database &db, const QString &caseNumber);

    QTemporaryDir m_dir;
    QProcess m_office;
    QString m_url;
    QString m_counterToken;
    QString m_reviewToken;
    QString m_officeDb;
};

QString TestSyncOffice::dsnctl(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(DSNCTL_PATH), QStringList { u"--db"_s, m_officeDb } + arguments);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
        qWarning("dsnctl: %s", p.readAllStandardError().constData());
        return {};
    }
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n');
    return lines.last().trimmed();
}

void TestSyncOffice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_officeDb = u"sqlite:"_s + m_dir.filePath(u"office.sqlite"_s);
    m_counterToken = dsnctl({ u"office"_s, u"register-workstation"_s, u"ast01"_s, u"--role"_s, u"counter"_s,
        u"--place"_s, u"SC-AKM-01"_s });
    // The review desk of department 11, to which the samples are addressed.
    m_reviewToken = dsnctl({ u"office"_s, u"register-workstation"_s, u"dgd11"_s, u"--role"_s, u"review"_s,
        u"--place"_s, u"11"_s });
    QVERIFY(!m_counterToken.isEmpty() && !m_reviewToken.isEmpty());
    QFile csv(m_dir.filePath(u"taxpayers.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("taxpayer_id,name,activity,place,registered_on,deregistered_on\n" + validBin(1).toUtf8()
        + ",ТОО Альфа,petroleum_production,11,2010-01-01,\n");
    csv.close();
    QVERIFY(!dsnctl({ u"office"_s, u"import-taxpayers"_s, csv.fileName() }).isNull());

    m_office.start(QStringLiteral(DSN_OFFICE_PATH),
        { u"--db"_s, m_officeDb, u"--listen"_s, u"127.0.0.1:0"_s, u"--keys-dir"_s,
            m_dir.filePath(u"signing-keys"_s) });
    QVERIFY(m_office.waitForStarted(10'000));
    const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += m_office.readAllStandardOutput();
            return listening.match(QString::fromUtf8(out)).hasMatch()
                || m_office.state() == QProcess::NotRunning;
        },
        30'000));
    m_url = listening.match(QString::fromUtf8(out)).captured(1);
    QVERIFY2(!m_url.isEmpty(), m_office.readAllStandardError().constData());
}

void TestSyncOffice::cleanupTestCase()
{
    if (m_office.state() != QProcess::NotRunning) {
        m_office.terminate();
        if (!m_office.waitForFinished(10'000))
            m_office.kill();
    }
}

int TestSyncOffice::post(const QString &path, const QJsonObject &body, QByteArray *replyBody)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_url + path));
    request.setRawHeader("Authorization", "Bearer " + m_reviewToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 30'000))
        return -1;
    *replyBody = reply->readAll();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString TestSyncOffice::intake(dsn::Database &db, int n)
{
    dsn::CaseStore store(db);
    const QDateTime received = QDateTime::currentDateTimeUtc().addSecs(-1800);
    auto number = store.intake(application(u"ТОО Альфа"_s, validBin(n), received), dsn::Actor::system(),
        dsn::IntakeOptions { dsn::IntakeOrigin::OnBehalfOfCounter, u"test"_s });
    return number ? *number : QString();
}

QString TestSyncOffice::statusOf(dsn::Database &db, const QString &caseNumber)
{
    auto v = dsn::sqlScalar(
        db.connection(), u"SELECT status FROM applications WHERE case_number = ?"_s, { caseNumber });
    return v ? v->toString() : QString();
}

void TestSyncOffice::pushRegisterDecidePull()
{
    auto db = openStore(m_dir.filePath(u"workstation.sqlite"_s));
    QVERIFY(db);
    QVERIFY(setSetting(*db, u"workstation.office"_s, u"SC-AST-01"_s));
    const QString taxpayer = intake(*db, 1); // in the taxpayer registry
    const QString stranger = intake(*db, 2); // not in it
    QVERIFY(!taxpayer.isEmpty() && !stranger.isEmpty());

    dsn::SyncClient::Options options;
    options.settings = { m_url, m_counterToken };
    dsn::SyncClient client(*db, options);
    dsn::SyncReport report = client.syncAndWait();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pushed, 2);
    QCOMPARE(report.acknowledged, 2);
    // The office registers on arrival, and says so in its updates.
    QCOMPARE(report.pulled, 2);
    QCOMPARE(statusOf(*db, taxpayer), u"registered"_s);
    QCOMPARE(statusOf(*db, stranger), u"registered"_s);

    // An answer lost on the way: the same item again is a duplicate, acknowledged again.
    QVERIFY(db->write([&](QSqlDatabase &c) {
        return dsn::sqlExec(c,
            u"UPDATE outbox SET acknowledged_at = NULL WHERE application_id ="
            u" (SELECT id FROM applications WHERE case_number = ?)"_s,
            { taxpayer });
    }));
    report = client.syncAndWait();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.acknowledged, 1);
    QCOMPARE(report.pulled, 0);

    // The revenue department decides both cases.
    QStringList uids;
    for (const QString &number : { taxpayer, stranger }) {
        auto uid = dsn::sqlScalar(
            db->connection(), u"SELECT uid FROM applications WHERE case_number = ?"_s, { number });
        QVERIFY(uid);
        uids.append(uid->toString());
    }
    // The registered subject's line is issued; the stranger's refused on ground 1 with the
    // reviewer's reason (the office refuses to issue where a ground holds).
    const QList<QJsonObject> decisions
        = { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"issued"_s } },
              QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"refused"_s }, { u"refusal_ground"_s, 1 },
                  { u"refusal_text"_s, u"Не зарегистрирован по ст. 88 НК"_s } } };
    for (qsizetype i = 0; i < uids.size(); ++i) {
        const QString &uid = uids.at(i);
        QByteArray body;
        QCOMPARE(
            post(u"/api/v1/cases/%1/status"_s.arg(uid), { { u"status"_s, u"in_review"_s } }, &body), 200);
        QCOMPARE(post(u"/api/v1/cases/%1/decision"_s.arg(uid),
                     { { u"idempotency_key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                         { u"reviewer"_s, u"Серікова Айгүл"_s }, { u"login"_s, u"aigul"_s },
                         { u"lines"_s, QJsonArray { decisions.at(i) } } },
                     &body),
            200);
    }

    report = client.syncAndWait();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pushed, 0);
    QCOMPARE(report.pulled, 4); // each case: in review, then decided
    QCOMPARE(statusOf(*db, taxpayer), u"issued"_s);
    QCOMPARE(statusOf(*db, stranger), u"refused"_s);
    dsn::CaseStore store(*db);
    auto issued = store.openCase(taxpayer, dsn::Actor::system());
    QVERIFY(issued);
    QCOMPARE(issued->lines.at(0).decision, u"issued"_s);
    QCOMPARE(issued->lines.at(0).dsnCode.size(), 12);
    // Country facet 3 and unit 001 from the application, then the subject's first entity number.
    QVERIFY2(issued->lines.at(0).dsnCode.startsWith(u"3001"_s), qPrintable(issued->lines.at(0).dsnCode));
    auto refused = store.openCase(stranger, dsn::Actor::system());
    QVERIFY(refused);
    QCOMPARE(refused->lines.at(0).decision, u"refused"_s);
    QCOMPARE(refused->lines.at(0).refusalGround, std::optional<int>(1));
    QCOMPARE(refused->lines.at(0).refusalText, u"Не зарегистрирован по ст. 88 НК"_s);
    QVERIFY(refused->lines.at(0).dsnCode.isEmpty());

    // Nothing new the next time.
    report = client.syncAndWait();
    QVERIFY(report.ok());
    QCOMPARE(report.pulled, 0);
    QCOMPARE(client.status()->pending, 0);

    // Another content under an acknowledged case's uid is a conflict, kept and reported.
    QVERIFY(db->write([&](QSqlDatabase &c) {
        return dsn::sqlExec(c,
            u"UPDATE outbox SET acknowledged_at = NULL, payload = json_set(payload, '$.content_hash', ?)"
            u" WHERE application_id = (SELECT id FROM applications WHERE case_number = ?)"_s,
            { QString(64, u'a'), stranger });
    }));
    report = client.syncAndWait();
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(report.acknowledged, 0);
    QCOMPARE(client.status()->conflicts, 1);
}

QTEST_GUILESS_MAIN(TestSyncOffice)
#include "test_sync_office.moc"
