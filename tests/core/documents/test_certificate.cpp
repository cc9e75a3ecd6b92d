// The certificate of DSN codes: its data checked, its canonical data and content hash, the PDF in
// Kazakh and Russian read back (text, PDF/A-1b identification, embedded fonts, the QR code decoded
// by zbarimg back to the office's token), and the signature block kept whole.
#include "code/dsncode.h"
#include "documents/certificate.h"
#include "documents/documentfonts.h"
#include "documents/printabledocument.h"

#include "decisionsamples.h"
#include "opaquepaint.h"
#include "pdftext.h"
#include "pdftools.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace dsn;
using namespace pdftext;
using namespace decisionsamples;

class TestCertificate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes the certificate into the temporary folder (and a copy into DSN_TEST_KEEP_DOCUMENTS).
    QString write(const CertificateData &data, Language language, const QString &name,
        RenderedDocument *rendered = nullptr)
    {
        const PreparedDocument prepared = certificate::prepare(data, language);
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

    static void addLanguages()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("kk") << int(Language::Kazakh);
        QTest::newRow("ru") << int(Language::Russian);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fontError = documentfonts::ensureLoaded();
        QVERIFY2(fontError.isEmpty(), qPrintable(fontError));
    }

    void pdfHoldsTheCertificate_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("otherLanguage");
        QTest::newRow("kk") << int(Language::Kazakh)
                            << QStringList { u"КУӘЛІК"_s, u"ДСН-кодтарын"_s,
                                   u"МЕМЛЕКЕТТІК КІРІСТЕР КОМИТЕТІ"_s,
                                   u"Алматы қаласы бойынша Мемлекеттік кірістер департаменті"_s,
                                   u"2025 жылғы 17 наурыз"_s, u"2025 жылғы 14 наурыз"_s, u"өндіруші"_s,
                                   u"053 – Медеу ауданы (Алматы қаласы)"_s, u"Дизельдік отын"_s,
                                   u"МЕМСТ 32511-2013"_s, u"Жұмабекова Гүлнар Серікқызы"_s,
                                   u"Дербес сәйкестендіру нөмірлері-кодтарын беру қағидалары"_s, u"№ 137"_s,
                                   u"№ 579"_s, u"М.О."_s, u"/api/v1/verify/ALM-2025-R-000045"_s,
                                   u"1 / 1 бет"_s }
                            << u"СВИДЕТЕЛЬСТВО"_s;
        QTest::newRow("ru") << int(Language::Russian)
                            << QStringList { u"СВИДЕТЕЛЬСТВО"_s, u"ПИН-кодов"_s,
                                   u"КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ"_s,
                                   u"Департамент государственных доходов по городу Алматы"_s,
                                   u"17 марта 2025 г."_s, u"14 марта 2025 г."_s, u"производитель"_s,
                                   u"053 – Медеуский район (город Алматы)"_s, u"Дизельное топливо"_s,
                                   u"ГОСТ 32511-2013"_s, u"Жумабекова Гульнар Сериковна"_s,
                                   u"Правила присвоения персональных идентификационных номеров-кодов"_s,
                                   u"№ 137"_s, u"№ 579"_s, u"М.П."_s, u"/api/v1/verify/ALM-2025-R-000045"_s,
                                   u"стр. 1 из 1"_s }
                            << u"КУӘЛІК"_s;
    }

    void pdfHoldsTheCertificate()
    {
        QFETCH(int, language);
        QFETCH(QStringList, expected);
        QFETCH(QString, otherLanguage);
        const Language lang = Language(language);
        const CertificateData data = certificateData(lang);
        const QString path = write(data, lang, u"certificate-%1.pdf"_s.arg(languageCode(lang)));
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);
        const QString text = pageText(pdf, 0);
        // The codes in the grouped form a clerk reads, the number, the subject and the token's
        // short form under the code.
        for (const QString &part : QStringList { u"3 053 0001 1 001"_s, u"3 053 0001 2 001"_s,
                 u"ALM-2025-R-000045"_s, u"ALM-2025-000123"_s, u"940140000385"_s, data.decision.taxpayerName,
                 certificate::tokenShortForm(token), certificate::digest(data, lang) })
            QVERIFY2(text.contains(part), qPrintable(part + u" not in: "_s + text));
        for (const QString &part : std::as_const(expected))
            QVERIFY2(text.contains(part), qPrintable(part + u" not in: "_s + text));
        QVERIFY(!text.contains(otherLanguage));
        QVERIFY(!text.contains(u"305300011001"_s)); // never the ungrouped digits
        QVERIFY(bodyInPoints().contains(boundsOf(pdf, 0, u"ALM-2025-R-000045"_s)));
    }

    void pdfIsPdfA1bWithEmbeddedFontsAndMetadata_data() { addLanguages(); }

    void pdfIsPdfA1bWithEmbeddedFontsAndMetadata()
    {
        QFETCH(int, language);
        const Language lang = Language(language);
        const QString path
            = write(certificateData(lang), lang, u"certificate-pdfa-%1.pdf"_s.arg(languageCode(lang)));
        QVERIFY(!path.isEmpty());
        const QString xmp = pdftools::xmpOf(path);
        QVERIFY2(pdftools::identifiesPdfA1b(xmp), qPrintable(u"pdfinfo -meta: "_s + xmp));
        // Title, author (the department) and subject in the metadata.
        QVERIFY2(xmp.contains(u"ALM-2025-R-000045"_s), qPrintable(xmp));
        QVERIFY(xmp.contains(certificateData(lang).decision.departmentName));
        QVERIFY(xmp.contains(u"<dc:description>"_s));
        const QList<pdftools::Font> fonts = pdftools::fontsOf(path);
        QVERIFY2(fonts.size() >= 2, "pdffonts lists the fonts (is poppler-utils installed?)");
        for (const pdftools::Font &font : fonts)
            QVERIFY2(font.embedded, qPrintable(font.name + u" is not embedded"_s));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(),
            lang == Language::Kazakh ? u"ДСН-кодтарды беру туралы куәлік № ALM-2025-R-000045"_s
                                     : u"Свидетельство о присвоении ПИН-кодов № ALM-2025-R-000045"_s);
    }

    // The printed symbol read back by an independent decoder from the page rasterised at 200 dpi.
    void printedQrCodeDecodesToTheToken_data() { addLanguages(); }

    void printedQrCodeDecodesToTheToken()
    {
        QFETCH(int, language);
        const Language lang = Language(language);
        const QString path
            = write(certificateData(lang), lang, u"certificate-qr-%1.pdf"_s.arg(languageCode(lang)));
        QVERIFY(!path.isEmpty());
        const QStringList codes = pdftools::qrCodesOnFirstPage(path, m_dir.path());
        QVERIFY2(!codes.isEmpty(), "no QR code decoded (are poppler-utils and zbar-tools installed?)");
        QCOMPARE(codes, QStringList { token });
    }

    void nothingIsTransparent()
    {
        const PreparedDocument prepared
            = certificate::prepare(certificateWithProducts(Language::Russian, 14), Language::Russian);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        int colours = 0;
        const QStringList problems = opaquepaint::transparencyIn(*prepared.document(), &colours);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        QVERIFY(colours > 10); // text, table borders, the header's background, the QR squares
    }

    void canonicalDataAndContentHash()
    {
        CertificateData data = certificateData(Language::Kazakh);
        data.products.resize(1);
        const QByteArray canonical = certificate::canonicalData(data, Language::Kazakh);
        const QString legalName
            = LegalReferences::shipped().text(LegalReferences::kRulesName, Language::Kazakh);
        const QString legalOrder
            = LegalReferences::shipped().text(LegalReferences::kRulesOrder, Language::Kazakh);
        const QByteArray expected
            = "DSN-CERTIFICATE/1\nlanguage=kk\ncase_number=ALM-2025-000123\n"
              "received_at=2025-03-14T05:05:00Z\ndecision_number=ALM-2025-R-000045\n"
              "decided_at=2025-03-17T06:40:00Z\n"
              "department_name=Алматы қаласы бойынша Мемлекеттік кірістер департаменті\n"
              "taxpayer_name=«Қазақ Мұнай Өнімдері» ЖШС\ntaxpayer_id=940140000385\n"
              "reviewer_name=Жұмабекова Гүлнар Серікқызы\nlegal.rules_name="
            + legalName.toUtf8() + "\nlegal.rules_order=" + legalOrder.toUtf8()
            + "\nsubject_type=producer\ncountry=Қазақстан Республикасы\n"
              "territorial_unit=053 – Медеу ауданы (Алматы қаласы)\nproducts=1\nproduct.1.code=305300011001\n"
              "product.1.type=Бензин\nproduct.1.name=АИ-92-К4\nproduct.1.specification=ҚР СТ 1386-2005\n"
              "verification_token="
            + token.toUtf8() + "\n";
        QCOMPARE(canonical, expected);
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
        QCOMPARE(certificate::contentHash(data, Language::Kazakh), hash);
        QCOMPARE(certificate::digest(data, Language::Kazakh), hash.left(16));

        // The same moments in another zone give the same data; a reprint records the same hash.
        CertificateData shifted = data;
        shifted.decision.decidedAt = data.decision.decidedAt.toTimeZone(QTimeZone(5 * 3600));
        shifted.decision.receivedAt = data.decision.receivedAt.toTimeZone(QTimeZone(-3 * 3600));
        QCOMPARE(certificate::canonicalData(shifted, Language::Kazakh), canonical);
        RenderedDocument first;
        RenderedDocument second;
        QVERIFY(!write(data, Language::Kazakh, u"certificate-hash-1.pdf"_s, &first).isEmpty());
        QVERIFY(!write(shifted, Language::Kazakh, u"certificate-hash-2.pdf"_s, &second).isEmpty());
        QCOMPARE(first.contentHash, hash);
        QCOMPARE(second.contentHash, hash);
        QCOMPARE(first.kind, u"certificate"_s);
        QCOMPARE(first.templateDigest.size(), 64);

        // Every field counts: the language, a code, the token, a legal reference.
        QVERIFY(certificate::contentHash(data, Language::Russian) != hash);
        CertificateData other = data;
        other.products[0].dsnCode = u"305300011002"_s;
        QVERIFY(certificate::contentHash(other, Language::Kazakh) != hash);
        other = data;
        other.verificationToken += u'x';
        QVERIFY(certificate::contentHash(other, Language::Kazakh) != hash);
        other = data;
        other.decision.legal.insert(u"rules_order"_s, u"басқа бұйрық"_s);
        QVERIFY(certificate::contentHash(other, Language::Kazakh) != hash);
    }

    void tokenShortForm()
    {
        QCOMPARE(certificate::tokenShortForm(u"short"_s), u"short"_s);
        QCOMPARE(
            certificate::tokenShortForm(u"0123456789abcdefghijklmnopqrstuvwxyz"_s), u"01234567…stuvwxyz"_s);
    }

    // An office issues up to ten codes of one application on one sheet.
    void upToTenCodesFitOnOnePage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("lines");
        for (const Language lang : { Language::Kazakh, Language::Russian }) {
            for (int lines = 1; lines <= 10; ++lines)
                QTest::newRow(qPrintable(u"%1, %2 lines"_s.arg(languageCode(lang)).arg(lines)))
                    << int(lang) << lines;
        }
    }

    void upToTenCodesFitOnOnePage()
    {
        QFETCH(int, language);
        QFETCH(int, lines);
        const Language lang = Language(language);
        RenderedDocument rendered;
        const QString path = write(certificateWithProducts(lang, lines), lang,
            u"certificate-lines-%1-%2.pdf"_s.arg(languageCode(lang)).arg(lines, 2, 10, QLatin1Char(u'0')),
            &rendered);
        QVERIFY(!path.isEmpty());
        QCOMPARE(rendered.pageCount, 1);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QRectF stamp = boundsOfLast(pdf, 0, lang == Language::Kazakh ? u"М.О."_s : u"М.П."_s);
        QVERIFY(!stamp.isNull());
        QVERIFY(bodyInPoints().contains(stamp));
    }

    // However many codes, the signature block (the reviewer, the signature, the stamp and the
    // verification note) prints whole on the last page.
    void signatureBlockStaysWhole_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("lines");
        for (const Language lang : { Language::Kazakh, Language::Russian }) {
            for (const int lines : { 10, 11, 12, 13, 14, 16, 18, 20, 24, 30 })
                QTest::newRow(qPrintable(u"%1, %2 lines"_s.arg(languageCode(lang)).arg(lines)))
                    << int(lang) << lines;
        }
    }

    void signatureBlockStaysWhole()
    {
        QFETCH(int, language);
        QFETCH(int, lines);
        const Language lang = Language(language);
        const bool kk = lang == Language::Kazakh;
        const CertificateData data = certificateWithProducts(lang, lines);
        const QString path = write(data, lang,
            u"certificate-signature-%1-%2.pdf"_s.arg(languageCode(lang))
                .arg(lines, 2, 10, QLatin1Char(u'0')));
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QList<int> lastPage { pdf.pageCount() - 1 };
        const QStringList block { data.decision.reviewerName,
            kk ? u"(тегі, аты, әкесінің аты)"_s : u"(фамилия, имя, отчество)"_s,
            kk ? u"(қолы)"_s : u"(подпись)"_s, kk ? u"М.О."_s : u"М.П."_s, u"/api/v1/verify/"_s,
            certificate::digest(data, lang) };
        for (const QString &part : block)
            QVERIFY2(pagesWith(pdf, part) == lastPage, qPrintable(part));
        QVERIFY(
            pagesWith(pdf, kk ? u"шешім қабылдаған лауазымды адамы"_s : u"принявшее решение"_s) == lastPage);
        const QRectF body = bodyInPoints();
        QVERIFY(body.contains(boundsOf(pdf, lastPage.first(), data.decision.reviewerName)));
        QVERIFY(body.contains(boundsOfLast(pdf, lastPage.first(), certificate::digest(data, lang))));
        // Every code printed once, on some page.
        for (const CertificateProduct &product : data.products)
            QCOMPARE(pagesWith(pdf, DsnCode::groupedText(product.dsnCode)).size(), 1);
    }

    void incompleteDataIsRefused_data()
    {
        QTest::addColumn<int>("field");
        const QStringList fields { u"case number"_s, u"received at"_s, u"decision number"_s, u"decided at"_s,
            u"decided before received"_s, u"department"_s, u"taxpayer name"_s, u"taxpayer id"_s,
            u"reviewer"_s, u"legal reference"_s, u"subject type"_s, u"country"_s, u"territorial unit"_s,
            u"no products"_s, u"code not a code"_s, u"code grouped"_s, u"product without name"_s,
            u"no token"_s, u"token with a space"_s, u"token too long"_s };
        for (int i = 0; i < fields.size(); ++i)
            QTest::newRow(qPrintable(fields.at(i))) << i;
    }

    void incompleteDataIsRefused()
    {
        QFETCH(int, field);
        CertificateData data = certificateData(Language::Russian);
        switch (field) {
        case 0:
            data.decision.caseNumber = u" "_s;
            break;
        case 1:
            data.decision.receivedAt = {};
            break;
        case 2:
            data.decision.decisionNumber.clear();
            break;
        case 3:
            data.decision.decidedAt = {};
            break;
        case 4:
            data.decision.decidedAt = data.decision.receivedAt.addSecs(-60);
            break;
        case 5:
            data.decision.departmentName.clear();
            break;
        case 6:
            data.decision.taxpayerName.clear();
            break;
        case 7:
            data.decision.taxpayerId.chop(1);
            break;
        case 8:
            data.decision.reviewerName = u"  "_s;
            break;
        case 9:
            data.decision.legal.remove(u"rules_order"_s);
            break;
        case 10:
            data.subjectType.reset();
            break;
        case 11:
            data.countryName.clear();
            break;
        case 12:
            data.territorialUnitName.clear();
            break;
        case 13:
            data.products.clear();
            break;
        case 14:
            data.products[1].dsnCode = u"705300012001"_s;
            break;
        case 15:
            data.products[1].dsnCode = u"3 053 0001 2 001"_s;
            break;
        case 16:
            data.products[0].name.clear();
            break;
        case 17:
            data.verificationToken = u"   "_s;
            break;
        case 18:
            data.verificationToken = u"abc def"_s;
            break;
        case 19:
            data.verificationToken = QString(certificate::kMaxTokenLength + 1, u'a');
            break;
        }
        const QString problem = certificate::validate(data);
        QVERIFY(!problem.isEmpty());
        const PreparedDocument prepared = certificate::prepare(data, Language::Russian);
        QVERIFY(!prepared.ok());
        QCOMPARE(prepared.error(), problem);
        const QString path = m_dir.filePath(u"certificate-refused.pdf"_s);
        QVERIFY(!prepared.writePdf(path).ok());
        QVERIFY(!QFile::exists(path));
    }

    void completeDataIsAccepted()
    {
        QCOMPARE(certificate::validate(certificateData(Language::Kazakh)), QString());
    }

    void englishCertificatesAreRefused()
    {
        QVERIFY(!certificate::prepare(certificateData(Language::Russian), Language::English).ok());
    }
};

QTEST_MAIN(TestCertificate)
#include "test_certificate.moc"
