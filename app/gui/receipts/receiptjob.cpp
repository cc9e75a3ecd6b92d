#include "receipts/receiptjob.h"

#include "cases/casestore.h"
#include "documents/receipt.h"
#include "documents/receiptbuilder.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

ReceiptJob::ReceiptJob(Database &database, CaseStore &cases, const ReferenceData &reference,
    WorkingCalendar calendar, Actor actor, QString caseNumber)
    : m_database(database)
    , m_cases(cases)
    , m_reference(reference)
    , m_calendar(std::move(calendar))
    , m_actor(std::move(actor))
    , m_caseNumber(std::move(caseNumber))
{
}

bool ReceiptJob::load()
{
    Result<CaseRecord> record = m_cases.openCase(m_caseNumber, m_actor, u"receipt"_s);
    if (!record) {
        m_error = record.error().message;
        return false;
    }
    m_record = std::make_unique<CaseRecord>(std::move(record).value());
    m_documents.clear();
    return true;
}

const PreparedDocument &ReceiptJob::document(Language language)
{
    const int key = static_cast<int>(language);
    auto found = m_documents.constFind(key);
    if (found != m_documents.constEnd())
        return **found;
    std::shared_ptr<PreparedDocument> document;
    if (!m_record) {
        document = std::make_shared<PreparedDocument>(PreparedDocument::failure(
            QLatin1StringView(receipt::kind), language,
            m_error.isEmpty() ? QCoreApplication::translate("dsn::gui::ReceiptJob", "The case is not loaded.")
                              : m_error));
    } else {
        document = std::make_shared<PreparedDocument>(
            receiptbuilder::prepare(m_database, *m_record, m_reference, m_calendar, language));
    }
    m_documents.insert(key, document);
    return *document;
}

RenderedDocument ReceiptJob::print(QPagedPaintDevice *device, Language language)
{
    const PreparedDocument &prepared = document(language);
    if (!prepared.ok())
        return prepared.record();
    return record(prepared.print(device));
}

RenderedDocument ReceiptJob::savePdf(const QString &path, Language language)
{
    const PreparedDocument &prepared = document(language);
    if (!prepared.ok())
        return prepared.record();
    return record(prepared.writePdf(path));
}

RenderedDocument ReceiptJob::record(RenderedDocument rendered)
{
    if (!rendered.ok())
        return rendered;
    Result<int> reprint
        = m_cases.recordPrint(m_caseNumber, rendered.kind, rendered.language, rendered.contentHash, m_actor);
    if (!reprint) {
        rendered.error = reprint.error().message;
        return rendered;
    }
    m_recorded.append({ rendered.language, *reprint });
    return rendered;
}

} // namespace dsn::gui
