#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>

class QPainter;

namespace dsn {

// A QR code symbol (ISO/IEC 18004) made by libqrencode: error correction level M, the text
// encoded as UTF-8 bytes. Painted as filled vector squares, never as a scaled bitmap, so it
// stays sharp on paper at any printer resolution.
class QrCode
{
public:
    // Light modules around the symbol required by the standard.
    static constexpr int quietZone = 4;

    QrCode() = default;
    // A null code when the text is empty or too long for a QR code.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    // Modules per side, without the quiet zone (21 for version 1, 4 more per version).
    int size() const { return m_size; }
    int version() const { return m_size == 0 ? 0 : (m_size - 17) / 4; }
    bool isDark(int x, int y) const;

    // Paints the symbol and its quiet zone (white) as the largest square centred in target.
    // The dark modules are one filled path of whole rows of squares.
    void paint(QPainter *painter, const QRectF &target) const;

private:
    int m_size = 0;
    QByteArray m_modules; // m_size * m_size, row by row, 1 for dark
};

} // namespace dsn
