// dsnctl office signing-keys: the office's certificate signing keys (print the public ones, make a
// new current key); dsnctl certificate verify: check a certificate's token offline against the
// office's public keys. Output in English, for support staff and scripts.
#include "commandregistry.h"
#include "storeaccess.h"

#include "code/dsncode.h"
#include "identity/taxpayerid.h"
#include "officecore/signingkeys.h"
#include "signing/certificatetoken.h"
#include "signing/publickeyset.h"

#include <QFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

const QString kKeysDirOption = u"keys-dir"_s;
const QString kRotateOption = u"rotate"_s;
const QString kKeysOption = u"keys"_s;
constexpr qint64 kMaxInput = 1024 * 1024;

int signingKeys(Invocation &inv)
{
    dsn::office::SigningKeys keys(
        inv.isSet(kKeysDirOption) ? inv.value(kKeysDirOption) : dsn::office::defaultSigningKeysDirectory());
    if (inv.isSet(kRotateOption)) {
        const dsn::Result<dsn::PublicKeySet> before = keys.readPublicKeys();
        const dsn::Result<QString> kid = keys.rotate();
        if (!kid)
            return inv.fail(dsnctl::describe(kid.error()));
        inv.err() << u"New current signing key %1"_s.arg(*kid);
        if (before && before->current())
            inv.err() << u"; %1 is retired and kept for checking certificates signed with it"_s.arg(
                before->current()->kid);
        inv.err() << u". Give the public keys below to everyone who checks certificates."_s << '\n';
        inv.err().flush();
    }
    const dsn::Result<dsn::PublicKeySet> set = keys.publicKeys();
    if (!set)
        return inv.fail(dsnctl::describe(set.error()));
    inv.out() << QString::fromUtf8(set->toJson());
    inv.out().flush();
    return dsnctl::ExitOk;
}

// The token as given, or read from standard input for "-" (a scanner's output, its line break
// dropped).
QString tokenArgument(Invocation &inv)
{
    const QString given = inv.positional().constFirst();
    if (given != u"-")
        return given;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.read(kMaxInput)).trimmed();
}

int verifyCertificate(Invocation &inv)
{
    const QString token = tokenArgument(inv);
    if (token.isEmpty())
        return inv.usageError(u"no token given"_s);
    const QString path = inv.value(kKeysOption);
    if (path.isEmpty())
        return inv.usageError(u"--keys FILE (the office's public keys, JSON) is required"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inv.usageError(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const dsn::Result<dsn::PublicKeySet> keys = dsn::PublicKeySet::fromJson(file.read(kMaxInput));
    if (!keys)
        return inv.usageError(u"%1: %2"_s.arg(path, keys.error().message));

    const dsn::Result<dsn::CertificateClaims> claims = dsn::verifyCertificateToken(token, *keys);
    if (!claims)
        return inv.fail(u"NOT GENUINE: "_s + dsnctl::describe(claims.error()));
    const dsn::TaxpayerId::Result subject
        = dsn::TaxpayerId::parse(claims->subjectId, dsn::TaxpayerId::Expect::Any, claims->issuedOn);
    QTextStream &out = inv.out();
    out << "genuine: signed by the office with the key " << token.section(u'.', 1, 1) << '\n'
        << "certificate: " << claims->certificateNumber << '\n'
        << "issued: " << claims->issuedOn.toString(Qt::ISODate) << '\n'
        << "subject: " << claims->subjectId << " (" << dsn::TaxpayerId::kindCode(subject.id->kind()) << ")\n";
    for (const QString &code : claims->codes)
        out << "code: " << dsn::DsnCode::groupedText(code) << '\n';
    out << "print: " << claims->printId << '\n';
    out.flush();
    return dsnctl::ExitOk;
}

Command signingKeysCommand()
{
    Command cmd;
    cmd.name = u"signing-keys"_s;
    cmd.summary = u"Print the office's public certificate signing keys (JSON, for everyone who checks "
                  u"certificates), the first key made when there is none. --rotate makes a new current key "
                  u"first; the old ones stay, retired, so that certificates printed before still verify."_s;
    cmd.options = {
        QCommandLineOption(kKeysDirOption,
            u"The folder of the signing keys (default: $STATE_DIRECTORY or /var/lib/dsn-office, then "
            u"/signing-keys)."_s,
            u"DIR"_s),
        QCommandLineOption(kRotateOption, u"Make a new current key and retire the current one."_s),
    };
    cmd.run = &signingKeys;
    return cmd;
}

Command certificateCommand()
{
    Command verify;
    verify.name = u"verify"_s;
    verify.summary = u"Check a certificate's QR token offline against the office's public keys: exit 0 and "
                     u"what it covers when genuine, 1 with the reason when not, 2 on usage errors. TOKEN - "
                     u"reads it from standard input."_s;
    verify.positionalNames = { u"TOKEN"_s };
    verify.minPositional = 1;
    verify.maxPositional = 1;
    verify.options = { QCommandLineOption(kKeysOption,
        u"The office's public keys (JSON, as dsnctl office signing-keys prints them)."_s, u"FILE"_s) };
    verify.run = &verifyCertificate;

    Command group;
    group.name = u"certificate"_s;
    group.summary = u"DSN certificates: check the signed token of a printed certificate."_s;
    group.children = { verify };
    return group;
}

const bool registeredKeys = dsnctl::registerSubcommand("office", &signingKeysCommand);
const bool registeredCertificate = dsnctl::registerCommand(&certificateCommand);

} // namespace
