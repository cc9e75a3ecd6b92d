// The office's signing keys on disk: made on first need and only then, private key files 0600
// from their creation whatever the umask, a key others may read refused, rotation keeping the
// old keys so that what they signed still verifies.
#include "officecore/signingkeys.h"
#include "signing/certificatetoken.h"
#include "signing/ed25519.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using dsn::CertificateClaims;
using dsn::office::SigningKeys;

namespace {

CertificateClaims sampleClaims(QDate issued = QDate(2026, 3, 20))
{
    return { u"ALM-2026-000123"_s, issued, u"921029350851"_s, { u"305300011001"_s, u"305300012001"_s },
        dsn::newCertificatePrintId() };
}

int modeOf(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_previous(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

} // namespace

class TestSigningKeys : public QObject
{
    Q_OBJECT

private slots:
    void firstKeyOnFirstNeed();
    void keyFileIsOwnersOnly();
    void refusesKeyOthersMayRead_data();
    void refusesKeyOthersMayRead();
    void rotationKeepsOldKeys();
    void missingOrForeignKey();
    void invalidClaimsMakeNoKey();
    void defaultDirectory();

private:
    QTemporaryDir m_dir;
};

void TestSigningKeys::firstKeyOnFirstNeed()
{
    SigningKeys keys(m_dir.filePath(u"first/keys"_s));
    QVERIFY(keys.readPublicKeys()->isEmpty());
    QVERIFY(!QFileInfo::exists(keys.directory())); // reading makes nothing
    const dsn::Result<dsn::PublicKeySet> made = keys.publicKeys(QDate(2026, 3, 1));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    QCOMPARE(made->keys().size(), 1);
    const dsn::SigningPublicKey current = *made->current();
    QCOMPARE(current.created, QDate(2026, 3, 1));
    QVERIFY(!current.isRetired());
    QCOMPARE(modeOf(keys.directory()), 0700);
    QVERIFY(QFileInfo::exists(keys.privateKeyPath(current.kid)));
    // Asked again, and through another object on the same folder: the same key.
    QCOMPARE(keys.publicKeys()->keys(), made->keys());
    QCOMPARE(SigningKeys(keys.directory()).readPublicKeys()->keys(), made->keys());
    QCOMPARE(QDir(keys.directory()).entryList({ u"*.key"_s }, QDir::Files).size(), 1);

    const dsn::Result<QString> token = keys.signCertificateToken(sampleClaims());
    QVERIFY(token.ok());
    QCOMPARE(token->section(u'.', 1, 1), current.kid);
    QVERIFY(dsn::verifyCertificateToken(*token, *made).ok());
}

void TestSigningKeys::keyFileIsOwnersOnly()
{
    // Even with a umask that would leave everything open, the key is created 0600.
    const Umask open(0);
    SigningKeys keys(m_dir.filePath(u"umask"_s));
    const dsn::Result<QString> kid = keys.rotate(QDate(2026, 3, 1));
    QVERIFY(kid.ok());
    QCOMPARE(modeOf(keys.privateKeyPath(*kid)), 0600);
    QCOMPARE(modeOf(keys.directory()), 0700);
    QVERIFY(!QFileInfo::exists(keys.privateKeyPath(*kid) + u".new"_s));
    QFile pem(keys.privateKeyPath(*kid));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const dsn::Result<dsn::Ed25519PrivateKey> key = dsn::Ed25519PrivateKey::fromPem(pem.readAll());
    QVERIFY(key.ok());
    QCOMPARE(dsn::signingKeyId(key->publicKey()), *kid);
    // The public list holds no private byte.
    QFile list(keys.publicKeysPath());
    QVERIFY(list.open(QIODevice::ReadOnly));
    QVERIFY(!list.readAll().contains("PRIVATE"));
}

void TestSigningKeys::refusesKeyOthersMayRead_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("used");
    QTest::newRow("0644") << 0644 << false;
    QTest::newRow("0640") << 0640 << false;
    QTest::newRow("0604") << 0604 << false;
    QTest::newRow("0620") << 0620 << false;
    QTest::newRow("0600") << 0600 << true;
    QTest::newRow("0400") << 0400 << true;
}

void TestSigningKeys::refusesKeyOthersMayRead()
{
    QFETCH(int, mode);
    QFETCH(bool, used);
    SigningKeys keys(m_dir.filePath(u"mode"_s + QString::number(mode, 8)));
    const QString kid = keys.publicKeys()->current()->kid;
    const QString path = keys.privateKeyPath(kid);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    const dsn::Result<QString> token = keys.signCertificateToken(sampleClaims());
    QCOMPARE(token.ok(), used);
    if (!used) {
        QCOMPARE(token.error().code, dsn::ErrorCode::PermissionDenied);
        QVERIFY2(token.error().message.contains(u"chmod 600 "_s + path), qPrintable(token.error().message));
        QVERIFY(token.error().message.contains(QString::number(mode, 8)));
        QCOMPARE(modeOf(path), mode); // left for the administrator to decide
    }
}

void TestSigningKeys::rotationKeepsOldKeys()
{
    SigningKeys keys(m_dir.filePath(u"rotation"_s));
    const QString first = keys.publicKeys(QDate(2026, 1, 10))->current()->kid;
    const dsn::Result<QString> before = keys.signCertificateToken(sampleClaims(QDate(2026, 3, 20)));
    QVERIFY(before.ok());

    const dsn::Result<QString> second = keys.rotate(QDate(2026, 3, 25));
    QVERIFY(second.ok());
    QVERIFY(*second != first);
    const dsn::PublicKeySet set = *keys.readPublicKeys();
    QCOMPARE(set.keys().size(), 2);
    QCOMPARE(set.find(first)->retired, QDate(2026, 3, 25));
    QCOMPARE(set.find(first)->created, QDate(2026, 1, 10));
    QCOMPARE(set.current()->kid, *second);
    QCOMPARE(set.current()->created, QDate(2026, 3, 25));
    QVERIFY(QFileInfo::exists(keys.privateKeyPath(first)));

    // What the old key signed still verifies; new tokens name the new key.
    QVERIFY(dsn::verifyCertificateToken(*before, set).ok());
    const dsn::Result<QString> after = keys.signCertificateToken(sampleClaims(QDate(2026, 3, 26)));
    QVERIFY(after.ok());
    QCOMPARE(after->section(u'.', 1, 1), *second);
    QVERIFY(dsn::verifyCertificateToken(*after, set).ok());

    const dsn::Result<QString> third = keys.rotate(QDate(2026, 6, 1));
    QVERIFY(third.ok());
    const dsn::PublicKeySet later = *keys.readPublicKeys();
    QCOMPARE(later.keys().size(), 3);
    QCOMPARE(later.find(first)->retired, QDate(2026, 3, 25)); // not moved by the later rotation
    QCOMPARE(later.find(*second)->retired, QDate(2026, 6, 1));
    QVERIFY(dsn::verifyCertificateToken(*before, later).ok());
    QVERIFY(dsn::verifyCertificateToken(*after, later).ok());

    // The file is the published form: dsnctl prints it, verifiers read it.
    QFile file(keys.publicKeysPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(u"keys"_s).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(u"kid"_s).toString(), first);
    QCOMPARE(list.at(2).toObject().value(u"retired"_s), QJsonValue());
}

void TestSigningKeys::missingOrForeignKey()
{
    SigningKeys keys(m_dir.filePath(u"foreign"_s));
    const QString kid = keys.publicKeys()->current()->kid;
    const QString path = keys.privateKeyPath(kid);
    QVERIFY(QFile::remove(path));
    dsn::Result<QString> token = keys.signCertificateToken(sampleClaims());
    QVERIFY(!token.ok());
    QVERIFY2(token.error().message.contains(u"missing"_s), qPrintable(token.error().message));

    // Another key's file under this key's name is not used.
    const QByteArray pem = dsn::Ed25519PrivateKey::generate()->toPem();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    file.write(pem);
    file.close();
    token = keys.signCertificateToken(sampleClaims());
    QVERIFY(!token.ok());
    QCOMPARE(token.error().code, dsn::ErrorCode::Conflict);

    // A link in place of the key file is not followed.
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::link(m_dir.filePath(u"elsewhere.key"_s), path));
    QVERIFY(!keys.signCertificateToken(sampleClaims()).ok());
}

void TestSigningKeys::invalidClaimsMakeNoKey()
{
    SigningKeys keys(m_dir.filePath(u"invalid"_s));
    CertificateClaims claims = sampleClaims();
    claims.subjectId = u"921029350852"_s;
    const dsn::Result<QString> token = keys.signCertificateToken(claims);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().code, dsn::ErrorCode::InvalidInput);
    QVERIFY(!QFileInfo::exists(keys.directory()));
}

void TestSigningKeys::defaultDirectory()
{
    const QByteArray saved = qgetenv("STATE_DIRECTORY");
    qputenv("STATE_DIRECTORY", "/var/lib/dsn-office-test:/var/lib/other");
    QCOMPARE(dsn::office::defaultSigningKeysDirectory(), u"/var/lib/dsn-office-test/signing-keys"_s);
    qunsetenv("STATE_DIRECTORY");
    QCOMPARE(dsn::office::defaultSigningKeysDirectory(), u"/var/lib/dsn-office/signing-keys"_s);
    if (!saved.isEmpty())
        qputenv("STATE_DIRECTORY", saved);
}

QTEST_GUILESS_MAIN(TestSigningKeys)
#include "test_signingkeys.moc"
