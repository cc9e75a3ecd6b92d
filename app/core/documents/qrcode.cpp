#include "qrcode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace dsn {

QrCode QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!symbol || symbol->width <= 0)
        return {};
    QrCode code;
    code.m_size = symbol->width;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(symbol->data[i] & 1);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

void QrCode::paint(QPainter *painter, const QRectF &target) const
{
    if (isNull() || !painter)
        return;
    const int modules = m_size + 2 * quietZone;
    const qreal side = qMin(target.width(), target.height());
    const qreal module = side / modules;
    const QPointF origin(target.x() + (target.width() - side) / 2, target.y() + (target.height() - side) / 2);

    QPainterPath dark;
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            dark.addRect(QRectF(origin.x() + (quietZone + start) * module,
                origin.y() + (quietZone + y) * module, (x - start) * module, module));
        }
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    painter->setBrush(Qt::black);
    painter->drawPath(dark);
    painter->restore();
}

} // namespace dsn
