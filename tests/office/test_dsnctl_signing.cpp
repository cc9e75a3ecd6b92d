// dsnctl office signing-keys and dsnctl certificate verify through the real program: the public
// keys printed, rotation, and the exit codes of a check (0 genuine, 1 not, 2 usage).
#include "dsnctlrun.h"

#include "officecore/signingkeys.h"
#include "signing/certificatetoken.h"
#include "signing/publickeyset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsntest::DsnctlRun;
using dsntest::runDsnctl;

namespace {

dsn::CertificateClaims sampleClaims()
{
    return { u"ALM-2026-000123"_s, QDate(2026, 3, 20), u"940140000385"_s,
        { u"305300011001"_s, u"305300012001"_s, u"3053000111234"_s }, dsn::newCertificatePrintId() };
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDsnctlSigning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsPublicKeys();
    void genuine();
    void genuineFromStandardInput();
    void notGenuine_data();
    void notGenuine();
    void usage_data();
    void usage();
    void rotate();

private:
    QTemporaryDir m_dir;
    QString m_keysDir;
    QString m_keysFile;
    QString m_token;
};

void TestDsnctlSigning::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keysDir = m_dir.filePath(u"keys"_s);
    m_keysFile = m_dir.filePath(u"public-keys.json"_s);
}

void TestDsnctlSigning::printsPublicKeys()
{
    const DsnctlRun run = runDsnctl({ u"office"_s, u"signing-keys"_s, u"--keys-dir"_s, m_keysDir });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const dsn::Result<dsn::PublicKeySet> printed = dsn::PublicKeySet::fromJson(run.out.toUtf8());
    QVERIFY2(printed.ok(), qPrintable(run.describe()));
    QCOMPARE(printed->keys().size(), 1);
    // What it printed is what the office keeps, and the same again on the next call.
    QCOMPARE(printed->keys(), dsn::office::SigningKeys(m_keysDir).readPublicKeys()->keys());
    const DsnctlRun again = runDsnctl({ u"office"_s, u"signing-keys"_s, u"--keys-dir"_s, m_keysDir });
    QCOMPARE(again.out, run.out);
    QVERIFY(writeFile(m_keysFile, run.out.toUtf8()));

    dsn::office::SigningKeys keys(m_keysDir);
    const dsn::Result<QString> token = keys.signCertificateToken(sampleClaims());
    QVERIFY(token.ok());
    m_token = *token;
}

void TestDsnctlSigning::genuine()
{
    const DsnctlRun run = runDsnctl({ u"certificate"_s, u"verify"_s, m_token, u"--keys"_s, m_keysFile });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines = run.lines();
    QVERIFY2(lines.value(0).startsWith(u"genuine: "_s), qPrintable(run.describe()));
    QVERIFY(lines.contains(u"certificate: ALM-2026-000123"_s));
    QVERIFY(lines.contains(u"issued: 2026-03-20"_s));
    QVERIFY(lines.contains(u"subject: 940140000385 (BIN)"_s));
    QVERIFY(lines.contains(u"code: 3 053 0001 1 001"_s));
    QVERIFY(lines.contains(u"code: 3 053 0001 2 001"_s));
    QVERIFY(lines.contains(u"code: 3 053 0001 1 1234"_s));
    QVERIFY(run.err.isEmpty());
}

void TestDsnctlSigning::genuineFromStandardInput()
{
    // As a scanner hands it over: with a line break.
    const DsnctlRun run = runDsnctl(
        { u"certificate"_s, u"verify"_s, u"-"_s, u"--keys"_s, m_keysFile }, m_token.toUtf8() + "\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.lines().contains(u"certificate: ALM-2026-000123"_s));
}

void TestDsnctlSigning::notGenuine_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("reason");
    QTest::newRow("number changed") << 0 << u"signature does not match"_s;
    QTest::newRow("code changed") << 1 << u"signature does not match"_s;
    QTest::newRow("not a token") << 2 << u"not a DSN certificate token"_s;
    QTest::newRow("other office") << 3 << u"not among the office's public keys"_s;
}

void TestDsnctlSigning::notGenuine()
{
    QFETCH(int, what);
    QFETCH(QString, reason);
    QString token = m_token;
    QString keysFile = m_keysFile;
    if (what == 0)
        token.replace(u"ALM-2026-000123"_s, u"ALM-2026-000124"_s);
    if (what == 1)
        token.replace(u"305300012001"_s, u"305300012002"_s);
    if (what == 2)
        token = u"DSN1|ALM-2026-000123|0123456789abcdef"_s;
    if (what == 3) {
        keysFile = m_dir.filePath(u"other.json"_s);
        const dsn::Result<dsn::PublicKeySet> other
            = dsn::office::SigningKeys(m_dir.filePath(u"other-office"_s)).publicKeys();
        QVERIFY(other.ok() && writeFile(keysFile, other->toJson()));
    }
    QVERIFY(what >= 2 || token != m_token);
    const DsnctlRun run = runDsnctl({ u"certificate"_s, u"verify"_s, token, u"--keys"_s, keysFile });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"NOT GENUINE"_s) && run.err.contains(reason), qPrintable(run.describe()));
}

void TestDsnctlSigning::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("no token") << QStringList { u"certificate"_s, u"verify"_s, u"--keys"_s, u"k.json"_s }
                              << QByteArray();
    QTest::newRow("empty token") << QStringList { u"certificate"_s, u"verify"_s, QString(), u"--keys"_s,
        u"k.json"_s } << QByteArray();
    QTest::newRow("empty standard input")
        << QStringList { u"certificate"_s, u"verify"_s, u"-"_s, u"--keys"_s, u"k.json"_s } << QByteArray();
    QTest::newRow("no keys") << QStringList { u"certificate"_s, u"verify"_s, u"DSNC1.X"_s } << QByteArray();
    QTest::newRow("unreadable keys") << QStringList { u"certificate"_s, u"verify"_s, u"DSNC1.X"_s,
        u"--keys"_s, u"/nonexistent/keys.json"_s }
                                     << QByteArray();
    QTest::newRow("keys not a key list") << QStringList { u"certificate"_s, u"verify"_s, u"DSNC1.X"_s,
        u"--keys"_s, QStringLiteral(DSN_SOURCE_DIR) + u"/CMakePresets.json"_s }
                                         << QByteArray();
    QTest::newRow("unknown option") << QStringList { u"office"_s, u"signing-keys"_s, u"--sign"_s }
                                    << QByteArray();
}

void TestDsnctlSigning::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const DsnctlRun run = runDsnctl(arguments, input);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(!run.err.isEmpty());
}

void TestDsnctlSigning::rotate()
{
    const QString old = m_token.section(u'.', 1, 1);
    const DsnctlRun run
        = runDsnctl({ u"office"_s, u"signing-keys"_s, u"--rotate"_s, u"--keys-dir"_s, m_keysDir });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const dsn::Result<dsn::PublicKeySet> printed = dsn::PublicKeySet::fromJson(run.out.toUtf8());
    QVERIFY(printed.ok());
    QCOMPARE(printed->keys().size(), 2);
    QVERIFY(printed->find(old)->isRetired());
    QVERIFY(printed->current()->kid != old);
    QVERIFY2(run.err.contains(printed->current()->kid) && run.err.contains(old), qPrintable(run.describe()));

    // The certificate printed before still checks with the new list.
    const QString keysFile = m_dir.filePath(u"rotated.json"_s);
    QVERIFY(writeFile(keysFile, run.out.toUtf8()));
    const DsnctlRun check = runDsnctl({ u"certificate"_s, u"verify"_s, m_token, u"--keys"_s, keysFile });
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
}

QTEST_GUILESS_MAIN(TestDsnctlSigning)
#include "test_dsnctl_signing.moc"
