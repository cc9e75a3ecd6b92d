#include "syncfixture.h"

#include "casesamples.h"

#include "store/sql.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace dsntest {

const QDateTime SyncFixture::kReceived(QDate(2025, 3, 4), QTime(10, 15), QTimeZone(5 * 3600));

bool SyncFixture::openSync()
{
    m_store = std::make_unique<StoreFixture>();
    // The sync token file goes to the test's own configuration folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_store->filePath(u"config"_s)));
    m_now = QDateTime(QDate(2025, 3, 4), QTime(6, 0), QTimeZone::utc());
    m_random = 0.0;
    StoreOptions options;
    options.database.clock = [this] {
        return m_now;
    };
    options.users = false;
    if (!m_store->open(options))
        return false;
    m_db = m_store->database.get();
    m_office = std::make_unique<FakeOffice>();
    return m_office->listen();
}

void SyncFixture::closeSync()
{
    m_office.reset();
    m_db = nullptr;
    m_store.reset();
}

QString SyncFixture::intake(const QString &name, int n, const QDateTime &received)
{
    auto number = m_store->cases->intake(application(name, validBin(n), received), dsn::Actor::system(),
        dsn::IntakeOptions { dsn::IntakeOrigin::OnBehalfOfCounter, u"test"_s });
    return number ? *number : QString();
}

std::unique_ptr<dsn::SyncClient> SyncFixture::client(int timeoutMs)
{
    dsn::SyncClient::Options o;
    o.settings = { m_office->url(), m_office->token };
    o.timeoutMs = timeoutMs;
    o.random = [this] {
        return m_random;
    };
    o.retry.baseMs = 10'000;
    o.retry.maxMs = 600'000;
    return std::make_unique<dsn::SyncClient>(*m_db, o);
}

dsn::SyncReport SyncFixture::run(dsn::SyncClient &c, dsn::SyncTrigger trigger)
{
    QSignalSpy finished(&c, &dsn::SyncClient::finished);
    c.syncOnce(trigger);
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 20'000)) {
        dsn::SyncReport unfinished;
        unfinished.error = u"the run did not end"_s;
        return unfinished;
    }
    return finished.at(0).at(0).value<dsn::SyncReport>();
}

QVariant SyncFixture::outbox(const QString &caseNumber, const QString &column)
{
    auto v = dsn::sqlScalar(m_db->connection(),
        u"SELECT o."_s + column
            + u" FROM outbox o JOIN applications a ON a.id = o.application_id"
              u" WHERE a.case_number = ? AND o.kind = 'application'"_s,
        { caseNumber });
    return v ? *v : QVariant(u"error"_s);
}

QString SyncFixture::uidOf(const QString &caseNumber)
{
    auto v = dsn::sqlScalar(
        m_db->connection(), u"SELECT uid FROM applications WHERE case_number = ?"_s, { caseNumber });
    return v ? v->toString() : QString();
}

QString SyncFixture::statusOf(const QString &caseNumber)
{
    auto v = dsn::sqlScalar(
        m_db->connection(), u"SELECT status FROM applications WHERE case_number = ?"_s, { caseNumber });
    return v ? v->toString() : QString();
}

} // namespace dsntest
