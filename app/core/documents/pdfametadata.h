#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The metadata of a PDF/A-1b document the workstation writes. Qt 6.4's QPdfWriter writes the
// title, the creator, the producer and the creation time into the document information
// dictionary and, for PDF/A-1b, an XMP packet with the PDF/A identification; it has no author or
// subject. This packet replaces Qt's (QPdfWriter::setDocumentXmpMetadata) and carries them as
// dc:creator and dc:description, with everything PDF/A-1 requires to agree with the information
// dictionary: the title, the creator tool, the producer and the creation time, and the
// identification pdfaid:part 1, pdfaid:conformance B.
namespace dsn::pdfa {

struct Metadata
{
    QString title;
    QString author;  // who issued the document (the organisation)
    QString subject; // what the document is
    QString creator; // the program that made it
};

// The producer QPdfWriter writes into the information dictionary: "Qt <version>".
QString producer();

// The XMP packet (UTF-8) for a document whose information dictionary says it was created at
// `created` (to the second).
QByteArray xmpPacket(const Metadata &metadata, const QDateTime &created);

// The creation time the written PDF's information dictionary holds (/CreationDate), invalid when
// it holds none that parses.
QDateTime infoCreationDate(const QByteArray &pdf);

} // namespace dsn::pdfa
