#include "documents/documentfonts.h"
#include "documents/printabledocument.h"
#include "documents/tablepagination.h"

#include "opaquepaint.h"
#include "pdftext.h"
#include "pdftools.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace dsn;
using namespace pdftext;

namespace {

// A paragraph of the given height, then a bordered table with a repeated header and rows of
// four lines each, the first line "Бас-NN" and the last "Соңы-NN".
QString tableHtml(int spaceAbove, int rows, int linesPerRow = 4)
{
    QString html = u"<p style=\"margin-top: %1px;\">Кіріспе</p>"_s.arg(spaceAbove)
        + u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
          u"style=\"border-collapse: collapse;\"><thead><tr><th>№</th><th>Тақырып</th></tr></thead>"_s;
    for (int row = 1; row <= rows; ++row) {
        const QString number = u"%1"_s.arg(row, 2, 10, QLatin1Char(u'0'));
        QString cell = u"Бас-"_s + number;
        for (int line = 2; line < linesPerRow; ++line)
            cell += u"<br/>жол %1"_s.arg(line);
        cell += u"<br/>Соңы-"_s + number;
        html += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(row).arg(cell);
    }
    return html + u"</table><p>Соңғы абзац</p>"_s;
}

} // namespace

class TestPrintableDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // Writes the document and opens the PDF; false when either step failed.
    bool writeAndLoad(const PrintableDocument &document, QPdfDocument &pdf)
    {
        const QString path = m_dir.filePath(u"doc-%1.pdf"_s.arg(++m_files));
        if (const dsn::Result<void> written = document.writePdf(path); !written) {
            qWarning() << written.error().message;
            return false;
        }
        if (const QString keep = qEnvironmentVariable("DSN_TEST_KEEP_DOCUMENTS"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            const QString copy = QDir(keep).filePath(QFileInfo(path).fileName());
            QFile::remove(copy);
            QFile::copy(path, copy);
        }
        return pdf.load(path) == QPdfDocument::Error::None;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = documentfonts::ensureLoaded();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void fontsAreLoadedFromTheirFiles()
    {
        const QStringList families = QFontDatabase::families();
        QVERIFY(families.contains(u"DejaVu Sans"_s));
        QVERIFY(families.contains(u"DejaVu Serif"_s));
        QVERIFY(documentfonts::ensureLoaded().isEmpty()); // a second call is fine
        const QString missing = documentfonts::ensureLoaded(m_dir.filePath(u"no-fonts-here"_s));
        QVERIFY(missing.contains(u"fonts-dejavu-core"_s));
    }

    void pageIsA4WithTwentyMillimetreMargins()
    {
        const QPageLayout layout = PrintableDocument::pageLayout();
        QCOMPARE(layout.pageSize().id(), QPageSize::A4);
        QCOMPARE(layout.orientation(), QPageLayout::Portrait);
        QCOMPARE(layout.margins(QPageLayout::Millimeter), QMarginsF(20, 20, 20, 20));

        // 720 layout units per inch: 20 mm = 566.93, 170 mm = 4818.90, 297 - 40 - 7 = 250 mm = 7086.61.
        QCOMPARE(PrintableDocument::layoutDpi, 720);
        const PrintableDocument document(u"<p>x</p>"_s, {}, {});
        const QRectF body = document.bodyRect();
        QVERIFY(qAbs(body.left() - 566.93) < 0.01 && qAbs(body.top() - 566.93) < 0.01);
        QVERIFY(qAbs(body.width() - 4818.90) < 0.01);
        QVERIFY(qAbs(body.height() - 7086.61) < 0.01);
    }

    void footerNumbersThePages()
    {
        const PrintableDocument document(tableHtml(0, 40), u"T"_s, u"Бет {{page}} / {{pages}}"_s);
        QVERIFY(document.pageCount() >= 2);
        QCOMPARE(document.footerText(0), u"Бет 1 / %1"_s.arg(document.pageCount()));
        QPdfDocument pdf;
        QVERIFY(writeAndLoad(document, pdf));
        QCOMPARE(pdf.pageCount(), document.pageCount());
        const int last = pdf.pageCount() - 1;
        QVERIFY(pageText(pdf, last).contains(u"Бет %1 / %1"_s.arg(last + 1)));
        const QRectF footer = boundsOf(pdf, 0, u"Бет 1"_s);
        QVERIFY(footer.top() > bodyInPoints().bottom() - 1);
        QVERIFY(footer.bottom() < (297 - 20) * mmToPoints + 1);
    }

    void noFooterWithoutPattern()
    {
        const PrintableDocument document(u"<p>Мәтін</p>"_s, {}, {});
        QPdfDocument pdf;
        QVERIFY(writeAndLoad(document, pdf));
        QCOMPARE(pageText(pdf, 0).trimmed(), u"Мәтін"_s);
    }

    // The break is moved through every position within the rows by the space above the table.
    void rowsStayWholeWhereverThePageBreaks_data()
    {
        QTest::addColumn<int>("spaceAbove");
        for (int space = 0; space <= 90; space += 9)
            QTest::newRow(qPrintable(u"%1 px above"_s.arg(space))) << space;
    }

    void rowsStayWholeWhereverThePageBreaks()
    {
        QFETCH(int, spaceAbove);
        const int rows = 18;
        const PrintableDocument document(tableHtml(spaceAbove, rows), {}, {});
        QPdfDocument pdf;
        QVERIFY(writeAndLoad(document, pdf));
        QVERIFY(pdf.pageCount() >= 2);
        const QRectF body = bodyInPoints();
        for (int row = 1; row <= rows; ++row) {
            const QString number = u"%1"_s.arg(row, 2, 10, QLatin1Char(u'0'));
            const QList<int> first = pagesWith(pdf, u"Бас-"_s + number);
            const QList<int> last = pagesWith(pdf, u"Соңы-"_s + number);
            QCOMPARE(first.size(), 1);
            QCOMPARE(last, first);
            QVERIFY(body.contains(boundsOf(pdf, first.first(), u"Бас-"_s + number)));
            QVERIFY(body.contains(boundsOf(pdf, first.first(), u"Соңы-"_s + number)));
            QVERIFY(pageText(pdf, first.first()).contains(u"Тақырып"_s)); // the header repeats
        }
        QCOMPARE(pagesWith(pdf, u"Соңғы абзац"_s), QList<int> { pdf.pageCount() - 1 });
    }

    // When the first row cannot start on the page, the table starts on the next one with it.
    void tableHeaderStaysWithTheFirstRow_data()
    {
        QTest::addColumn<int>("spaceAbove");
        for (int space = 780; space <= 880; space += 20)
            QTest::newRow(qPrintable(u"%1 px above"_s.arg(space))) << space;
    }

    void tableHeaderStaysWithTheFirstRow()
    {
        QFETCH(int, spaceAbove);
        const PrintableDocument document(tableHtml(spaceAbove, 3), {}, {});
        QPdfDocument pdf;
        QVERIFY(writeAndLoad(document, pdf));
        const QList<int> firstRow = pagesWith(pdf, u"Бас-01"_s);
        QCOMPARE(firstRow.size(), 1);
        QCOMPARE(pagesWith(pdf, u"Соңы-01"_s), firstRow);
        QVERIFY(pagesWith(pdf, u"Тақырып"_s).contains(firstRow.first()));
        QVERIFY(pageText(pdf, firstRow.first()).indexOf(u"Тақырып"_s)
            < pageText(pdf, firstRow.first()).indexOf(u"Бас-01"_s));
    }

    // A table without a repeated header (a block of signature lines) is never split: when it
    // would cross the page boundary, it starts on the next page whole.
    void tableWithoutHeaderStaysWhole_data()
    {
        QTest::addColumn<int>("spaceAbove");
        for (int space = 700; space <= 940; space += 12)
            QTest::newRow(qPrintable(u"%1 px above"_s.arg(space))) << space;
    }

    void tableWithoutHeaderStaysWhole()
    {
        QFETCH(int, spaceAbove);
        // The first paragraph's top margin would be dropped at the top of the page: the space is
        // above the second.
        QString html = u"<p>Кіріспе</p><p style=\"margin-top: %1px;\">Аралық</p>"_s.arg(spaceAbove)
            + u"<table width=\"100%\" cellpadding=\"2\">"_s;
        for (int row = 1; row <= 4; ++row)
            html += u"<tr><td style=\"padding-top: 12px;\">Блок-%1</td><td>мәтін</td></tr>"_s.arg(row);
        html += u"</table><p>Соңғы абзац</p>"_s;
        const PrintableDocument document(html, {}, {});
        QPdfDocument pdf;
        QVERIFY(writeAndLoad(document, pdf));
        const QList<int> first = pagesWith(pdf, u"Блок-1"_s);
        QCOMPARE(first.size(), 1);
        for (int row = 2; row <= 4; ++row)
            QCOMPARE(pagesWith(pdf, u"Блок-%1"_s.arg(row)), first);
        QVERIFY(bodyInPoints().contains(boundsOf(pdf, first.first(), u"Блок-4"_s)));
    }

    void rowTallerThanAPageStillPrintsAllItsLines()
    {
        const PrintableDocument document(tableHtml(0, 2, 80), {}, {});
        QPdfDocument pdf;
        QVERIFY(writeAndLoad(document, pdf));
        QVERIFY(pdf.pageCount() >= 2);
        const QString text = allText(pdf);
        for (int line = 2; line < 80; ++line)
            QVERIFY(text.contains(u"жол %1 "_s.arg(line)));
        QCOMPARE(pagesWith(pdf, u"Соңы-02"_s).size(), 1);
    }

    void keepRowsTogetherReportsTheMovedRows()
    {
        QTextDocument document;
        document.setPageSize(QSizeF(400, 300));
        document.setHtml(tableHtml(0, 12));
        QVERIFY(keepTableRowsTogether(&document) > 0);

        QTextDocument unpaged;
        unpaged.setHtml(tableHtml(0, 12));
        QCOMPARE(keepTableRowsTogether(&unpaged), 0);
        QCOMPARE(keepTableRowsTogether(nullptr), 0);
    }

    void qrImagesBecomeQrCodes()
    {
        const PrintableDocument document(
            u"<p><img src=\"qr:DSN1|A&amp;B|0123456789abcdef\" width=\"80\" height=\"80\"></p>"
            u"<p><img src=\"qr:second\"></p>"_s,
            {}, {});
        QCOMPARE(document.qrCodeCount(), 2);
        QPdfDocument pdf;
        QVERIFY(writeAndLoad(document, pdf));
        QCOMPARE(pdf.pageCount(), 1);
    }

    void writingToAnUnwritablePlaceFails()
    {
        const PrintableDocument document(u"<p>x</p>"_s, {}, {});
        const QString path = m_dir.filePath(u"missing-folder/x.pdf"_s);
        QVERIFY(!document.writePdf(path));
        QVERIFY(!QFile::exists(path));
        const dsn::Result<QByteArray> pdf = document.toPdf();
        QVERIFY(pdf);
        QVERIFY(pdf->startsWith("%PDF-"));
    }

    // The check the documents' tests rely on finds a translucent colour, and passes opaque ones.
    void transparencyIsFound()
    {
        const PrintableDocument opaque(
            u"<p style=\"color: #555555; background-color: #e8e8e8;\">Мәтін</p>"_s, u"t"_s, {});
        QCOMPARE(opaquepaint::transparencyIn(opaque), QStringList());
        const PrintableDocument translucent(
            u"<p style=\"color: rgba(0, 0, 0, 40%);\">Мәтін</p>"_s, u"t"_s, {});
        QVERIFY(!opaquepaint::transparencyIn(translucent).isEmpty());
    }

    // A document written with its author and subject is PDF/A-1b, and its XMP packet names both.
    void pdfIsPdfA1bWithAuthorAndSubject()
    {
        PrintableDocument document(u"<p>Мәтін &amp; «тырнақша»</p>"_s, u"Құжат <1>"_s, u"{{page}}"_s);
        document.setAuthorAndSubject(u"Департамент & Co"_s, u"Тақырып"_s);
        const QString path = m_dir.filePath(u"pdfa.pdf"_s);
        QVERIFY(document.writePdf(path));
        const QString xmp = pdftools::xmpOf(path);
        QVERIFY2(pdftools::identifiesPdfA1b(xmp), qPrintable(xmp));
        QVERIFY(xmp.contains(u"<dc:creator><rdf:Seq><rdf:li>Департамент &amp; Co</rdf:li>"_s));
        QVERIFY(xmp.contains(u"<rdf:li xml:lang=\"x-default\">Тақырып</rdf:li>"_s));
        QVERIFY(xmp.contains(u"Құжат &lt;1&gt;"_s));
        QVERIFY(xmp.contains(u"<pdf:Producer>Qt "_s));
        // The information dictionary's title and creation time agree with the XMP packet's.
        const pdftools::ToolRun info = pdftools::runTool(u"pdfinfo"_s, { u"-isodates"_s, path });
        QCOMPARE(info.exitCode, 0);
        QString title;
        QDateTime created;
        for (const QString &line : info.out.split(u'\n')) {
            if (line.startsWith(u"Title:"_s))
                title = line.mid(6).trimmed();
            if (line.startsWith(u"CreationDate:"_s))
                created = QDateTime::fromString(line.mid(13).trimmed(), Qt::ISODate);
        }
        QCOMPARE(title, u"Құжат <1>"_s);
        static const QRegularExpression createDate(u"<xmp:CreateDate>([^<]+)</xmp:CreateDate>"_s);
        const QRegularExpressionMatch m = createDate.match(xmp);
        QVERIFY2(m.hasMatch() && created.isValid(), qPrintable(info.out));
        QCOMPARE(
            QDateTime::fromString(m.captured(1), Qt::ISODate).toSecsSinceEpoch(), created.toSecsSinceEpoch());
    }
};

QTEST_MAIN(TestPrintableDocument)
#include "test_printabledocument.moc"
