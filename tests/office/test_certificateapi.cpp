// DSN certificates on dsn-office as a process, on PostgreSQL and SQLite: the signing keys folder
// checked at start (--keys-dir), the signed token of each print (POST cases/{uid}/certificate-
// token) for the desks that may print it, each print recorded with its own print id, the token
// checked by dsnctl with the keys dsnctl prints, and the public check (GET verify/{number or
// token}) without a token: what it shows and what it does not, tampered and unknown tokens,
// rotated keys, its audit and its rate limit.
#include "dsnctlrun.h"
#include "officeserverprocess.h"
#include "officetestsupport.h"

#include "base/kazakhstantime.h"
#include "cases/applicationjson.h"
#include "officecore/officestore.h"
#include "officecore/signingkeys.h"

#include <QDir>
#include <QJsonArray>
#include <QtTest>

#include <sys/stat.h>

using namespace dsn;
using namespace dsn::office;
using officetest::HttpReply;

class TestCertificateApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keysFolderAtStart();
    void printsOfACertificate_data() { officetest::addBackendRows(); }
    void printsOfACertificate();
    void publicCheck_data() { officetest::addBackendRows(); }
    void publicCheck();
    void checksAreRateLimited_data() { officetest::addBackendRows(); }
    void checksAreRateLimited();

private:
    struct Decided
    {
        QString uid;
        QJsonObject answer; // the decision's answer
    };
    bool setUp(const QStringList &extra = {});
    HttpReply send(const QString &method, const QString &path, const QString &token,
        const QByteArray &body = {}, const QByteArray &language = {});
    HttpReply print(const QString &uid, const QString &token, const QByteArray &body = {})
    {
        return send(u"POST"_s, u"/api/v1/cases/%1/certificate-token"_s.arg(uid), token, body);
    }
    // GET verify/ with the parameter percent-encoded (or as it is), without a token.
    HttpReply check(const QString &parameter, bool encode = true)
    {
        const QString path = encode ? QString::fromLatin1(QUrl::toPercentEncoding(parameter)) : parameter;
        return send(u"GET"_s, u"/api/v1/verify/"_s + path, QString());
    }
    // Counter AST01's case n of the taxpayer with the products; its uid, empty when not stored.
    QString push(int n, const QString &taxpayerId, const QJsonArray &products);
    // Case n of a registered producer with two products, both issued.
    Decided issuedCase(int n);
    HttpReply decide(const QString &uid, const QJsonArray &lines);
    // The public keys as dsnctl office signing-keys prints them, in a file; empty on failure.
    QString publishedKeys(const QString &name, bool rotate = false);
    QString keysDir() const { return m_dir->filePath(u"signing-keys"_s); }
    QList<QVariantList> verifyRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbUrl;
    std::unique_ptr<OfficeDatabase> m_db;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<officetest::OfficeServerProcess> m_server;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_counter, m_otherCounter, m_review, m_aktobe, m_admin;
};

void TestCertificateApi::init()
{
    m_nam = new QNetworkAccessManager(this);
}

void TestCertificateApi::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_db.reset();
    delete m_nam;
    m_nam = nullptr;
}

bool TestCertificateApi::setUp(const QStringList &extra)
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
    m_otherCounter = m_store->registerWorkstation(u"AST02"_s, Role::Operator, u"SC-AKM-02"_s).value();
    m_review = m_store->registerWorkstation(u"DGD-11"_s, Role::Reviewer, u"11"_s).value();
    m_aktobe = m_store->registerWorkstation(u"DGD-15"_s, Role::Reviewer, u"15"_s).value();
    m_admin = m_store->registerWorkstation(u"admin"_s, Role::Administrator, QString()).value();
    m_server = std::make_unique<officetest::OfficeServerProcess>();
    QString error;
    if (!m_server->start(m_dbUrl, m_dir->filePath(u"server.log"_s), &error, extra)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const QByteArray registry = u"taxpayer_id,name,activity,place,registered_on,deregistered_on\n"
                                u"%1,ТОО А,petroleum_production,11,2001-01-01,\n"_s.arg(officetest::bin(1))
                                    .toUtf8();
    return send(u"POST"_s, u"/api/v1/taxpayers/import"_s, m_admin, registry).status == 200;
}

HttpReply TestCertificateApi::send(const QString &method, const QString &path, const QString &token,
    const QByteArray &body, const QByteArray &language)
{
    QNetworkRequest request { QUrl::fromEncoded(m_server->url(path).toLatin1()) };
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!language.isEmpty())
        request.setRawHeader("Accept-Language", language);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (method == u"GET"_s)
        return officetest::finish(m_nam->get(request));
    return officetest::finish(m_nam->sendCustomRequest(request, method.toLatin1(), body));
}

QString TestCertificateApi::push(int n, const QString &taxpayerId, const QJsonArray &products)
{
    const QJsonObject application = officetest::applicationJson(taxpayerId, products);
    Application app;
    (void)applicationFromJson(application, &app);
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject item { { u"case_uid"_s, uid },
        { u"case_number"_s, u"AST01-2026-%1"_s.arg(n, 6, 10, QChar(u'0')) },
        { u"content_hash"_s, applicationContentHash(normalizedApplication(app)) },
        { u"kind"_s, u"application"_s }, { u"application"_s, application } };
    const HttpReply r = send(u"POST"_s, u"/api/v1/applications"_s, m_counter,
        QJsonDocument(QJsonObject { { u"items"_s, QJsonArray { item } } }).toJson(QJsonDocument::Compact));
    const QString result
        = r.json().value(u"results"_s).toArray().first().toObject().value(u"result"_s).toString();
    return result == u"stored"_s ? uid : QString();
}

HttpReply TestCertificateApi::decide(const QString &uid, const QJsonArray &lines)
{
    const QJsonObject body { { u"idempotency_key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"reviewer"_s, u"Серікова Айгүл"_s }, { u"login"_s, u"aigul"_s }, { u"lines"_s, lines } };
    return send(u"POST"_s, u"/api/v1/cases/%1/decision"_s.arg(uid), m_review,
        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestCertificateApi::Decided TestCertificateApi::issuedCase(int n)
{
    Decided d;
    d.uid = push(n, officetest::bin(1),
        { officetest::product(1, u"АИ-92-К5 %1"_s.arg(n)), officetest::product(3, u"ДТ-Л-К5 %1"_s.arg(n)) });
    if (d.uid.isEmpty())
        return d;
    const HttpReply decided = decide(d.uid,
        { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"issued"_s } },
            QJsonObject { { u"line_no"_s, 2 }, { u"decision"_s, u"issued"_s } } });
    if (decided.status != 200)
        qWarning("decision: %s", decided.body.constData());
    d.answer = decided.json();
    return d;
}

QString TestCertificateApi::publishedKeys(const QString &name, bool rotate)
{
    QStringList arguments { u"office"_s, u"signing-keys"_s, u"--keys-dir"_s, keysDir() };
    if (rotate)
        arguments.append(u"--rotate"_s);
    const dsntest::DsnctlRun run = dsntest::runDsnctl(arguments);
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(run.out.toUtf8()) != run.out.toUtf8().size())
        return {};
    return file.fileName();
}

QList<QVariantList> TestCertificateApi::verifyRows()
{
    QList<QVariantList> rows;
    Result<QSqlQuery> q = run(m_db->connection(),
        u"SELECT kind, outcome, remote_address, certificate_number, print_id, asked, refused_before "
        u"FROM verify_requests ORDER BY seq"_s);
    while (q && q->next()) {
        QVariantList row;
        for (int i = 0; i < 7; ++i)
            row.append(q->value(i));
        rows.append(row);
    }
    return rows;
}

void TestCertificateApi::keysFolderAtStart()
{
    QTemporaryDir dir;
    const QString db = u"sqlite:"_s + dir.filePath(u"office.db"_s);
    const auto runOffice = [&](const QStringList &arguments) {
        return dsntest::runProgram(QStringLiteral(DSN_OFFICE_PATH),
            QStringList { u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s } + arguments);
    };
    // A folder that cannot be made (under a plain file): a clear error, exit 1.
    QFile plain(dir.filePath(u"plain"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const dsntest::DsnctlRun unusable = runOffice({ u"--keys-dir"_s, plain.fileName() + u"/keys"_s });
    QCOMPARE(unusable.exitCode, 1);
    QVERIFY2(unusable.err.contains(u"signing keys folder"_s) && unusable.err.contains(plain.fileName()),
        qPrintable(unusable.describe()));
    // A key that others may read is not used: exit 1 with the chmod to run.
    const QString open = dir.filePath(u"open-keys"_s);
    const Result<QString> kid = SigningKeys(open).checkCurrentKey();
    QVERIFY(kid);
    QVERIFY(::chmod(QFile::encodeName(SigningKeys(open).privateKeyPath(*kid)).constData(), 0644) == 0);
    const dsntest::DsnctlRun exposed = runOffice({ u"--keys-dir"_s, open });
    QCOMPARE(exposed.exitCode, 1);
    QVERIFY2(exposed.err.contains(u"chmod 600"_s), qPrintable(exposed.describe()));
    // Not a rate: a usage error.
    QCOMPARE(runOffice({ u"--keys-dir"_s, open, u"--verify-rate"_s, u"0"_s }).exitCode, 2);
    const dsntest::DsnctlRun help = runOffice({ u"--help"_s });
    QVERIFY(help.out.contains(u"--keys-dir"_s) && help.out.contains(u"--verify-rate"_s));
    QVERIFY(help.out.contains(defaultSigningKeysDirectory()));

    // An empty folder: the first key is made at start and named in the listening line.
    const QString fresh = dir.filePath(u"fresh/keys"_s);
    officetest::OfficeServerProcess server;
    QString error;
    QVERIFY2(server.launch(db, dir.filePath(u"server.log"_s), &error, { u"--keys-dir"_s, fresh }),
        qPrintable(error));
    QVERIFY2(server.waitListening(&error), qPrintable(error));
    const Result<PublicKeySet> made = SigningKeys(fresh).readPublicKeys();
    QVERIFY(made && made->current());
    QCOMPARE(made->keys().size(), 1);
    QVERIFY(!(QFileInfo(fresh).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
}

void TestCertificateApi::printsOfACertificate()
{
    QVERIFY(setUp());
    const Decided issued = issuedCase(1);
    QVERIFY(!issued.uid.isEmpty() && !issued.answer.isEmpty());
    const QString number = issued.answer.value(u"decision_number"_s).toString();
    const QJsonArray lines = issued.answer.value(u"lines"_s).toArray();
    const QString codes = lines.at(0).toObject().value(u"dsn_code"_s).toString() + u'+'
        + lines.at(1).toObject().value(u"dsn_code"_s).toString();
    // The date of issue is the decision's date in Kazakhstan time.
    const QString issuedOn = issued.answer.value(u"decided_at"_s).toString().left(10);

    // The counter that took the case in prints at the hand-over.
    const HttpReply first
        = print(issued.uid, m_counter, R"({"printed_by":"Сейітқали Әйгерім","login":"aigerim"})");
    QCOMPARE(first.status, 200);
    const QJsonObject one = first.json();
    QCOMPARE(one.value(u"certificate_number"_s).toString(), number);
    QCOMPARE(one.value(u"issued_on"_s).toString(), issuedOn);
    const QString token = one.value(u"token"_s).toString();
    const QStringList fields = token.split(u'.');
    QCOMPARE(fields.size(), 8);
    QCOMPARE(fields.at(1), one.value(u"kid"_s).toString());
    QCOMPARE(fields.at(2), number);
    QCOMPARE(fields.at(3), QString(issuedOn).remove(u'-'));
    QCOMPARE(fields.at(4), officetest::bin(1));
    QCOMPARE(fields.at(5), codes);
    QCOMPARE(fields.at(6), one.value(u"print_id"_s).toString());

    // dsnctl checks it with the keys dsnctl office signing-keys prints; one character changed fails.
    const QString keys = publishedKeys(u"public-keys.json"_s);
    QVERIFY(!keys.isEmpty());
    const dsntest::DsnctlRun genuine
        = dsntest::runDsnctl({ u"certificate"_s, u"verify"_s, token, u"--keys"_s, keys });
    QVERIFY2(genuine.exitCode == 0, qPrintable(genuine.describe()));
    QVERIFY(genuine.lines().contains(u"certificate: "_s + number));
    QVERIFY(genuine.lines().contains(u"issued: "_s + issuedOn));
    QString changed = token;
    const qsizetype at = token.lastIndexOf(u'.') - 3; // inside the print id
    changed[at] = changed.at(at) == u'A' ? u'B' : u'A';
    const dsntest::DsnctlRun forged
        = dsntest::runDsnctl({ u"certificate"_s, u"verify"_s, changed, u"--keys"_s, keys });
    QVERIFY2(forged.exitCode == 1 && forged.err.contains(u"NOT GENUINE"_s), qPrintable(forged.describe()));

    // The review desk of the department and an administrator print too, each print its own id.
    const HttpReply second = print(issued.uid, m_review);
    QCOMPARE(second.status, 200);
    QVERIFY(second.json().value(u"print_id"_s).toString() != one.value(u"print_id"_s).toString());
    QVERIFY(second.json().value(u"token"_s).toString() != token);
    QCOMPARE(print(issued.uid, m_admin, "{}").status, 200);
    const QList<CertificatePrint> prints = m_store->prints(number).value();
    QCOMPARE(prints.size(), 3);
    QStringList ids, workstations;
    for (const CertificatePrint &p : prints) {
        ids.append(p.printId);
        workstations.append(p.workstation);
        QCOMPARE(p.caseUid, issued.uid);
        QCOMPARE(p.kid, one.value(u"kid"_s).toString());
        QVERIFY(p.printedAt.isValid());
    }
    QVERIFY(ids.contains(one.value(u"print_id"_s).toString()));
    QVERIFY(ids.contains(second.json().value(u"print_id"_s).toString()));
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 3);
    workstations.sort();
    QCOMPARE(workstations, (QStringList { u"AST01"_s, u"DGD-11"_s, u"admin"_s }));
    const auto byCounter = std::find_if(
        prints.begin(), prints.end(), [](const CertificatePrint &p) { return p.workstation == u"AST01"_s; });
    QCOMPARE(byCounter->printedBy, u"Сейітқали Әйгерім"_s);
    QCOMPARE(byCounter->login, u"aigerim"_s);

    // Nobody else: another counter, another department; unknown 404; nothing recorded.
    QCOMPARE(print(issued.uid, m_otherCounter).status, 403);
    QCOMPARE(print(issued.uid, m_aktobe).status, 403);
    QCOMPARE(print(QUuid::createUuid().toString(QUuid::WithoutBraces), m_counter).status, 404);
    QCOMPARE(print(issued.uid, QString()).status, 401);
    QCOMPARE(print(issued.uid, m_counter, R"({"printed_by": 7})").status, 400);
    QCOMPARE(print(issued.uid, m_counter, "[").status, 400);
    // A case not decided, or refused on every line, has no certificate: 409 not_issued.
    const QString open = push(2, officetest::bin(1), { officetest::product(1, u"Өнім"_s) });
    const QString stranger = push(3, officetest::bin(2), { officetest::product(1, u"Өнім"_s) });
    QCOMPARE(decide(stranger,
                 { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"refused"_s },
                     { u"refusal_ground"_s, 1 }, { u"refusal_text"_s, u"Тіркелмеген"_s } } })
                 .status,
        200);
    for (const QString &uid : { open, stranger }) {
        const HttpReply refused = print(uid, m_counter);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json().value(u"error"_s).toString(), u"not_issued"_s);
    }
    const HttpReply russian = send(u"POST"_s, u"/api/v1/cases/%1/certificate-token"_s.arg(stranger),
        m_counter, QByteArray(), "ru-RU,ru");
    QCOMPARE(russian.status, 409);
    QVERIFY(russian.json().value(u"reason"_s).toString()
        != print(stranger, m_counter).json().value(u"reason"_s).toString());
    QCOMPARE(m_store->rowCount(u"certificate_prints"_s).value(), 3);

    // After a rotation the token printed before still checks, and new prints use the new key.
    const QString rotated = publishedKeys(u"rotated.json"_s, true);
    QVERIFY(!rotated.isEmpty());
    const HttpReply after = print(issued.uid, m_counter);
    QVERIFY(after.json().value(u"kid"_s).toString() != one.value(u"kid"_s).toString());
    for (const QString &t : { token, after.json().value(u"token"_s).toString() }) {
        const dsntest::DsnctlRun run
            = dsntest::runDsnctl({ u"certificate"_s, u"verify"_s, t, u"--keys"_s, rotated });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(check(t).json().value(u"genuine"_s).toBool(), true);
    }
}

void TestCertificateApi::publicCheck()
{
    QVERIFY(setUp());
    const Decided issued = issuedCase(1);
    QVERIFY(!issued.uid.isEmpty());
    const QString number = issued.answer.value(u"decision_number"_s).toString();
    const HttpReply printed = print(issued.uid, m_counter);
    QCOMPARE(printed.status, 200);
    const QString token = printed.json().value(u"token"_s).toString();
    const QString printId = printed.json().value(u"print_id"_s).toString();

    // By number, without a token: what the certificate prints, nothing more.
    const HttpReply byNumber = check(number);
    QCOMPARE(byNumber.status, 200);
    const QJsonObject answer = byNumber.json();
    QCOMPARE(answer.keys(),
        (QStringList { u"certificate_number"_s, u"checked"_s, u"codes"_s, u"department"_s, u"genuine"_s,
            u"issued_on"_s, u"status"_s, u"subject"_s }));
    QCOMPARE(answer.value(u"genuine"_s).toBool(), true);
    QCOMPARE(answer.value(u"checked"_s).toString(), u"number"_s);
    QCOMPARE(answer.value(u"certificate_number"_s).toString(), number);
    QCOMPARE(
        answer.value(u"issued_on"_s).toString(), issued.answer.value(u"decided_at"_s).toString().left(10));
    QCOMPARE(answer.value(u"department"_s).toString(), u"11"_s);
    QCOMPARE(answer.value(u"status"_s).toString(), u"issued"_s);
    QCOMPARE(answer.value(u"subject"_s).toObject(),
        (QJsonObject { { u"name"_s, u"ТОО «Көкшетау Мұнай»"_s }, { u"taxpayer_id"_s, officetest::bin(1) } }));
    const QJsonArray codes = answer.value(u"codes"_s).toArray();
    QCOMPARE(codes.size(), 2);
    QCOMPARE(codes.at(0).toObject(),
        (QJsonObject { { u"dsn_code"_s,
                           issued.answer.value(u"lines"_s).toArray().at(0).toObject().value(u"dsn_code"_s) },
            { u"product_type"_s, 1 }, { u"name"_s, u"АИ-92-К5 1"_s } }));
    QCOMPARE(codes.at(1).toObject().value(u"product_type"_s).toInt(), 3);
    QVERIFY(!byNumber.body.contains("Серікбаев")); // the head's name is not on the certificate

    // By token, percent-encoded or as it is; a workstation's token changes nothing.
    for (const bool encode : { true, false }) {
        const HttpReply byToken = check(token, encode);
        QCOMPARE(byToken.status, 200);
        QCOMPARE(byToken.json().value(u"genuine"_s).toBool(), true);
        QCOMPARE(byToken.json().value(u"checked"_s).toString(), u"token"_s);
        QCOMPARE(byToken.json().value(u"print_id"_s).toString(), printId);
        QCOMPARE(byToken.json().value(u"codes"_s), answer.value(u"codes"_s));
    }
    QCOMPARE(
        send(u"GET"_s, u"/api/v1/verify/"_s + number, m_counter).json().value(u"genuine"_s).toBool(), true);

    // Not genuine: a character changed, the number changed, a print the office did not make,
    // claims other than the decision's.
    QString changed = token;
    changed[changed.size() - 5] = changed.at(changed.size() - 5) == u'A' ? u'B' : u'A';
    SigningKeys keys(keysDir());
    const Result<std::optional<Certificate>> certificate = m_store->certificate(number);
    QVERIFY(certificate && certificate->has_value());
    CertificateClaims fewer = (*certificate)->claims(printId);
    fewer.codes.removeLast();
    const struct
    {
        QString token;
        int status;
        QString error;
    } forged[] = {
        { changed, 200, u"bad_signature"_s },
        { QString(token).replace(number, number.left(number.size() - 1) + u'9'), 200, u"bad_signature"_s },
        { u"DSNC1.nonsense"_s, 200, u"malformed"_s },
        { keys.signCertificateToken((*certificate)->claims(newCertificatePrintId())).value(), 200,
            u"unknown_print"_s },
        { keys.signCertificateToken(fewer).value(), 200, u"claims_mismatch"_s },
    };
    for (const auto &f : forged) {
        const HttpReply r = check(f.token);
        QCOMPARE(r.status, f.status);
        QCOMPARE(r.json().value(u"genuine"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"error"_s).toString(), f.error);
        QVERIFY(!r.json().value(u"reason"_s).toString().isEmpty());
        QVERIFY(!r.json().contains(u"subject"_s));
    }
    // Unknown: 404 with genuine false; also a refused-only decision's number (no certificate).
    const QString stranger = push(2, officetest::bin(2), { officetest::product(1, u"Өнім"_s) });
    const HttpReply refused = decide(stranger,
        { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"refused"_s }, { u"refusal_ground"_s, 1 },
            { u"refusal_text"_s, u"Тіркелмеген"_s } } });
    const QString refusedNumber = refused.json().value(u"decision_number"_s).toString();
    QVERIFY(!refusedNumber.isEmpty());
    for (const QString &unknown : { u"11-2026-999999"_s, refusedNumber }) {
        const HttpReply r = check(unknown);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(u"genuine"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"not_found"_s);
    }
    // Neither a number nor a token, or too long: 400.
    for (const QString &bad : QStringList { u"hello world"_s, u"-11-"_s, u"DSNC1."_s + QString(1100, u'A') })
        QCOMPARE(check(bad).status, 400);
    QCOMPARE(send(u"GET"_s, u"/api/v1/verify/"_s, QString()).status, 404);

    // Every check is on record: when, from where, what was asked and what it was.
    const QList<QVariantList> rows = verifyRows();
    QCOMPARE(rows.size(), 14);
    QCOMPARE(rows.at(0).mid(0, 4), (QVariantList { u"number"_s, u"genuine"_s, u"127.0.0.1"_s, number }));
    QVERIFY(rows.at(0).at(4).isNull()); // no print id for a number
    QCOMPARE(rows.at(0).at(5).toString(), number);
    QCOMPARE(rows.at(0).at(6).toInt(), 0);
    QCOMPARE(
        rows.at(1).mid(0, 5), (QVariantList { u"token"_s, u"genuine"_s, u"127.0.0.1"_s, number, printId }));
    QCOMPARE(rows.at(1).at(5).toString(), token);
    QStringList outcomes;
    for (const QVariantList &row : rows)
        outcomes.append(row.at(1).toString());
    QCOMPARE(outcomes,
        (QStringList { u"genuine"_s, u"genuine"_s, u"genuine"_s, u"genuine"_s, u"bad_signature"_s,
            u"bad_signature"_s, u"malformed"_s, u"unknown_print"_s, u"claims_mismatch"_s, u"not_found"_s,
            u"not_found"_s, u"bad_request"_s, u"bad_request"_s, u"bad_request"_s }));
    QCOMPARE(rows.last().at(5).toString().size(), 1024);
    // The log shows neither the token nor the IIN/BIN.
    QFile log(m_dir->filePath(u"server.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(logged.contains("GET /api/v1/verify/* 200"));
    QVERIFY(!logged.contains(officetest::bin(1).toLatin1()));
    QVERIFY(!logged.contains(printId.toLatin1()));
}

void TestCertificateApi::checksAreRateLimited()
{
    QVERIFY(setUp({ u"--verify-rate"_s, u"3"_s }));
    const Decided issued = issuedCase(1);
    const QString number = issued.answer.value(u"decision_number"_s).toString();
    QVERIFY(!number.isEmpty());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(check(number).status, 200);
    // Over the limit: 429 with Retry-After, nothing looked up; the workstations' API is not limited.
    QNetworkRequest request { QUrl(m_server->url(u"/api/v1/verify/"_s + number)) };
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply = m_nam->get(request);
        const HttpReply r = officetest::finish(reply);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(u"genuine"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"rate_limited"_s);
        QVERIFY(!r.json().contains(u"subject"_s));
    }
    const QNetworkRequest again { QUrl(m_server->url(u"/api/v1/verify/"_s + number)) };
    QNetworkReply *reply = m_nam->get(again);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int retryAfter = reply->rawHeader("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, reply->rawHeader("Retry-After").constData());
    reply->deleteLater();
    QCOMPARE(print(issued.uid, m_counter).status, 200);
    // Three checks and the first refusal are recorded; the further refusals only counted.
    const QList<QVariantList> rows = verifyRows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.last().at(1).toString(), u"rate_limited"_s);
    QCOMPARE(rows.last().at(0).toString(), u"number"_s);
    QCOMPARE(rows.last().at(2).toString(), u"127.0.0.1"_s);
}

QTEST_GUILESS_MAIN(TestCertificateApi)
#include "test_certificateapi.moc"
