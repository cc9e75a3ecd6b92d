#include "documents/pdfametadata.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace dsn::pdfa {

namespace {

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

// An XMP date with the offset the information dictionary uses (local time), to the second.
QString xmpDate(const QDateTime &moment)
{
    QDateTime local = moment.toLocalTime();
    local = local.addMSecs(-local.time().msec());
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

QString producer()
{
    return u"Qt "_s + QString::fromLatin1(qVersion());
}

QByteArray xmpPacket(const Metadata &metadata, const QDateTime &created)
{
    const QString date = xmpDate(created);
    QString packet;
    packet += u"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"_s;
    packet += u"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"_s;
    packet += u" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"_s;
    packet += u"  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"_s;
    packet += u"   <dc:format>application/pdf</dc:format>\n"_s;
    packet += u"   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"_s + xml(metadata.title)
        + u"</rdf:li></rdf:Alt></dc:title>\n"_s;
    if (!metadata.author.isEmpty())
        packet += u"   <dc:creator><rdf:Seq><rdf:li>"_s + xml(metadata.author)
            + u"</rdf:li></rdf:Seq></dc:creator>\n"_s;
    if (!metadata.subject.isEmpty())
        packet += u"   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"_s + xml(metadata.subject)
            + u"</rdf:li></rdf:Alt></dc:description>\n"_s;
    packet += u"  </rdf:Description>\n"_s;
    packet += u"  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"_s;
    packet += u"   <xmp:CreatorTool>"_s + xml(metadata.creator) + u"</xmp:CreatorTool>\n"_s;
    packet += u"   <xmp:CreateDate>"_s + date + u"</xmp:CreateDate>\n"_s;
    packet += u"   <xmp:ModifyDate>"_s + date + u"</xmp:ModifyDate>\n"_s;
    packet += u"  </rdf:Description>\n"_s;
    packet += u"  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"_s;
    packet += u"   <pdf:Producer>"_s + xml(producer()) + u"</pdf:Producer>\n"_s;
    packet += u"  </rdf:Description>\n"_s;
    packet += u"  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
              u" pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"_s;
    packet += u" </rdf:RDF>\n"_s;
    packet += u"</x:xmpmeta>\n"_s;
    packet += u"<?xpacket end=\"w\"?>"_s;
    return packet.toUtf8();
}

QDateTime infoCreationDate(const QByteArray &pdf)
{
    // D:YYYYMMDDHHmmSS, then Z, or +HH'mm' / -HH'mm' (the apostrophe after the minutes optional).
    static const QRegularExpression pattern(
        u"/CreationDate \\(D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(Z|([+-])(\\d{2})'(\\d{2})'?)?\\)"_s);
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(pdf.left(8192)));
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (m.hasCaptured(8)) {
        offset = (m.captured(9).toInt() * 3600 + m.captured(10).toInt() * 60)
            * (m.captured(8) == u"-"_s ? -1 : 1);
    } else if (!m.hasCaptured(7)) {
        return QDateTime(date, time); // no zone given: local time
    }
    return QDateTime(date, time, QTimeZone(offset));
}

} // namespace dsn::pdfa
