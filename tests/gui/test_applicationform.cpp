#include "intake/applicationform.h"
#include "keyboard.h"

#include "base/collation.h"
#include "common/uilanguage.h"
#include "identity/taxpayerid.h"
#include "reference/referencedata.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using dsn::gui::ApplicationForm;
using dsntest::focused;
using dsntest::press;
using dsntest::type;

namespace {

// 15:00 in Astana on Friday 20 March 2026.
const QDateTime kNow(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC);

} // namespace

class TestApplicationForm : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fillsWholeApplicationFromKeyboard();
    void wrongCheckDigitShowsReasonAndBlocksSaving();
    void historicalUnitsAreNotOffered();
    void choicesInTheLanguagesAlphabet_data();
    void choicesInTheLanguagesAlphabet();
    void rowsAddedAndRemovedFromKeyboard();
    void warningsDoNotBlock();
    void clearedFormShowsNoErrors();

private:
    void fillValid();
    std::unique_ptr<ApplicationForm> m_form;
};

void TestApplicationForm::init()
{
    m_form = std::make_unique<ApplicationForm>(dsn::ReferenceData::embedded());
    m_form->setClock([] { return kNow; });
    m_form->clear();
    m_form->show();
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
}

void TestApplicationForm::cleanup()
{
    m_form.reset();
}

// Types a whole application with the keyboard, starting from where the form puts the focus.
void TestApplicationForm::fillValid()
{
    QCOMPARE(focused()->objectName(), u"queueTicketEdit"_s);
    type(u"A-042"_s);
    press(Qt::Key_Tab); // channel: at the counter
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"departmentCombo"_s);
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    // The application date stays today; Tab walks its day, month and year, then leaves.
    QCOMPARE(focused()->objectName(), u"applicationDateEdit"_s);
    for (int i = 0; i < 3 && focused()->objectName() == u"applicationDateEdit"_s; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"taxpayerNameEdit"_s);
    type(u"ТОО «Мұнай Өнім»"_s);
    press(Qt::Key_Tab);
    type(u"940140 000385"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"subjectTypeCombo"_s);
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    type(u"3"_s); // country 3, Kazakhstan, found by its leading code
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"atuCombo"_s);
    type(u"053"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"productsTable"_s);
    type(u"1"_s); // gasoline, then the name cell
    type(u"АИ-92-К5"_s);
    press(Qt::Key_Tab);
    type(u"СТ РК 1098-2002"_s);
    press(Qt::Key_Tab); // the last cell: Tab leaves the table
    QCOMPARE(focused()->objectName(), u"headNameEdit"_s);
    type(u"Серікбаев Ерлан Маратұлы"_s);
}

void TestApplicationForm::fillsWholeApplicationFromKeyboard()
{
    QSignalSpy submitted(m_form.get(), &ApplicationForm::submitRequested);
    fillValid();
    QVERIFY2(m_form->problems().isEmpty(),
        qPrintable(m_form->problems().isEmpty() ? QString() : m_form->problems().constFirst().message));
    // DSN_TEST_SCREENSHOT_DIR keeps a picture of the filled form for a person to look at.
    if (const QString dir = qEnvironmentVariable("DSN_TEST_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_form->grab().save(dir + u"/application-form.png"_s));
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);

    const auto a = submitted.at(0).at(0).value<dsn::Application>();
    QCOMPARE(a.queueTicket, u"A-042"_s);
    QCOMPARE(a.channel, dsn::IntakeChannel::Counter);
    QCOMPARE(a.departmentCode, dsn::ReferenceData::embedded().departments().constFirst().code);
    QCOMPARE(a.applicationDate, QDate(2026, 3, 20));
    QCOMPARE(a.taxpayerName, u"ТОО «Мұнай Өнім»"_s);
    QCOMPARE(a.taxpayerId, u"940140000385"_s);
    QCOMPARE(a.subjectType, std::optional(dsn::SubjectType::Producer));
    QCOMPARE(a.country, 3);
    QCOMPARE(a.atu, 53);
    QCOMPARE(a.headName, u"Серікбаев Ерлан Маратұлы"_s);
    QCOMPARE(a.products.size(), 1);
    QCOMPARE(a.products.at(0).type, 1);
    QCOMPARE(a.products.at(0).name, u"АИ-92-К5"_s);
    QCOMPARE(a.products.at(0).spec, u"СТ РК 1098-2002"_s);
    QCOMPARE(a.receivedAt, kNow);
}

void TestApplicationForm::wrongCheckDigitShowsReasonAndBlocksSaving()
{
    QSignalSpy submitted(m_form.get(), &ApplicationForm::submitRequested);
    fillValid();
    auto *idEdit = m_form->findChild<QLineEdit *>(u"taxpayerIdEdit"_s);
    auto *idMessage = m_form->findChild<QLabel *>(u"taxpayerIdMessage"_s);
    idEdit->setFocus();
    idEdit->selectAll();
    type(u"921029350852"_s); // the check digit should be 1
    const auto parsed = dsn::TaxpayerId::parse(u"921029350852");
    QCOMPARE(parsed.error, dsn::TaxpayerIdError::CheckDigitMismatch);
    QCOMPARE(idMessage->text(), parsed.message);

    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(focused(), idEdit);
    QVERIFY(!m_form->problems().isEmpty());
    QCOMPARE(m_form->problems().constFirst().field, u"taxpayer_id"_s);

    // Corrected, it goes through.
    idEdit->selectAll();
    type(u"921029350851"_s);
    QCOMPARE(idMessage->text(), dsn::TaxpayerId::parse(u"921029350851").id->summary());
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
}

void TestApplicationForm::historicalUnitsAreNotOffered()
{
    const auto &reference = dsn::ReferenceData::embedded();
    auto *combo = m_form->findChild<QComboBox *>(u"atuCombo"_s);
    QSet<int> offered;
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i).isValid())
            offered.insert(combo->itemData(i).toInt());
    int current = 0;
    for (const dsn::TerritorialUnit &unit : reference.territorialUnits()) {
        QCOMPARE(offered.contains(unit.code), !unit.historical);
        current += unit.historical ? 0 : 1;
    }
    QCOMPARE(offered.size(), current);

    // Typing the code of a historical unit (019, Еңбекшілдер ауданы) does not select it.
    combo->setFocus(Qt::TabFocusReason);
    combo->lineEdit()->selectAll();
    type(u"019"_s);
    QCOMPARE(m_form->application().atu, 0);
    // ... and the form says why: the unit no longer exists.
    bool said = false;
    for (const dsn::ValidationProblem &p : m_form->problems())
        said = said
            || (p.field == dsn::field::kAtu && p.message.contains(u"019"_s)
                && p.message.contains(u"no longer exists"_s));
    QVERIFY(said);
    combo->lineEdit()->selectAll();
    type(u"001"_s);
    QCOMPARE(m_form->application().atu, 1);

    // The type-ahead list offers no historical unit either.
    QAbstractItemModel *search = combo->completer()->model();
    for (int row = 0; row < search->rowCount(); ++row) {
        const int code = search->index(row, 0).data(Qt::UserRole).toInt();
        QVERIFY2(!reference.territorialUnit(code)->historical, qPrintable(QString::number(code)));
    }
}

void TestApplicationForm::choicesInTheLanguagesAlphabet_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << u"kk"_s;
    QTest::newRow("ru") << u"ru"_s;
}

// Departments and the units of the type-ahead list in the order of the language's alphabet.
void TestApplicationForm::choicesInTheLanguagesAlphabet()
{
    QFETCH(QString, language);
    const dsn::Language lang = *dsn::languageFromCode(language);
    dsn::gui::applyUiLanguage(lang);
    QCoreApplication::processEvents();
    auto *departments = m_form->findChild<QComboBox *>(u"departmentCombo"_s);
    QStringList shown;
    for (int i = 1; i < departments->count(); ++i)
        shown << departments->itemText(i);
    QVERIFY(shown.size() > 5);
    QStringList sorted = shown;
    dsn::sortNames(sorted, lang);
    QCOMPARE(shown, sorted);
    // In Kazakh Ақмола comes before Алматы (Қ follows К, before Л); by code points it would
    // come after every name of plain Cyrillic letters.
    if (lang == dsn::Language::Kazakh) {
        const auto at = [&](const QString &start) {
            return std::find_if(shown.cbegin(), shown.cend(), [&](const QString &s) {
                return s.startsWith(start);
            }) - shown.cbegin();
        };
        QVERIFY(at(u"Ақмола"_s) < at(u"Алматы"_s));
        QVERIFY(at(u"Алматы"_s) < shown.size());
    }
    dsn::gui::applyUiLanguage(dsn::Language::English);
}

void TestApplicationForm::rowsAddedAndRemovedFromKeyboard()
{
    auto *table = m_form->findChild<QTableWidget *>(u"productsTable"_s);
    QCOMPARE(table->rowCount(), 1);
    table->setFocus();
    press(Qt::Key_Insert);
    press(Qt::Key_Insert);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->currentRow(), 2);
    press(Qt::Key_2);
    QCOMPARE(table->item(2, 0)->data(Qt::UserRole).toInt(), 2);
    press(Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(table->rowCount(), 2);
    press(Qt::Key_Delete, Qt::ControlModifier);
    press(Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(table->rowCount(), 1); // one empty row always stays for typing
}

void TestApplicationForm::warningsDoNotBlock()
{
    QStringList seenIds;
    m_form->setWarningProvider([&seenIds](const dsn::Application &a) {
        seenIds.append(a.taxpayerId);
        return QStringList { u"The subject already has an open case."_s };
    });
    QSignalSpy submitted(m_form.get(), &ApplicationForm::submitRequested);
    fillValid();
    QVERIFY(!seenIds.isEmpty());
    QCOMPARE(m_form->warnings(), QStringList { u"The subject already has an open case."_s });
    QVERIFY(m_form->findChild<QLabel *>(u"warningsLabel"_s)->isVisible());
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
}

void TestApplicationForm::clearedFormShowsNoErrors()
{
    // Leave a wrong number behind, with the focus still in the field, then start over.
    QTest::keyClick(focused(), Qt::Key_Tab);
    auto *idEdit = m_form->findChild<QLineEdit *>(u"taxpayerIdEdit"_s);
    idEdit->setFocus();
    type(u"123"_s);
    m_form->trySubmit();
    m_form->clear();
    QCOMPARE(focused()->objectName(), u"queueTicketEdit"_s);
    QVERIFY(!m_form->problems().isEmpty()); // an empty form is not valid...
    for (QLabel *label : m_form->findChildren<QLabel *>()) {
        // ...but says nothing about fields nobody has visited yet.
        if (label->objectName().endsWith(u"Message"_s))
            QVERIFY2(label->text().isEmpty(), qPrintable(label->objectName() + u": "_s + label->text()));
    }
    QVERIFY(m_form->findChild<QLabel *>(u"summaryLabel"_s)->text().isEmpty());

    // Focusing the form as a whole puts the operator at its first field.
    m_form->findChild<QLineEdit *>(u"headNameEdit"_s)->setFocus();
    m_form->setFocus();
    QCOMPARE(focused()->objectName(), u"queueTicketEdit"_s);
}

QTEST_MAIN(TestApplicationForm)
#include "test_applicationform.moc"
