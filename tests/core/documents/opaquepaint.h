#pragma once

// A paint device that records every colour a document paints with, to check that nothing relies
// on transparency: PDF/A-1 forbids it, and Qt's PDF writer in PDF/A-1b mode drops an alpha
// channel silently, so a translucent colour would print other than it shows in the preview.

#include "documents/printabledocument.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QStringList>

namespace opaquepaint {

class RecordingEngine : public QPaintEngine
{
public:
    RecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }

    QStringList problems; // what would need transparency, one entry each
    int colours = 0;      // how many pens and brushes were checked

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &changed) override
    {
        const QPaintEngine::DirtyFlags dirty = changed.state();
        if (dirty & DirtyPen)
            checkBrush(changed.pen().brush(), QStringLiteral("pen"));
        if (dirty & DirtyBrush)
            checkBrush(changed.brush(), QStringLiteral("brush"));
        if (dirty & DirtyBackground)
            checkBrush(changed.backgroundBrush(), QStringLiteral("background"));
        if ((dirty & DirtyOpacity) && changed.opacity() < 1.0)
            problems.append(QStringLiteral("opacity %1").arg(changed.opacity()));
    }

    void drawPixmap(const QRectF &, const QPixmap &pixmap, const QRectF &) override
    {
        if (pixmap.hasAlphaChannel())
            problems.append(QStringLiteral("pixmap with an alpha channel"));
    }
    void drawImage(const QRectF &, const QImage &image, const QRectF &, Qt::ImageConversionFlags) override
    {
        if (image.hasAlphaChannel())
            problems.append(QStringLiteral("image with an alpha channel"));
    }
    // Shapes and text need no drawing here: their colours come through updateState().
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawTextItem(const QPointF &, const QTextItem &) override { }

private:
    void checkBrush(const QBrush &brush, const QString &what)
    {
        if (brush.style() == Qt::NoBrush)
            return;
        ++colours;
        if (brush.gradient() || !brush.textureImage().isNull())
            problems.append(what + QStringLiteral(": a gradient or a texture"));
        else if (brush.color().alpha() != 255)
            problems.append(what
                + QStringLiteral(": colour %1 with alpha %2")
                      .arg(brush.color().name())
                      .arg(brush.color().alpha()));
    }
};

// An A4 sheet at 96 dots per inch that paints into the engine.
class RecordingDevice : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &m_engine; }
    RecordingEngine &engine() const { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 794;
        case PdmHeight:
            return 1123;
        case PdmWidthMM:
            return 210;
        case PdmHeightMM:
            return 297;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    mutable RecordingEngine m_engine;
};

// Paints every page of the document and returns what would need transparency; *colours counts
// the pens and brushes checked.
inline QStringList transparencyIn(const dsn::PrintableDocument &document, int *colours = nullptr)
{
    RecordingDevice device;
    {
        QPainter painter(&device);
        for (int page = 0; page < document.pageCount(); ++page)
            document.paintPage(&painter, page, QRectF(0, 0, 794, 1123));
    }
    if (colours)
        *colours = device.engine().colours;
    return device.engine().problems;
}

} // namespace opaquepaint
