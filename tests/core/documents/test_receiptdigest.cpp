#include "documents/receipt.h"

#include "receiptsamples.h"

#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace dsn;
using namespace receiptsamples;

namespace {

struct Mutation
{
    const char *name;
    std::function<void(ReceiptData &)> apply;
};

const QList<Mutation> &mutations()
{
    static const QList<Mutation> list = {
        { "case number",
            [](ReceiptData &d) {
                d.caseNumber += u'4';
            } },
        { "accepted a minute later",
            [](ReceiptData &d) {
                d.acceptedAt = d.acceptedAt.addSecs(60);
            } },
        { "accepted a second later",
            [](ReceiptData &d) {
                d.acceptedAt = d.acceptedAt.addSecs(1);
            } },
        { "operator",
            [](ReceiptData &d) {
                d.operatorName = u"Басқа қызметкер"_s;
            } },
        { "branch",
            [](ReceiptData &d) {
                d.branchName += u" 2"_s;
            } },
        { "taxpayer name",
            [](ReceiptData &d) {
                d.taxpayerName.replace(u"Қ"_s, u"К"_s);
            } },
        { "taxpayer name trailing space",
            [](ReceiptData &d) {
                d.taxpayerName += u' ';
            } },
        { "taxpayer id",
            [](ReceiptData &d) {
                d.taxpayerId = u"961141000023"_s;
            } },
        { "department",
            [](ReceiptData &d) {
                d.departmentName = u"Астана қаласы бойынша МКД"_s;
            } },
        { "product type",
            [](ReceiptData &d) {
                d.products[1].typeName = u"мазут"_s;
            } },
        { "product name",
            [](ReceiptData &d) {
                d.products[0].name = u"АИ-95-К4"_s;
            } },
        { "product specification",
            [](ReceiptData &d) {
                d.products[0].specification += u'.';
            } },
        { "product added",
            [](ReceiptData &d) {
                d.products.append({ u"мазут"_s, u"М-100"_s, {} });
            } },
        { "product removed",
            [](ReceiptData &d) {
                d.products.removeLast();
            } },
        { "products swapped",
            [](ReceiptData &d) {
                d.products.swapItemsAt(0, 1);
            } },
        { "specification moved to the next product",
            [](ReceiptData &d) {
                d.products[1].specification = d.products[0].specification + d.products[1].specification;
                d.products[0].specification.clear();
            } },
        { "due date",
            [](ReceiptData &d) {
                d.dueAt = d.dueAt.addDays(1);
            } },
        { "collect at",
            [](ReceiptData &d) {
                d.collectAt = u"Астана"_s;
            } },
    };
    return list;
}

} // namespace

// The receipt's canonical data, digest and QR payload, without printing.
class TestReceiptDigest : public QObject
{
    Q_OBJECT

private slots:
    void theSameMomentInAnotherZoneHasTheSameDigest()
    {
        ReceiptData data = kazakhData();
        const QString before = receipt::digest(data, Language::Kazakh);
        data.acceptedAt = data.acceptedAt.toTimeZone(QTimeZone("Europe/Moscow"));
        data.dueAt = data.dueAt.toOffsetFromUtc(5 * 3600);
        QCOMPARE(receipt::digest(data, Language::Kazakh), before);
    }

    void digestCheckFailsWhenAnyFieldChanges_data()
    {
        QTest::addColumn<int>("mutation");
        for (int i = 0; i < mutations().size(); ++i)
            QTest::newRow(mutations().at(i).name) << i;
    }

    void digestCheckFailsWhenAnyFieldChanges()
    {
        QFETCH(int, mutation);
        const ReceiptData original = kazakhData();
        const QString payload = receipt::qrPayload(original, Language::Kazakh);
        ReceiptData changed = original;
        mutations().at(mutation).apply(changed);
        QVERIFY(!receipt::verifyQrPayload(payload, changed, Language::Kazakh));
        const receipt::QrCheck expected = changed.caseNumber == original.caseNumber
            ? receipt::QrCheck::DigestMismatch
            : receipt::QrCheck::OtherCase;
        QCOMPARE(receipt::checkQrPayload(payload, changed, Language::Kazakh), expected);
        QVERIFY(receipt::contentHash(changed, Language::Kazakh)
            != receipt::contentHash(original, Language::Kazakh));
    }

    void parseQrPayload_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("caseNumber");

        QTest::newRow("valid") << u"DSN1|ALM-2025-000123|0123456789abcdef"_s << true << u"ALM-2025-000123"_s;
        QTest::newRow("case number with a bar") << u"DSN1|A|B|0123456789abcdef"_s << true << u"A|B"_s;
        QTest::newRow("other version") << u"DSN2|A|0123456789abcdef"_s << false << QString();
        QTest::newRow("upper-case hex") << u"DSN1|A|0123456789ABCDEF"_s << false << QString();
        QTest::newRow("short digest") << u"DSN1|A|0123456789abcde"_s << false << QString();
        QTest::newRow("not hex") << u"DSN1|A|0123456789abcdeg"_s << false << QString();
        QTest::newRow("no case number") << u"DSN1||0123456789abcdef"_s << false << QString();
        QTest::newRow("one bar") << u"DSN1|0123456789abcdef"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }

    void parseQrPayload()
    {
        QFETCH(QString, payload);
        QFETCH(bool, valid);
        QFETCH(QString, caseNumber);
        const std::optional<receipt::QrPayload> parsed = receipt::parseQrPayload(payload);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(parsed->caseNumber, caseNumber);
        else
            QCOMPARE(receipt::checkQrPayload(payload, kazakhData(), Language::Kazakh),
                receipt::QrCheck::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestReceiptDigest)
#include "test_receiptdigest.moc"
