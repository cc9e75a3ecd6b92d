// Typed settings: every key in one table, defaults for a store without them, values read trimmed,
// and every write in the audit trail.
#include "settings/settings.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::Setting;

class TestSettings : public QObject
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

    void keysRoundTripAndAreDistinct()
    {
        QSet<QString> keys;
        for (Setting s : dsn::allSettings()) {
            const QString key = dsn::settingKey(s);
            QVERIFY(!key.isEmpty());
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(dsn::settingFromKey(key), std::optional<Setting>(s));
        }
        QCOMPARE(keys.size(), 17);
        QCOMPARE(dsn::settingKey(Setting::WorkstationCode), u"workstation.code"_s);
        QCOMPARE(dsn::settingKey(dsn::branchNameSetting(dsn::Language::Kazakh)), u"office.branch_name.kk"_s);
        QCOMPARE(dsn::settingKey(dsn::collectAtSetting(dsn::Language::Russian)), u"office.collect_at.ru"_s);
        QCOMPARE(dsn::settingFromKey(u"sync.token"), std::nullopt); // a secret, kept outside the store
    }

    void emptyStoreGivesTheDefault()
    {
        const dsn::Result<QString> code = dsn::readSetting(m_db->connection(), Setting::WorkstationCode);
        QVERIFY(code);
        QVERIFY(code->isEmpty());
        QVERIFY(!code->isNull()); // bound as '' rather than NULL when written back
    }

    void writeIsReadBackTrimmedAndAudited()
    {
        const dsn::Actor admin { std::nullopt, u"admin"_s, dsn::Role::Administrator, u"ALM-MEDEU"_s };
        QVERIFY(m_db->write([&](QSqlDatabase &db) {
            return dsn::writeSettings(db, { { Setting::WorkstationCode, u" AST01 "_s } }, admin,
                m_db->clock(), {}, QJsonObject { { u"reason"_s, u"test"_s } });
        }));
        QCOMPARE(*dsn::readSetting(m_db->connection(), Setting::WorkstationCode), u"AST01"_s);

        QVERIFY(m_db->write([&](QSqlDatabase &db) {
            return dsn::writeSettings(db,
                { { Setting::BranchNameKk, u"Филиал"_s }, { Setting::BranchNameRu, u"Филиал (ru)"_s } },
                admin, m_db->clock(), u"branch"_s);
        }));
        QCOMPARE(*dsn::readSetting(m_db->connection(), Setting::BranchNameRu), u"Филиал (ru)"_s);

        const auto entries = dsn::AuditTrail::entries(m_db->connection(), 100);
        QVERIFY(entries);
        QList<dsn::AuditEntry> changes;
        for (const dsn::AuditEntry &e : *entries) // newest first
            if (e.event == dsn::AuditEvent::SettingsChanged)
                changes.prepend(e);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).objectType, u"setting"_s);
        QCOMPARE(changes.at(0).objectId, u"workstation.code"_s);
        QCOMPARE(changes.at(0).actorName, u"admin"_s);
        QCOMPARE(changes.at(0).details.value(u"workstation.code"_s).toString(), u" AST01 "_s);
        QCOMPARE(changes.at(0).details.value(u"reason"_s).toString(), u"test"_s);
        QCOMPARE(changes.at(1).objectType, u"settings"_s);
        QCOMPARE(changes.at(1).objectId, u"branch"_s);
        QCOMPARE(changes.at(1).details.value(u"office.branch_name.kk"_s).toString(), u"Филиал"_s);
    }

    void failedWriteLeavesNothing()
    {
        const dsn::Actor admin { std::nullopt, u"admin"_s, dsn::Role::Administrator, u"ALM-MEDEU"_s };
        const dsn::Result<void> r = m_db->write([&](QSqlDatabase &db) -> dsn::Result<void> {
            if (dsn::Result<void> w = dsn::writeSettings(
                    db, { { Setting::SyncOfficeUrl, u"https://office.example.kz"_s } }, admin, m_db->clock());
                !w)
                return w;
            return dsn::makeError(dsn::ErrorCode::InvalidInput, u"refused after the write"_s);
        });
        QVERIFY(!r);
        QCOMPARE(*dsn::readSetting(m_db->connection(), Setting::SyncOfficeUrl), QString());
        QCOMPARE(dsn::sqlScalar(
                     m_db->connection(), u"SELECT count(*) FROM audit_log WHERE event = 'settings_changed'"_s)
                     ->toInt(),
            0);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<dsn::Database> m_db;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
