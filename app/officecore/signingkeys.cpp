#include "officecore/signingkeys.h"

#include "base/kazakhstantime.h"
#include "officecore/messagelanguage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

constexpr const char *kContext = "dsn::SigningKeys";
constexpr qint64 kMaxFileSize = 1024 * 1024;
constexpr int kLockTimeoutMs = 10'000;

QString text(const char *source)
{
    return officeText(kContext, source);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QDate orToday(QDate today)
{
    return today.isValid() ? today : kazakhstanDate(QDateTime::currentDateTimeUtc());
}

Error fileError(const char *message, const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Io, text(message).arg(path), path + u": "_s + detail);
}

// The folder, made 0700 when missing.
Result<void> makeFolder(const QString &folder)
{
    const char *message = QT_TRANSLATE_NOOP("dsn::SigningKeys", "The signing keys folder %1 cannot be made.");
    if (QFileInfo(folder).isDir())
        return {};
    if (!QDir().mkpath(QFileInfo(folder).absolutePath()))
        return fileError(message, folder, u"mkpath failed"_s);
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST)
        return fileError(message, folder, systemError());
    return {};
}

// A private key file: refused when anyone but its owner may read or change it.
Result<QByteArray> readPrivateKeyFile(const QString &path)
{
    const char *unreadable = QT_TRANSLATE_NOOP("dsn::SigningKeys", "The signing key %1 cannot be read.");
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return fileError(
                QT_TRANSLATE_NOOP("dsn::SigningKeys", "The signing key %1 is missing."), path, systemError());
        return fileError(unreadable, path, systemError());
    }
    QByteArray bytes;
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_size > kMaxFileSize) {
        ::close(fd);
        return fileError(unreadable, path, u"not a regular file of at most 1 MiB"_s);
    }
    if ((status.st_mode & 077) != 0) {
        ::close(fd);
        const QString mode = QString::number(status.st_mode & 0777, 8).rightJustified(4, u'0');
        return makeError(ErrorCode::PermissionDenied,
            text(QT_TRANSLATE_NOOP("dsn::SigningKeys",
                     "The signing key %1 may be read by other users (mode %2); it is not used until only its "
                     "owner may: chmod 600 %1"))
                .arg(path, mode),
            path + u": mode "_s + mode);
    }
    bytes.resize(qsizetype(status.st_size));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    if (done != bytes.size())
        return fileError(unreadable, path, u"short read"_s);
    return bytes;
}

// Writes a new private key file: created 0600 before its first byte, written whole under another
// name, synced, then renamed into place.
Result<void> writePrivateKeyFile(const QString &path, const QByteArray &pem)
{
    const char *message = QT_TRANSLATE_NOOP("dsn::SigningKeys", "The signing key %1 cannot be saved.");
    const QByteArray temporary = QFile::encodeName(path + u".new"_s);
    ::unlink(temporary.constData()); // a remnant of a write cut short
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return fileError(message, path, systemError());
    bool written = ::fchmod(fd, 0600) == 0;
    for (qsizetype done = 0; written && done < pem.size();) {
        const ssize_t n = ::write(fd, pem.constData() + done, size_t(pem.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        written = n > 0;
        done += n > 0 ? n : 0;
    }
    written = written && ::fsync(fd) == 0;
    const QString error = systemError();
    written = ::close(fd) == 0 && written;
    if (!written || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString detail = written ? systemError() : error;
        ::unlink(temporary.constData());
        return fileError(message, path, detail);
    }
    const int dir
        = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

// One process's threads one after the other; processes through the lock file.
QMutex &keysMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

QString defaultSigningKeysDirectory()
{
    // systemd may name several state folders, separated by ':'; the first is the service's own.
    QString state = qEnvironmentVariable("STATE_DIRECTORY").section(u':', 0, 0);
    if (state.isEmpty())
        state = u"/var/lib/dsn-office"_s;
    return state + u"/signing-keys"_s;
}

SigningKeys::SigningKeys(QString directory)
    : m_directory(std::move(directory))
{
}

QString SigningKeys::publicKeysPath() const
{
    return m_directory + u"/public-keys.json"_s;
}

QString SigningKeys::privateKeyPath(const QString &kid) const
{
    return m_directory + u'/' + kid + u".key"_s;
}

Result<PublicKeySet> SigningKeys::readPublicKeys() const
{
    const QString path = publicKeysPath();
    QFile file(path);
    if (!file.exists())
        return PublicKeySet();
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize) {
        return fileError(QT_TRANSLATE_NOOP("dsn::SigningKeys", "The list of public keys %1 cannot be read."),
            path, file.errorString());
    }
    Result<PublicKeySet> keys = PublicKeySet::fromJson(file.readAll());
    if (!keys)
        return makeError(keys.error().code, keys.error().message, path + u": "_s + keys.error().detail);
    return keys;
}

Result<PublicKeySet> SigningKeys::publicKeys(QDate today)
{
    Result<PublicKeySet> keys = readPublicKeys();
    if (keys && keys->isEmpty())
        keys = addKey(orToday(today), false);
    if (keys && !keys->current()) {
        return makeError(ErrorCode::Conflict,
            text(QT_TRANSLATE_NOOP("dsn::SigningKeys",
                     "The list of public keys %1 does not have exactly one current key; make a new one with "
                     "dsnctl office signing-keys --rotate."))
                .arg(publicKeysPath()));
    }
    return keys;
}

Result<QString> SigningKeys::rotate(QDate today)
{
    Result<PublicKeySet> keys = addKey(orToday(today), true);
    if (!keys)
        return keys.error();
    return keys->current()->kid;
}

Result<SigningKeys::CurrentKey> SigningKeys::currentKey(QDate today)
{
    Result<PublicKeySet> keys = publicKeys(today);
    if (!keys)
        return keys.error();
    const SigningPublicKey &current = *keys->current();
    const QString path = privateKeyPath(current.kid);
    Result<QByteArray> pem = readPrivateKeyFile(path);
    if (!pem)
        return pem.error();
    Result<Ed25519PrivateKey> key = Ed25519PrivateKey::fromPem(*pem);
    if (!key)
        return makeError(key.error().code, key.error().message, path + u": "_s + key.error().detail);
    if (key->publicKey() != current.publicKey) {
        return makeError(ErrorCode::Conflict,
            text(QT_TRANSLATE_NOOP(
                     "dsn::SigningKeys", "The signing key %1 does not match its public key in %2."))
                .arg(path, publicKeysPath()));
    }
    return CurrentKey { current.kid, *key };
}

Result<QString> SigningKeys::signCertificateToken(const CertificateClaims &claims, QDate today)
{
    if (Result<void> checked = checkCertificateClaims(claims); !checked)
        return checked.error();
    Result<CurrentKey> current = currentKey(today);
    if (!current)
        return current.error();
    return makeCertificateToken(claims, current->key);
}

Result<QString> SigningKeys::checkCurrentKey(QDate today)
{
    Result<CurrentKey> current = currentKey(today);
    if (!current)
        return current.error();
    return current->kid;
}

Result<PublicKeySet> SigningKeys::addKey(QDate today, bool retireCurrent)
{
    const QMutexLocker locker(&keysMutex());
    if (Result<void> made = makeFolder(m_directory); !made)
        return made.error();
    QLockFile lock(m_directory + u"/.lock"_s);
    if (!lock.tryLock(kLockTimeoutMs)) {
        return makeError(ErrorCode::Busy,
            text(QT_TRANSLATE_NOOP(
                     "dsn::SigningKeys", "The signing keys folder %1 is locked by another process."))
                .arg(m_directory));
    }
    Result<PublicKeySet> keys = readPublicKeys();
    if (!keys || (!retireCurrent && !keys->isEmpty()))
        return keys; // read again under the lock: another process may have made the first key
    Result<Ed25519PrivateKey> key = Ed25519PrivateKey::generate();
    if (!key)
        return key.error();
    SigningPublicKey entry { signingKeyId(key->publicKey()), key->publicKey(), today, {} };
    if (Result<void> written = writePrivateKeyFile(privateKeyPath(entry.kid), key->toPem()); !written)
        return written.error();
    QList<QString> current;
    for (const SigningPublicKey &k : keys->keys()) {
        if (!k.isRetired())
            current.append(k.kid);
    }
    for (const QString &kid : current)
        keys->retire(kid, std::max(today, keys->find(kid)->created));
    if (Result<void> added = keys->add(entry); !added)
        return added.error();
    QSaveFile file(publicKeysPath());
    const QByteArray json = keys->toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return fileError(QT_TRANSLATE_NOOP("dsn::SigningKeys", "The list of public keys %1 cannot be saved."),
            publicKeysPath(), file.errorString());
    }
    return keys;
}

} // namespace dsn::office
