#pragma once

#include "base/language.h"
#include "base/result.h"
#include "calendar/workingcalendar.h"
#include "cases/caserecord.h"
#include "documents/documentengine.h"
#include "session/actor.h"

#include <QHash>
#include <QString>

#include <memory>

class QPagedPaintDevice;

namespace dsn {
class CaseStore;
class Database;
class ReferenceData;
} // namespace dsn

namespace dsn::gui {

// The acceptance receipt of one stored case for one signed-in user: built from the case as the
// store holds it (CaseStore::openCase), so that what prints is what was stored. Every print and
// every saved PDF is recorded with CaseStore::recordPrint.
class ReceiptJob
{
public:
    ReceiptJob(Database &database, CaseStore &cases, const ReferenceData &reference, WorkingCalendar calendar,
        Actor actor, QString caseNumber);

    // Opens the case (audited as a view); false with error() set when it cannot be read.
    bool load();
    const QString &caseNumber() const { return m_caseNumber; }
    const QString &error() const { return m_error; }

    // The receipt in that language, laid out once and kept.
    const PreparedDocument &document(Language language);

    // Prints on the device and records the print; the result's error is set on failure.
    RenderedDocument print(QPagedPaintDevice *device, Language language);
    RenderedDocument savePdf(const QString &path, Language language);

    // Prints recorded through this job: (language, reprint number), in order.
    const QList<std::pair<Language, int>> &recorded() const { return m_recorded; }

private:
    RenderedDocument record(RenderedDocument rendered);

    Database &m_database;
    CaseStore &m_cases;
    const ReferenceData &m_reference;
    WorkingCalendar m_calendar;
    Actor m_actor;
    QString m_caseNumber;
    QString m_error;
    std::unique_ptr<CaseRecord> m_record;
    QHash<int, std::shared_ptr<PreparedDocument>> m_documents;
    QList<std::pair<Language, int>> m_recorded;
};

} // namespace dsn::gui
