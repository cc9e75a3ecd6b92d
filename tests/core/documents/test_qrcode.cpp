#include "documents/qrcode.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsn;

namespace {

// The two leading format bits of a QR symbol give its error correction level, after the
// standard's XOR mask 101010000010010: L reads 11, M 10, Q 01, H 00 (ISO/IEC 18004, 7.9).
// The first copy starts at row 8, columns 0 and 1; the second at column 8, from the bottom.
QString levelBits(const QrCode &code, bool secondCopy)
{
    const auto bit = [&](int x, int y) {
        return code.isDark(x, y) ? u'1' : u'0';
    };
    if (!secondCopy)
        return QString() + bit(0, 8) + bit(1, 8);
    return QString() + bit(8, code.size() - 1) + bit(8, code.size() - 2);
}

bool isFinderPattern(const QrCode &code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void encodesAtLevelM_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minimumVersion");

        QTest::newRow("receipt payload") << u"DSN1|ALM-2025-000123|0123456789abcdef"_s << 3;
        QTest::newRow("cyrillic and kazakh") << u"DSN1|Қ-Ә-Ө|0123456789abcdef"_s << 3;
        QTest::newRow("one letter") << u"A"_s << 1;
        QTest::newRow("long") << QString(400, u'x') << 15;
    }

    void encodesAtLevelM()
    {
        QFETCH(QString, text);
        QFETCH(int, minimumVersion);
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QCOMPARE(code.size(), 17 + 4 * code.version());
        // Byte capacity at level M: version 2 holds 26 bytes, version 14 362 (ISO/IEC 18004 table 7).
        QVERIFY2(code.version() >= minimumVersion, qPrintable(QString::number(code.version())));
        QCOMPARE(levelBits(code, false), u"10"_s);
        QCOMPARE(levelBits(code, true), u"10"_s);
        QVERIFY(isFinderPattern(code, 0, 0));
        QVERIFY(isFinderPattern(code, code.size() - 7, 0));
        QVERIFY(isFinderPattern(code, 0, code.size() - 7));
        // The dark module next to the lower-left format bits is always dark.
        QVERIFY(code.isDark(8, code.size() - 8));
    }

    void differentTextGivesDifferentSymbol()
    {
        const QrCode a = QrCode::encode(u"DSN1|A|0123456789abcdef"_s);
        const QrCode b = QrCode::encode(u"DSN1|A|0123456789abcdee"_s);
        QCOMPARE(a.size(), b.size());
        bool differs = false;
        for (int y = 0; y < a.size() && !differs; ++y)
            for (int x = 0; x < a.size() && !differs; ++x)
                differs = a.isDark(x, y) != b.isDark(x, y);
        QVERIFY(differs);
    }

    void nullForEmptyOrTooLong()
    {
        QVERIFY(QrCode::encode(QString()).isNull());
        // Version 40 at level M holds at most 2331 bytes.
        QVERIFY(QrCode::encode(QString(3000, u'x')).isNull());
        QVERIFY(!QrCode::encode(QString(2000, u'x')).isNull());
    }

    void outsideTheSymbolIsLight()
    {
        const QrCode code = QrCode::encode(u"x"_s);
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(0, code.size()));
    }

    void paintsModulesAndQuietZone_data()
    {
        QTest::addColumn<QSize>("imageSize");
        QTest::newRow("square") << QSize(37 * 6, 37 * 6);
        QTest::newRow("wide target, centred") << QSize(37 * 6 + 100, 37 * 6);
    }

    void paintsModulesAndQuietZone()
    {
        QFETCH(QSize, imageSize);
        const QrCode code = QrCode::encode(u"DSN1|ALM-2025-000123|0123456789abcdef"_s);
        QCOMPARE(code.size() + 2 * QrCode::quietZone, 37); // version 3
        QImage image(imageSize, QImage::Format_RGB32);
        image.fill(Qt::red);
        {
            QPainter painter(&image);
            code.paint(&painter, QRectF(QPointF(0, 0), imageSize));
        }
        const int module = 6;
        const int left = (imageSize.width() - 37 * module) / 2;
        for (int y = 0; y < 37; ++y) {
            for (int x = 0; x < 37; ++x) {
                const QRgb sample = image.pixel(left + x * module + module / 2, y * module + module / 2);
                const bool dark = code.isDark(x - QrCode::quietZone, y - QrCode::quietZone);
                QVERIFY2(sample == (dark ? qRgb(0, 0, 0) : qRgb(255, 255, 255)),
                    qPrintable(u"module %1,%2"_s.arg(x).arg(y)));
                // Module edges are sharp: the corner pixels match the centre.
                QCOMPARE(image.pixel(left + x * module, y * module), sample);
                QCOMPARE(image.pixel(left + x * module + module - 1, y * module + module - 1), sample);
            }
        }
        if (left > 0) // the sides outside the square are left alone
            QCOMPARE(image.pixel(0, 0), qRgb(255, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "test_qrcode.moc"
