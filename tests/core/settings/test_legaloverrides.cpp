// The legal references the printed decisions cite: the shipped table (every key the documents use,
// both languages, each correctable through a setting), its parser's checks, and an administrator's
// correction kept in the store, audited, read back in force and reset to the shipped text.
#include "reference/legalreferences.h"
#include "settings/legaloverrides.h"
#include "settings/settings.h"
#include "store/audittrail.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::Language;
using dsn::LegalReferenceChange;
using dsn::LegalReferences;

class TestLegalOverrides : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = dsn::Database::open(m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_n)));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void shippedTableHasEveryKeyInBothLanguages()
    {
        const LegalReferences &shipped = LegalReferences::shipped();
        const QStringList used { u"rules_name"_s, u"rules_order"_s, u"tax_code_name"_s,
            u"tax_code_article_registration"_s, u"court_code"_s };
        QCOMPARE(shipped.all().size(), used.size());
        for (const QString &key : used) {
            const dsn::LegalReference *reference = shipped.find(key);
            QVERIFY2(reference, qPrintable(key));
            QVERIFY(!reference->text.kk.isEmpty() && !reference->text.ru.isEmpty());
            QVERIFY2(!reference->usage.isEmpty(), qPrintable(key));
            QVERIFY(!reference->overridden(Language::Kazakh) && !reference->overridden(Language::Russian));
            // Each one can be corrected on the workstation, in each language.
            QVERIFY(dsn::legalReferenceSetting(key, Language::Kazakh));
            QVERIFY(dsn::legalReferenceSetting(key, Language::Russian));
            QCOMPARE(dsn::settingKey(*dsn::legalReferenceSetting(key, Language::Russian)),
                u"legal.%1.ru"_s.arg(key));
        }
        // What the seed says: the Rules of Order No. 137 of 27 February 2015, as Order No. 579 of
        // 8 June 2020 re-worded them; ground 1 cites article 88 of the Tax Code of 2017.
        QVERIFY(shipped.text(LegalReferences::kRulesOrder, Language::Kazakh)
                    .contains(u"2015 жылғы 27 ақпандағы № 137"_s));
        QVERIFY(shipped.text(LegalReferences::kRulesOrder, Language::Kazakh)
                    .contains(u"2020 жылғы 8 маусымдағы № 579"_s));
        QVERIFY(shipped.text(LegalReferences::kRulesOrder, Language::Russian)
                    .contains(u"от 8 июня 2020 года № 579"_s));
        QCOMPARE(
            shipped.text(LegalReferences::kTaxCodeArticleRegistration, Language::Russian), u"статья 88"_s);
        QVERIFY(shipped.text(LegalReferences::kTaxCodeName, Language::Kazakh)
                    .contains(u"2017 жылғы 25 желтоқсандағы"_s));
        QCOMPARE(shipped.text(u"no_such_key", Language::Kazakh), QString());
    }

    void parserRefusesBrokenTables_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::newRow("no header columns") << u"name,kk\nx,y\n"_s;
        QTest::newRow("bad key") << u"key,kk,ru\nTax Code,a,b\n"_s;
        QTest::newRow("repeated key") << u"key,kk,ru\na,b,c\na,d,e\n"_s;
        QTest::newRow("missing Russian") << u"key,kk,ru\na,b,\n"_s;
        QTest::newRow("two lines") << u"key,kk,ru\na,\"b\nc\",d\n"_s;
        QTest::newRow("short row") << u"key,kk,ru\na,b\n"_s;
    }

    void parserRefusesBrokenTables()
    {
        QFETCH(QString, csv);
        const dsn::Result<LegalReferences> parsed = LegalReferences::parse(csv);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.startsWith(u"line "_s));
    }

    void correctionIsKeptAuditedAndReset()
    {
        const dsn::Actor admin { std::nullopt, u"admin"_s, dsn::Role::Administrator, u"ALM"_s };
        LegalReferenceChange change;
        change.key = u"tax_code_article_registration"_s;
        change.ru = u"  статья 85  "_s;
        QVERIFY(m_db->write([&](QSqlDatabase &db) {
            return dsn::writeLegalReference(db, change, admin, m_db->clock(), u"new Tax Code"_s);
        }));
        dsn::Result<LegalReferences> inForce = dsn::legalReferencesInForce(m_db->connection());
        QVERIFY(inForce);
        QCOMPARE(inForce->text(change.key, Language::Russian), u"статья 85"_s);
        QCOMPARE(inForce->text(change.key, Language::English), u"статья 85"_s); // English reads Russian
        QCOMPARE(inForce->text(change.key, Language::Kazakh), u"88-бап"_s);     // untouched
        QVERIFY(inForce->find(change.key)->overridden(Language::Russian));
        QVERIFY(!inForce->find(change.key)->overridden(Language::Kazakh));
        QCOMPARE(inForce->find(change.key)->shipped.ru, u"статья 88"_s);

        const auto entries = dsn::AuditTrail::entries(m_db->connection(), 10);
        QVERIFY(entries);
        QVERIFY(entries->first().event == dsn::AuditEvent::SettingsChanged);
        QCOMPARE(entries->first().objectId, u"legal.tax_code_article_registration"_s);
        QCOMPARE(entries->first().details.value(u"legal.tax_code_article_registration.ru"_s).toString(),
            u"статья 85"_s);
        QCOMPARE(entries->first().details.value(u"reason"_s).toString(), u"new Tax Code"_s);

        LegalReferenceChange reset;
        reset.key = change.key;
        reset.reset = true;
        QVERIFY(m_db->write(
            [&](QSqlDatabase &db) { return dsn::writeLegalReference(db, reset, admin, m_db->clock()); }));
        inForce = dsn::legalReferencesInForce(m_db->connection());
        QVERIFY(inForce);
        QCOMPARE(inForce->text(change.key, Language::Russian), u"статья 88"_s);
        QVERIFY(!inForce->find(change.key)->overridden(Language::Russian));
        const auto after = dsn::AuditTrail::entries(m_db->connection(), 10);
        QVERIFY(after);
        QVERIFY(after->first().details.value(u"reset"_s).toBool());
    }

    void invalidChangesAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<QStringList>("texts"); // kk, ru; "-" for none
        QTest::newRow("unknown key") << u"tax_code"_s << false << QStringList { u"x"_s, u"-"_s };
        QTest::newRow("nothing to change") << u"court_code"_s << false << QStringList { u"-"_s, u"-"_s };
        QTest::newRow("reset and a text") << u"court_code"_s << true << QStringList { u"x"_s, u"-"_s };
        QTest::newRow("empty text") << u"court_code"_s << false << QStringList { u"  "_s, u"-"_s };
        QTest::newRow("two lines") << u"court_code"_s << false << QStringList { u"-"_s, u"a\nb"_s };
        QTest::newRow("too long") << u"court_code"_s << false
                                  << QStringList { QString(dsn::kMaxLegalReferenceLength + 1, u'а'), u"-"_s };
    }

    void invalidChangesAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(bool, reset);
        QFETCH(QStringList, texts);
        LegalReferenceChange change;
        change.key = key;
        change.reset = reset;
        if (texts.at(0) != u"-"_s)
            change.kk = texts.at(0);
        if (texts.at(1) != u"-"_s)
            change.ru = texts.at(1);
        QVERIFY(!dsn::legalReferenceChangeProblem(change).isEmpty());
        const dsn::Actor admin { std::nullopt, u"admin"_s, dsn::Role::Administrator, u"ALM"_s };
        const dsn::Result<void> written = m_db->write(
            [&](QSqlDatabase &db) { return dsn::writeLegalReference(db, change, admin, m_db->clock()); });
        QVERIFY(!written);
        QCOMPARE(written.error().code, dsn::ErrorCode::InvalidInput);
        const auto entries = dsn::AuditTrail::entries(m_db->connection(), 10);
        QVERIFY(entries);
        for (const dsn::AuditEntry &e : *entries)
            QVERIFY(e.event != dsn::AuditEvent::SettingsChanged);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<dsn::Database> m_db;
};

QTEST_GUILESS_MAIN(TestLegalOverrides)
#include "test_legaloverrides.moc"
