// dsnctl office on PostgreSQL and SQLite: register-workstation and rotate-token print a working
// token as their last line; import-taxpayers imports all or nothing.
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
    const Run r = dsnctl(
        { u"--db"_s, url, u"office"_s, u"register-workstation"_s, u"DGD-11"_s, u"--role"_s, u"review"_s });
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

    // The default role is counter; a taken name is refused and changes nothing.
    const Run counter = dsnctl({ u"--db"_s, url, u"office"_s, u"register-workstation"_s, u"AST01"_s });
    QCOMPARE(counter.exitCode, 0);
    QCOMPARE(
        (*store.authenticate(counter.out.trimmed().split(u'\n').last().trimmed()))->role, Role::Operator);
    const Run taken = dsnctl({ u"--db"_s, url, u"office"_s, u"register-workstation"_s, u"AST01"_s });
    QCOMPARE(taken.exitCode, 1);
    QCOMPARE(store.rowCount(u"workstations"_s).value(), 2);

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
    const Run registered = dsnctl({ u"--db"_s, url, u"office"_s, u"register-workstation"_s, u"AST01"_s });
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
    QVERIFY(store.push(counter, PushItem { uid, u"AST01-2026-000001"_s, applicationContentHash(app), app }));

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
    const QString header = u"taxpayer_id,name,activity,registered_on\n"_s;
    const QString good = writeFile(u"good-%1.csv"_s.arg(backend),
        header
            + u"%1,ТОО А,production,2001-01-01\n%2,ТОО Б,import,2002-02-02\n"_s.arg(
                officetest::bin(1), officetest::bin(2)));
    const QString bad = writeFile(u"bad-%1.csv"_s.arg(backend),
        header + u"%1,ТОО В,production,2001-01-01\n123,ТОО Г,import,2002-02-02\n"_s.arg(officetest::bin(3)));

    const Run refused = dsnctl({ u"--db"_s, url, u"office"_s, u"import-taxpayers"_s, bad });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"line 3:"_s), qPrintable(refused.err));
    const Run imported = dsnctl({ u"--db"_s, url, u"office"_s, u"import-taxpayers"_s, good });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*OfficeLocation::parse(url));
    QVERIFY(db);
    OfficeStore store(**db);
    // Only the good file's two rows: nothing of the bad file.
    QCOMPARE(store.rowCount(u"taxpayers"_s).value(), 2);
    Result<QVariant> absent = scalar((*db)->connection(),
        u"SELECT COUNT(*) FROM taxpayers WHERE taxpayer_id = ?"_s, { officetest::bin(3) });
    QCOMPARE(absent->toInt(), 0);
}

void TestDsnctlOffice::usage()
{
    QCOMPARE(dsnctl({ u"office"_s, u"register-workstation"_s, u"X"_s }).exitCode, 2);
    QCOMPARE(
        dsnctl({ u"--db"_s, u"mysql://x"_s, u"office"_s, u"register-workstation"_s, u"X"_s }).exitCode, 2);
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
