#include "test_dsnctl_db_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsnctltest;
using namespace dsntest;

// The contract of dsnctl case add, list and show.
class TestDsnctlCase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addPrintsTheCaseNumberAlone();
    void addReadsStandardInput();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void addUsageErrors();
    void addWithoutWorkstationCode();
    void listColumnsAndFilters();
    void listJson();
    void showAllFieldsAndAudit();
    void showUnknownCase();

private:
    QString store() const { return m_dir->filePath(u"store.sqlite"_s); }
    QString writeJson(const QJsonObject &o, const QString &name = u"app.json"_s) const;
    // Adds an application through dsnctl; returns the printed number or "".
    QString add(const QJsonObject &o);
    qint64 rows(const QString &table) const
    {
        return rawScalar(store(), u"SELECT count(*) FROM "_s + table).toLongLong();
    }

    // dsnctl with a private runtime folder, so that Qt's notice about a missing XDG_RUNTIME_DIR
    // does not mix with the problems on standard error.
    Run run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return dsnctl(arguments, input, m_environment);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_runtime;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

namespace {

// Department 11 (Akmola), territorial unit 001 (Kokshetau), BIN 940140000385 (a public example).
QJsonObject validJson()
{
    return QJsonObject {
        { u"department"_s, u"11"_s },
        { u"taxpayer_name"_s, u"ТОО «Көкшетау Мұнай»"_s },
        { u"taxpayer_id"_s, u"940140000385"_s },
        { u"subject_type"_s, u"producer"_s },
        { u"country"_s, 3 },
        { u"atu"_s, 1 },
        { u"head_name"_s, u"Серікбаев Арман"_s },
        { u"received_at"_s, u"2025-03-04T10:15:00+05:00"_s },
        { u"products"_s,
            QJsonArray { QJsonObject {
                { u"type"_s, 1 }, { u"name"_s, u"АИ-92-К5"_s }, { u"spec"_s, u"СТ РК 1614-2006"_s } } } },
    };
}

QStringList keysOf(const QString &stderrText)
{
    QStringList keys;
    for (const QString &line : stderrText.split(u'\n', Qt::SkipEmptyParts))
        keys.append(line.section(u": "_s, 0, 0));
    return keys;
}

} // namespace

void TestDsnctlCase::init()
{
    QVERIFY(m_runtime.isValid());
    m_environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeStore(store()));
    QCOMPARE(rawExec(store(), { u"INSERT INTO settings(key, value) VALUES ('workstation.code', 'AST01')"_s }),
        QString());
}

QString TestDsnctlCase::writeJson(const QJsonObject &o, const QString &name) const
{
    const QString path = m_dir->filePath(name);
    writeBytes(path, QJsonDocument(o).toJson());
    return path;
}

QString TestDsnctlCase::add(const QJsonObject &o)
{
    const Run r = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, writeJson(o) });
    if (r.exitCode != 0) {
        qWarning().noquote() << r.err;
        return {};
    }
    return r.out.trimmed();
}

void TestDsnctlCase::addPrintsTheCaseNumberAlone()
{
    const Run r = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, writeJson(validJson()) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"AST01-2025-000001\n"_s);
    QCOMPARE(r.err, QString());
    QCOMPARE(rawScalar(store(),
                 u"SELECT case_number || ' ' || received_by_name || ' ' || status FROM applications"_s)
                 .toString(),
        u"AST01-2025-000001 system accepted"_s);
    QCOMPARE(rawScalar(store(), u"SELECT actor_role || ' ' || comment FROM status_events"_s).toString(),
        u"system imported by dsnctl"_s);
    QCOMPARE(rawScalar(store(),
                 u"SELECT actor_name || ' ' || event || ' ' || object_id FROM audit_log"
                 u" ORDER BY id DESC LIMIT 1"_s)
                 .toString(),
        u"system case_intake AST01-2025-000001"_s);
    QCOMPARE(rows(u"outbox"_s), 1);
    QCOMPARE(rows(u"product_lines"_s), 1);

    // The same subject again: taken in, with the counter's early warning on standard error.
    const Run second = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, writeJson(validJson()) });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, u"AST01-2025-000002\n"_s);
    QVERIFY2(second.err.contains(u"warning: The subject already has an open case AST01-2025-000001."_s),
        qPrintable(second.err));
    QCOMPARE(run({ u"--db"_s, store(), u"audit"_s, u"verify"_s }).exitCode, 0);
}

void TestDsnctlCase::addReadsStandardInput()
{
    QJsonObject o = validJson();
    o[u"channel"_s] = u"home"_s;
    o[u"queue_ticket"_s] = u"A-17"_s;
    o[u"application_date"_s] = u"2025-03-03"_s;
    const Run r
        = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, u"-"_s }, QJsonDocument(o).toJson());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"AST01-2025-000001\n"_s);
    QCOMPARE(rawScalar(store(),
                 u"SELECT channel || ' ' || queue_ticket || ' ' || application_date FROM applications"_s)
                 .toString(),
        u"home A-17 2025-03-03"_s);
}

void TestDsnctlCase::badInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("keys"); // every key named on stderr, in order

    const auto text = [](QJsonObject o) {
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("not json") << QByteArray("{\"department\": \"11\",") << QStringList { u"json"_s };
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringList { u"json"_s };
    QTest::newRow("empty object") << QByteArray("{}")
                                  << QStringList { u"department"_s, u"taxpayer_name"_s, u"taxpayer_id"_s,
                                         u"subject_type"_s, u"country"_s, u"atu"_s, u"head_name"_s,
                                         u"received_at"_s, u"products"_s };
    QJsonObject o = validJson();
    o.remove(u"head_name"_s);
    QTest::newRow("missing key") << text(o) << QStringList { u"head_name"_s };
    o = validJson();
    o[u"country"_s] = u"3"_s;
    o[u"atu"_s] = u"001"_s;
    o[u"taxpayer_id"_s] = 940140000385.0;
    QTest::newRow("wrong types") << text(o) << QStringList { u"taxpayer_id"_s, u"country"_s, u"atu"_s };
    o = validJson();
    o[u"taxpayer_id"_s] = u"921029350852"_s;
    QTest::newRow("invalid IIN") << text(o) << QStringList { u"taxpayer_id"_s };
    o = validJson();
    o[u"atu"_s] = 19;
    QTest::newRow("historical ATU") << text(o) << QStringList { u"atu"_s };
    o[u"atu"_s] = 300;
    QTest::newRow("unknown ATU") << text(o) << QStringList { u"atu"_s };
    o = validJson();
    o[u"country"_s] = 9;
    QTest::newRow("unknown country") << text(o) << QStringList { u"country"_s };
    o = validJson();
    o[u"department"_s] = u"99"_s;
    QTest::newRow("unknown department") << text(o) << QStringList { u"department"_s };
    o = validJson();
    o[u"products"_s] = QJsonArray();
    QTest::newRow("empty products") << text(o) << QStringList { u"products"_s };
    o[u"products"_s]
        = QJsonArray { QJsonObject { { u"type"_s, 5 }, { u"name"_s, u"X"_s }, { u"spec"_s, u"Y"_s } } };
    QTest::newRow("bad product type") << text(o) << QStringList { u"products[0].type"_s };
    o = validJson();
    o[u"subject_type"_s] = u"dealer"_s;
    o[u"received_at"_s] = u"yesterday"_s;
    QTest::newRow("bad words") << text(o) << QStringList { u"subject_type"_s, u"received_at"_s };
    // Issue 8, item 10: what the law rules out.
    QByteArray twice = text(validJson());
    twice.insert(twice.indexOf('{') + 1, QByteArray("\"taxpayer_id\": \"921029350851\","));
    QTest::newRow("one key twice") << twice << QStringList { u"json"_s };
    o = validJson();
    o[u"received_at"_s] = u"2020-06-19T18:00:00+06:00"_s;
    QTest::newRow("received before the Rules took force") << text(o) << QStringList { u"received_at"_s };
    o = validJson();
    o[u"received_at"_s] = u"2099-01-01T10:00:00+05:00"_s;
    QTest::newRow("received in the future") << text(o) << QStringList { u"received_at"_s };
    o = validJson();
    o[u"taxpayer_id"_s] = u"991231600002"_s; // born 31 December 2099
    QTest::newRow("IIN born in the future") << text(o) << QStringList { u"taxpayer_id"_s };
    QJsonObject all {
        { u"department"_s, u"99"_s },
        { u"taxpayer_name"_s, u""_s },
        { u"taxpayer_id"_s, u"921029350852"_s },
        { u"subject_type"_s, u"producer"_s },
        { u"country"_s, 9 },
        { u"atu"_s, 19 },
        { u"head_name"_s, u"Серікбаев Арман"_s },
        { u"received_at"_s, u"2025-03-04T10:15:00+05:00"_s },
        { u"products"_s,
            QJsonArray {
                QJsonObject { { u"type"_s, u"1"_s }, { u"name"_s, u""_s }, { u"spec"_s, u"ГОСТ"_s } } } },
        { u"extra"_s, true },
    };
    QTest::newRow("every problem at once")
        << text(all)
        << QStringList { u"products[0].type"_s, u"extra"_s, u"department"_s, u"taxpayer_name"_s,
               u"taxpayer_id"_s, u"country"_s, u"atu"_s, u"products[0].name"_s };
}

void TestDsnctlCase::badInputWritesNothing()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, keys);
    QVERIFY(!add(validJson()).isEmpty()); // one case already there
    const QByteArray before = fileBytes(store());
    const QStringList filesBefore = folderListing(m_dir->path());
    const qint64 casesBefore = rows(u"applications"_s);
    const qint64 auditBefore = rows(u"audit_log"_s);
    const qint64 outboxBefore = rows(u"outbox"_s);

    const QString file = m_dir->filePath(u"bad.json"_s);
    QVERIFY(writeBytes(file, input));
    const QStringList filesWithInput = folderListing(m_dir->path());
    const QByteArray storeBefore = fileBytes(store());
    QCOMPARE(storeBefore, before);
    const Run r = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, file });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(keysOf(r.err), keys);
    // Every line names its key and says what is wrong.
    for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(line.section(u": "_s, 1).size() > 3, qPrintable(line));

    // Nothing written: the same bytes, no new side files, the same rows.
    QCOMPARE(fileBytes(store()), before);
    QCOMPARE(folderListing(m_dir->path()), filesWithInput);
    QVERIFY(filesBefore.size() + 1 == filesWithInput.size());
    QCOMPARE(rows(u"applications"_s), casesBefore);
    QCOMPARE(rows(u"audit_log"_s), auditBefore);
    QCOMPARE(rows(u"outbox"_s), outboxBefore);

    // The same through standard input.
    const Run piped = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, u"-"_s }, input);
    QCOMPARE(piped.exitCode, 2);
    QCOMPARE(keysOf(piped.err), keys);
    QCOMPARE(rows(u"applications"_s), casesBefore);
}

void TestDsnctlCase::addUsageErrors()
{
    const QByteArray before = fileBytes(store());
    QCOMPARE(run({ u"--db"_s, store(), u"case"_s, u"add"_s }).exitCode, 2);
    const Run missing
        = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, m_dir->filePath(u"none.json"_s) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"none.json"_s));
    QCOMPARE(run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--bogus"_s }).exitCode, 2);
    QCOMPARE(fileBytes(store()), before);
    // A store that does not exist is not created.
    const QString elsewhere = m_dir->filePath(u"other.sqlite"_s);
    QCOMPARE(
        run({ u"--db"_s, elsewhere, u"case"_s, u"add"_s, u"--json"_s, writeJson(validJson()) }).exitCode, 1);
    QVERIFY(!QFile::exists(elsewhere));
}

void TestDsnctlCase::addWithoutWorkstationCode()
{
    // A new workstation takes a code of its own at its first intake.
    QCOMPARE(rawExec(store(), { u"DELETE FROM settings WHERE key = 'workstation.code'"_s }), QString());
    const Run r = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, writeJson(validJson()) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^WS[2-9A-HJ-NP-Z]{6}-\\d{4}-\\d{6}\n$"_s).match(r.out).hasMatch(),
        qPrintable(r.out));
    QCOMPARE(rows(u"applications"_s), 1);

    // A code set wrongly by hand is refused, and nothing is written.
    QCOMPARE(rawExec(store(), { u"UPDATE settings SET value = 'ast-1' WHERE key = 'workstation.code'"_s }),
        QString());
    const Run bad = run({ u"--db"_s, store(), u"case"_s, u"add"_s, u"--json"_s, writeJson(validJson()) });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(u"workstation.code"_s));
    QCOMPARE(rows(u"applications"_s), 1);
}

void TestDsnctlCase::listColumnsAndFilters()
{
    QJsonObject k = validJson();
    const QString first = add(k);
    QJsonObject r = validJson();
    r[u"taxpayer_name"_s] = u"ИП Иванов Сергей"_s;
    r[u"taxpayer_id"_s] = u"921029350851"_s;
    r[u"received_at"_s] = u"2025-03-05T09:00:00+05:00"_s;
    const QString second = add(r);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const Run all = run({ u"--db"_s, store(), u"case"_s, u"list"_s });
    QCOMPARE(all.exitCode, 0);
    const QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"case_number\treceived\tstatus\ttaxpayer_id\ttaxpayer_name\tdue"_s);
    // Newest receipt first; times in Kazakhstan time. Received Wednesday 5 March 2025: the term ends
    // Thursday 6 March at 18:30; the store's clock is long past it, so the case is overdue.
    QCOMPARE(lines.at(1),
        second
            + u"\t2025-03-05T09:00:00+05:00\taccepted\t921029350851\tИП Иванов Сергей"
              u"\t2025-03-06T18:30:00+05:00 overdue"_s);
    QVERIFY(lines.at(2).startsWith(first + u"\t2025-03-04T10:15:00+05:00\taccepted\t940140000385\t"_s));

    const auto numbers = [this](const QStringList &extra) {
        const Run listed = run(QStringList { u"--db"_s, store(), u"case"_s, u"list"_s } + extra);
        QStringList found;
        for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
            found.append(line.section(u'\t', 0, 0));
        return listed.exitCode == 0 ? found : QStringList { u"exit %1"_s.arg(listed.exitCode) };
    };
    QCOMPARE(numbers({ u"--search"_s, u"мұнай"_s }), QStringList { first });
    // The listing is audited as the system: the words, the filters, how many rows were printed.
    const auto lastSearch = [this] {
        return rawScalar(store(),
            u"SELECT actor_name || '|' || json_extract(details, '$.query') || '|' || json_extract(details, "
            u"'$.rows') || '|' || json_extract(details, '$.more') || '|' || json_extract(details, "
            u"'$.purpose')"
            u" FROM audit_log WHERE event = 'case_search' ORDER BY id DESC LIMIT 1"_s)
            .toString();
    };
    QCOMPARE(lastSearch(), u"system|мұнай|1|0|dsnctl case list"_s);
    QCOMPARE(numbers({ u"--search"_s, u"ИВАНОВ"_s }), QStringList { second });
    QCOMPARE(numbers({ u"--search"_s, u"921029"_s }), QStringList { second });
    QCOMPARE(numbers({ u"--search"_s, first }), QStringList { first });
    QCOMPARE(numbers({ u"--status"_s, u"accepted"_s }), (QStringList { second, first }));
    QCOMPARE(numbers({ u"--status"_s, u"sent"_s }), QStringList());
    QCOMPARE(numbers({ u"--overdue"_s }), (QStringList { second, first }));
    QCOMPARE(numbers({ u"--limit"_s, u"1"_s }), QStringList { second });
    QCOMPARE(lastSearch(), u"system||1|1|dsnctl case list"_s); // one of two printed: more to see
    QCOMPARE(numbers({ u"--status"_s, u"sent"_s }), QStringList());
    QCOMPARE(
        rawScalar(store(),
            u"SELECT json_extract(details, '$.filters.statuses[0]') || ' ' || json_extract(details, '$.rows')"
            u" FROM audit_log WHERE event = 'case_search' ORDER BY id DESC LIMIT 1"_s)
            .toString(),
        u"sent 0"_s);
    QCOMPARE(rawScalar(store(), u"SELECT count(*) FROM audit_log WHERE event = 'case_search'"_s).toInt(), 10);
    QCOMPARE(run({ u"--db"_s, store(), u"audit"_s, u"verify"_s }).exitCode, 0);
    QCOMPARE(run({ u"--db"_s, store(), u"case"_s, u"list"_s, u"--status"_s, u"lost"_s }).exitCode, 2);
    QCOMPARE(run({ u"--db"_s, store(), u"case"_s, u"list"_s, u"--limit"_s, u"0"_s }).exitCode, 2);
}

void TestDsnctlCase::listJson()
{
    const QString number = add(validJson());
    QVERIFY(!number.isEmpty());
    const Run r = run({ u"--db"_s, store(), u"case"_s, u"list"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject c = doc.array().first().toObject();
    QCOMPARE(c.value(u"case_number"_s).toString(), number);
    QCOMPARE(c.value(u"received_at"_s).toString(), u"2025-03-04T05:15:00.000Z"_s);
    QCOMPARE(c.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(c.value(u"taxpayer_id"_s).toString(), u"940140000385"_s);
    QCOMPARE(c.value(u"taxpayer_name"_s).toString(), u"ТОО «Көкшетау Мұнай»"_s);
    QCOMPARE(c.value(u"due_at"_s).toString(), u"2025-03-05T13:30:00.000Z"_s);
    QCOMPARE(c.value(u"overdue"_s).toBool(), true);

    const Run none = run({ u"--db"_s, store(), u"case"_s, u"list"_s, u"--json"_s, u"--search"_s, u"жоқ"_s });
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
}

void TestDsnctlCase::showAllFieldsAndAudit()
{
    QJsonObject person = validJson();
    person[u"taxpayer_name"_s] = u"ИП Жұмабаев Нұрлан"_s;
    person[u"taxpayer_id"_s] = u"921029350851"_s;
    person[u"products"_s] = QJsonArray { QJsonObject { { u"type"_s, 2 }, { u"name"_s, u"ДТ-Л-К5"_s },
                                             { u"spec"_s, u"ГОСТ"_s } },
        QJsonObject { { u"type"_s, 3 }, { u"name"_s, u"М-100"_s }, { u"spec"_s, u"ТУ"_s } } };
    const QString p = add(person);
    const QString b = add(validJson());
    QVERIFY(!p.isEmpty() && !b.isEmpty());

    const Run text = run({ u"--db"_s, store(), u"case"_s, u"show"_s, p });
    QCOMPARE(text.exitCode, 0);
    for (const QString &expected :
        QStringList { u"case_number: "_s + p, u"status: accepted"_s, u"taxpayer_name: ИП Жұмабаев Нұрлан"_s,
            u"taxpayer_id: 921029350851 (iin)"_s, u"atu: 001"_s, u"received_at: 2025-03-04T10:15:00+05:00"_s,
            u"due_at: 2025-03-05T18:30:00+05:00"_s, u"  1\t2\tДТ-Л-К5\tГОСТ"_s, u"  2\t3\tМ-100\tТУ"_s }) {
        QVERIFY2(text.out.split(u'\n').contains(expected), qPrintable(expected + u"\n---\n"_s + text.out));
    }
    QVERIFY(text.out.contains(u"- -> accepted\tsystem (system)\timported by dsnctl"_s));
    QCOMPARE(rawScalar(store(),
                 u"SELECT actor_name || ' ' || event || ' ' || object_id FROM audit_log"
                 u" ORDER BY id DESC LIMIT 1"_s)
                 .toString(),
        u"system person_viewed "_s + p);

    const Run json = run({ u"--db"_s, store(), u"case"_s, u"show"_s, b, u"--json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(u"case_number"_s).toString(), b);
    QCOMPARE(o.value(u"id_kind"_s).toString(), u"bin"_s);
    const QJsonObject a = o.value(u"application"_s).toObject();
    for (const QString &key : { u"department"_s, u"taxpayer_name"_s, u"taxpayer_id"_s, u"subject_type"_s,
             u"country"_s, u"atu"_s, u"head_name"_s })
        QCOMPARE(a.value(key), validJson().value(key));
    QCOMPARE(a.value(u"received_at"_s).toString(), u"2025-03-04T05:15:00.000Z"_s);
    QCOMPARE(o.value(u"lines"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"lines"_s).toArray().first().toObject().value(u"name"_s).toString(), u"АИ-92-К5"_s);
    QCOMPARE(o.value(u"history"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"history"_s).toArray().first().toObject().value(u"to"_s).toString(), u"accepted"_s);
    QVERIFY(o.value(u"documents"_s).isArray());
    QCOMPARE(rawScalar(store(), u"SELECT event || ' ' || object_id FROM audit_log ORDER BY id DESC LIMIT 1"_s)
                 .toString(),
        u"case_viewed "_s + b);
    QCOMPARE(run({ u"--db"_s, store(), u"audit"_s, u"verify"_s }).exitCode, 0);
}

void TestDsnctlCase::showUnknownCase()
{
    const qint64 auditBefore = rows(u"audit_log"_s);
    const Run r = run({ u"--db"_s, store(), u"case"_s, u"show"_s, u"AST01-2025-999999"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"AST01-2025-999999"_s));
    QCOMPARE(rows(u"audit_log"_s), auditBefore);
}

QTEST_GUILESS_MAIN(TestDsnctlCase)
#include "test_dsnctl_case.moc"
