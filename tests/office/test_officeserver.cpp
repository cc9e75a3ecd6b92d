// dsn-office as a process on loopback, on PostgreSQL and SQLite: refused requests change
// nothing, push / review / decide / pull end to end, a crash in the middle of a batch, and
// four pushers at once.
#include "officeserverprocess.h"
#include "officetestsupport.h"

#include "base/translations.h"
#include "cases/applicationjson.h"
#include "officecore/officestore.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QtTest>

#include <set>

using namespace dsn;
using namespace dsn::office;
using officetest::HttpReply;

class TestOfficeServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reasonsInTheLanguageAsked_data();
    void reasonsInTheLanguageAsked();
    void refusedRequestsChangeNothing_data() { backendRows(); }
    void refusedRequestsChangeNothing();
    void onlyOwnCaseNumbers_data() { backendRows(); }
    void onlyOwnCaseNumbers();
    void pushReviewDecidePull_data() { backendRows(); }
    void pushReviewDecidePull();
    void crashInTheMiddleOfABatch_data() { backendRows(); }
    void crashInTheMiddleOfABatch();
    void fourPushersAtOnce_data() { backendRows(); }
    void fourPushersAtOnce();
    void twoServersStartOnANewDatabase_data() { backendRows(); }
    void twoServersStartOnANewDatabase();
    void plainHttpOnlyOnLoopback_data() { backendRows(); }
    void plainHttpOnlyOnLoopback();

private:
    static void backendRows()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : officetest::backends())
            QTest::newRow(qPrintable(b)) << b;
    }
    // A fresh database, the test's own connection to it, tokens, and the server on it.
    bool setUp();
    QMap<QString, qint64> counts();
    QString url(const QString &path) const { return m_server->url(path); }

    static QJsonObject item(const QString &uid, const QString &number, const QJsonObject &application)
    {
        Application app;
        (void)applicationFromJson(application, &app);
        return QJsonObject { { u"case_uid"_s, uid }, { u"case_number"_s, number },
            { u"content_hash"_s, applicationContentHash(normalizedApplication(app)) },
            { u"kind"_s, u"application"_s }, { u"application"_s, application } };
    }
    static QJsonObject newItem(int n, const QString &taxpayerId, const QString &workstation = u"AST01"_s)
    {
        return item(QUuid::createUuid().toString(QUuid::WithoutBraces),
            u"%1-2026-%2"_s.arg(workstation).arg(n, 6, 10, QChar(u'0')),
            officetest::applicationJson(taxpayerId, { officetest::product(n % 4 + 1, u"Өнім %1"_s.arg(n)) }));
    }
    static QByteArray batch(const QJsonArray &items)
    {
        return QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson(QJsonDocument::Compact);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbUrl;
    std::unique_ptr<OfficeDatabase> m_db;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<officetest::OfficeServerProcess> m_server;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_counter, m_review, m_admin;
};

void TestOfficeServer::init()
{
    m_nam = new QNetworkAccessManager(this);
}

void TestOfficeServer::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_db.reset();
    delete m_nam;
    m_nam = nullptr;
}

bool TestOfficeServer::setUp()
{
    QFETCH(QString, backend);
    m_dir = std::make_unique<QTemporaryDir>();
    m_dbUrl = officetest::newDatabaseUrl(backend, *m_dir);
    if (m_dbUrl.isEmpty())
        return false;
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*OfficeLocation::parse(m_dbUrl));
    if (!db)
        return false;
    m_db = std::move(*db);
    m_store = std::make_unique<OfficeStore>(*m_db);
    m_counter = m_store->registerWorkstation(u"AST01"_s, Role::Operator, u"SC-AKM-01"_s).value();
    m_review = m_store->registerWorkstation(u"DGD-11"_s, Role::Reviewer, u"11"_s).value();
    m_admin = m_store->registerWorkstation(u"admin"_s, Role::Administrator, QString()).value();
    m_server = std::make_unique<officetest::OfficeServerProcess>();
    QString error;
    if (!m_server->start(m_dbUrl, m_dir->filePath(u"server.log"_s), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QMap<QString, qint64> TestOfficeServer::counts()
{
    QMap<QString, qint64> result;
    for (const QString &table : { u"workstations"_s, u"taxpayers"_s, u"cases"_s, u"case_lines"_s,
             u"subjects"_s, u"brand_counters"_s, u"codes"_s, u"events"_s })
        result.insert(table, m_store->rowCount(table).value());
    return result;
}

void TestOfficeServer::reasonsInTheLanguageAsked_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << u"sqlite"_s << QByteArray() << u"en"_s;
    QTest::newRow("kk") << u"sqlite"_s << "kk"_ba << u"kk"_s;
    QTest::newRow("ru-RU") << u"sqlite"_s << "ru-RU,ru;q=0.9,en;q=0.8"_ba << u"ru"_s;
    QTest::newRow("other") << u"sqlite"_s << "de-DE"_ba << u"en"_s;
}

// The office words a refusal's reason in the workstation's language (Accept-Language), and
// in English for a client that asks for none (dsnctl).
void TestOfficeServer::reasonsInTheLanguageAsked()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, language);
    QVERIFY(setUp());
    QNetworkRequest request { QUrl(url(u"/api/v1/updates"_s)) };
    if (!header.isEmpty())
        request.setRawHeader("Accept-Language", header);
    const HttpReply reply = officetest::finish(m_nam->get(request));
    QCOMPARE(reply.status, 401);
    const QString reason = reply.json().value(u"reason"_s).toString();
    const char *source = "a bearer token is required";
    const dsn::Language lang = *dsn::languageFromCode(language);
    QCOMPARE(reason, dsn::translateIn(lang, "dsn::OfficeApi", source));
    if (lang == dsn::Language::English)
        QCOMPARE(reason, QString::fromLatin1(source));
    else
        QVERIFY2(
            reason != QString::fromLatin1(source) && reason.contains(QRegularExpression(u"\\p{Cyrillic}"_s)),
            qPrintable(reason));
}

void TestOfficeServer::refusedRequestsChangeNothing()
{
    QVERIFY(setUp());
    // One stored case, so that decisions have something to refuse.
    const QJsonObject first = newItem(1, officetest::bin(1));
    QCOMPARE(officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, batch({ first }))
                 .status,
        200);
    const QString caseUid = first.value(u"case_uid"_s).toString();
    // A workstation whose token the administrator revoked while the server runs.
    const Result<QString> revoked
        = m_store->registerWorkstation(u"REVOKED-1"_s, Role::Operator, u"SC-AKM-01"_s);
    QVERIFY(revoked);
    QCOMPARE(officetest::send(*m_nam, u"GET"_s, url(u"/api/v1/updates?after=0"_s), *revoked, {}).status, 200);
    QVERIFY(m_store->revokeWorkstation(u"REVOKED-1"_s));
    const QMap<QString, qint64> before = counts();

    const QByteArray good = batch({ newItem(2, officetest::bin(1)) });
    QByteArray huge = batch({ newItem(3, officetest::bin(1)) });
    huge.insert(1, "\"padding\":\"" + QByteArray(1100 * 1024, 'x') + "\",");
    const QByteArray decision = R"({"lines":[{"line_no":1,"decision":"issued"}]})"_ba;
    // One key twice: in the body, in an application (QJsonDocument would keep one of them).
    QByteArray itemsTwice = good;
    itemsTwice.insert(1, "\"items\":[],");
    QByteArray idTwice = batch({ newItem(4, officetest::bin(1)) });
    idTwice.insert(idTwice.indexOf("\"application\":{") + 15, "\"taxpayer_id\":\"921029350851\",");
    struct Case
    {
        const char *what;
        QString method, path, token;
        QByteArray body;
        int status;
    };
    const QList<Case> cases = {
        { "no token", u"POST"_s, u"/api/v1/applications"_s, QString(), good, 401 },
        { "unknown token", u"POST"_s, u"/api/v1/applications"_s, u"0123"_s, good, 401 },
        { "revoked token", u"POST"_s, u"/api/v1/applications"_s, *revoked, good, 401 },
        { "revoked token pulls", u"GET"_s, u"/api/v1/updates?after=0"_s, *revoked, {}, 401 },
        { "review pushes", u"POST"_s, u"/api/v1/applications"_s, m_review, good, 403 },
        { "admin pushes", u"POST"_s, u"/api/v1/applications"_s, m_admin, good, 403 },
        { "counter decides", u"POST"_s, u"/api/v1/cases/"_s + caseUid + u"/decision"_s, m_counter, decision,
            403 },
        { "counter imports", u"POST"_s, u"/api/v1/taxpayers/import"_s, m_counter,
            "taxpayer_id,name,activity,registered_on\n"_ba, 403 },
        { "counter monitors", u"GET"_s, u"/api/v1/monitoring/events"_s, m_counter, {}, 403 },
        { "no token decides", u"POST"_s, u"/api/v1/cases/"_s + caseUid + u"/decision"_s, QString(), decision,
            401 },
        { "not JSON", u"POST"_s, u"/api/v1/applications"_s, m_counter, "{\"items\":[", 400 },
        { "not an object", u"POST"_s, u"/api/v1/applications"_s, m_counter, "[]", 400 },
        { "item without uid", u"POST"_s, u"/api/v1/applications"_s, m_counter,
            R"({"items":[{"case_number":"X"}]})", 400 },
        { "bad decision", u"POST"_s, u"/api/v1/cases/"_s + caseUid + u"/decision"_s, m_review,
            "{\"lines\":[{}]}", 400 },
        { "oversized", u"POST"_s, u"/api/v1/applications"_s, m_counter, huge, 413 },
        { "items twice", u"POST"_s, u"/api/v1/applications"_s, m_counter, itemsTwice, 400 },
        { "taxpayer_id twice", u"POST"_s, u"/api/v1/applications"_s, m_counter, idTwice, 400 },
        { "line_no twice", u"POST"_s, u"/api/v1/cases/"_s + caseUid + u"/decision"_s, m_review,
            R"({"lines":[{"line_no":1,"line_no":2,"decision":"issued"}]})"_ba, 400 },
    };
    for (const Case &c : cases) {
        const HttpReply r = officetest::send(*m_nam, c.method, url(c.path), c.token, c.body);
        QVERIFY2(r.status == c.status,
            qPrintable(
                u"%1: %2 %3"_s.arg(QLatin1StringView(c.what)).arg(r.status).arg(QString::fromUtf8(r.body))));
        QVERIFY2(r.json().contains(u"error"_s), c.what);
        QCOMPARE(counts(), before);
    }
    // An application received before the Rules took force (20 June 2020) is not stored.
    const QJsonObject early = item(QUuid::createUuid().toString(QUuid::WithoutBraces), u"AST01-2026-000005"_s,
        officetest::applicationJson(
            officetest::bin(1), { officetest::product(1, u"АИ-92"_s) }, u"2020-06-19T12:00:00+06:00"_s));
    const HttpReply refused
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, batch({ early }));
    QCOMPARE(refused.status, 200);
    const QJsonObject result = refused.json().value(u"results"_s).toArray().first().toObject();
    QCOMPARE(result.value(u"result"_s).toString(), u"invalid"_s);
    QVERIFY2(result.value(u"reason"_s).toString().startsWith(u"received_at: "_s),
        qPrintable(result.value(u"reason"_s).toString()));
    QCOMPARE(counts(), before);
    // The same requests with the right token do change the store.
    QCOMPARE(
        officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, good).status, 200);
    QCOMPARE(m_store->rowCount(u"cases"_s).value(), before.value(u"cases"_s) + 1);
}

void TestOfficeServer::onlyOwnCaseNumbers()
{
    QVERIFY(setUp());
    QVERIFY(m_store->registerWorkstation(u"ALM02"_s, Role::Operator, u"SC-AKM-01"_s));
    const QMap<QString, qint64> before = counts();
    const auto numbered = [](const QString &number, int n) {
        QJsonObject o = newItem(n, officetest::bin(1));
        o[u"case_number"_s] = number;
        return o;
    };
    // The counter's own case passes; another workstation's, and numbers with a line break, a NUL,
    // an escape or a zero-width space in them, are refused one by one, and nothing of them is kept.
    const QList<QJsonObject> refused
        = { numbered(u"ALM02-2026-000002"_s, 2), numbered(u"AST01-2026-000003\n"_s, 3),
              numbered(u"AST01-2026-000004\u0000"_s, 4), numbered(u"AST01\u001b-2026-000005"_s, 5),
              numbered(u"AST01-2026-\u200b000006"_s, 6), numbered(u"AST01-2026"_s, 7) };
    QJsonArray items { newItem(1, officetest::bin(1)) };
    for (const QJsonObject &o : refused)
        items.append(o);
    const HttpReply reply
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, batch(items));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), items.size());
    QCOMPARE(results.at(0).toObject().value(u"result"_s).toString(), u"stored"_s);
    for (qsizetype i = 1; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        QCOMPARE(r.value(u"result"_s).toString(), u"invalid"_s);
        QVERIFY2(r.value(u"reason"_s).toString().startsWith(u"case_number: "_s),
            qPrintable(r.value(u"reason"_s).toString()));
    }
    QVERIFY(results.at(1).toObject().value(u"reason"_s).toString().contains(u"ALM02"_s));
    QMap<QString, qint64> after = before;
    after[u"cases"_s] += 1;
    after[u"case_lines"_s] += 1;
    after[u"events"_s] += 1;
    QCOMPARE(counts(), after);
}

void TestOfficeServer::pushReviewDecidePull()
{
    QVERIFY(setUp());
    const QString tin = officetest::bin(1);
    const QByteArray registry = u"taxpayer_id,name,activity,place,registered_on,deregistered_on\n"
                                u"%1,ТОО А,petroleum_production,11,2001-01-01,\n"_s.arg(tin)
                                    .toUtf8();
    HttpReply imported
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/taxpayers/import"_s), m_admin, registry);
    QCOMPARE(imported.status, 200);
    QCOMPARE(imported.json().value(u"imported"_s).toInt(), 1);
    HttpReply badImport = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/taxpayers/import"_s), m_admin,
        registry + "123,Б,petroleum_production,11,2001-01-01,\n");
    QCOMPARE(badImport.status, 422);
    QVERIFY(badImport.json().value(u"reason"_s).toString().startsWith(u"line 3:"_s));

    const QJsonObject a = item(QUuid::createUuid().toString(QUuid::WithoutBraces), u"AST01-2026-000001"_s,
        officetest::applicationJson(
            tin, { officetest::product(1, u"АИ-92"_s), officetest::product(3, u"ДТ"_s) }));
    const HttpReply pushed
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, batch({ a }));
    QCOMPARE(pushed.status, 200);
    const QJsonObject first = pushed.json().value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"result"_s).toString(), u"stored"_s);
    QVERIFY(first.value(u"registered_at"_s).toString().endsWith(u"+05:00"_s));

    const HttpReply again
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, batch({ a }));
    const QJsonObject second = again.json().value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(second.value(u"result"_s).toString(), u"duplicate"_s);
    QCOMPARE(second.value(u"registered_at"_s), first.value(u"registered_at"_s));
    QCOMPARE(second.value(u"due_at"_s), first.value(u"due_at"_s));

    QJsonObject changed = a;
    changed[u"content_hash"_s] = QString(64, u'0');
    const HttpReply conflict
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, batch({ changed }));
    QCOMPARE(conflict.json().value(u"results"_s).toArray().at(0).toObject().value(u"result"_s).toString(),
        u"conflict"_s);
    QCOMPARE(m_store->rowCount(u"cases"_s).value(), 1);

    // An application that fails the intake checks (a wrong check digit) is reported, not stored.
    QString wrongId = tin;
    wrongId[11] = QChar(u'0' + (wrongId.at(11).digitValue() + 1) % 10);
    const QJsonObject invalid = newItem(7, wrongId);
    const HttpReply refused
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, batch({ invalid }));
    QCOMPARE(refused.status, 200);
    const QJsonObject refusedResult = refused.json().value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(refusedResult.value(u"result"_s).toString(), u"invalid"_s);
    QVERIFY(refusedResult.value(u"reason"_s).toString().contains(u"taxpayer_id"_s));
    QCOMPARE(m_store->rowCount(u"cases"_s).value(), 1);

    const QString uid = a.value(u"case_uid"_s).toString();
    QCOMPARE(officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/cases/"_s + uid + u"/status"_s), m_review,
                 R"({"status":"in_review"})"_ba)
                 .status,
        200);
    const QByteArray decisionBody
        = R"({"idempotency_key":"%1","reviewer":"Серікова Айгүл","login":"aigul",)"
          R"("lines":[{"line_no":1,"decision":"issued"},{"line_no":2,"decision":"issued"}]})";
    const HttpReply decided
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/cases/"_s + uid + u"/decision"_s), m_review,
            QString::fromUtf8(decisionBody).arg(QUuid::createUuid().toString(QUuid::WithoutBraces)).toUtf8());
    QCOMPARE(decided.status, 200);
    QCOMPARE(decided.json().value(u"status"_s).toString(), u"issued"_s);
    QCOMPARE(decided.json().value(u"decision_number"_s).toString(), u"11-2026-000001"_s);
    const QJsonArray lines = decided.json().value(u"lines"_s).toArray();
    QCOMPARE(lines.at(0).toObject().value(u"dsn_code"_s).toString(), u"300100011001"_s);
    QCOMPARE(lines.at(1).toObject().value(u"dsn_code"_s).toString(), u"300100013001"_s);
    QCOMPARE(
        officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/cases/"_s + uid + u"/decision"_s), m_review,
            QString::fromUtf8(decisionBody).arg(QUuid::createUuid().toString(QUuid::WithoutBraces)).toUtf8())
            .status,
        409);

    const HttpReply updates
        = officetest::send(*m_nam, u"GET"_s, url(u"/api/v1/updates?after=0&limit=10"_s), m_counter);
    QCOMPARE(updates.status, 200);
    const QJsonArray events = updates.json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(2).toObject().value(u"status"_s).toString(), u"issued"_s);
    QCOMPARE(events.at(2).toObject().value(u"case_number"_s).toString(), u"AST01-2026-000001"_s);
    // The counter learns the decision's number and time.
    QCOMPARE(events.at(2).toObject().value(u"decision_number"_s).toString(), u"11-2026-000001"_s);
    QCOMPARE(events.at(2).toObject().value(u"decided_at"_s), decided.json().value(u"decided_at"_s));
    QCOMPARE(
        updates.json().value(u"last_seq"_s).toInteger(), events.at(2).toObject().value(u"seq"_s).toInteger());
    const HttpReply none = officetest::send(*m_nam, u"GET"_s,
        url(u"/api/v1/updates?after=%1"_s.arg(updates.json().value(u"last_seq"_s).toInteger())), m_counter);
    QCOMPARE(none.json().value(u"events"_s).toArray().size(), 0);
    QCOMPARE(officetest::send(*m_nam, u"GET"_s, url(u"/api/v1/updates?after=x"_s), m_counter).status, 400);

    const HttpReply monitoring
        = officetest::send(*m_nam, u"GET"_s, url(u"/api/v1/monitoring/events?format=csv"_s), m_admin);
    QCOMPARE(monitoring.status, 200);
    const QStringList csvLines = QString::fromUtf8(monitoring.body).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), 4);
    QVERIFY(csvLines.at(0).startsWith(u"seq,case_uid"_s));
    const HttpReply monitoringJson = officetest::send(*m_nam, u"GET"_s,
        url(u"/api/v1/monitoring/events?format=json&from=2000-01-01&to=2000-01-02"_s), m_review);
    QCOMPARE(monitoringJson.status, 200);
    QCOMPARE(monitoringJson.json().value(u"events"_s).toArray().size(), 0);
    const HttpReply health = officetest::send(*m_nam, u"GET"_s, url(u"/api/v1/health"_s), QString());
    QCOMPARE(health.json().value(u"schema"_s).toInt(), officeSchemaVersion());
}

void TestOfficeServer::crashInTheMiddleOfABatch()
{
    QVERIFY(setUp());
    constexpr int kItems = 450; // under the 500 items a batch may hold
    QJsonArray items;
    for (int i = 1; i <= kItems; ++i)
        items.append(newItem(i, officetest::bin(i % 7)));
    const QByteArray body = batch(items);
    QVERIFY(body.size() < 1024 * 1024);

    QNetworkReply *inFlight
        = officetest::request(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, body);
    // Killed as soon as part of the batch is committed.
    QTRY_VERIFY_WITH_TIMEOUT(m_store->rowCount(u"cases"_s).value() > 0, 30000);
    m_server->kill();
    const HttpReply lost = officetest::finish(inFlight);
    QVERIFY(!lost.networkError.isEmpty());
    // On PostgreSQL a COMMIT that the server sent before it died still completes in its backend:
    // count once the dead server's sessions have ended.
    if (m_db->dialect() == Dialect::Postgres) {
        const auto otherSessions = [this] {
            return scalar(m_db->connection(),
                u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                u"AND backend_type = 'client backend' AND pid <> pg_backend_pid()"_s)
                ->toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(otherSessions(), 0, 30000);
    }
    const qint64 atCrash = m_store->rowCount(u"cases"_s).value();
    QVERIFY2(atCrash > 0 && atCrash < kItems, qPrintable(QString::number(atCrash)));

    QString error;
    m_server = std::make_unique<officetest::OfficeServerProcess>();
    QVERIFY2(m_server->start(m_dbUrl, m_dir->filePath(u"server2.log"_s), &error), qPrintable(error));
    const HttpReply resent
        = officetest::send(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), m_counter, body);
    QCOMPARE(resent.status, 200);
    const QJsonArray results = resent.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), kItems);
    int stored = 0;
    int duplicate = 0;
    for (const QJsonValue &v : results) {
        const QString result = v.toObject().value(u"result"_s).toString();
        stored += result == u"stored"_s;
        duplicate += result == u"duplicate"_s;
    }
    QCOMPARE(duplicate, atCrash);
    QCOMPARE(stored, kItems - atCrash);
    QCOMPARE(m_store->rowCount(u"cases"_s).value(), kItems);
    QCOMPARE(m_store->rowCount(u"case_lines"_s).value(), kItems);
    QCOMPARE(m_store->rowCount(u"events"_s).value(), kItems);
}

void TestOfficeServer::fourPushersAtOnce()
{
    QVERIFY(setUp());
    constexpr int kPushers = 4;
    constexpr int kPerPusher = 30;
    QStringList tokens;
    QList<QJsonArray> items(kPushers);
    for (int p = 0; p < kPushers; ++p) {
        tokens.append(
            m_store->registerWorkstation(u"AST0%1"_s.arg(p + 2), Role::Operator, u"SC-AKM-01"_s).value());
        for (int i = 0; i < kPerPusher; ++i)
            items[p].append(newItem(1000 * (p + 1) + i, officetest::bin(i % 5), u"AST0%1"_s.arg(p + 2)));
    }
    // Each pusher sends its items in three batches, and its first batch once more as a retry;
    // all requests are in flight at once.
    QList<QNetworkReply *> replies;
    for (int p = 0; p < kPushers; ++p) {
        for (int b = 0; b < 3; ++b) {
            QJsonArray part;
            for (int i = b * 10; i < b * 10 + 10; ++i)
                part.append(items[p].at(i));
            replies.append(officetest::request(
                *m_nam, u"POST"_s, url(u"/api/v1/applications"_s), tokens[p], batch(part)));
        }
        QJsonArray retry;
        for (int i = 0; i < 10; ++i)
            retry.append(items[p].at(i));
        replies.append(
            officetest::request(*m_nam, u"POST"_s, url(u"/api/v1/applications"_s), tokens[p], batch(retry)));
    }
    QMap<QString, int> storedTimes;
    QMap<QString, QString> registeredAt;
    for (QNetworkReply *reply : replies) {
        const HttpReply r = officetest::finish(reply);
        QVERIFY2(r.status == 200, qPrintable(QString::fromUtf8(r.body) + r.networkError));
        for (const QJsonValue &v : r.json().value(u"results"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QString uid = o.value(u"case_uid"_s).toString();
            const QString result = o.value(u"result"_s).toString();
            QVERIFY2(result == u"stored"_s || result == u"duplicate"_s, qPrintable(result));
            if (result == u"stored"_s)
                ++storedTimes[uid];
            const QString at = o.value(u"registered_at"_s).toString();
            QVERIFY(!at.isEmpty());
            if (registeredAt.contains(uid))
                QCOMPARE(at, registeredAt.value(uid));
            registeredAt.insert(uid, at);
        }
    }
    QCOMPARE(storedTimes.size(), kPushers * kPerPusher);
    for (auto it = storedTimes.cbegin(); it != storedTimes.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(m_store->rowCount(u"cases"_s).value(), kPushers * kPerPusher);
    QCOMPARE(m_store->rowCount(u"events"_s).value(), kPushers * kPerPusher);
    // Event numbers are gapless.
    Result<QVariant> maxSeq = scalar(m_db->connection(), u"SELECT MAX(seq) FROM events"_s);
    QCOMPARE(maxSeq->toLongLong(), kPushers * kPerPusher);
}

void TestOfficeServer::twoServersStartOnANewDatabase()
{
    // Both create or find the schema; neither fails, and they serve the same data.
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const QString dbUrl = officetest::newDatabaseUrl(backend, dir);
    QVERIFY(!dbUrl.isEmpty());
    officetest::OfficeServerProcess one;
    officetest::OfficeServerProcess two;
    QString error;
    // Launched back to back, before either has created the schema.
    QVERIFY2(one.launch(dbUrl, dir.filePath(u"one.log"_s), &error), qPrintable(error));
    QVERIFY2(two.launch(dbUrl, dir.filePath(u"two.log"_s), &error), qPrintable(error));
    QVERIFY2(one.waitListening(&error), qPrintable(error));
    QVERIFY2(two.waitListening(&error), qPrintable(error));
    for (officetest::OfficeServerProcess *server : { &one, &two }) {
        const HttpReply health
            = officetest::send(*m_nam, u"GET"_s, server->url(u"/api/v1/health"_s), QString());
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"schema"_s).toInt(), officeSchemaVersion());
    }
}

void TestOfficeServer::plainHttpOnlyOnLoopback()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const QString dbUrl = officetest::newDatabaseUrl(backend, dir);
    QVERIFY(!dbUrl.isEmpty());
    QProcess plain;
    plain.start(QStringLiteral(DSN_OFFICE_PATH), { u"--db"_s, dbUrl, u"--listen"_s, u"0.0.0.0:0"_s });
    QVERIFY(plain.waitForFinished(30000));
    QCOMPARE(plain.exitCode(), 2);
    QVERIFY(plain.readAllStandardError().contains("refusing plain HTTP"));

    // With a certificate it serves TLS (here on loopback, so that the test stays on this machine).
    QProcess openssl;
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
            u"/CN=127.0.0.1"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s,
            dir.filePath(u"cert.pem"_s) });
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    officetest::OfficeServerProcess server;
    QString error;
    QVERIFY2(
        server.start(dbUrl, dir.filePath(u"server.log"_s), &error,
            { u"--tls-cert"_s, dir.filePath(u"cert.pem"_s), u"--tls-key"_s, dir.filePath(u"key.pem"_s) }),
        qPrintable(error));
    QVERIFY(server.url(QString()).startsWith(u"https://"_s));
    QNetworkRequest request { QUrl(server.url(u"/api/v1/health"_s)) };
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::sslErrors, reply,
        [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    const HttpReply r = officetest::finish(reply);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"status"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestOfficeServer)
#include "test_officeserver.moc"
