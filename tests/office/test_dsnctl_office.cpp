// dsnctl office on PostgreSQL and SQLite: register-workstation (with its place) and rotate-token
// print a working token as their last line; import-taxpayers imports all or nothing and replaces
// the registry; taxpayers-info says what it holds.
#include "dsnctlrun.h"
#include "officetestsupport.h"

#include "cases/applicationjson.h"
#include "officecore/officestore.h"

#include <QtTest>

using namespace dsn;
using namespace dsn::office;

class TestDsnctlOffice : public QObject
{
    Q_OBJECT

private slots:
    void registerWorkstation_data() { backendRows(); }
    void registerWorkstation();
    void rotateToken_data() { backendRows(); }
    void rotateToken();
    void importTaxpayers_data() { backendRows(); }
    void importTaxpayers();
    void usage();

private:
    static void backendRows()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : officetest::backends())
            QTest::newRow(qPrintable(b)) << b;
    }
    using Run = dsntest::DsnctlRun;
    static Run dsnctl(const QStringList &arguments) { return dsntest::runDsnctl(arguments); }
    QString writeFile(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return f.fileName();
    }

    QTemporaryDir m_dir;
};

void TestDsnctlOffice::registerWorkstation()
{
    QFETCH(QString, backend);
    const QString url = officetest::newDatabaseUrl(backend, m_dir);
    QVERIFY(!url.isEmpty());
    // A review desk needs a department of the reference data; nothing is registered otherwise.
    const QStringList review
        = { u"--db"_s, url, u"office"_s, u"register-workstation"_s, u"DGD-11"_s, u"--role"_s, u"review"_s };
    const Run noPlace = dsnctl(review);
    QCOMPARE(noPlace.exitCode, 2);
    QVERIFY2(noPlace.err.contains(u"--place"_s), qPrintable(noPlace.err));
    const Run unknown = dsnctl(review + QStringList { u"--place"_s, u"99"_s });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"99"_s), qPrintable(unknown.err));
    QCOMPARE(dsnctl(review + QStringList { u"--place"_s, u"51"_s }).exitCode, 1); // no longer exists
    const Run r = dsnctl(review + QStringList { u"--place"_s, u"11"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString token = r.out.trimmed().split(u'\n').last().trimmed();
    QCOMPARE(token.size(), 64);

    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*OfficeLocation::parse(url));
    QVERIFY(db);
    OfficeStore store(**db);
    Result<std::optional<Workstation>> who = store.authenticate(token);
    QVERIFY(who && who->has_value());
    QCOMPARE((*who)->name, u"DGD-11"_s);
    QCOMPARE((*who)->role, Role::Reviewer);
    QCOMPARE((*who)->place, u"11"_s);

    // The default role is counter, which needs its branch; a taken name is refused and changes
    // nothing. An administrator needs no place.
    const QStringList counterArgs = { u"--db"_s, url, u"office"_s, u"register-workstation"_s, u"AST01"_s,
        u"--place"_s, u"SC-AKM-01"_s };
    QCOMPARE(dsnctl(counterArgs.mid(0, 5)).exitCode, 2);
    const Run counter = dsnctl(counterArgs);
    QCOMPARE(counter.exitCode, 0);
    QCOMPARE(
        (*store.authenticate(counter.out.trimmed().split(u'\n').last().trimmed()))->role, Role::Operator);
    const Run taken = dsnctl(counterArgs);
    QCOMPARE(taken.exitCode, 1);
    const Run admin = dsnctl(
        { u"--db"_s, url, u"office"_s, u"register-workstation"_s, u"admin"_s, u"--role"_s, u"admin"_s });
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    QCOMPARE(admin.out.trimmed().split(u'\n').last().trimmed().size(), 64);
    QCOMPARE(store.rowCount(u"workstations"_s).value(), 3);

    // A revoked token no longer authenticates; the other workstation's still does.
    const Run revoked = dsnctl({ u"--db"_s, url, u"office"_s, u"revoke-workstation"_s, u"DGD-11"_s });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    Result<std::optional<Workstation>> after = store.authenticate(token);
    QVERIFY(after);
    QVERIFY(!after->has_value());
    QVERIFY((*store.authenticate(counter.out.trimmed().split(u'\n').last().trimmed())).has_value());
    // Revoking again, or an unknown name, says so with exit 1.
    QCOMPARE(dsnctl({ u"--db"_s, url, u"office"_s, u"revoke-workstation"_s, u"DGD-11"_s }).exitCode, 1);
    QCOMPARE(dsnctl({ u"--db"_s, url, u"office"_s, u"revoke-workstation"_s, u"NOBODY"_s }).exitCode, 1);
}

void TestDsnctlOffice::rotateToken()
{
    QFETCH(QString, backend);
    const QString url = officetest::newDatabaseUrl(backend, m_dir);
    QVERIFY(!url.isEmpty());
    const Run registered = dsnctl(
        { u"--db"_s, url, u"office"_s, u"register-workstation"_s, u"AST01"_s, u"--place"_s, u"SC-AKM-01"_s });
    QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
    const QString old = registered.out.trimmed().split(u'\n').last().trimmed();

    // The workstation has a history before the new token: one pushed case.
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*OfficeLocation::parse(url));
    QVERIFY(db);
    OfficeStore store(**db);
    const Workstation counter = (*store.authenticate(old)).value();
    Application app;
    QVERIFY(applicationFromJson(
        officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"А"_s) }), &app)
                .isEmpty());
    app = normalizedApplication(app);
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(
        store.push(counter, PushItem { uid, u"AST01-2026-000001"_s, applicationContentHash(app), app, {} }));

    const Run rotated = dsnctl({ u"--db"_s, url, u"office"_s, u"rotate-token"_s, u"AST01"_s });
    QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
    const QString token = rotated.out.trimmed().split(u'\n').last().trimmed();
    QCOMPARE(token.size(), 64);
    QVERIFY(token != old);
    QVERIFY(!store.authenticate(old)->has_value());
    Result<std::optional<Workstation>> who = store.authenticate(token);
    QVERIFY(who && who->has_value());
    QCOMPARE((*who)->name, u"AST01"_s);
    QCOMPARE((*who)->role, Role::Operator);
    const QList<CaseEvent> history = store.updates(**who, 0, 100).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().caseUid, uid);

    // An unknown name says so with exit 1; an empty one is a usage error.
    const Run unknown = dsnctl({ u"--db"_s, url, u"office"_s, u"rotate-token"_s, u"NOBODY"_s });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"No workstation"_s), qPrintable(unknown.err));
    QCOMPARE(dsnctl({ u"--db"_s, url, u"office"_s, u"rotate-token"_s, u" "_s }).exitCode, 2);
    QCOMPARE(store.rowCount(u"workstations"_s).value(), 1);
}

void TestDsnctlOffice::importTaxpayers()
{
    QFETCH(QString, backend);
    const QString url = officetest::newDatabaseUrl(backend, m_dir);
    QVERIFY(!url.isEmpty());
    const QStringList info = { u"--db"_s, url, u"office"_s, u"taxpayers-info"_s };
    const Run never = dsnctl(info);
    QVERIFY2(never.exitCode == 0, qPrintable(never.err));
    QVERIFY2(never.out.contains(u"registrations\t0\n"_s) && never.out.contains(u"imported_at\t-\n"_s),
        qPrintable(never.out));

    const QString header = u"taxpayer_id,name,activity,place,registered_on,deregistered_on\n"_s;
    // Two registrations of one producer (one ended), one importer.
    const QString good = writeFile(u"good-%1.csv"_s.arg(backend),
        header
            + u"%1,ТОО А,petroleum_production,11,2001-01-01,\n%1,ТОО "
              u"А,petroleum_wholesale,75,2001-01-01,2020-05-05\n"
              u"%2,ТОО Б,petroleum_wholesale,75,2002-02-02,\n"_s.arg(officetest::bin(1), officetest::bin(2)));
    // Line 3: no valid BIN; line 4: no department 98; line 5: deregistered before registered.
    const QString bad = writeFile(u"bad-%1.csv"_s.arg(backend),
        header
            + u"%1,ТОО В,petroleum_production,11,2001-01-01,\n123,ТОО Г,petroleum_production,11,2002-02-02,\n"
              u"%1,ТОО В,petroleum_production,98,2001-01-01,\n%1,ТОО В,petroleum_production,15,2001-01-01,2000-01-01\n"_s
                  .arg(officetest::bin(3)));

    const Run imported = dsnctl({ u"--db"_s, url, u"office"_s, u"import-taxpayers"_s, good });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run refused = dsnctl({ u"--db"_s, url, u"office"_s, u"import-taxpayers"_s, bad });
    QCOMPARE(refused.exitCode, 1);
    for (const QString &line : { u"line 3:"_s, u"line 4:"_s, u"line 5:"_s })
        QVERIFY2(refused.err.contains(line), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(u"line 2:"_s), qPrintable(refused.err));

    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*OfficeLocation::parse(url));
    QVERIFY(db);
    OfficeStore store(**db);
    // Only the good file's rows: nothing of the bad file.
    QCOMPARE(store.rowCount(u"taxpayers"_s).value(), 3);
    Result<QVariant> absent = scalar((*db)->connection(),
        u"SELECT COUNT(*) FROM taxpayers WHERE taxpayer_id = ?"_s, { officetest::bin(3) });
    QCOMPARE(absent->toInt(), 0);
    const QList<TaxpayerRegistration> first = store.registrations(officetest::bin(1)).value();
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(1).deregisteredOn, QDate(2020, 5, 5));
    QVERIFY(!first.at(0).deregisteredOn.isValid());
    const Run shown = dsnctl(info);
    QVERIFY2(shown.out.contains(u"registrations\t3\n"_s) && shown.out.contains(u"taxpayers\t2\n"_s),
        qPrintable(shown.out));
    QVERIFY2(!shown.out.contains(u"imported_at\t-"_s), qPrintable(shown.out));

    // An import replaces the registry as a whole.
    const QString next = writeFile(u"next-%1.csv"_s.arg(backend),
        header + u"%1,ТОО В,petroleum_production,11,2001-01-01,\n"_s.arg(officetest::bin(3)));
    QCOMPARE(dsnctl({ u"--db"_s, url, u"office"_s, u"import-taxpayers"_s, next }).exitCode, 0);
    QCOMPARE(store.rowCount(u"taxpayers"_s).value(), 1);
    QCOMPARE(store.registrations(officetest::bin(1))->size(), 0);
    QCOMPARE(store.rowCount(u"registry_imports"_s).value(), 2);
}

void TestDsnctlOffice::usage()
{
    QCOMPARE(dsnctl({ u"office"_s, u"register-workstation"_s, u"X"_s, u"--place"_s, u"SC-1"_s }).exitCode, 2);
    QCOMPARE(dsnctl({ u"--db"_s, u"mysql://x"_s, u"office"_s, u"register-workstation"_s, u"X"_s, u"--place"_s,
                        u"SC-1"_s })
                 .exitCode,
        2);
    QCOMPARE(dsnctl({ u"--db"_s, u"sqlite:"_s + m_dir.filePath(u"u.db"_s), u"office"_s,
                        u"register-workstation"_s, u"X"_s, u"--role"_s, u"boss"_s })
                 .exitCode,
        2);
    QCOMPARE(dsnctl({ u"--db"_s, u"sqlite:"_s + m_dir.filePath(u"u.db"_s), u"office"_s, u"import-taxpayers"_s,
                        m_dir.filePath(u"missing.csv"_s) })
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestDsnctlOffice)
#include "test_dsnctl_office.moc"
