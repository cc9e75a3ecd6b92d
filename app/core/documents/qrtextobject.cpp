#include "qrtextobject.h"

#include "qrcode.h"

#include <QAbstractTextDocumentLayout>
#include <QList>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

constexpr auto qrScheme = "qr:"_L1;
constexpr qreal defaultSide = 96; // CSS pixels: one inch

struct QrImage
{
    int position;
    int length;
    QTextImageFormat format;
};

} // namespace

QrTextObject::QrTextObject(QObject *parent)
    : QObject(parent)
{
}

int QrTextObject::install(QTextDocument *document)
{
    QList<QrImage> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && format.toImageFormat().name().startsWith(qrScheme))
                images.append({ fragment.position(), fragment.length(), format.toImageFormat() });
        }
    }
    document->documentLayout()->registerHandler(objectType, new QrTextObject(document));

    int count = 0;
    QTextCursor cursor(document);
    for (const QrImage &image : std::as_const(images)) {
        QTextCharFormat qr;
        qr.setObjectType(objectType);
        qr.setVerticalAlignment(image.format.verticalAlignment());
        qr.setProperty(PayloadProperty, image.format.name().mid(qrScheme.size()));
        qr.setProperty(WidthProperty, image.format.width() > 0 ? image.format.width() : defaultSide);
        qr.setProperty(HeightProperty, image.format.height() > 0 ? image.format.height() : defaultSide);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(qr);
        count += image.length;
    }
    return count;
}

QSizeF QrTextObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    // Sizes are CSS pixels, scaled to the layout's resolution as Qt scales images.
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    return QSizeF(format.doubleProperty(WidthProperty), format.doubleProperty(HeightProperty)) * scale;
}

void QrTextObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    QrCode::encode(format.stringProperty(PayloadProperty)).paint(painter, rect);
}

} // namespace dsn
