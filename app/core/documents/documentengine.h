#pragma once

#include "base/language.h"
#include "documentdata.h"
#include "documenttemplate.h"
#include "printabledocument.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;

namespace dsn {

// What the store records about one print or reprint of a document.
struct RenderedDocument
{
    QString kind;
    Language language = Language::Kazakh;
    QString contentHash;    // SHA-256 (hex) of the canonical data that went into the document
    QString templateDigest; // SHA-256 (hex) of the template version that laid it out
    int pageCount = 0;
    QString error; // empty when the document was written or printed
    bool ok() const { return error.isEmpty(); }
};

// A document of one kind filled from its data and laid out, not yet written anywhere.
class PreparedDocument
{
public:
    PreparedDocument() = default;
    // A document that could not be prepared, and why.
    static PreparedDocument failure(const QString &kind, Language language, const QString &error);

    bool ok() const { return m_document != nullptr; }
    const QString &error() const { return m_error; }
    const QString &kind() const { return m_kind; }
    Language language() const { return m_language; }
    const QString &contentHash() const { return m_contentHash; }
    const QString &templateDigest() const { return m_templateDigest; }
    // The laid-out pages, for a print preview (PrintableDocument::render); null on error.
    const PrintableDocument *document() const { return m_document.get(); }

    // Writes the PDF file; the result carries the content hash to record.
    RenderedDocument writePdf(const QString &path) const;
    // Prints on a paged device (a QPrinter chosen in the print dialog).
    RenderedDocument print(QPagedPaintDevice *device) const;
    // What a successful output would record, with error set when the document is not ok.
    RenderedDocument record() const;

private:
    friend PreparedDocument prepareDocument(
        const DocumentTemplate &, Language, const DocumentData &, const QByteArray &);
    std::unique_ptr<PrintableDocument> m_document;
    QString m_kind;
    Language m_language = Language::Kazakh;
    QString m_contentHash;
    QString m_templateDigest;
    QString m_error;
};

// Fills the template and lays the document out. canonicalData is the input of the content
// hash; when empty, canonicalDocumentData(kind, language, data) is used. The template's
// fixed text "title" (if any) becomes the PDF title, "author" and "subject" the PDF's author
// and subject, "footer" the page footer, all with {{name}} placeholders from data.values, and
// the footer also with {{page}} and {{pages}}.
// Loads the document fonts first; needs a QGuiApplication.
PreparedDocument prepareDocument(const DocumentTemplate &documentTemplate, Language language,
    const DocumentData &data, const QByteArray &canonicalData = {});
// The same with the template of that kind from the resources (:/documents/<kind>.*).
PreparedDocument prepareDocument(
    const QString &kind, Language language, const DocumentData &data, const QByteArray &canonicalData = {});

} // namespace dsn
