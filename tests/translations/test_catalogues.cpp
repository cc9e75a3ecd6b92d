// The interface's catalogues (translations/dsn_kk.ts, dsn_ru.ts) hold every string of app/ and
// forms/, each finished in its language with the placeholders, accelerators and plural forms
// of its source, and they load from the program's resources.

#include "base/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue read(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = u"cannot open "_s + path;
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                catalogue.messages.append(message);
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"TS") {
            catalogue.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

QString where(const Message &m)
{
    return m.context + u": \""_s + m.source.left(80) + u'"';
}

// %1..%99, %L1, %n: each as often in the translation as in the source.
std::multiset<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    std::multiset<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

// Accelerator markers: '&' before a letter or digit, "&&" is a literal ampersand; HTML entities
// (&amp;, &nbsp;) are not markers.
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(
        u"(?<!&)&(?!&)(?![a-z]+;)(?=\\w)"_s, QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString catalogue(const QString &name)
{
    return QStringLiteral(DSN_SOURCE_DIR) + u"/translations/"_s + name;
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void currentWithSources_data();
    void currentWithSources();
    void loadsFromResources();
};

void TestCatalogues::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    // Qt 6.4's plural rules: Russian one/few/many, Kazakh two forms.
    QTest::newRow("kk") << u"dsn_kk.ts"_s << u"kk_KZ"_s << 2;
    QTest::newRow("ru") << u"dsn_ru.ts"_s << u"ru_RU"_s << 3;
    QTest::newRow("qtbase_kk") << u"qtbase_kk.ts"_s << u"kk_KZ"_s << 2;
}

void TestCatalogues::complete()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const Catalogue c = read(catalogue(file));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.language, language);
    QVERIFY(c.messages.size() > 100);
    QStringList problems;
    std::set<std::pair<QString, QString>> seen;
    for (const Message &m : c.messages) {
        if (!seen.insert({ m.context, m.source + u'\x1f' + m.comment }).second)
            problems << u"twice: "_s + where(m);
        if (!m.type.isEmpty()) {
            problems << m.type + u": "_s + where(m);
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms) {
            problems << u"%1 plural forms, want %2: "_s.arg(m.forms.size()).arg(pluralForms) + where(m);
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << u"empty: "_s + where(m);
                continue;
            }
            // A plural form may leave out %n ("one" written as a word), never another placeholder.
            std::multiset<QString> want = placeholders(m.source);
            std::multiset<QString> have = placeholders(form);
            if (m.numerus) {
                want.erase(u"%n"_s);
                have.erase(u"%n"_s);
            }
            if (want != have)
                problems << u"placeholders differ in \""_s + form.left(80) + u"\": "_s + where(m);
            if (accelerators(m.source) != accelerators(form))
                problems << u"accelerator differs in \""_s + form.left(80) + u"\": "_s + where(m);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestCatalogues::currentWithSources_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("kk") << u"dsn_kk.ts"_s;
    QTest::newRow("ru") << u"dsn_ru.ts"_s;
}

// lupdate run over the sources now finds nothing new and nothing gone: a string added to the
// code without its translations fails here (`--target update_translations` adds it).
void TestCatalogues::currentWithSources()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(catalogue(file), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(DSN_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE_PATH),
        { u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"app"_s, u"forms"_s, u"-ts"_s,
            copy });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    const Catalogue before = read(catalogue(file));
    const Catalogue after = read(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    std::set<QString> was;
    std::set<QString> now;
    for (const Message &m : before.messages)
        was.insert(m.context + u'\x1f' + m.source + u'\x1f' + m.comment);
    QStringList problems;
    for (const Message &m : after.messages) {
        now.insert(m.context + u'\x1f' + m.source + u'\x1f' + m.comment);
        if (m.type == u"unfinished")
            problems << u"not in the catalogue: "_s + where(m);
    }
    for (const Message &m : before.messages) {
        if (!now.count(m.context + u'\x1f' + m.source + u'\x1f' + m.comment))
            problems << u"no longer in the sources: "_s + where(m);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(now.size(), was.size());
}

void TestCatalogues::loadsFromResources()
{
    for (const QString &name : { u"dsn_kk"_s, u"dsn_ru"_s, u"qtbase_kk"_s }) {
        QTranslator translator;
        QVERIFY2(translator.load(name, u":/i18n"_s), qPrintable(name));
        QVERIFY(!translator.isEmpty());
    }
    // The product's catalogue answers a core message in both languages, plurals included.
    QVERIFY(dsn::installTranslations(dsn::Language::Russian));
    QCOMPARE(dsn::installedLanguage(), dsn::Language::Russian);
    const QString ru = QCoreApplication::translate("dsn::TaxpayerId", "An IIN or BIN has exactly 12 digits.");
    QVERIFY(ru.contains(u"ИИН"_s));
    QVERIFY(dsn::installTranslations(dsn::Language::Kazakh));
    const QString kk = QCoreApplication::translate("dsn::TaxpayerId", "An IIN or BIN has exactly 12 digits.");
    QVERIFY(kk.contains(u"ЖСН"_s));
    QVERIFY(dsn::installTranslations(dsn::Language::English));
    QCOMPARE(QCoreApplication::translate("dsn::TaxpayerId", "An IIN or BIN has exactly 12 digits."),
        u"An IIN or BIN has exactly 12 digits."_s);
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "test_catalogues.moc"
