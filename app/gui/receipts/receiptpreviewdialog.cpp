#include "receipts/receiptpreviewdialog.h"

#include "common/screenfit.h"
#include "receipts/receiptjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

namespace {
Language otherLanguage(Language language)
{
    return language == Language::Russian ? Language::Kazakh : Language::Russian;
}
} // namespace

ReceiptPreviewDialog::ReceiptPreviewDialog(
    std::shared_ptr<ReceiptJob> job, Language language, QWidget *parent)
    : QDialog(parent)
    , m_job(std::move(job))
{
    setObjectName(u"receiptPreviewDialog"_s);
    resize(760, 900);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->addItem(u"Қазақ тілі"_s, static_cast<int>(Language::Kazakh));
    m_language->addItem(u"Русский язык"_s, static_cast<int>(Language::Russian));
    m_language->setCurrentIndex(language == Language::Russian ? 1 : 0);
    m_languageLabel->setBuddy(m_language);
    m_otherLanguage = new QCheckBox(this);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_language);
    bar->addWidget(m_otherLanguage);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageLayout(PrintableDocument::pageLayout());
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    layout->addWidget(m_preview, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_print = new QPushButton(this);
    m_print->setDefault(true);
    m_pdf = new QPushButton(this);
    m_close = new QPushButton(this);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReceiptPreviewDialog::paintPreview);
    connect(m_language, &QComboBox::currentIndexChanged, m_preview, &QPrintPreviewWidget::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReceiptPreviewDialog::retranslate);
    connect(m_print, &QPushButton::clicked, this, &ReceiptPreviewDialog::printReceipt);
    connect(m_pdf, &QPushButton::clicked, this, &ReceiptPreviewDialog::savePdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    fitToScreen(this);
    m_preview->fitToWidth();
}

ReceiptPreviewDialog::~ReceiptPreviewDialog()
{
    // The preview uses the printer until it is gone.
    delete m_preview;
}

Language ReceiptPreviewDialog::language() const
{
    return static_cast<Language>(m_language->currentData().toInt());
}

void ReceiptPreviewDialog::paintPreview(QPrinter *printer)
{
    const PreparedDocument &document = m_job->document(language());
    if (!document.ok()) {
        m_status->setText(document.error());
        return;
    }
    QPainter painter(printer);
    document.document()->render(&painter, printer->pageLayout());
}

void ReceiptPreviewDialog::printReceipt()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PrintableDocument::pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Language> languages { language() };
    if (m_otherLanguage->isChecked())
        languages.append(otherLanguage(language()));
    for (Language l : std::as_const(languages)) {
        const RenderedDocument rendered = m_job->print(&printer, l);
        if (!rendered.ok()) {
            showResult(rendered.error);
            return;
        }
    }
    showResult({});
}

void ReceiptPreviewDialog::savePdf()
{
    const QString suggested = u"%1-%2.pdf"_s.arg(m_job->caseNumber(), languageCode(language()));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save receipt as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    showResult(m_job->savePdf(path, language()).error);
}

void ReceiptPreviewDialog::showResult(const QString &error)
{
    m_status->setText(error.isEmpty() ? tr("Done; the print is recorded with the case.") : error);
}

void ReceiptPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReceiptPreviewDialog::retranslate()
{
    setWindowTitle(tr("Receipt %1").arg(m_job->caseNumber()));
    m_languageLabel->setText(tr("&Language:"));
    m_otherLanguage->setText(otherLanguage(language()) == Language::Russian ? tr("Also print in Russian")
                                                                            : tr("Also print in Kazakh"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_close->setText(tr("&Close"));
}

} // namespace dsn::gui
