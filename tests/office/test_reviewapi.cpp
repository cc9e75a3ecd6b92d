// The review desk's API on dsn-office as a process, on PostgreSQL and SQLite: the department's
// queue, take and release, the evidence and the taxpayer registry, decisions refused where they
// contradict the evidence, a decision retried under its idempotency key, the department scope,
// and two office processes on one database deciding at once without a duplicate or a gap.
#include "officeserverprocess.h"
#include "officetestsupport.h"

#include "base/kazakhstantime.h"
#include "cases/applicationjson.h"
#include "officecore/officestore.h"

#include <QJsonArray>
#include <QMap>
#include <QtTest>

#include <set>

using namespace dsn;
using namespace dsn::office;
using officetest::HttpReply;

class TestReviewApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reviewDesk_data() { officetest::addBackendRows(); }
    void reviewDesk();
    void decisionsAndTheirKeys_data() { officetest::addBackendRows(); }
    void decisionsAndTheirKeys();
    void twoOfficesDecideAtOnce_data() { officetest::addBackendRows(); }
    void twoOfficesDecideAtOnce();
    void theQueueNamesWhoTookTheCaseIn_data() { officetest::addBackendRows(); }
    void theQueueNamesWhoTookTheCaseIn();

private:
    bool setUp();
    QString url(const QString &path) const { return m_server->url(path); }
    HttpReply get(const QString &path, const QString &token)
    {
        return officetest::send(*m_nam, u"GET"_s, url(path), token);
    }
    HttpReply post(const QString &path, const QString &token, const QByteArray &body)
    {
        return officetest::send(*m_nam, u"POST"_s, url(path), token, body);
    }
    // A decision with the key in the Idempotency-Key header.
    QNetworkReply *decide(
        const QString &baseUrl, const QString &uid, const QByteArray &key, const QByteArray &body)
    {
        QNetworkRequest request { QUrl(baseUrl + u"/api/v1/cases/"_s + uid + u"/decision"_s) };
        request.setRawHeader("Authorization", "Bearer " + m_review.toLatin1());
        request.setRawHeader("Idempotency-Key", key);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return m_nam->post(request, body);
    }
    // Pushes the application as counter AST01's case n; returns its uid.
    QString push(int n, const QString &taxpayerId, const QString &department = u"11"_s,
        const QJsonArray &products = {});
    // Counter AST01's case n as a push item, with the clerk's "received_by" unless it is undefined.
    static QJsonObject pushItem(int n, const QString &uid, const QJsonValue &receivedBy = {});
    HttpReply pushItems(const QJsonArray &items)
    {
        return post(u"/api/v1/applications"_s, m_counter,
            QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson(QJsonDocument::Compact));
    }
    static QByteArray lines(const QJsonArray &lines)
    {
        return QJsonDocument(QJsonObject { { u"reviewer"_s, u"Серікова Айгүл"_s }, { u"login"_s, u"aigul"_s },
                                 { u"lines"_s, lines } })
            .toJson(QJsonDocument::Compact);
    }
    static QJsonObject issued(int lineNo)
    {
        return QJsonObject { { u"line_no"_s, lineNo }, { u"decision"_s, u"issued"_s } };
    }
    static QJsonObject refused(int lineNo, int ground, const QString &text = u"Основание подтверждено"_s)
    {
        return QJsonObject { { u"line_no"_s, lineNo }, { u"decision"_s, u"refused"_s },
            { u"refusal_ground"_s, ground }, { u"refusal_text"_s, text } };
    }
    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }
    // The n-th decision number of department 11 this year (the service decides on its own clock).
    static QString decisionNumber(int n)
    {
        return u"11-%1-%2"_s.arg(kazakhstanDate(QDateTime::currentDateTimeUtc()).year())
            .arg(n, 6, 10, QChar(u'0'));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbUrl;
    std::unique_ptr<OfficeDatabase> m_db;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<officetest::OfficeServerProcess> m_server;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_counter, m_review, m_otherDesk, m_aktobe, m_admin;
};

void TestReviewApi::init()
{
    m_nam = new QNetworkAccessManager(this);
}

void TestReviewApi::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_db.reset();
    delete m_nam;
    m_nam = nullptr;
}

bool TestReviewApi::setUp()
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
    m_otherDesk = m_store->registerWorkstation(u"DGD-11-b"_s, Role::Reviewer, u"11"_s).value();
    m_aktobe = m_store->registerWorkstation(u"DGD-15"_s, Role::Reviewer, u"15"_s).value();
    m_admin = m_store->registerWorkstation(u"admin"_s, Role::Administrator, QString()).value();
    m_server = std::make_unique<officetest::OfficeServerProcess>();
    QString error;
    if (!m_server->start(m_dbUrl, m_dir->filePath(u"server.log"_s), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    // The registry: the first subject is a producer in force, the second is not registered.
    const QByteArray registry
        = u"taxpayer_id,name,activity,place,registered_on,deregistered_on\n"
          u"%1,ТОО А,petroleum_production,11,2001-01-01,\n"
          u"%1,ТОО А,petroleum_wholesale,75,2001-01-01,2010-01-01\n"_s.arg(officetest::bin(1))
              .toUtf8();
    const HttpReply imported = post(u"/api/v1/taxpayers/import"_s, m_admin, registry);
    if (imported.status != 200)
        qWarning("import: %s", imported.body.constData());
    return imported.status == 200;
}

QString TestReviewApi::push(
    int n, const QString &taxpayerId, const QString &department, const QJsonArray &products)
{
    QJsonObject application = officetest::applicationJson(taxpayerId,
        products.isEmpty() ? QJsonArray { officetest::product(1, u"Өнім %1"_s.arg(n)) } : products);
    application[u"department"_s] = department;
    Application app;
    (void)applicationFromJson(application, &app);
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject item { { u"case_uid"_s, uid },
        { u"case_number"_s, u"AST01-2026-%1"_s.arg(n, 6, 10, QChar(u'0')) },
        { u"content_hash"_s, applicationContentHash(normalizedApplication(app)) },
        { u"kind"_s, u"application"_s }, { u"application"_s, application } };
    const HttpReply r = post(u"/api/v1/applications"_s, m_counter,
        QJsonDocument(QJsonObject { { u"items"_s, QJsonArray { item } } }).toJson(QJsonDocument::Compact));
    const QString result
        = r.json().value(u"results"_s).toArray().first().toObject().value(u"result"_s).toString();
    return result == u"stored"_s ? uid : QString();
}

QJsonObject TestReviewApi::pushItem(int n, const QString &uid, const QJsonValue &receivedBy)
{
    const QJsonObject application
        = officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"Өнім %1"_s.arg(n)) });
    Application app;
    (void)applicationFromJson(application, &app);
    QJsonObject item { { u"case_uid"_s, uid },
        { u"case_number"_s, u"AST01-2026-%1"_s.arg(n, 6, 10, QChar(u'0')) },
        { u"content_hash"_s, applicationContentHash(normalizedApplication(app)) },
        { u"kind"_s, u"application"_s }, { u"application"_s, application } };
    if (!receivedBy.isUndefined())
        item.insert(u"received_by"_s, receivedBy);
    return item;
}

void TestReviewApi::reviewDesk()
{
    QVERIFY(setUp());
    const QString ours = push(1, officetest::bin(1), u"11"_s, { officetest::product(1, u"АИ-92-К5"_s) });
    const QString theirs = push(2, officetest::bin(1), u"15"_s);
    QVERIFY(!ours.isEmpty() && !theirs.isEmpty());

    // The queue: the department's cases only, with the application as pushed.
    const HttpReply queue = get(u"/api/v1/queue?after=0&limit=10"_s, m_review);
    QCOMPARE(queue.status, 200);
    const QJsonArray events = queue.json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject entry = events.first().toObject();
    QCOMPARE(entry.value(u"case_uid"_s).toString(), ours);
    QCOMPARE(entry.value(u"case_number"_s).toString(), u"AST01-2026-000001"_s);
    QCOMPARE(entry.value(u"status"_s).toString(), u"registered"_s);
    QVERIFY(entry.value(u"taken_by"_s).isNull());
    QVERIFY(entry.value(u"due_at"_s).toString().endsWith(u"+05:00"_s));
    QCOMPARE(entry.value(u"application"_s).toObject().value(u"taxpayer_id"_s).toString(), officetest::bin(1));
    QCOMPARE(entry.value(u"lines"_s).toArray().first().toObject().value(u"name"_s).toString(), u"АИ-92-К5"_s);
    const qint64 last = queue.json().value(u"last_seq"_s).toInteger();
    QCOMPARE(last, entry.value(u"seq"_s).toInteger());
    QCOMPARE(
        get(u"/api/v1/queue?after=%1"_s.arg(last), m_review).json().value(u"events"_s).toArray().size(), 0);
    QCOMPARE(get(u"/api/v1/queue"_s, m_counter).status, 403);
    QCOMPARE(get(u"/api/v1/queue?limit=0"_s, m_review).status, 400);

    // Another department's case: 403 for every reading and writing, nothing changes.
    const QByteArray person = R"({"reviewer":"Серікова Айгүл","login":"aigul"})";
    QCOMPARE(get(u"/api/v1/cases/%1/evidence"_s.arg(theirs), m_review).status, 403);
    QCOMPARE(post(u"/api/v1/cases/%1/take"_s.arg(theirs), m_review, person).status, 403);
    QCOMPARE(
        post(u"/api/v1/cases/%1/status"_s.arg(theirs), m_review, R"({"status":"in_review"})").status, 403);
    QCOMPARE(post(u"/api/v1/cases/%1/release"_s.arg(theirs), m_review, "{}").status, 403);
    QCOMPARE(officetest::finish(decide(url(QString()), theirs, newKey(), lines({ issued(1) }))).status, 403);
    QCOMPARE(get(u"/api/v1/cases/%1/evidence"_s.arg(theirs), m_aktobe).status, 200);
    const HttpReply monitored = get(u"/api/v1/monitoring/events"_s, m_review);
    QCOMPARE(monitored.json().value(u"events"_s).toArray().size(), 1);
    QCOMPARE(get(u"/api/v1/monitoring/events"_s, m_admin).json().value(u"events"_s).toArray().size(), 2);
    QCOMPARE(m_store->rowCount(u"events"_s).value(), 2);

    // Take: who has it; another reviewer gets 409 with who has it; the holder gives it back.
    const HttpReply taken = post(u"/api/v1/cases/%1/take"_s.arg(ours), m_review, person);
    QCOMPARE(taken.status, 200);
    QCOMPARE(taken.json().value(u"status"_s).toString(), u"in_review"_s);
    QCOMPARE(
        taken.json().value(u"taken_by"_s).toObject().value(u"reviewer"_s).toString(), u"Серікова Айгүл"_s);
    QCOMPARE(taken.json().value(u"taken_by"_s).toObject().value(u"workstation"_s).toString(), u"DGD-11"_s);
    QCOMPARE(post(u"/api/v1/cases/%1/take"_s.arg(ours), m_review, "{}").status, 400);
    const HttpReply busy = post(
        u"/api/v1/cases/%1/take"_s.arg(ours), m_otherDesk, R"({"reviewer":"Болатов Ерлан","login":"erlan"})");
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.json().value(u"error"_s).toString(), u"taken"_s);
    QCOMPARE(busy.json().value(u"taken_by"_s).toObject().value(u"login"_s).toString(), u"aigul"_s);
    QCOMPARE(post(u"/api/v1/cases/%1/release"_s.arg(ours), m_otherDesk, "{}").status, 403);
    const HttpReply requeued = get(u"/api/v1/queue?after=%1"_s.arg(last), m_review);
    QCOMPARE(requeued.json()
                 .value(u"events"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"taken_by"_s)
                 .toObject()
                 .value(u"login"_s),
        u"aigul"_s);
    const HttpReply freed = post(u"/api/v1/cases/%1/release"_s.arg(ours), m_admin, "{}");
    QCOMPARE(freed.status, 200);
    QVERIFY(freed.json().value(u"taken_by"_s).isNull());
    QCOMPARE(post(u"/api/v1/cases/%1/take"_s.arg(ours), m_review, person).status, 200);

    // The evidence of both grounds, and the registry behind ground 1.
    const HttpReply evidence = get(u"/api/v1/cases/%1/evidence"_s.arg(ours), m_review);
    QCOMPARE(evidence.status, 200);
    const QJsonObject groundOne = evidence.json().value(u"ground_1"_s).toObject();
    QCOMPARE(groundOne.value(u"holds"_s).toBool(), false);
    QCOMPARE(groundOne.value(u"required_activity"_s).toString(), u"petroleum_production"_s);
    QVERIFY(groundOne.value(u"registry_imported_at"_s).toString().endsWith(u"+05:00"_s));
    const QJsonArray registrations = groundOne.value(u"registrations"_s).toArray();
    QCOMPARE(registrations.size(), 2);
    QCOMPARE(registrations.at(0).toObject().value(u"in_force"_s).toBool(), true);
    QCOMPARE(registrations.at(1).toObject().value(u"in_force"_s).toBool(), false);
    QCOMPARE(registrations.at(1).toObject().value(u"deregistered_on"_s).toString(), u"2010-01-01"_s);
    const QJsonObject line = evidence.json().value(u"lines"_s).toArray().first().toObject();
    QCOMPARE(line.value(u"codes"_s).toArray().size(), 0);
    QVERIFY(line.value(u"ground_that_holds"_s).isNull());

    const HttpReply taxpayer = get(u"/api/v1/taxpayers/%1"_s.arg(officetest::bin(1)), m_review);
    QCOMPARE(taxpayer.status, 200);
    QCOMPARE(taxpayer.json().value(u"registrations"_s).toArray().size(), 2);
    QCOMPARE(taxpayer.json().value(u"registry_imported_at"_s), groundOne.value(u"registry_imported_at"_s));
    QCOMPARE(get(u"/api/v1/taxpayers/%1"_s.arg(officetest::bin(2)), m_review)
                 .json()
                 .value(u"registrations"_s)
                 .toArray()
                 .size(),
        0);
    QCOMPARE(get(u"/api/v1/taxpayers/123"_s, m_review).status, 400);
    QCOMPARE(get(u"/api/v1/taxpayers/%1"_s.arg(officetest::bin(1)), m_counter).status, 403);
    // A looked-up IIN or BIN never reaches the server's log.
    QFile log(m_dir->filePath(u"server.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(logged.contains("GET /api/v1/taxpayers/* 200"));
    QVERIFY(!logged.contains(officetest::bin(1).toLatin1()));
}

void TestReviewApi::decisionsAndTheirKeys()
{
    QVERIFY(setUp());
    const QString registered
        = push(1, officetest::bin(1), u"11"_s, { officetest::product(1, u"АИ-92-К5"_s) });
    const QString stranger = push(2, officetest::bin(2));
    const QString again = push(3, officetest::bin(1), u"11"_s, { officetest::product(1, u"аи-92-к5"_s) });
    QVERIFY(!registered.isEmpty() && !stranger.isEmpty() && !again.isEmpty());
    const QString base = url(QString());

    // Without a key, or a key that is no UUID: 400.
    QCOMPARE(
        post(u"/api/v1/cases/%1/decision"_s.arg(registered), m_review, lines({ issued(1) })).status, 400);
    QCOMPARE(officetest::finish(decide(base, registered, "12345", lines({ issued(1) }))).status, 400);
    // Issuing where ground 1 holds: 422 naming the ground, nothing changes.
    const qint64 events = m_store->rowCount(u"events"_s).value();
    const HttpReply holds = officetest::finish(decide(base, stranger, newKey(), lines({ issued(1) })));
    QCOMPARE(holds.status, 422);
    QCOMPARE(holds.json().value(u"error"_s).toString(), u"ground_holds"_s);
    QCOMPARE(holds.json().value(u"refusal_ground"_s).toInt(), 1);
    QCOMPARE(holds.json().value(u"line_no"_s).toInt(), 1);
    QCOMPARE(holds.json().value(u"problems"_s).toArray().size(), 1);
    const HttpReply noText
        = officetest::finish(decide(base, stranger, newKey(), lines({ refused(1, 1, u" "_s) })));
    QCOMPARE(noText.status, 422);
    QCOMPARE(noText.json().value(u"error"_s).toString(), u"refusal_text_required"_s);
    const HttpReply wrongGround
        = officetest::finish(decide(base, stranger, newKey(), lines({ refused(1, 2) })));
    QCOMPARE(wrongGround.json().value(u"error"_s).toString(), u"ground_does_not_hold"_s);
    QCOMPARE(m_store->rowCount(u"events"_s).value(), events);

    // Issued, with the key in the header; the same request again gets the same answer.
    const QByteArray key = newKey();
    const HttpReply first = officetest::finish(decide(base, registered, key, lines({ issued(1) })));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"decision_number"_s).toString(), decisionNumber(1));
    QVERIFY(first.json().value(u"decided_at"_s).toString().endsWith(u"+05:00"_s));
    QCOMPARE(first.json().value(u"reviewer"_s).toObject().value(u"login"_s).toString(), u"aigul"_s);
    const QString code
        = first.json().value(u"lines"_s).toArray().first().toObject().value(u"dsn_code"_s).toString();
    QCOMPARE(code.size(), 12);
    const HttpReply retried = officetest::finish(decide(base, registered, key, lines({ issued(1) })));
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.body, first.body);
    // The key in the body works the same; a new key for the decided case is 409; the key with
    // another request 422.
    QJsonObject withKey = QJsonDocument::fromJson(lines({ issued(1) })).object();
    withKey[u"idempotency_key"_s] = QString::fromLatin1(key);
    QCOMPARE(
        post(u"/api/v1/cases/%1/decision"_s.arg(registered), m_review, QJsonDocument(withKey).toJson()).body,
        first.body);
    QCOMPARE(officetest::finish(decide(base, registered, newKey(), lines({ issued(1) }))).status, 409);
    const HttpReply reused = officetest::finish(decide(base, stranger, key, lines({ refused(1, 1) })));
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.json().value(u"error"_s).toString(), u"idempotency_key_reused"_s);

    // Ground 2 names the code the subject holds.
    const HttpReply twice = officetest::finish(decide(base, again, newKey(), lines({ issued(1) })));
    QCOMPARE(twice.json().value(u"error"_s).toString(), u"ground_holds"_s);
    QCOMPARE(twice.json().value(u"held_code"_s).toString(), code);
    const HttpReply refusedTwice
        = officetest::finish(decide(base, again, newKey(), lines({ refused(1, 2) })));
    QCOMPARE(refusedTwice.status, 200);
    const QJsonObject refusedLine = refusedTwice.json().value(u"lines"_s).toArray().first().toObject();
    QCOMPARE(refusedLine.value(u"refusal_ground"_s).toInt(), 2);
    QCOMPARE(refusedLine.value(u"refusal_text"_s).toString(), u"Основание подтверждено"_s);
    QCOMPARE(refusedLine.value(u"held_code"_s).toString(), code);
    QCOMPARE(refusedTwice.json().value(u"decision_number"_s).toString(), decisionNumber(2));

    // The counter learns the numbers and times in its updates.
    const QJsonArray updates
        = get(u"/api/v1/updates?after=0"_s, m_counter).json().value(u"events"_s).toArray();
    QStringList numbers;
    for (const QJsonValue &v : updates) {
        if (v.toObject().contains(u"decision_number"_s)) {
            numbers.append(v.toObject().value(u"decision_number"_s).toString());
            QVERIFY(v.toObject().value(u"decided_at"_s).toString().endsWith(u"+05:00"_s));
            // and the reviewer who decided, for the documents it hands over
            QCOMPARE(v.toObject().value(u"reviewer"_s).toObject().value(u"name"_s).toString(),
                u"Серікова Айгүл"_s);
        }
    }
    QCOMPARE(numbers, (QStringList { decisionNumber(1), decisionNumber(2) }));
    QCOMPARE(updates.last()
                 .toObject()
                 .value(u"lines"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"held_code"_s)
                 .toString(),
        code);
}

// Two dsn-office processes serve one database; reviewers send their decisions to both at once.
void TestReviewApi::twoOfficesDecideAtOnce()
{
    QVERIFY(setUp());
    officetest::OfficeServerProcess second;
    QString error;
    QVERIFY2(second.start(m_dbUrl, m_dir->filePath(u"second.log"_s), &error), qPrintable(error));
    constexpr int kCases = 16;
    QStringList uids;
    for (int i = 1; i <= kCases; ++i) {
        uids.append(push(i, officetest::bin(1), u"11"_s,
            { officetest::product(i % 4 + 1, u"Өнім %1-a"_s.arg(i)),
                officetest::product(i % 4 + 1, u"Өнім %1-b"_s.arg(i)) }));
        QVERIFY(!uids.last().isEmpty());
    }
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kCases; ++i) {
        const QString base = i % 2 == 0 ? url(QString()) : second.url(QString());
        replies.append(decide(base, uids.at(i), newKey(), lines({ issued(1), issued(2) })));
    }
    QStringList codes;
    QStringList numbers;
    for (QNetworkReply *reply : replies) {
        const HttpReply r = officetest::finish(reply);
        QVERIFY2(r.status == 200, qPrintable(QString::fromUtf8(r.body) + r.networkError));
        numbers.append(r.json().value(u"decision_number"_s).toString());
        for (const QJsonValue &l : r.json().value(u"lines"_s).toArray())
            codes.append(l.toObject().value(u"dsn_code"_s).toString());
    }
    QCOMPARE(qsizetype(std::set<QString>(codes.begin(), codes.end()).size()), qsizetype(kCases * 2));
    numbers.sort();
    QStringList expected;
    for (int i = 1; i <= kCases; ++i)
        expected.append(decisionNumber(i));
    QCOMPARE(numbers, expected);
    // Brands per product type 1..n without a gap.
    QMap<int, QList<int>> brands;
    for (const QString &code : std::as_const(codes))
        brands[code.mid(8, 1).toInt()].append(code.mid(9).toInt());
    for (auto it = brands.begin(); it != brands.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (int i = 0; i < it->size(); ++i)
            QCOMPARE(it->at(i), i + 1);
    }
}

// The queue says which counter took the case in and, when the counter said, which clerk there:
// "received_by" goes beside the application, so the content hash is the application's alone.
void TestReviewApi::theQueueNamesWhoTookTheCaseIn()
{
    QVERIFY(setUp());
    const QString named = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString unnamed = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject clerk { { u"name"_s, u"Сейітқали Әйгерім"_s }, { u"login"_s, u"aigerim"_s } };
    const HttpReply pushed = pushItems({ pushItem(1, named, clerk), pushItem(2, unnamed) });
    QCOMPARE(pushed.status, 200);
    for (const QJsonValue &r : pushed.json().value(u"results"_s).toArray())
        QCOMPARE(r.toObject().value(u"result"_s).toString(), u"stored"_s);
    // The same application again without the clerk is the same content: a duplicate.
    QCOMPARE(pushItems({ pushItem(1, named) })
                 .json()
                 .value(u"results"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"result"_s)
                 .toString(),
        u"duplicate"_s);
    // A clerk that is not a name: the batch is refused, nothing stored.
    const qint64 cases = m_store->rowCount(u"cases"_s).value();
    for (const QJsonValue &bad :
        { QJsonValue(u"Сейітқали"_s), QJsonValue(QJsonObject { { u"login"_s, u"x"_s } }),
            QJsonValue(QJsonObject { { u"name"_s, QString(201, u'а') } }),
            QJsonValue(QJsonObject { { u"name"_s, u"a\x07z"_s } }) }) {
        const HttpReply refused
            = pushItems({ pushItem(3, QUuid::createUuid().toString(QUuid::WithoutBraces), bad) });
        QCOMPARE(refused.status, 400);
    }
    QCOMPARE(m_store->rowCount(u"cases"_s).value(), cases);

    const QJsonArray events = get(u"/api/v1/queue"_s, m_review).json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 2);
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        QCOMPARE(e.value(u"workstation"_s).toString(), u"AST01"_s);
        if (e.value(u"case_uid"_s).toString() == named)
            QCOMPARE(e.value(u"received_by"_s).toObject(), clerk);
        else
            QVERIFY(e.value(u"received_by"_s).isNull());
        QVERIFY(!e.value(u"application"_s).toObject().contains(u"received_by"_s));
    }
}

QTEST_GUILESS_MAIN(TestReviewApi)
#include "test_reviewapi.moc"
