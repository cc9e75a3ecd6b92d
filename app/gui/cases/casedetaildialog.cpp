#include "casedetaildialog.h"

#include "ui_casedetaildialog.h"

#include "base/kazakhstantime.h"
#include "code/dsncode.h"
#include "common/referencemodels.h"
#include "common/uilanguage.h"
#include "reference/referencedata.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

namespace {

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, column, item);
    }
}

void prepare(QTableWidget *table, const QStringList &headers, int rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(rows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

// Empty values show as a dash so that a blank never looks like a missing widget.
QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

} // namespace

CaseDetailDialog::CaseDetailDialog(const CaseRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseDetailDialog>())
    , m_record(record)
{
    m_ui->setupUi(this);
    showRecord();
}

CaseDetailDialog::~CaseDetailDialog() = default;

void CaseDetailDialog::showRecord()
{
    setWindowTitle(tr("Case %1").arg(m_record.caseNumber));
    m_ui->titleLabel->setText(
        tr("Case %1 — %2").arg(m_record.caseNumber, statusDisplayName(m_record.status)));
    showApplication();
    showLines();
    showHistory();
    showDocuments();
}

void CaseDetailDialog::showApplication()
{
    const ReferenceData &reference = ReferenceData::embedded();
    const Language language = uiLanguage();
    const Application &a = m_record.application;

    m_ui->caseNumberValue->setText(m_record.caseNumber);
    m_ui->statusValue->setText(statusDisplayName(m_record.status));
    m_ui->receivedAtValue->setText(orDash(formatKazakhstanDateTime(a.receivedAt)));
    m_ui->receivedByValue->setText(orDash(m_record.receivedByDisplayName()));
    m_ui->officeValue->setText(orDash(m_record.officeCode));
    m_ui->registeredAtValue->setText(m_record.registeredAt.isValid()
            ? formatKazakhstanDateTime(m_record.registeredAt)
            : tr("not registered yet"));
    m_ui->dueAtValue->setText(orDash(formatKazakhstanDateTime(m_record.dueAt)));
    const Department *department = reference.department(a.departmentCode);
    m_ui->departmentValue->setText(department
            ? u"%1 %2"_s.arg(a.departmentCode, department->name.in(language))
            : orDash(a.departmentCode));
    m_ui->applicationDateValue->setText(orDash(a.applicationDate.toString(u"dd.MM.yyyy"_s)));
    m_ui->taxpayerNameValue->setText(orDash(a.taxpayerName));
    const QString kind = m_record.idKind == u"iin"_s ? tr("IIN")
        : m_record.idKind == u"bin"_s                ? tr("BIN")
                                                     : QString();
    m_ui->taxpayerIdValue->setText(
        kind.isEmpty() ? orDash(a.taxpayerId) : u"%1 (%2)"_s.arg(a.taxpayerId, kind));
    m_ui->subjectTypeValue->setText(a.subjectType ? subjectTypeDisplayName(*a.subjectType) : orDash({}));
    const Country *country = reference.country(a.country);
    m_ui->countryValue->setText(country ? u"%1 %2"_s.arg(a.country).arg(country->name.in(language))
                                        : orDash(a.country ? QString::number(a.country) : QString()));
    m_ui->atuValue->setText(orDash(a.atu ? territorialUnitText(reference, a.atu, language) : QString()));
    m_ui->headNameValue->setText(orDash(a.headName));
    m_ui->channelValue->setText(
        a.channel == IntakeChannel::Home ? tr("Home visit to the applicant") : tr("At the counter"));
    m_ui->queueTicketValue->setText(orDash(a.queueTicket));
}

void CaseDetailDialog::showLines()
{
    const ReferenceData &reference = ReferenceData::embedded();
    const Language language = uiLanguage();
    QTableWidget *table = m_ui->linesTable;
    prepare(table,
        { tr("No."), tr("Type"), tr("Product"), tr("Specification"), tr("Decision"), tr("DSN code"),
            tr("Reason for refusal") },
        int(m_record.lines.size()));
    for (int row = 0; row < m_record.lines.size(); ++row) {
        const CaseLine &line = m_record.lines.at(row);
        const ProductType *type = reference.productType(line.product.type);
        QString decision;
        if (line.decision == u"issued"_s)
            decision = tr("Issued");
        else if (line.decision == u"refused"_s)
            decision = tr("Refused");
        else
            decision = tr("Not decided");
        QString refusal = line.refusalText;
        if (line.refusalGround)
            refusal = tr("Ground %1: %2").arg(*line.refusalGround).arg(line.refusalText);
        setRow(table, row,
            { QString::number(line.lineNo),
                type ? u"%1 %2"_s.arg(line.product.type).arg(type->name.in(language))
                     : QString::number(line.product.type),
                line.product.name, line.product.spec, decision, DsnCode::groupedText(line.dsnCode),
                refusal });
    }
}

void CaseDetailDialog::showHistory()
{
    QTableWidget *table = m_ui->historyTable;
    prepare(table, { tr("When"), tr("From"), tr("To"), tr("Who"), tr("Role"), tr("Comment") },
        int(m_record.history.size()));
    for (int row = 0; row < m_record.history.size(); ++row) {
        const StatusEvent &event = m_record.history.at(row);
        const auto role = roleFromKey(event.actorRole);
        setRow(table, row,
            { formatKazakhstanDateTime(event.at),
                event.from ? statusDisplayName(*event.from) : tr("(intake)"), statusDisplayName(event.to),
                event.actorDisplayName(), role ? roleDisplayName(*role) : event.actorRole, event.comment });
    }
}

void CaseDetailDialog::showDocuments()
{
    QTableWidget *table = m_ui->documentsTable;
    prepare(table, { tr("Printed"), tr("Document"), tr("Language"), tr("Printed by"), tr("Reprint") },
        int(m_record.documents.size()));
    for (int row = 0; row < m_record.documents.size(); ++row) {
        const PrintedDocument &document = m_record.documents.at(row);
        QString kind = document.kind;
        if (kind == u"receipt"_s)
            kind = tr("Acceptance receipt");
        else if (kind == u"certificate"_s)
            kind = tr("Certificate of DSN codes");
        else if (kind == u"refusal"_s)
            kind = tr("Reasoned refusal");
        QString language = document.language;
        if (language == u"kk"_s)
            language = tr("Kazakh");
        else if (language == u"ru"_s)
            language = tr("Russian");
        else if (language == u"en"_s)
            language = tr("English");
        setRow(table, row,
            { formatKazakhstanDateTime(document.printedAt), kind, language, document.printedByDisplayName(),
                document.reprintNo == 0 ? tr("original") : tr("reprint %1").arg(document.reprintNo) });
    }
}

void CaseDetailDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showRecord();
    }
    QDialog::changeEvent(event);
}

} // namespace dsn::gui
