#pragma once

#include "base/language.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace dsn::gui {

class ReceiptJob;

// The print preview of an acceptance receipt: the pages as they will print, the language
// (the interface language first), an option to print the other language as well, Print and
// Save as PDF. The preview itself records nothing; each print or saved file is recorded by the
// job.
class ReceiptPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptPreviewDialog(std::shared_ptr<ReceiptJob> job, Language language, QWidget *parent = nullptr);
    ~ReceiptPreviewDialog() override;

    Language language() const;

public slots:
    void printReceipt();
    void savePdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintPreview(QPrinter *printer);
    void retranslate();
    void showResult(const QString &error);

    std::shared_ptr<ReceiptJob> m_job;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    QCheckBox *m_otherLanguage = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace dsn::gui
