#include "documentengine.h"

#include "base/hashing.h"
#include "documentfonts.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::DocumentEngine)
};

} // namespace

PreparedDocument PreparedDocument::failure(const QString &kind, Language language, const QString &error)
{
    PreparedDocument prepared;
    prepared.m_kind = kind;
    prepared.m_language = language;
    prepared.m_error = error;
    return prepared;
}

RenderedDocument PreparedDocument::record() const
{
    RenderedDocument result;
    result.kind = m_kind;
    result.language = m_language;
    result.contentHash = m_contentHash;
    result.templateDigest = m_templateDigest;
    if (m_document)
        result.pageCount = m_document->pageCount();
    else
        result.error = m_error.isEmpty() ? Text::tr("The document was not prepared.") : m_error;
    return result;
}

RenderedDocument PreparedDocument::writePdf(const QString &path) const
{
    RenderedDocument result = record();
    if (!result.ok())
        return result;
    if (Result<void> written = m_document->writePdf(path); !written)
        result.error = written.error().message;
    return result;
}

RenderedDocument PreparedDocument::print(QPagedPaintDevice *device) const
{
    RenderedDocument result = record();
    if (result.ok() && !m_document->print(device))
        result.error = Text::tr("The printer could not start printing.");
    return result;
}

PreparedDocument prepareDocument(const DocumentTemplate &documentTemplate, Language language,
    const DocumentData &data, const QByteArray &canonicalData)
{
    const auto fail = [&](const QString &error) {
        return PreparedDocument::failure(documentTemplate.kind(), language, error);
    };
    if (documentTemplate.isNull())
        return fail(Text::tr("No document template."));
    if (const QString fontError = documentfonts::ensureLoaded(); !fontError.isEmpty())
        return fail(fontError);

    const FilledText html = documentTemplate.fillHtml(language, data);
    if (!html.ok())
        return fail(html.error);
    QString title = documentTemplate.kind();
    if (documentTemplate.hasText(u"title"_s)) {
        const FilledText filled = documentTemplate.fillText(u"title"_s, language, data);
        if (!filled.ok())
            return fail(filled.error);
        title = filled.text;
    }
    // The PDF's author and subject, when the template names them.
    QStringList description;
    for (const QString &key : { u"author"_s, u"subject"_s }) {
        if (!documentTemplate.hasText(key)) {
            description.append(QString());
            continue;
        }
        const FilledText filled = documentTemplate.fillText(key, language, data);
        if (!filled.ok())
            return fail(filled.error);
        description.append(filled.text);
    }
    QString footer;
    if (documentTemplate.hasText(u"footer"_s)) {
        const QMap<QString, QString> pageNumbers { { u"page"_s, u"{{page}}"_s },
            { u"pages"_s, u"{{pages}}"_s } };
        const FilledText filled = documentTemplate.fillText(u"footer"_s, language, data, pageNumbers);
        if (!filled.ok())
            return fail(filled.error);
        footer = filled.text;
    }

    PreparedDocument prepared;
    prepared.m_kind = documentTemplate.kind();
    prepared.m_language = language;
    prepared.m_contentHash
        = sha256Hex(canonicalData.isEmpty() ? canonicalDocumentData(documentTemplate.kind(), language, data)
                                            : canonicalData);
    prepared.m_templateDigest = documentTemplate.digest();
    prepared.m_document = std::make_unique<PrintableDocument>(html.text, title, footer);
    prepared.m_document->setAuthorAndSubject(description.at(0), description.at(1));
    return prepared;
}

PreparedDocument prepareDocument(
    const QString &kind, Language language, const DocumentData &data, const QByteArray &canonicalData)
{
    const Result<DocumentTemplate> documentTemplate = DocumentTemplate::load(kind);
    if (!documentTemplate)
        return PreparedDocument::failure(kind, language, documentTemplate.error().message);
    return prepareDocument(*documentTemplate, language, data, canonicalData);
}

} // namespace dsn
