#include "documents/documentfonts.h"
#include "documents/printabledocument.h"
#include "documents/qrtextobject.h"
#include "documents/receipt.h"

#include "opaquepaint.h"
#include "pdftext.h"
#include "pdftools.h"
#include "receiptsamples.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace dsn;
using namespace pdftext;
using namespace receiptsamples;

namespace {

QString qrPayloadIn(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.objectType() == QrTextObject::objectType)
                return format.stringProperty(QrTextObject::PayloadProperty);
        }
    }
    return {};
}

} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes the receipt to the temporary folder (and, when DSN_TEST_KEEP_DOCUMENTS names a
    // folder, a copy there for a person to look at).
    QString writeReceipt(
        const ReceiptData &data, Language language, const QString &name, RenderedDocument *rendered = nullptr)
    {
        const PreparedDocument prepared = receipt::prepare(data, language);
        if (!prepared.ok()) {
            qWarning() << prepared.error();
            return {};
        }
        const QString path = m_dir.filePath(name);
        const RenderedDocument result = prepared.writePdf(path);
        if (rendered)
            *rendered = result;
        if (!result.ok()) {
            qWarning() << result.error;
            return {};
        }
        if (const QString keep = qEnvironmentVariable("DSN_TEST_KEEP_DOCUMENTS"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(path, QDir(keep).filePath(name));
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fontError = documentfonts::ensureLoaded();
        QVERIFY2(fontError.isEmpty(), qPrintable(fontError));
    }

    void pdfHoldsTheReceipt_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("kk") << int(Language::Kazakh)
                            << QStringList { u"ҚОЛХАТ"_s, u"Мұнай өнімдеріне ДСН-код беру"_s,
                                   u"«Қазақ Мұнай Өнімдері» ЖШС"_s, u"Сейітқали Әйгерім Нұрланқызы"_s,
                                   u"Мемлекеттік корпорацияның бөлімшесі"_s,
                                   u"Алматы қаласы бойынша Мемлекеттік кірістер департаменті"_s,
                                   u"ЖСН / БСН"_s, u"дизель отыны"_s, u"МЕМСТ 32511-2013"_s, u"тегін"_s,
                                   u"09:00 – 20:00"_s, u"1 / 1 бет"_s };
        QTest::newRow("ru") << int(Language::Russian)
                            << QStringList { u"РАСПИСКА"_s, u"Присвоение ПИН-кода нефтепродуктам"_s,
                                   u"ТОО «Қазақ Мұнай Өнімдері»"_s, u"Сейткали Айгерим Нурлановна"_s,
                                   u"Отдел Государственной корпорации"_s,
                                   u"Департамент государственных доходов по городу Алматы"_s, u"ИИН / БИН"_s,
                                   u"дизельное топливо"_s, u"ГОСТ 32511-2013"_s, u"бесплатно"_s,
                                   u"09:00 – 20:00"_s, u"стр. 1 из 1"_s };
    }

    void pdfHoldsTheReceipt()
    {
        QFETCH(int, language);
        QFETCH(QStringList, expected);
        const Language lang = Language(language);
        const QString path = writeReceipt(dataFor(lang), lang, u"receipt-%1.pdf"_s.arg(languageCode(lang)));
        QVERIFY(!path.isEmpty());

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);
        const QSizeF a4 = pdf.pagePointSize(0);
        QVERIFY(qAbs(a4.width() - 210 * mmToPoints) < 1 && qAbs(a4.height() - 297 * mmToPoints) < 1);

        const QString text = pageText(pdf, 0);
        QVERIFY2(text.contains(u"ALM-2025-000123"_s), qPrintable(text));
        QVERIFY(text.contains(u"940140000385"_s));
        QVERIFY(text.contains(u"14.03.2025 10:05"_s));
        QVERIFY(text.contains(u"17.03.2025 18:30"_s));
        QVERIFY(text.contains(u"Қазақ"_s));
        QVERIFY(text.contains(receipt::digest(dataFor(lang), lang)));
        for (const QString &part : std::as_const(expected))
            QVERIFY2(text.contains(part), qPrintable(part + u" not in: "_s + text));
        // The other language does not leak in.
        QVERIFY(!text.contains(lang == Language::Kazakh ? u"РАСПИСКА"_s : u"ҚОЛХАТ"_s));

        // Everything printed lies in the body and footer, nothing in the margins.
        const QRectF number = boundsOf(pdf, 0, u"ALM-2025-000123"_s);
        QVERIFY(!number.isNull());
        QVERIFY(bodyInPoints().contains(number));
    }

    void pdfEmbedsFontsAndDrawsTheQrCodeAsVectors()
    {
        const QString path = writeReceipt(kazakhData(), Language::Kazakh, u"fonts.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/FontFile2") || bytes.contains("/FontFile"));
        QVERIFY(bytes.contains("DejaVu"));
        QVERIFY(!bytes.contains("/Subtype /Image"));
        QVERIFY(!bytes.contains("/Subtype/Image"));
    }

    void pdfMetadata_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("kk") << int(Language::Kazakh) << u"Қолхат № ALM-2025-000123"_s;
        QTest::newRow("ru") << int(Language::Russian) << u"Расписка № ALM-2025-000123"_s;
    }

    void pdfMetadata()
    {
        QFETCH(int, language);
        QFETCH(QString, title);
        const Language lang = Language(language);
        const QString path = writeReceipt(dataFor(lang), lang, u"metadata.pdf"_s);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(), title);
        QVERIFY(pdf.metaData(QPdfDocument::MetaDataField::Creator).toString().contains(u"DSN Workstation"_s));
    }

    // Every PDF the engine writes is PDF/A-1b: identified so in its XMP packet, which also names
    // the author and the subject, with every font embedded.
    void pdfIsPdfA1b_data() { pdfMetadata_data(); }

    void pdfIsPdfA1b()
    {
        QFETCH(int, language);
        QFETCH(QString, title);
        const Language lang = Language(language);
        const QString path = writeReceipt(dataFor(lang), lang, u"pdfa-%1.pdf"_s.arg(languageCode(lang)));
        QVERIFY(!path.isEmpty());
        const QString xmp = pdftools::xmpOf(path);
        QVERIFY2(pdftools::identifiesPdfA1b(xmp), qPrintable(u"pdfinfo -meta: "_s + xmp));
        QVERIFY(xmp.contains(title));
        QVERIFY(xmp.contains(lang == Language::Kazakh ? u"мемлекеттік корпорациясы» КЕАҚ"_s
                                                      : u"НАО «Государственная корпорация"_s));
        QVERIFY(xmp.contains(lang == Language::Kazakh ? u"өтінімнің қабылданғаны туралы қолхат"_s
                                                      : u"Расписка о приеме заявки"_s));
        const QList<pdftools::Font> fonts = pdftools::fontsOf(path);
        QVERIFY2(!fonts.isEmpty(), "pdffonts lists the fonts (is poppler-utils installed?)");
        for (const pdftools::Font &font : fonts)
            QVERIFY2(font.embedded, qPrintable(font.name + u" is not embedded"_s));
    }

    void nothingIsTransparent()
    {
        const PreparedDocument prepared
            = receipt::prepare(withProducts(Language::Kazakh, 30), Language::Kazakh);
        QVERIFY(prepared.ok());
        int colours = 0;
        const QStringList problems = opaquepaint::transparencyIn(*prepared.document(), &colours);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        QVERIFY(colours > 10);
    }

    // The printed symbol read back by an independent decoder (zbarimg, Debian's zbar-tools),
    // from the PDF page as Qt Pdf draws it at 150 dpi.
    void printedQrCodeDecodesToThePayload_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("kk") << int(Language::Kazakh);
        QTest::newRow("ru") << int(Language::Russian);
    }

    void printedQrCodeDecodesToThePayload()
    {
        const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
        // installer/setup-debian.sh installs it; a missing decoder is a broken setup, not a pass.
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg (package zbar-tools) is not installed");
        QFETCH(int, language);
        const Language lang = Language(language);
        const QString path = writeReceipt(dataFor(lang), lang, u"qr-%1.pdf"_s.arg(languageCode(lang)));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QSize pixels = (pdf.pagePointSize(0) * 150 / 72).toSize();
        QImage page = pdf.render(0, pixels);
        QVERIFY(!page.isNull());
        QImage flat(page.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, page);
        const QString png = m_dir.filePath(u"qr-%1.png"_s.arg(languageCode(lang)));
        QVERIFY(flat.save(png));

        QProcess process;
        process.start(zbarimg, { u"--quiet"_s, u"--raw"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, png });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString decoded = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QCOMPARE(decoded, receipt::qrPayload(dataFor(lang), lang));
        QVERIFY(receipt::verifyQrPayload(decoded, dataFor(lang), lang));
    }

    void contentHashIsTheHashOfTheCanonicalData()
    {
        const ReceiptData data = kazakhData();
        const QByteArray canonical = receipt::canonicalData(data, Language::Kazakh);
        // The documented beginning of the canonical form: version, language, then the fields.
        QVERIFY(canonical.startsWith("DSN-RECEIPT/1\nlanguage=kk\ncase_number=ALM-2025-000123\n"
                                     "accepted_at=2025-03-14T05:05:00Z\n"));
        QVERIFY(canonical.contains("\nproducts=2\nproduct.1.type=бензин\nproduct.1.name=АИ-92-К4\n"));
        const QString expected
            = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());

        RenderedDocument first;
        RenderedDocument second;
        QVERIFY(!writeReceipt(data, Language::Kazakh, u"hash1.pdf"_s, &first).isEmpty());
        QVERIFY(!writeReceipt(data, Language::Kazakh, u"hash2.pdf"_s, &second).isEmpty());
        QCOMPARE(first.contentHash, expected);
        QCOMPARE(second.contentHash, expected); // a reprint records the same hash
        QCOMPARE(first.kind, u"receipt"_s);
        QCOMPARE(first.pageCount, 1);
        QCOMPARE(first.templateDigest.size(), 64);
        QCOMPARE(receipt::digest(data, Language::Kazakh), expected.left(16));
        QVERIFY(receipt::contentHash(data, Language::Russian) != expected);
    }

    void qrCodeCarriesThePayload()
    {
        const ReceiptData data = kazakhData();
        const PreparedDocument prepared = receipt::prepare(data, Language::Kazakh);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        QCOMPARE(prepared.document()->qrCodeCount(), 1);
        const QString payload = qrPayloadIn(prepared.document()->textDocument());
        QCOMPARE(payload, u"DSN1|ALM-2025-000123|"_s + receipt::digest(data, Language::Kazakh));
        QCOMPARE(payload, receipt::qrPayload(data, Language::Kazakh));

        const std::optional<receipt::QrPayload> parsed = receipt::parseQrPayload(payload);
        QVERIFY(parsed);
        QCOMPARE(parsed->caseNumber, data.caseNumber);
        QCOMPARE(receipt::checkQrPayload(payload, data, Language::Kazakh), receipt::QrCheck::Match);
        QVERIFY(receipt::verifyQrPayload(payload, data, Language::Kazakh));
        // Checked against the wrong language, the same data does not match.
        QCOMPARE(receipt::checkQrPayload(payload, data, Language::Russian), receipt::QrCheck::DigestMismatch);
    }

    void markupInNamesPrintsLiterally()
    {
        ReceiptData data = russianData();
        data.taxpayerName = u"ТОО \"Мұнай & Газ\" <test>"_s;
        data.products[0].name = u"<b>АИ-92</b> & Co"_s;
        const QString path = writeReceipt(data, Language::Russian, u"escaping.pdf"_s);
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QString text = allText(pdf);
        QVERIFY2(text.contains(u"ТОО \"Мұнай & Газ\" <test>"_s), qPrintable(text));
        QVERIFY(text.contains(u"<b>АИ-92</b> & Co"_s));
        QVERIFY(!text.contains(u"&amp;"_s));
    }

    void longProductListFlowsToMorePagesWithoutCuttingRows()
    {
        ReceiptData data = kazakhData();
        data.products.clear();
        const int count = 40;
        for (int i = 1; i <= count; ++i) {
            const QString number = u"%1"_s.arg(i, 3, 10, QLatin1Char(u'0'));
            // Every specification wraps to several lines, so a row is taller than one line.
            data.products.append({ u"дизель отыны"_s, u"Өнім-"_s + number,
                u"МЕМСТ 32511-2013, қысқы және арктикалық сорттар, күкірт мөлшері "
                u"10 мг/кг аспайды, техникалық шарттар бойынша Соңы-"_s
                    + number });
        }
        RenderedDocument rendered;
        const QString path = writeReceipt(data, Language::Kazakh, u"long.pdf"_s, &rendered);
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY2(pdf.pageCount() >= 2, qPrintable(QString::number(pdf.pageCount())));
        QCOMPARE(rendered.pageCount, pdf.pageCount());

        const QRectF body = bodyInPoints();
        for (int i = 1; i <= count; ++i) {
            const QString number = u"%1"_s.arg(i, 3, 10, QLatin1Char(u'0'));
            const QString name = u"Өнім-"_s + number;
            const QString end = u"Соңы-"_s + number;
            int pageOfName = -1;
            for (int page = 0; page < pdf.pageCount(); ++page) {
                if (!pageText(pdf, page).contains(name))
                    continue;
                QVERIFY2(pageOfName < 0, qPrintable(name + u" printed twice"_s));
                pageOfName = page;
            }
            QVERIFY2(pageOfName >= 0, qPrintable(name + u" not printed"_s));
            // The row's first and last lines share a page, and both lie inside the body.
            QVERIFY2(pageText(pdf, pageOfName).contains(end), qPrintable(name + u" is split"_s));
            const QRectF nameBounds = boundsOf(pdf, pageOfName, name);
            const QRectF endBounds = boundsOf(pdf, pageOfName, end);
            QVERIFY2(body.contains(nameBounds), qPrintable(name));
            QVERIFY2(body.contains(endBounds), qPrintable(end));
        }
        for (int page = 0; page < pdf.pageCount(); ++page) {
            const QString text = pageText(pdf, page);
            if (text.contains(u"Өнім-"_s)) // the table header repeats on every page of the table
                QVERIFY2(text.contains(u"Мұнай өнімінің атауы"_s), qPrintable(QString::number(page)));
            QVERIFY(text.contains(u"%1 / %2 бет"_s.arg(page + 1).arg(pdf.pageCount())));
        }
        // Everything after the table follows it: the result section, the notes and the
        // signature lines, on the last page.
        const QString last = pageText(pdf, pdf.pageCount() - 1);
        for (const QString &part :
            { u"Нәтижені алу Нәтиженің"_s, u"17.03.2025 18:30"_s, u"куәландыратын құжатты"_s,
                u"Мемлекеттік қызмет тегін көрсетіледі."_s, u"Қолхатты алдым"_s })
            QVERIFY2(last.contains(part), qPrintable(part + u" not in: "_s + last));
    }

    // A counter takes applications of up to ten products on one sheet, in either language.
    void upToTenProductLinesFitOnOnePage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("lines");
        for (const Language lang : { Language::Kazakh, Language::Russian }) {
            for (int lines = 1; lines <= 10; ++lines)
                QTest::newRow(qPrintable(u"%1, %2 lines"_s.arg(languageCode(lang)).arg(lines)))
                    << int(lang) << lines;
        }
    }

    void upToTenProductLinesFitOnOnePage()
    {
        QFETCH(int, language);
        QFETCH(int, lines);
        const Language lang = Language(language);
        RenderedDocument rendered;
        const QString path = writeReceipt(withProducts(lang, lines), lang,
            u"lines-%1-%2.pdf"_s.arg(languageCode(lang)).arg(lines, 2, 10, QLatin1Char(u'0')), &rendered);
        QVERIFY(!path.isEmpty());
        QCOMPARE(rendered.pageCount, 1);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);
        // The last line of the receipt, the applicant's signature caption, lies inside the body.
        const QString sign = lang == Language::Kazakh ? u"(қолы)"_s : u"(подпись)"_s;
        const QRectF last = boundsOfLast(pdf, 0, sign);
        QVERIFY(!last.isNull());
        QVERIFY2(bodyInPoints().contains(last), qPrintable(u"%1 at %2"_s.arg(sign).arg(last.bottom())));
    }

    // However long the product list, the signature block (the operator's and the applicant's
    // lines with their captions) is printed whole on one page, the last one.
    void signatureBlockStaysOnOnePage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("lines");
        for (const Language lang : { Language::Kazakh, Language::Russian }) {
            for (int lines = 11; lines <= 30; ++lines)
                QTest::newRow(qPrintable(u"%1, %2 lines"_s.arg(languageCode(lang)).arg(lines)))
                    << int(lang) << lines;
        }
    }

    void signatureBlockStaysOnOnePage()
    {
        QFETCH(int, language);
        QFETCH(int, lines);
        const Language lang = Language(language);
        const bool kk = lang == Language::Kazakh;
        const QString path = writeReceipt(withProducts(lang, lines), lang,
            u"signature-%1-%2.pdf"_s.arg(languageCode(lang)).arg(lines, 2, 10, QLatin1Char(u'0')));
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QList<int> lastPage { pdf.pageCount() - 1 };
        const QStringList block = kk
            ? QStringList { u"(тегі, аты, әкесінің аты)"_s, u"Қолхатты алдым"_s, u"(қолы)"_s,
                  u"(көрсетілетін қызметті алушы немесе оның өкілі)"_s }
            : QStringList { u"Работник Государственной корпорации, принявший заявку"_s,
                  u"(фамилия, имя, отчество)"_s, u"Расписку получил(а)"_s, u"(подпись)"_s,
                  u"(услугополучатель или его представитель)"_s };
        for (const QString &part : block)
            QVERIFY2(pagesWith(pdf, part) == lastPage, qPrintable(part));
        // The block's first and last captions are inside the body of that page.
        const QRectF body = bodyInPoints();
        const QRectF first = boundsOf(pdf, lastPage.first(), kk ? u"(тегі, аты"_s : u"(фамилия, имя"_s);
        QVERIFY(!first.isNull());
        QVERIFY(body.contains(first));
        QVERIFY(body.contains(boundsOfLast(pdf, lastPage.first(), kk ? u"(қолы)"_s : u"(подпись)"_s)));
    }

    void printedAtAnyResolutionTheLayoutIsTheSame()
    {
        const PreparedDocument prepared = receipt::prepare(russianData(), Language::Russian);
        QVERIFY(prepared.ok());
        const QString pdfPath = m_dir.filePath(u"resolution-pdf.pdf"_s);
        QVERIFY(prepared.writePdf(pdfPath).ok());

        // The way the print preview paints: render() on a painter already on a paged device.
        const QString otherPath = m_dir.filePath(u"resolution-render.pdf"_s);
        {
            QPdfWriter writer(otherPath);
            writer.setResolution(1200);
            writer.setPageLayout(PrintableDocument::pageLayout());
            QPainter painter(&writer);
            prepared.document()->render(&painter, writer.pageLayout());
        }
        QPdfDocument a;
        QPdfDocument b;
        QCOMPARE(a.load(pdfPath), QPdfDocument::Error::None);
        QCOMPARE(b.load(otherPath), QPdfDocument::Error::None);
        QCOMPARE(a.pageCount(), b.pageCount());
        for (const QString &needle : { u"ALM-2025-000123"_s, u"ГОСТ 32511-2013"_s, u"бесплатно"_s }) {
            const QRectF ra = boundsOf(a, 0, needle);
            const QRectF rb = boundsOf(b, 0, needle);
            QVERIFY(!ra.isNull());
            QVERIFY2(qAbs(ra.left() - rb.left()) < 0.5 && qAbs(ra.top() - rb.top()) < 0.5
                    && qAbs(ra.width() - rb.width()) < 0.5,
                qPrintable(needle));
        }
    }

    void printSetsTheDeviceToA4()
    {
        const PreparedDocument prepared = receipt::prepare(kazakhData(), Language::Kazakh);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::Letter));
            const RenderedDocument printed = prepared.print(&writer);
            QVERIFY2(printed.ok(), qPrintable(printed.error));
            QCOMPARE(printed.contentHash, receipt::contentHash(kazakhData(), Language::Kazakh));
        }
        QPdfDocument pdf;
        QBuffer input(&buffer.buffer());
        QVERIFY(input.open(QIODevice::ReadOnly));
        pdf.load(&input);
        QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QVERIFY(qAbs(pdf.pagePointSize(0).height() - 297 * mmToPoints) < 1);
        QVERIFY(pageText(pdf, 0).contains(u"ALM-2025-000123"_s));
    }

    void inkStaysInsideTheMargins()
    {
        ReceiptData data = kazakhData();
        for (int i = 0; i < 30; ++i)
            data.products.append({ u"мазут"_s, u"М-100 ұзын атауы бар өнім %1"_s.arg(i),
                u"МЕМСТ 10585-2013, ТШ 0251-001-2020, өте ұзынбөлінбейтінсөзтехникалықсипаттама"_s });
        const PreparedDocument prepared = receipt::prepare(data, Language::Kazakh);
        QVERIFY(prepared.ok());
        const PrintableDocument &document = *prepared.document();
        QVERIFY(document.pageCount() >= 2);

        // The sheet at 96 dots per inch; everything drawn lies inside the margins (one pixel of
        // tolerance), the footer included.
        const qreal pixelsPerMm = 96 / 25.4;
        const QSize sheet(qRound(210 * pixelsPerMm), qRound(297 * pixelsPerMm));
        const QRectF printable
            = QRectF(20 * pixelsPerMm, 20 * pixelsPerMm, 170 * pixelsPerMm, 257 * pixelsPerMm)
                  .adjusted(-1, -1, 1, 1);
        for (int page = 0; page < document.pageCount(); ++page) {
            QImage image(sheet, QImage::Format_RGB32);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                document.paintPage(&painter, page, QRectF(QPointF(0, 0), QSizeF(sheet)));
            }
            int inkInside = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixel(x, y) == qRgb(255, 255, 255))
                        continue;
                    QVERIFY2(printable.contains(QPointF(x + 0.5, y + 0.5)),
                        qPrintable(u"page %1: ink at %2,%3"_s.arg(page + 1).arg(x).arg(y)));
                    ++inkInside;
                }
            }
            QVERIFY(inkInside > 1000);
        }
    }

    void incompleteDataIsRefused_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("case number") << 0;
        QTest::newRow("acceptance time") << 1;
        QTest::newRow("taxpayer name") << 2;
        QTest::newRow("taxpayer id of 11 digits") << 3;
        QTest::newRow("taxpayer id with a letter") << 4;
        QTest::newRow("no products") << 5;
        QTest::newRow("product without a name") << 6;
        QTest::newRow("no due date") << 7;
        QTest::newRow("due before acceptance") << 8;
        QTest::newRow("operator") << 9;
        QTest::newRow("department") << 10;
        QTest::newRow("collect at") << 11;
    }

    void incompleteDataIsRefused()
    {
        QFETCH(int, field);
        ReceiptData data = kazakhData();
        switch (field) {
        case 0:
            data.caseNumber = u"  "_s;
            break;
        case 1:
            data.acceptedAt = {};
            break;
        case 2:
            data.taxpayerName.clear();
            break;
        case 3:
            data.taxpayerId.chop(1);
            break;
        case 4:
            data.taxpayerId[3] = u'O';
            break;
        case 5:
            data.products.clear();
            break;
        case 6:
            data.products[1].name = u" "_s;
            break;
        case 7:
            data.dueAt = {};
            break;
        case 8:
            data.dueAt = data.acceptedAt.addSecs(-3600);
            break;
        case 9:
            data.operatorName.clear();
            break;
        case 10:
            data.departmentName.clear();
            break;
        case 11:
            data.collectAt.clear();
            break;
        }
        QVERIFY(!receipt::validate(data).isEmpty());
        const PreparedDocument prepared = receipt::prepare(data, Language::Kazakh);
        QVERIFY(!prepared.ok());
        QCOMPARE(prepared.error(), receipt::validate(data));
        const QString path = m_dir.filePath(u"refused.pdf"_s);
        const RenderedDocument rendered = prepared.writePdf(path);
        QVERIFY(!rendered.ok());
        QVERIFY(!QFile::exists(path));
    }

    void englishReceiptsAreRefused() { QVERIFY(!receipt::prepare(kazakhData(), Language::English).ok()); }
};

QTEST_MAIN(TestReceipt)
#include "test_receipt.moc"
