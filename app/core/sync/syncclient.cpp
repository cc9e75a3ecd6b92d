#include "sync/syncclient.h"

#include "base/translations.h"

#include "base/loopback.h"
#include "store/database.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

int httpStatusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// The body of a reply; nothing when the request was cancelled (timeout) before an answer.
QByteArray bodyOf(QNetworkReply *reply)
{
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

} // namespace

SyncClient::SyncClient(Database &database, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(database, m_options.clock)
    , m_database(database)
{
    if (!m_options.clock)
        m_options.clock = database.clock();
    if (!m_options.random)
        m_options.random = systemRandom();
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.pullLimit = std::max(1, m_options.pullLimit);
    qRegisterMetaType<dsn::SyncReport>();
    qRegisterMetaType<dsn::SyncStatus>();
}

SyncClient::~SyncClient()
{
    // A reply still under way ends with the network manager, without calling back.
    if (QNetworkReply *reply = m_reply.data())
        disconnect(reply, nullptr, this, nullptr);
}

void SyncClient::setSettings(const SyncSettings &settings)
{
    m_options.settings = settings;
}

Result<SyncStatus> SyncClient::status() const
{
    return m_store.status();
}

SyncReport SyncClient::syncAndWait(SyncTrigger trigger)
{
    QEventLoop loop;
    connect(this, &SyncClient::finished, &loop, &QEventLoop::quit);
    syncOnce(trigger);
    if (m_running)
        loop.exec();
    return m_report;
}

void SyncClient::syncOnce(SyncTrigger trigger)
{
    if (m_running)
        return;
    m_running = true;
    m_trigger = trigger;
    m_report = {};
    m_cursor = 0;
    m_batch.clear();
    m_isolate.clear();
    m_audit.reset();
    m_anchorRequests = 0;
    m_pullAnchored = false;

    if (const QString problem = prepareNetwork(); !problem.isEmpty()) {
        finish(problem);
        return;
    }
    pushNext();
}

QString SyncClient::prepareNetwork()
{
    const QUrl office(m_options.settings.officeUrl);
    if (!m_options.settings.isComplete())
        return tr("Sync is not set up: the office's address and the workstation's token are needed.");
    if (!office.isValid() || office.host().isEmpty()
        || (office.scheme() != u"https" && office.scheme() != u"http")) {
        return tr("The office's address \"%1\" is not an http or https address.")
            .arg(m_options.settings.officeUrl);
    }
    // The token never travels in clear over a network: plain HTTP only to this computer.
    if (office.scheme() == u"http" && !isLoopbackHost(office.host()))
        return tr("The office's address must use https (plain http only on this computer).");
    m_network.setProxy(isLoopbackHost(office.host()) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                                     : QNetworkProxy(QNetworkProxy::DefaultProxy));
    return {};
}

Result<OfficeAnchors> SyncClient::officeAnchorsAndWait()
{
    if (m_running)
        return makeError(ErrorCode::Busy, tr("A sync with the office is under way."));
    if (const QString problem = prepareNetwork(); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    QNetworkReply *reply = m_network.get(request(u"/api/v1/audit/anchors"_s));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const int httpStatus = httpStatusOf(reply);
    const QByteArray body = bodyOf(reply);
    if (httpStatus != 200 || reply->error() != QNetworkReply::NoError)
        return makeError(httpStatus == 401 || httpStatus == 403 ? ErrorCode::PermissionDenied : ErrorCode::Io,
            describeFailure(reply, httpStatus, body));
    QString problem;
    std::optional<OfficeAnchors> anchors = parseAnchorsReply(body, &problem);
    if (!anchors)
        return makeError(ErrorCode::Io, tr("The office's anchors could not be read: %1").arg(problem));
    return *anchors;
}

QNetworkRequest SyncClient::request(const QString &path) const
{
    QString base = m_options.settings.officeUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QNetworkRequest r(QUrl(base + path));
    r.setRawHeader("Authorization", "Bearer " + m_options.settings.token.toUtf8());
    r.setRawHeader("Accept", "application/json");
    // The office words its reasons in the language the clerk reads (English for dsnctl).
    if (const Language language = installedLanguage(); language != Language::English)
        r.setRawHeader("Accept-Language", languageCode(language).toLatin1());
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    r.setTransferTimeout(m_options.timeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return r;
}

void SyncClient::pushNext()
{
    if (!m_isolate.isEmpty()) {
        m_batch = { m_isolate.takeFirst() };
    } else {
        Result<QList<PushItem>> due = m_store.dueItems(m_cursor, m_options.batchSize, m_trigger);
        if (!due) {
            finish(due.error().message);
            return;
        }
        if (due->isEmpty()) {
            pullNext();
            return;
        }
        m_batch = *due;
        m_cursor = m_batch.constLast().outboxId;
        m_report.pushed += int(m_batch.size());
    }
    postBatch();
}

void SyncClient::postBatch()
{
    if (!ensureAudit())
        return;
    m_reply = m_network.post(
        request(u"/api/v1/applications"_s), pushBatchBody(m_batch, auditReportJson(*m_audit)));
    connect(m_reply, &QNetworkReply::finished, this, &SyncClient::onPushReply);
}

bool SyncClient::handleAudit(int httpStatus, const QByteArray &body, const std::function<void()> &again)
{
    if (httpStatus != 409)
        return false;
    const QString code = errorReplyCode(body);
    if (code == kAuditChainBroken) {
        m_report.auditRefused = true;
        finish(tr("The office refused this workstation's sync because its audit trail no longer matches "
                  "what the office recorded earlier. Nothing was sent; an office administrator must "
                  "review the workstation before it can sync again. The office found: %1")
                   .arg(errorReplyReason(body)));
        return true;
    }
    if (code != kAuditAnchorRequired)
        return false;
    const std::optional<qint64> anchored = anchoredSeqOf(body);
    // The office asks for the hash at its last anchor, which this run did not know (another
    // process of this workstation synced meanwhile): once more with it, a few times at most.
    if (!anchored || ++m_anchorRequests > 3) {
        finish(tr("The office keeps asking for another anchor of the audit trail (%1).")
                   .arg(errorReplyReason(body)));
        return true;
    }
    m_anchorSeq = *anchored;
    m_audit.reset();
    again();
    return true;
}

void SyncClient::noteAnchored(const QByteArray &body)
{
    const std::optional<qint64> anchored = anchoredSeqOf(body);
    if (!anchored)
        return;
    // The head just shown is the office's last anchor now: the next request names it.
    m_anchorSeq = *anchored;
    if (m_audit && *anchored == m_audit->headSeq) {
        m_audit->anchorSeq = m_audit->headSeq;
        m_audit->anchorHash = m_audit->headHash;
    } else {
        m_audit.reset();
    }
}

bool SyncClient::ensureAudit()
{
    if (m_audit)
        return true;
    Result<AuditReport> audit = auditReportOf(m_database, m_anchorSeq);
    if (!audit) {
        finish(audit.error().message);
        return false;
    }
    m_audit = *audit;
    return true;
}

bool SyncClient::handleAuth(int httpStatus, const QByteArray &body)
{
    if (httpStatus != 401 && httpStatus != 403)
        return false;
    m_report.authRejected = true;
    const QString reason = errorReplyReason(body);
    finish(httpStatus == 401
            ? tr("The office did not accept the workstation's token (%1). Nothing more was sent; an "
                 "administrator checks the sync settings.")
                  .arg(reason)
            : tr("The office refused the workstation this operation (%1). Nothing more was sent.")
                  .arg(reason));
    return true;
}

QString SyncClient::describeFailure(QNetworkReply *reply, int httpStatus, const QByteArray &body) const
{
    if (httpStatus != 0)
        return tr("The office answered HTTP %1: %2").arg(httpStatus).arg(errorReplyReason(body));
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return tr("The office did not answer in time.");
    return tr("The office could not be reached: %1").arg(reply->errorString());
}

void SyncClient::onPushReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int httpStatus = httpStatusOf(reply);
    const QByteArray body = bodyOf(reply);
    const QList<PushItem> batch = std::exchange(m_batch, {});

    if (handleAuth(httpStatus, body) || handleAudit(httpStatus, body, [this, batch] {
            m_batch = batch;
            postBatch();
        }))
        return;

    if (httpStatus == 200 && reply->error() == QNetworkReply::NoError) {
        QString problem;
        const std::optional<QList<PushItemResult>> results = parsePushReply(body, &problem);
        if (results) {
            noteAnchored(body);
            Result<BatchRecord> recorded
                = m_store.recordReply(batch, *results, m_options.retry, m_options.random);
            if (!recorded) {
                finish(recorded.error().message);
                return;
            }
            m_report.acknowledged += recorded->acknowledged;
            m_report.conflicts += recorded->conflicts;
            m_report.rejected += recorded->invalid;
            m_report.retryLater += recorded->unanswered;
            pushNext();
            return;
        }
        // An answer that cannot be read proves nothing: the batch is tried again later.
        const QString error = tr("The office's answer could not be read: %1").arg(problem);
        m_report.retryLater += int(batch.size());
        if (Result<void> r = m_store.recordRetry(batch, error, m_options.retry, m_options.random); !r) {
            finish(r.error().message);
            return;
        }
        finish(error);
        return;
    }

    const QString error = describeFailure(reply, httpStatus, body);
    const bool transient = httpStatus == 0 || httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    const bool refusedItems = httpStatus == 400 || httpStatus == 413 || httpStatus == 422;
    if (refusedItems && batch.size() > 1) {
        // One item may spoil the batch: each is sent on its own to find it.
        m_isolate = batch + m_isolate;
        pushNext();
        return;
    }
    if (!transient && !refusedItems) {
        // Not an answer about the items (a wrong address, a method the office does not know):
        // nothing is marked, the run stops and says why.
        finish(error);
        return;
    }
    if (refusedItems) {
        // The office refused the request itself: sending it again unchanged cannot help.
        m_report.rejected += int(batch.size());
        if (Result<void> r = m_store.recordRejected(batch, error); !r) {
            finish(r.error().message);
            return;
        }
        if (m_report.error.isEmpty())
            m_report.error = error;
        pushNext();
        return;
    }
    // Not delivered, or delivered without an answer: tried again later, after a backoff. The
    // office recognises a repeated item by its uid and content hash.
    m_report.retryLater += int(batch.size());
    if (Result<void> r = m_store.recordRetry(batch, error, m_options.retry, m_options.random); !r) {
        finish(r.error().message);
        return;
    }
    finish(error);
}

void SyncClient::pullNext()
{
    Result<qint64> after = m_store.lastSeq();
    if (!after) {
        finish(after.error().message);
        return;
    }
    QNetworkRequest r = request(u"/api/v1/updates"_s);
    QUrl url = r.url();
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(*after));
    query.addQueryItem(u"limit"_s, QString::number(m_options.pullLimit));
    if (!m_pullAnchored) {
        // The first page of a run shows the head as it is after the pushes (their answers added
        // entries), so that every run is anchored, also one with nothing to push.
        m_audit.reset();
        if (!ensureAudit())
            return;
        query.addQueryItem(u"audit"_s,
            QString::fromUtf8(QJsonDocument(auditReportJson(*m_audit)).toJson(QJsonDocument::Compact)));
    }
    url.setQuery(query);
    r.setUrl(url);
    m_reply = m_network.get(r);
    connect(m_reply, &QNetworkReply::finished, this, &SyncClient::onPullReply);
}

void SyncClient::onPullReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int httpStatus = httpStatusOf(reply);
    const QByteArray body = bodyOf(reply);
    if (handleAuth(httpStatus, body) || handleAudit(httpStatus, body, [this] { pullNext(); }))
        return;
    if (httpStatus != 200 || reply->error() != QNetworkReply::NoError) {
        finish(describeFailure(reply, httpStatus, body));
        return;
    }
    QString problem;
    const std::optional<UpdatesPage> page = parseUpdatesReply(body, &problem);
    if (!page) {
        finish(tr("The office's updates could not be read: %1").arg(problem));
        return;
    }
    if (!m_pullAnchored) {
        m_pullAnchored = true;
        noteAnchored(body);
    }
    Result<qint64> before = m_store.lastSeq();
    if (!before) {
        finish(before.error().message);
        return;
    }
    Result<int> applied = m_store.applyUpdates(*page);
    if (!applied) {
        finish(applied.error().message);
        return;
    }
    m_report.pulled += *applied;
    // A full page may have more behind it; an empty or short one is the end.
    if (page->events.size() >= m_options.pullLimit && page->lastSeq > *before) {
        pullNext();
        return;
    }
    finish(QString());
}

void SyncClient::finish(const QString &error)
{
    if (!error.isEmpty() && m_report.error.isEmpty())
        m_report.error = error;
    Result<void> recorded = m_store.recordRunEnd(m_report.error);
    if (!recorded && m_report.error.isEmpty())
        m_report.error = recorded.error().message;
    m_running = false;
    if (Result<SyncStatus> s = m_store.status())
        emit statusChanged(*s);
    emit finished(m_report);
}

} // namespace dsn
