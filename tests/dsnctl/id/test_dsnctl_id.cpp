// The contract of 'dsnctl id': exit codes, output lines and the JSON form.
#include "dsnctlrun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = dsntest::DsnctlRun;

Run dsnctl(const QStringList &arguments)
{
    return dsntest::runDsnctl(arguments);
}

QString describeRun(const Run &run)
{
    return run.describe();
}

} // namespace

class TestDsnctlId : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void json_data();
    void json();
    void usage_data();
    void usage();
    void help_data();
    void help();
};

void TestDsnctlId::check_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines"); // the first lines of stdout, in order

    const QStringList check = { u"id"_s, u"check"_s };
    // Public examples of the domain brief §7.
    QTest::newRow("IIN male") << check + QStringList { u"921029350851"_s } << 0
                              << QStringList { u"IIN"_s, u"number: 921029350851"_s,
                                     u"birth_date: 1992-10-29"_s, u"sex: male"_s };
    QTest::newRow("IIN female") << check + QStringList { u"871008401427"_s } << 0
                                << QStringList { u"IIN"_s, u"number: 871008401427"_s,
                                       u"birth_date: 1987-10-08"_s, u"sex: female"_s };
    QTest::newRow("IIN 2000s") << check + QStringList { u"061211600012"_s } << 0
                               << QStringList { u"IIN"_s, u"number: 061211600012"_s,
                                      u"birth_date: 2006-12-11"_s, u"sex: female"_s };
    QTest::newRow("IIN with space") << check + QStringList { u"921029 350851"_s } << 0
                                    << QStringList { u"IIN"_s, u"number: 921029350851"_s };
    QTest::newRow("IIN with no-break space") << check + QStringList { u"921029\u00A0350851"_s } << 0
                                             << QStringList { u"IIN"_s, u"number: 921029350851"_s };
    QTest::newRow("option after number") << check + QStringList { u"921029350851"_s, u"--expect"_s, u"iin"_s }
                                         << 0 << QStringList { u"IIN"_s };
    QTest::newRow("BIN head office") << check + QStringList { u"940140000385"_s } << 0
                                     << QStringList { u"BIN"_s, u"number: 940140000385"_s,
                                            u"registered: 1994-01"_s, u"type: resident_legal_entity"_s,
                                            u"attribute: head_office"_s };
    QTest::newRow("BIN branch") << check + QStringList { u"961141000023"_s } << 0
                                << QStringList { u"BIN"_s, u"number: 961141000023"_s,
                                       u"registered: 1996-11"_s, u"type: resident_legal_entity"_s,
                                       u"attribute: branch"_s };
    QTest::newRow("check digit") << check + QStringList { u"921029350852"_s } << 1
                                 << QStringList { u"invalid"_s, u"number: 921029350852"_s,
                                        u"reason: check_digit"_s };
    QTest::newRow("month 15") << check + QStringList { u"921529350859"_s } << 1
                              << QStringList { u"invalid"_s, u"number: 921529350859"_s,
                                     u"reason: iin_birth_date"_s };
    // Born 31 December 2099: no such IIN can have been issued yet.
    QTest::newRow("born in the future")
        << check + QStringList { u"991231600002"_s } << 1
        << QStringList { u"invalid"_s, u"number: 991231600002"_s, u"reason: iin_birth_in_future"_s };
    QTest::newRow("10 twice") << check + QStringList { u"821214240092"_s } << 1
                              << QStringList { u"invalid"_s, u"number: 821214240092"_s,
                                     u"reason: check_digit_unassignable"_s };
    QTest::newRow("empty") << check + QStringList { QString() } << 1
                           << QStringList { u"invalid"_s, u"number: "_s, u"reason: empty"_s };
    QTest::newRow("11 digits") << check + QStringList { u"92102935085"_s } << 1
                               << QStringList { u"invalid"_s, u"number: 92102935085"_s,
                                      u"reason: wrong_length"_s };
    QTest::newRow("letter") << check + QStringList { u"92102935085A"_s } << 1
                            << QStringList { u"invalid"_s, u"number: 92102935085A"_s,
                                   u"reason: non_digit"_s };
    QTest::newRow("digit 5 is 8") << check + QStringList { u"921080350851"_s } << 1
                                  << QStringList { u"invalid"_s, u"number: 921080350851"_s,
                                         u"reason: unknown_kind"_s };
    QTest::newRow("BIN expected") << check + QStringList { u"--expect"_s, u"bin"_s, u"921029350851"_s } << 1
                                  << QStringList { u"invalid"_s, u"number: 921029350851"_s,
                                         u"reason: bin_type"_s };
}

void TestDsnctlId::check()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);
    const Run run = dsnctl(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describeRun(run)));
    const QStringList out = run.out.split(u'\n');
    QVERIFY2(out.size() > lines.size(), qPrintable(describeRun(run)));
    QCOMPARE(out.mid(0, lines.size()), lines);
    if (exitCode == 0) {
        QVERIFY2(run.err.isEmpty(), qPrintable(describeRun(run)));
        QVERIFY(run.out.contains(u"\nsummary: "_s));
    } else {
        // Why, on both streams.
        QVERIFY2(out.value(lines.size()).startsWith(u"message: "_s), qPrintable(describeRun(run)));
        const QString message = out.value(lines.size()).mid(9);
        QVERIFY(!message.isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(describeRun(run)));
    }
}

void TestDsnctlId::json_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QVariantMap>("fields"); // expected values; a null QVariant means JSON null

    QTest::newRow("IIN") << u"921029 350851"_s << 0
                         << QVariantMap { { u"valid"_s, true }, { u"kind"_s, u"IIN"_s },
                                { u"number"_s, u"921029350851"_s }, { u"birth_date"_s, u"1992-10-29"_s },
                                { u"sex"_s, u"male"_s }, { u"reason"_s, QVariant() },
                                { u"message"_s, QVariant() },
                                { u"summary"_s, u"IIN, male, born 29.10.1992"_s } };
    QTest::newRow("BIN") << u"940140000385"_s << 0
                         << QVariantMap { { u"valid"_s, true }, { u"kind"_s, u"BIN"_s },
                                { u"number"_s, u"940140000385"_s }, { u"registered"_s, u"1994-01"_s },
                                { u"type"_s, u"resident_legal_entity"_s },
                                { u"attribute"_s, u"head_office"_s }, { u"reason"_s, QVariant() },
                                { u"summary"_s,
                                    u"BIN, resident legal entity, head office, registered 01.1994"_s } };
    QTest::newRow("check digit") << u"921029350852"_s << 1
                                 << QVariantMap { { u"valid"_s, false }, { u"kind"_s, QVariant() },
                                        { u"number"_s, u"921029350852"_s },
                                        { u"reason"_s, u"check_digit"_s } };
    QTest::newRow("BIN month") << u"941340000385"_s << 1
                               << QVariantMap { { u"valid"_s, false }, { u"reason"_s, u"bin_month"_s } };
    QTest::newRow("13 digits") << u"9210293508510"_s << 1
                               << QVariantMap { { u"valid"_s, false }, { u"kind"_s, QVariant() },
                                      { u"reason"_s, u"wrong_length"_s } };
}

void TestDsnctlId::json()
{
    QFETCH(QString, number);
    QFETCH(int, exitCode);
    QFETCH(QVariantMap, fields);
    const Run run = dsnctl({ u"id"_s, u"check"_s, u"--json"_s, number });
    QVERIFY2(run.exitCode == exitCode, qPrintable(describeRun(run)));
    QCOMPARE(run.lines().size(), 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + run.out));
    QVERIFY(doc.isObject());
    const QJsonObject object = doc.object();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QVERIFY2(object.contains(it.key()), qPrintable(it.key() + u" missing in "_s + run.out));
        const QJsonValue value = object.value(it.key());
        if (it.value().isNull())
            QVERIFY2(value.isNull(), qPrintable(it.key()));
        else
            QCOMPARE(value.toVariant(), it.value());
    }
    if (exitCode != 0) {
        QVERIFY(!object.value(u"message"_s).toString().isEmpty());
        QVERIFY(!object.contains(u"birth_date"_s) && !object.contains(u"registered"_s));
    }
}

void TestDsnctlId::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("missing NUMBER") << QStringList { u"id"_s, u"check"_s };
    QTest::newRow("missing NUMBER with --json") << QStringList { u"id"_s, u"check"_s, u"--json"_s };
    QTest::newRow("unknown option") << QStringList { u"id"_s, u"check"_s, u"--frobnicate"_s,
        u"921029350851"_s };
    QTest::newRow("two numbers") << QStringList { u"id"_s, u"check"_s, u"921029"_s, u"350851"_s };
    QTest::newRow("bad --expect") << QStringList { u"id"_s, u"check"_s, u"--expect"_s, u"person"_s,
        u"921029350851"_s };
    QTest::newRow("unknown subcommand") << QStringList { u"id"_s, u"verify"_s, u"921029350851"_s };
    QTest::newRow("no subcommand") << QStringList { u"id"_s };
}

void TestDsnctlId::usage()
{
    QFETCH(QStringList, arguments);
    const Run run = dsnctl(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describeRun(run)));
    QVERIFY2(!run.err.isEmpty(), qPrintable(describeRun(run)));
}

void TestDsnctlId::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("id") << QStringList { u"id"_s, u"--help"_s } << QStringList { u"check"_s, u"IIN"_s };
    QTest::newRow("id check") << QStringList { u"id"_s, u"check"_s, u"--help"_s }
                              << QStringList { u"NUMBER"_s, u"--json"_s, u"--expect"_s };
    QTest::newRow("top level lists id") << QStringList { u"--help"_s } << QStringList { u"id"_s };
}

void TestDsnctlId::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run run = dsnctl(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
    QVERIFY(run.out.startsWith(u"Usage:"_s));
    for (const QString &word : mentions)
        QVERIFY2(run.out.contains(word), qPrintable(word + u" not in\n"_s + run.out));
}

QTEST_GUILESS_MAIN(TestDsnctlId)
#include "test_dsnctl_id.moc"
