// The reasoned refusal letter: its data checked, its canonical data and content hash, the PDF in
// Kazakh and Russian read back (both grounds in the Rules' words with their references, the code
// already held, the reviewer's reasons, the issued lines, applying again and complaining, the
// PDF/A-1b identification and embedded fonts), and the signature block kept whole.
#include "documents/documentfonts.h"
#include "documents/printabledocument.h"
#include "documents/refusalletter.h"

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

using namespace Qt::Literals::StringLiterals;
using namespace dsn;
using namespace pdftext;
using namespace decisionsamples;

class TestRefusalLetter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(
        const RefusalData &data, Language language, const QString &name, RenderedDocument *rendered = nullptr)
    {
        const PreparedDocument prepared = refusalletter::prepare(data, language);
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

    // A letter refusing one line on each ground, one line of the case issued.
    void letterWithBothGrounds_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("otherLanguage");
        QTest::newRow("kk") << int(Language::Kazakh)
                            << QStringList { u"ДӘЛЕЛДІ БАС ТАРТУ"_s, u"Көрсетілетін қызметті алушыға"_s,
                                   u"2025 жылғы 17 наурыз"_s, u"2025 жылғы 14 наурыз"_s,
                                   u"тіркеу есебіне қойылмаған"_s, u"(Салық кодексі), 88"_s,
                                   u"Салық және бюджетке төленетін басқа да міндетті төлемдер туралы"_s,
                                   u"Қағидалардың 7-тармағының 1) тармақшасы"_s,
                                   u"Мұнай өнімі түріне ДСН-коды бар"_s,
                                   u"Қағидалардың 7-тармағының 2) тармақшасы"_s,
                                   u"Субъект Алматы қаласында мазут өндірушісі ретінде тіркелмеген."_s,
                                   u"Өтінімнің қалған жолдары (1) бойынша ДСН-кодтары берілді"_s,
                                   u"Қағидалардың 8-тармағы"_s, u"5 (бес) жұмыс күні"_s,
                                   u"15 (он бес) жұмыс күні"_s, u"Мемлекеттік корпорация басшысының атына"_s,
                                   u"сапасын бағалау және бақылау жөніндегі уәкілетті органға"_s,
                                   u"сотқа жүгінуге"_s, u"Азаматтық процестік кодексі"_s,
                                   u"Жұмабекова Гүлнар Серікқызы"_s, u"М.О."_s,
                                   u"Дербес сәйкестендіру нөмірлері-кодтарын беру қағидалары"_s }
                            << u"МОТИВИРОВАННЫЙ ОТКАЗ"_s;
        QTest::newRow("ru")
            << int(Language::Russian)
            << QStringList { u"МОТИВИРОВАННЫЙ ОТКАЗ"_s, u"Услугополучателю"_s, u"17 марта 2025 г."_s,
                   u"14 марта 2025 г."_s, u"Непостановка на регистрационный учет"_s, u"статья 88"_s,
                   u"«О налогах и других обязательных платежах в бюджет» (Налоговый кодекс)"_s,
                   u"подпункт 1) пункта 7 Правил"_s, u"Наличие ПИН-кода на вид нефтепродукта"_s,
                   u"подпункт 2) пункта 7 Правил"_s,
                   u"Субъект не состоит на учете как производитель мазута в городе Алматы."_s,
                   u"По остальным позициям заявки (1) ПИН-коды присвоены"_s, u"пункт 8 Правил"_s,
                   u"5 (пяти) рабочих дней"_s, u"15 (пятнадцати) рабочих дней"_s,
                   u"на имя руководителя Государственной корпорации"_s,
                   u"в уполномоченный орган по оценке и контролю за качеством"_s,
                   u"вправе обратиться в суд"_s, u"Гражданский процессуальный кодекс"_s,
                   u"Жумабекова Гульнар Сериковна"_s, u"М.П."_s,
                   u"Правила присвоения персональных идентификационных"_s }
            << u"ДӘЛЕЛДІ БАС ТАРТУ"_s;
    }

    void letterWithBothGrounds()
    {
        QFETCH(int, language);
        QFETCH(QStringList, expected);
        QFETCH(QString, otherLanguage);
        const Language lang = Language(language);
        const RefusalData data = refusalData(lang);
        const QString path = write(data, lang, u"refusal-%1.pdf"_s.arg(languageCode(lang)));
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QString text = allText(pdf);
        for (const QString &part : QStringList { u"ALM-2025-R-000045"_s, u"ALM-2025-000123"_s,
                 u"940140000385"_s, data.decision.taxpayerName, data.decision.departmentName,
                 u"3 053 0001 2 001"_s, u"ДТ-Л-К5"_s, u"М-100"_s, refusalletter::digest(data, lang) })
            QVERIFY2(text.contains(part), qPrintable(part + u" not in: "_s + text));
        for (const QString &part : std::as_const(expected))
            QVERIFY2(text.contains(part), qPrintable(part + u" not in: "_s + text));
        QVERIFY(!text.contains(otherLanguage));
        QVERIFY(!text.contains(u"305300012001"_s)); // the held code grouped, never bare digits
    }

    void nothingIssuedSaysNothingOfACertificate()
    {
        RefusalData data = refusalData(Language::Russian);
        data.issuedCount = 0;
        const QString path = write(data, Language::Russian, u"refusal-all.pdf"_s);
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QString text = allText(pdf);
        QVERIFY(!text.contains(u"По остальным позициям"_s));
        QVERIFY(!text.contains(u"свидетельство"_s));
        QVERIFY(text.contains(u"Порядок обжалования"_s));
    }

    // The legal references are data: a corrected Tax Code prints in the ground, the shipped one not.
    void groundCitesTheLegalReferencesInForce()
    {
        RefusalData data = refusalData(Language::Russian);
        data.decision.legal.insert(u"tax_code_name"_s, u"Кодекс Республики Казахстан «О налогах» (новый)"_s);
        data.decision.legal.insert(u"tax_code_article_registration"_s, u"статья 85"_s);
        const QString path = write(data, Language::Russian, u"refusal-legal.pdf"_s);
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QString text = allText(pdf);
        QVERIFY2(text.contains(u"(Кодекс Республики Казахстан «О налогах» (новый), статья 85)"_s),
            qPrintable(text));
        QVERIFY(!text.contains(u"статья 88"_s));
        QVERIFY(!text.contains(u"от 25 декабря 2017 года"_s));
    }

    void pdfIsPdfA1bWithEmbeddedFonts()
    {
        const QString path = write(refusalData(Language::Kazakh), Language::Kazakh, u"refusal-pdfa.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString xmp = pdftools::xmpOf(path);
        QVERIFY2(pdftools::identifiesPdfA1b(xmp), qPrintable(u"pdfinfo -meta: "_s + xmp));
        QVERIFY(xmp.contains(u"Дәлелді бас тарту № ALM-2025-R-000045"_s));
        const QList<pdftools::Font> fonts = pdftools::fontsOf(path);
        QVERIFY2(fonts.size() >= 2, "pdffonts lists the fonts (is poppler-utils installed?)");
        for (const pdftools::Font &font : fonts)
            QVERIFY2(font.embedded, qPrintable(font.name + u" is not embedded"_s));
    }

    void nothingIsTransparent()
    {
        const PreparedDocument prepared
            = refusalletter::prepare(refusalWithLines(Language::Kazakh, 10), Language::Kazakh);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        int colours = 0;
        const QStringList problems = opaquepaint::transparencyIn(*prepared.document(), &colours);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        QVERIFY(colours > 10);
    }

    void canonicalDataAndContentHash()
    {
        RefusalData data = refusalData(Language::Russian);
        const QByteArray canonical = refusalletter::canonicalData(data, Language::Russian);
        QVERIFY(canonical.startsWith("DSN-REFUSAL/1\nlanguage=ru\ncase_number=ALM-2025-000123\n"
                                     "received_at=2025-03-14T05:05:00Z\ndecision_number=ALM-2025-R-000045\n"
                                     "decided_at=2025-03-17T06:40:00Z\n"));
        const LegalReferences &legal = LegalReferences::shipped();
        for (const QString &key : refusalletter::legalKeys()) {
            const QByteArray field
                = "\nlegal." + key.toUtf8() + '=' + legal.text(key, Language::Russian).toUtf8() + '\n';
            QVERIFY2(canonical.contains(field), qPrintable(key));
        }
        QVERIFY(canonical.endsWith(
            "\nissued_lines=1\nrefused=2\nrefused.1.line_no=2\nrefused.1.type=Дизельное топливо\n"
            "refused.1.name=ДТ-Л-К5\nrefused.1.specification=ГОСТ 32511-2013\nrefused.1.ground=2\n"
            "refused.1.held_code=305300012001\n"
            "refused.1.reason=На этот продукт ПИН-код присвоен в 2024 году (дело ALM-2024-000077).\n"
            "refused.2.line_no=3\nrefused.2.type=Мазут\nrefused.2.name=М-100\nrefused.2.specification=ГОСТ "
            "10585-2013\n"
            "refused.2.ground=1\nrefused.2.held_code=\n"
            "refused.2.reason=Субъект не состоит на учете как производитель мазута в городе Алматы.\n"));
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
        QCOMPARE(refusalletter::contentHash(data, Language::Russian), hash);
        QCOMPARE(refusalletter::digest(data, Language::Russian), hash.left(16));
        RenderedDocument first;
        RenderedDocument second;
        QVERIFY(!write(data, Language::Russian, u"refusal-hash-1.pdf"_s, &first).isEmpty());
        QVERIFY(!write(data, Language::Russian, u"refusal-hash-2.pdf"_s, &second).isEmpty());
        QCOMPARE(first.contentHash, hash);
        QCOMPARE(second.contentHash, hash);
        QCOMPARE(first.kind, u"refusal"_s);

        RefusalData other = data;
        other.lines[1].reason += u'.';
        QVERIFY(refusalletter::contentHash(other, Language::Russian) != hash);
        other = data;
        other.issuedCount = 0;
        QVERIFY(refusalletter::contentHash(other, Language::Russian) != hash);
        other = data;
        other.decision.legal.insert(u"court_code"_s, u"Административный процедурно-процессуальный кодекс"_s);
        QVERIFY(refusalletter::contentHash(other, Language::Russian) != hash);
    }

    // However many refused lines, the signature block (the reviewer, the signature, the stamp, the
    // digest) prints whole on the last page, inside the body.
    void signatureBlockStaysWhole_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("lines");
        for (const Language lang : { Language::Kazakh, Language::Russian }) {
            for (int lines = 1; lines <= 14; ++lines)
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
        const RefusalData data = refusalWithLines(lang, lines);
        const QString path = write(data, lang,
            u"refusal-signature-%1-%2.pdf"_s.arg(languageCode(lang)).arg(lines, 2, 10, QLatin1Char(u'0')));
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QList<int> lastPage { pdf.pageCount() - 1 };
        const QString digest = refusalletter::digest(data, lang);
        for (const QString &part :
            { data.decision.reviewerName, kk ? u"(тегі, аты, әкесінің аты)"_s : u"(фамилия, имя, отчество)"_s,
                kk ? u"(қолы)"_s : u"(подпись)"_s, kk ? u"М.О."_s : u"М.П."_s, digest })
            QVERIFY2(pagesWith(pdf, part) == lastPage, qPrintable(part));
        const QRectF body = bodyInPoints();
        QVERIFY(body.contains(boundsOf(pdf, lastPage.first(), data.decision.reviewerName)));
        QVERIFY(body.contains(boundsOf(pdf, lastPage.first(), digest)));
        // Every refused line printed once, whole: its name and its reviewer's reason on one page.
        for (const RefusedLine &line : data.lines) {
            const QList<int> pages = pagesWith(pdf, line.name + u' ');
            QCOMPARE(pages.size(), 1);
            QVERIFY2(pageText(pdf, pages.first()).contains(line.reason), qPrintable(line.name));
        }
        for (int page = 0; page < pdf.pageCount(); ++page)
            QVERIFY(pageText(pdf, page).contains(kk ? u"%1 / %2 бет"_s.arg(page + 1).arg(pdf.pageCount())
                                                    : u"стр. %1 из %2"_s.arg(page + 1).arg(pdf.pageCount())));
    }

    void incompleteDataIsRefused_data()
    {
        QTest::addColumn<int>("field");
        const QStringList fields { u"decision number"_s, u"decided at"_s, u"reviewer"_s,
            u"tax code reference"_s, u"court reference"_s, u"no refused line"_s, u"line without number"_s,
            u"product without type"_s, u"no ground"_s, u"ground 3"_s, u"ground 2 without the held code"_s,
            u"ground 2 with a malformed code"_s, u"ground 1 with a held code"_s, u"negative issued count"_s,
            u"taxpayer id"_s };
        for (int i = 0; i < fields.size(); ++i)
            QTest::newRow(qPrintable(fields.at(i))) << i;
    }

    void incompleteDataIsRefused()
    {
        QFETCH(int, field);
        RefusalData data = refusalData(Language::Kazakh);
        switch (field) {
        case 0:
            data.decision.decisionNumber = u" "_s;
            break;
        case 1:
            data.decision.decidedAt = {};
            break;
        case 2:
            data.decision.reviewerName.clear();
            break;
        case 3:
            data.decision.legal.remove(u"tax_code_article_registration"_s);
            break;
        case 4:
            data.decision.legal.insert(u"court_code"_s, u" "_s);
            break;
        case 5:
            data.lines.clear();
            break;
        case 6:
            data.lines[0].lineNo = 0;
            break;
        case 7:
            data.lines[1].typeName.clear();
            break;
        case 8:
            data.lines[1].ground = 0;
            break;
        case 9:
            data.lines[1].ground = 3;
            break;
        case 10:
            data.lines[0].heldCode.clear();
            break;
        case 11:
            data.lines[0].heldCode = u"30530001200"_s;
            break;
        case 12:
            data.lines[1].heldCode = u"305300013001"_s;
            break;
        case 13:
            data.issuedCount = -1;
            break;
        case 14:
            data.decision.taxpayerId = u"94014000038X"_s;
            break;
        }
        const QString problem = refusalletter::validate(data);
        QVERIFY(!problem.isEmpty());
        const PreparedDocument prepared = refusalletter::prepare(data, Language::Kazakh);
        QVERIFY(!prepared.ok());
        QCOMPARE(prepared.error(), problem);
    }

    void completeDataIsAccepted()
    {
        QCOMPARE(refusalletter::validate(refusalData(Language::Kazakh)), QString());
        RefusalData data = refusalData(Language::Kazakh);
        data.lines[1].reason.clear(); // the reviewer's own words are optional: the ground is the reason
        QCOMPARE(refusalletter::validate(data), QString());
    }

    void englishLettersAreRefused()
    {
        QVERIFY(!refusalletter::prepare(refusalData(Language::Russian), Language::English).ok());
    }
};

QTEST_MAIN(TestRefusalLetter)
#include "test_refusalletter.moc"
