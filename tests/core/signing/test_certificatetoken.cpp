// The certificate token: what is signed comes back, any change of one character fails, every
// claims set has one spelling, keys are named by their own bytes, and a token for a certificate
// of ten codes fits a small QR code.
#include "documents/qrcode.h"
#include "signing/binarytext.h"
#include "signing/certificatetoken.h"
#include "signing/ed25519.h"
#include "signing/publickeyset.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::CertificateClaims;
using dsn::Ed25519PrivateKey;
using dsn::ErrorCode;
using dsn::PublicKeySet;
using dsn::SigningPublicKey;

Q_DECLARE_METATYPE(CertificateClaims)

namespace {

// The largest QR version (ECC level M) a token for ten codes may need: 61 modules a side, about
// 0.43 mm each in a 30 mm square (quiet zone included) on the A4 certificate.
constexpr int kMaxQrVersion = 11;

Ed25519PrivateKey newKey()
{
    dsn::Result<Ed25519PrivateKey> key = Ed25519PrivateKey::generate();
    return key ? *key : Ed25519PrivateKey();
}

SigningPublicKey publicEntry(const Ed25519PrivateKey &key, QDate retired = {})
{
    return { dsn::signingKeyId(key.publicKey()), key.publicKey(), QDate(2026, 1, 5), retired };
}

PublicKeySet keySet(const QList<SigningPublicKey> &entries)
{
    PublicKeySet set;
    for (const SigningPublicKey &entry : entries) {
        if (!set.add(entry))
            qFatal("cannot add a key");
    }
    return set;
}

QStringList codes(int count, int brandStart = 1)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << u"30530001%1%2"_s.arg(1 + i % 4).arg(brandStart + i, 3, 10, QChar(u'0'));
    return list;
}

CertificateClaims sampleClaims(int codeCount = 3)
{
    return { u"ALM-2026-000123"_s, QDate(2026, 3, 20), u"940140000385"_s, codes(codeCount),
        u"7QO4XCMKB5GSTWJ3ZEB2P4VU5I"_s };
}

QString tokenOf(const CertificateClaims &claims, const Ed25519PrivateKey &key)
{
    const dsn::Result<QString> token = dsn::makeCertificateToken(claims, key);
    return token ? *token : QString();
}

// A token of any signed text, as only the office's key can make it.
QString signedToken(const QString &text, const Ed25519PrivateKey &key)
{
    return text + u'.' + dsn::base32Encode(key.sign(text.toUtf8()));
}

} // namespace

class TestCertificateToken : public QObject
{
    Q_OBJECT

private slots:
    void base32_data();
    void base32();
    void base32Refused_data();
    void base32Refused();
    void roundTrip();
    void everySingleCharacterChangeFails();
    void unknownKey();
    void wrongKey();
    void retiredKey();
    void nonCanonical_data();
    void nonCanonical();
    void claimsChecked_data();
    void claimsChecked();
    void printIdsAreFresh();
    void fitsQrCode_data();
    void fitsQrCode();
    void keyListJson();
    void keyListRefused_data();
    void keyListRefused();
    void pem();
};

void TestCertificateToken::base32_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    // RFC 4648 section 10, without the padding.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << "f"_ba << u"MY"_s;
    QTest::newRow("fo") << "fo"_ba << u"MZXQ"_s;
    QTest::newRow("foo") << "foo"_ba << u"MZXW6"_s;
    QTest::newRow("foob") << "foob"_ba << u"MZXW6YQ"_s;
    QTest::newRow("fooba") << "fooba"_ba << u"MZXW6YTB"_s;
    QTest::newRow("foobar") << "foobar"_ba << u"MZXW6YTBOI"_s;
}

void TestCertificateToken::base32()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(dsn::base32Encode(bytes), text);
    QCOMPARE(dsn::base32Decode(text), std::optional<QByteArray>(bytes));
}

void TestCertificateToken::base32Refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lower case") << u"my"_s;
    QTest::newRow("padding") << u"MY======"_s;
    QTest::newRow("trailing bits") << u"MZ"_s; // 'f' and the unused bits 01
    QTest::newRow("impossible length") << u"MZX"_s;
    QTest::newRow("one character") << u"M"_s;
    QTest::newRow("digit 1") << u"M1"_s;
    QTest::newRow("space") << u"MZXW6 YQ"_s;
}

void TestCertificateToken::base32Refused()
{
    QFETCH(QString, text);
    QVERIFY(!dsn::base32Decode(text));
}

void TestCertificateToken::roundTrip()
{
    const Ed25519PrivateKey key = newKey();
    QVERIFY(!key.isNull());
    const CertificateClaims claims = sampleClaims();
    const QString token = tokenOf(claims, key);
    const QString kid = dsn::signingKeyId(key.publicKey());
    QCOMPARE(kid.size(), 13);
    QCOMPARE(token.section(u'.', 0, 6),
        u"DSNC1.%1.ALM-2026-000123.20260320.940140000385.305300011001+305300012002+305300013003."
        "7QO4XCMKB5GSTWJ3ZEB2P4VU5I"_s.arg(kid));
    const dsn::Result<CertificateClaims> verified
        = dsn::verifyCertificateToken(token, keySet({ publicEntry(key) }));
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(*verified, claims);
    // Signing again gives the same token (Ed25519 is deterministic): one claims set, one text.
    QCOMPARE(tokenOf(claims, key), token);
}

void TestCertificateToken::everySingleCharacterChangeFails()
{
    const Ed25519PrivateKey key = newKey();
    const PublicKeySet keys = keySet({ publicEntry(key) });
    const QString token = tokenOf(sampleClaims(10), key);
    QVERIFY(dsn::verifyCertificateToken(token, keys).ok());
    QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.+-/_= Ж"_s;
    alphabet += QChar(0x00a0);
    int tried = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        for (const QChar c : alphabet) {
            if (c == token.at(i))
                continue;
            QString changed = token;
            changed[i] = c;
            const dsn::Result<CertificateClaims> r = dsn::verifyCertificateToken(changed, keys);
            QVERIFY2(!r.ok(), qPrintable(u"verified with '%1' at %2: %3"_s.arg(c).arg(i).arg(changed)));
            ++tried;
        }
        QString removed = token;
        removed.remove(i, 1);
        QVERIFY2(!dsn::verifyCertificateToken(removed, keys).ok(), qPrintable(removed));
        QString inserted = token;
        inserted.insert(i, token.at(i));
        QVERIFY2(!dsn::verifyCertificateToken(inserted, keys).ok(), qPrintable(inserted));
    }
    QVERIFY(tried > 60 * token.size());
    QVERIFY(!dsn::verifyCertificateToken(token + u'A', keys).ok());
    QVERIFY(!dsn::verifyCertificateToken(token + u'\n', keys).ok());
}

void TestCertificateToken::unknownKey()
{
    const Ed25519PrivateKey key = newKey();
    const QString token = tokenOf(sampleClaims(), key);
    for (const PublicKeySet &keys : { PublicKeySet(), keySet({ publicEntry(newKey()) }) }) {
        const dsn::Result<CertificateClaims> r = dsn::verifyCertificateToken(token, keys);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(r.error().detail, u"unknown_key"_s);
        QVERIFY2(
            r.error().message.contains(dsn::signingKeyId(key.publicKey())), qPrintable(r.error().message));
    }
}

void TestCertificateToken::wrongKey()
{
    // A token naming the office's key but signed with another one.
    const Ed25519PrivateKey office = newKey();
    const Ed25519PrivateKey forger = newKey();
    const dsn::Result<QString> text
        = dsn::certificateTokenSignedText(sampleClaims(), dsn::signingKeyId(office.publicKey()));
    QVERIFY(text.ok());
    const PublicKeySet keys = keySet({ publicEntry(office), publicEntry(forger) });
    QVERIFY(dsn::verifyCertificateToken(signedToken(*text, office), keys).ok());
    const dsn::Result<CertificateClaims> r = dsn::verifyCertificateToken(signedToken(*text, forger), keys);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(r.error().detail, u"bad_signature"_s);
}

void TestCertificateToken::retiredKey()
{
    const Ed25519PrivateKey old = newKey();
    const Ed25519PrivateKey current = newKey();
    const PublicKeySet keys = keySet({ publicEntry(old, QDate(2026, 4, 1)), publicEntry(current) });
    CertificateClaims claims = sampleClaims();
    // Printed before the rotation, or on its day: still genuine.
    for (const QDate issued : { QDate(2026, 3, 20), QDate(2026, 4, 1) }) {
        claims.issuedOn = issued;
        QVERIFY(dsn::verifyCertificateToken(tokenOf(claims, old), keys).ok());
    }
    // A certificate dated after the key was retired was not signed by the office with it.
    claims.issuedOn = QDate(2026, 4, 2);
    const dsn::Result<CertificateClaims> r = dsn::verifyCertificateToken(tokenOf(claims, old), keys);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().detail, u"retired_key"_s);
    QVERIFY(dsn::verifyCertificateToken(tokenOf(claims, current), keys).ok());
}

void TestCertificateToken::nonCanonical_data()
{
    QTest::addColumn<QString>("claims"); // what follows "DSNC1.<kid>."
    const QString rest = u"940140000385.305300011001+305300012002.7QO4XCMKB5GSTWJ3ZEB2P4VU5I"_s;
    QTest::newRow("date with dashes") << u"ALM-2026-000123.2026-03-20."_s + rest;
    QTest::newRow("date short") << u"ALM-2026-000123.2026320."_s + rest;
    QTest::newRow("30 February") << u"ALM-2026-000123.20260230."_s + rest;
    QTest::newRow("number with space") << u"ALM 2026.20260320."_s + rest;
    QTest::newRow("number empty") << u".20260320."_s + rest;
    QTest::newRow("number ends with dash") << u"ALM-.20260320."_s + rest;
    const QString head = u"ALM-2026-000123.20260320."_s;
    const QString print = u".7QO4XCMKB5GSTWJ3ZEB2P4VU5I"_s;
    QTest::newRow("subject grouped") << head + u"940140 000385.305300011001"_s + print;
    QTest::newRow("subject bad check digit") << head + u"940140000386.305300011001"_s + print;
    QTest::newRow("code grouped") << head + u"940140000385.3 053 0001 1 001"_s + print;
    QTest::newRow("brand with leading zero") << head + u"940140000385.30530001101234"_s + print;
    QTest::newRow("code twice") << head + u"940140000385.305300011001+305300011001"_s + print;
    QTest::newRow("no code") << head + u"940140000385."_s + print;
    QTest::newRow("trailing plus") << head + u"940140000385.305300011001+"_s + print;
    QTest::newRow("leading plus") << head + u"940140000385.+305300011001"_s + print;
    QTest::newRow("comma") << head + u"940140000385.305300011001,305300012002"_s + print;
    const QString codes = u"940140000385.305300011001."_s;
    QTest::newRow("print lower case") << head + codes + u"7qo4xcmkb5gstwj3zeb2p4vu5i"_s;
    QTest::newRow("print trailing bits") << head + codes + u"7QO4XCMKB5GSTWJ3ZEB2P4VU5J"_s;
    QTest::newRow("print short") << head + codes + u"7QO4XCMKB5GSTWJ3ZEB2P4VU"_s;
    QTest::newRow("extra field") << head + codes + u"7QO4XCMKB5GSTWJ3ZEB2P4VU5I.X"_s;
}

// Texts the office's key signed, but not in the one spelling of valid claims: refused all the same.
void TestCertificateToken::nonCanonical()
{
    QFETCH(QString, claims);
    const Ed25519PrivateKey key = newKey();
    const PublicKeySet keys = keySet({ publicEntry(key) });
    const QString head = u"DSNC1."_s + dsn::signingKeyId(key.publicKey()) + u'.';
    // The same way of signing gives a genuine token for canonical claims.
    const QString canonical
        = u"ALM-2026-000123.20260320.940140000385.305300011001.7QO4XCMKB5GSTWJ3ZEB2P4VU5I"_s;
    QVERIFY(dsn::verifyCertificateToken(signedToken(head + canonical, key), keys).ok());

    const dsn::Result<CertificateClaims> r
        = dsn::verifyCertificateToken(signedToken(head + claims, key), keys);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().detail, u"malformed"_s);
    // Other versions and key names in another spelling are not tokens either.
    QVERIFY(!dsn::verifyCertificateToken(signedToken(u"dsnc1"_s + head.mid(5) + canonical, key), keys).ok());
    QVERIFY(!dsn::verifyCertificateToken(signedToken(u"DSNC2"_s + head.mid(5) + canonical, key), keys).ok());
    QVERIFY(!dsn::verifyCertificateToken(
        signedToken(head.toLower().replace(u"dsnc1"_s, u"DSNC1"_s) + canonical, key), keys)
                 .ok());
}

void TestCertificateToken::claimsChecked_data()
{
    QTest::addColumn<CertificateClaims>("claims");
    QTest::addColumn<QString>("mentions");
    CertificateClaims c = sampleClaims();
    c.certificateNumber = u"ALM.2026"_s;
    QTest::newRow("dot in number") << c << u"certificate number"_s;
    c = sampleClaims();
    c.certificateNumber = u"ДСН-1"_s;
    QTest::newRow("Cyrillic number") << c << u"certificate number"_s;
    c = sampleClaims();
    c.certificateNumber = QString(33, u'A');
    QTest::newRow("long number") << c << u"certificate number"_s;
    c = sampleClaims();
    c.issuedOn = QDate();
    QTest::newRow("no date") << c << u"date"_s;
    c = sampleClaims();
    c.subjectId = u"921029350852"_s;
    QTest::newRow("IIN check digit") << c << u"921029350852"_s;
    c = sampleClaims();
    c.subjectId = u"921029 350851"_s;
    QTest::newRow("IIN with space") << c << u"921029 350851"_s;
    c = sampleClaims();
    c.subjectId = u"921029350851"_s;
    c.issuedOn = QDate(2000, 1, 1);
    QTest::newRow("valid IIN") << c << QString();
    c.subjectId = u"061211600012"_s; // born 11 December 2006
    QTest::newRow("IIN born after the date") << c << u"061211600012"_s;
    c = sampleClaims();
    c.codes = { u"705300011001"_s };
    QTest::newRow("country 7") << c << u"705300011001"_s;
    c = sampleClaims();
    c.codes = codes(31);
    QTest::newRow("31 codes") << c << u"30"_s;
    c = sampleClaims();
    c.codes = {};
    QTest::newRow("no code") << c << u"30"_s;
    c = sampleClaims();
    c.codes = { u"305300011001"_s, u"305300011001"_s };
    QTest::newRow("code twice") << c << u"3 053 0001 1 001"_s;
    c = sampleClaims();
    c.printId = u"0123456789ABCDEF0123456789ABCDEF"_s;
    QTest::newRow("print id hex") << c << u"print"_s;
    c = sampleClaims();
    c.codes = codes(30);
    c.certificateNumber = u"DGD/11-2026-000001"_s;
    c.codes.last() = u"3053000111234"_s;
    QTest::newRow("30 codes, a long brand") << c << QString();
}

void TestCertificateToken::claimsChecked()
{
    QFETCH(CertificateClaims, claims);
    QFETCH(QString, mentions);
    const Ed25519PrivateKey key = newKey();
    const dsn::Result<QString> token = dsn::makeCertificateToken(claims, key);
    if (mentions.isEmpty()) {
        QVERIFY(token.ok());
        QCOMPARE(*dsn::verifyCertificateToken(*token, keySet({ publicEntry(key) })), claims);
        return;
    }
    QVERIFY(!token.ok());
    QCOMPARE(token.error().code, ErrorCode::InvalidInput);
    QVERIFY2(token.error().message.contains(mentions), qPrintable(token.error().message));
    QVERIFY(!dsn::checkCertificateClaims(claims).ok());
}

void TestCertificateToken::printIdsAreFresh()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString id = dsn::newCertificatePrintId();
        QCOMPARE(id.size(), 26);
        QCOMPARE(dsn::base32Decode(id)->size(), 16);
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 100);
}

void TestCertificateToken::fitsQrCode_data()
{
    QTest::addColumn<CertificateClaims>("claims");
    QTest::addColumn<int>("maxVersion");
    QTest::newRow("10 codes") << sampleClaims(10) << kMaxQrVersion;
    CertificateClaims longest = sampleClaims(10);
    longest.certificateNumber = u"DGD/11-2026-0000001234567890-ABC"_s;
    QCOMPARE(longest.certificateNumber.size(), 32);
    longest.codes = codes(10, 990); // brands 990-999: all 12 digits
    QTest::newRow("10 codes, longest number") << longest << kMaxQrVersion;
    QTest::newRow("1 code") << sampleClaims(1) << 9;
}

void TestCertificateToken::fitsQrCode()
{
    QFETCH(CertificateClaims, claims);
    QFETCH(int, maxVersion);
    const QString token = tokenOf(claims, newKey());
    QVERIFY(!token.isEmpty());
    const dsn::QrCode qr = dsn::QrCode::encode(token);
    QVERIFY(!qr.isNull());
    qInfo("%lld characters, QR version %d (%d modules)", qlonglong(token.size()), qr.version(), qr.size());
    QVERIFY2(qr.version() <= maxVersion, qPrintable(u"version %1 for %2"_s.arg(qr.version()).arg(token)));
}

void TestCertificateToken::keyListJson()
{
    const Ed25519PrivateKey a = newKey();
    const Ed25519PrivateKey b = newKey();
    const PublicKeySet keys = keySet({ publicEntry(a, QDate(2026, 2, 1)), publicEntry(b) });
    QCOMPARE(keys.current()->kid, dsn::signingKeyId(b.publicKey()));
    const dsn::Result<PublicKeySet> read = PublicKeySet::fromJson(keys.toJson());
    QVERIFY(read.ok());
    QCOMPARE(read->keys(), keys.keys());
    const QByteArray json = keys.toJson();
    QVERIFY(json.contains("\"alg\": \"Ed25519\""));
    QVERIFY(json.contains("\"retired\": null"));
    QVERIFY(json.contains("\"retired\": \"2026-02-01\""));
    QVERIFY(json.contains(dsn::base64UrlEncode(a.publicKey()).toLatin1()));
}

void TestCertificateToken::keyListRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    const Ed25519PrivateKey key = newKey();
    const QByteArray kid = dsn::signingKeyId(key.publicKey()).toLatin1();
    const QByteArray pub = dsn::base64UrlEncode(key.publicKey()).toLatin1();
    const auto entry = [&](const QByteArray &k, const QByteArray &alg, const QByteArray &p,
                           const QByteArray &created, const QByteArray &retired) -> QByteArray {
        return "{\"kid\":\"" + k + "\",\"alg\":\"" + alg + "\",\"public_key\":\"" + p
            + "\",\"created\":" + created + ",\"retired\":" + retired + "}";
    };
    const QByteArray good = entry(kid, "Ed25519", pub, "\"2026-01-05\"", "null");
    QVERIFY(PublicKeySet::fromJson("{\"keys\":[" + good + "]}").ok());
    QTest::newRow("not JSON") << "{\"keys\":["_ba;
    QTest::newRow("no keys") << "{\"key\":[]}"_ba;
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("twice") << "{\"keys\":[" + good + "," + good + "]}";
    QTest::newRow("key twice in object") << "{\"keys\":[" + good + "],\"keys\":[]}";
    QTest::newRow("other algorithm") << "{\"keys\":[" + entry(kid, "ES256", pub, "\"2026-01-05\"", "null")
            + "]}";
    QTest::newRow("kid of another key")
        << "{\"keys\":[" + entry("AAAAAAAAAAAAA", "Ed25519", pub, "\"2026-01-05\"", "null") + "]}";
    QTest::newRow("padded key") << "{\"keys\":[" + entry(kid, "Ed25519", pub + "=", "\"2026-01-05\"", "null")
            + "]}";
    QTest::newRow("short key") << "{\"keys\":["
            + entry(kid, "Ed25519", pub.left(40), "\"2026-01-05\"", "null") + "]}";
    QTest::newRow("no date") << "{\"keys\":[" + entry(kid, "Ed25519", pub, "null", "null") + "]}";
    QTest::newRow("bad date") << "{\"keys\":[" + entry(kid, "Ed25519", pub, "\"2026-1-5\"", "null") + "]}";
    QTest::newRow("retired before created")
        << "{\"keys\":[" + entry(kid, "Ed25519", pub, "\"2026-01-05\"", "\"2026-01-04\"") + "]}";
    QTest::newRow("retired not a date")
        << "{\"keys\":[" + entry(kid, "Ed25519", pub, "\"2026-01-05\"", "\"soon\"") + "]}";
}

void TestCertificateToken::keyListRefused()
{
    QFETCH(QByteArray, json);
    const dsn::Result<PublicKeySet> keys = PublicKeySet::fromJson(json);
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().code, ErrorCode::InvalidInput);
    QVERIFY(keys.error().message.startsWith(u"The list of public keys is not valid: "_s));
}

void TestCertificateToken::pem()
{
    const Ed25519PrivateKey key = newKey();
    const QByteArray pem = key.toPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    const dsn::Result<Ed25519PrivateKey> read = Ed25519PrivateKey::fromPem(pem);
    QVERIFY(read.ok());
    QCOMPARE(read->publicKey(), key.publicKey());
    QCOMPARE(read->sign("message"_ba), key.sign("message"_ba));
    QVERIFY(dsn::ed25519Verify(key.publicKey(), "message"_ba, key.sign("message"_ba)));
    QVERIFY(!dsn::ed25519Verify(key.publicKey(), "massage"_ba, key.sign("message"_ba)));
    QVERIFY(!Ed25519PrivateKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"_ba)
                 .ok());
    QVERIFY(!Ed25519PrivateKey::fromPem(QByteArray()).ok());
}

QTEST_GUILESS_MAIN(TestCertificateToken)
#include "test_certificatetoken.moc"
