#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace dsn {

// Draws QR codes inside a laid-out QTextDocument. A template asks for one with
//   <img src="qr:PAYLOAD" width="W" height="H">
// install() turns every such image into a text object of this handler, which the document
// layout sizes as W x H and paints with QrCode::paint (vector squares), on screen, on a
// printer and in a PDF alike.
class QrTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    enum Property { PayloadProperty = QTextFormat::UserProperty + 1, WidthProperty, HeightProperty };

    // Registers a handler owned by the document with its layout and replaces the "qr:"
    // images. Returns how many QR codes the document holds.
    static int install(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;

private:
    explicit QrTextObject(QObject *parent);
};

} // namespace dsn
