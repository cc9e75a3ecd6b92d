#include "test_caselist_fixture.h"

#include "cases/casedetaildialog.h"
#include "store/audittrail.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

// The case list widget: scrolling, opening a case (audited), sign-out, and the case view.

using namespace caselisttest;
using dsn::CaseStatus;
using dsn::gui::CaseDetailDialog;

class TestCaseListWidget : public QObject, private Fixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }
    void scrollingLoadsTheNextPage();
    void openingFromKeyboardIsAudited();
    void unknownCaseShowsWhyAndEmitsNothing();
    void clearForSignOutDropsEverything();
    void dueHeaderListsEarliestTermFirst();
    void caseViewShowsGroupedCodes();
    void caseViewNamesPeopleByFullName();
    void screenshot();
};

void TestCaseListWidget::scrollingLoadsTheNextPage()
{
    QCOMPARE(addCases(150).size(), 150);
    auto widget = makeWidget();
    QVERIFY(widget);
    CaseListModel *model = widget->model();
    auto *count = widget->findChild<QLabel *>(u"countLabel"_s);
    QCOMPARE(model->rowCount(), CaseListModel::kDefaultPageSize); // the view asks for no more than it shows
    QCOMPARE(count->text(), widget->tr("%n shown, more load as you scroll", nullptr, 100));

    auto *table = widget->findChild<QTableView *>(u"caseTable"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); // to the last loaded row
    QCOMPARE(model->rowCount(), 150);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(count->text(), widget->tr("%n case(s)", nullptr, 150));

    // Double-clicking a row opens it as Enter does.
    QSignalSpy opened(widget.get(), &CaseListWidget::caseOpened);
    const QModelIndex last = model->index(model->rowCount() - 1, CaseListModel::TaxpayerColumn);
    table->scrollTo(last);
    const QPoint centre = table->visualRect(last).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), model->caseNumber(149));
}

void TestCaseListWidget::openingFromKeyboardIsAudited()
{
    const QStringList numbers = addCases(5);
    QCOMPARE(numbers.size(), 5);
    auto widget = makeWidget();
    QVERIFY(widget);
    QSignalSpy opened(widget.get(), &CaseListWidget::caseOpened);
    auto *table = widget->findChild<QTableView *>(u"caseTable"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    // Newest first: the third row is the third case from the end.
    const QString expected = numbers.at(2);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), expected);

    auto entries = dsn::AuditTrail::entries(m_db->connection(), 1);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().event, u"person_viewed"_s); // the subject is a person (IIN)
    QCOMPARE(entries->constFirst().objectId, expected);
    QCOMPARE(entries->constFirst().actorName, dsntest::kOperatorName);

    auto *dialog = widget->findChild<CaseDetailDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->record().caseNumber, expected);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"linesTable"_s)->rowCount(), 1);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"historyTable"_s)->rowCount(), 1);
    QCOMPARE(dialog->findChild<QLabel *>(u"taxpayerNameValue"_s)->text(), taxpayerName(2));
}

void TestCaseListWidget::unknownCaseShowsWhyAndEmitsNothing()
{
    QCOMPARE(addCases(1).size(), 1);
    auto widget = makeWidget();
    QVERIFY(widget);
    QSignalSpy opened(widget.get(), &CaseListWidget::caseOpened);
    const auto entriesBefore = dsn::AuditTrail::entries(m_db->connection(), 1000);
    QVERIFY(entriesBefore);
    widget->openCase(u"AST01-2025-999999"_s);
    QCOMPARE(opened.count(), 0);
    QVERIFY(!widget->findChild<CaseDetailDialog *>());
    auto *box = widget->findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(
        box->text().contains(u"AST01-2025-999999"_s) || box->windowTitle().contains(u"AST01-2025-999999"_s));
    const auto entriesAfter = dsn::AuditTrail::entries(m_db->connection(), 1000);
    QVERIFY(entriesAfter);
    QCOMPARE(entriesAfter->size(), entriesBefore->size()); // nothing was shown, nothing audited
}

void TestCaseListWidget::clearForSignOutDropsEverything()
{
    QCOMPARE(addCases(150).size(), 150);
    auto widget = makeWidget();
    QVERIFY(widget);
    CaseListModel *model = widget->model();
    auto *search = widget->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setFocus();
    type(u"ТОО"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 50);
    widget->openCase(model->caseNumber(0));
    QVERIFY(widget->findChild<CaseDetailDialog *>());

    widget->clearForSignOut();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
    QVERIFY(search->text().isEmpty());
    QVERIFY(!widget->findChild<CaseDetailDialog *>());
    QVERIFY(widget->findChild<QLabel *>(u"countLabel"_s)->text().isEmpty());

    widget->refresh();
    QCOMPARE(model->rowCount(), CaseListModel::kDefaultPageSize);
    QVERIFY(model->canFetchMore({}));
}

void TestCaseListWidget::dueHeaderListsEarliestTermFirst()
{
    // Taken in out of date order: Monday 3 March (due Tuesday 4), Thursday 27 February (due
    // Friday 28), Friday 28 February (due Monday 3 March), 2025, at 10:00 in Astana.
    const QTimeZone astana(5 * 3600);
    QStringList numbers;
    for (const QDate day : { QDate(2025, 3, 3), QDate(2025, 2, 27), QDate(2025, 2, 28) }) {
        auto number = m_store->intake(
            dsntest::application(taxpayerName(numbers.size()), dsntest::validIin(numbers.size() * 41),
                QDateTime(day, QTime(10, 0), astana)),
            operatorActor());
        QVERIFY(number);
        numbers.append(*number);
    }
    auto widget = makeWidget();
    QVERIFY(widget);
    CaseListModel *model = widget->model();
    QCOMPARE(allCaseNumbers(*model), (QStringList { numbers.at(0), numbers.at(2), numbers.at(1) }));

    auto *table = widget->findChild<QTableView *>(u"caseTable"_s);
    QHeaderView *header = table->horizontalHeader();
    auto clickHeader = [header](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                header->height() / 2));
    };
    clickHeader(CaseListModel::DueColumn);
    QCOMPARE(widget->currentQuery().order, dsn::CaseOrder::DueFirst);
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::DueColumn));
    QCOMPARE(allCaseNumbers(*model), (QStringList { numbers.at(1), numbers.at(2), numbers.at(0) }));

    // A column the store cannot order by keeps the order; Received goes back to newest first.
    clickHeader(CaseListModel::TaxpayerColumn);
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::DueColumn));
    QCOMPARE(allCaseNumbers(*model), (QStringList { numbers.at(1), numbers.at(2), numbers.at(0) }));
    clickHeader(CaseListModel::ReceivedColumn);
    QCOMPARE(allCaseNumbers(*model), (QStringList { numbers.at(0), numbers.at(2), numbers.at(1) }));

    // Signing out forgets the order with the rest.
    clickHeader(CaseListModel::DueColumn);
    widget->clearForSignOut();
    QCOMPARE(widget->currentQuery().order, dsn::CaseOrder::NewestFirst);
}

// The case view writes a DSN code as the clerk reads it aloud ("3 053 0001 1 001").
void TestCaseListWidget::caseViewShowsGroupedCodes()
{
    const QStringList numbers = addCases(1);
    QCOMPARE(numbers.size(), 1);
    QVERIFY(m_db->write([&](QSqlDatabase &c) {
        return dsn::sqlExec(c,
            u"UPDATE product_lines SET decision = 'issued', dsn_code = '305300011001' WHERE application_id ="
            u" (SELECT id FROM applications WHERE case_number = ?)"_s,
            { numbers.constFirst() });
    }));
    auto widget = makeWidget();
    QVERIFY(widget);
    widget->openCase(numbers.constFirst());
    auto *dialog = widget->findChild<CaseDetailDialog *>();
    QVERIFY(dialog);
    auto *lines = dialog->findChild<QTableWidget *>(u"linesTable"_s);
    QCOMPARE(lines->rowCount(), 1);
    QCOMPARE(lines->item(0, 5)->text(), u"3 053 0001 1 001"_s);
    delete dialog;
}

// The case view names the people by their full names, not by the user names they sign in with.
void TestCaseListWidget::caseViewNamesPeopleByFullName()
{
    const QStringList numbers = addCases(1);
    QCOMPARE(numbers.size(), 1);
    const QString number = numbers.constFirst();
    QVERIFY(m_store->recordPrint(number, u"receipt"_s, dsn::Language::Kazakh, u"abc"_s, operatorActor()));
    QVERIFY(m_store->changeStatus(number, CaseStatus::Sent, operatorActor()));
    const QString operatorFullName = m_fixture->user(dsntest::kOperatorName).fullName;
    QCOMPARE(operatorFullName, u"Сейітқали Әйгерім"_s);

    auto widget = makeWidget();
    QVERIFY(widget);
    widget->openCase(number);
    auto *dialog = widget->findChild<CaseDetailDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(u"receivedByValue"_s)->text(), operatorFullName);
    auto *documents = dialog->findChild<QTableWidget *>(u"documentsTable"_s);
    QCOMPARE(documents->rowCount(), 1);
    QCOMPARE(documents->item(0, 3)->text(), operatorFullName);
    auto *history = dialog->findChild<QTableWidget *>(u"historyTable"_s);
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->item(0, 3)->text(), operatorFullName);
    QCOMPARE(history->item(1, 3)->text(), operatorFullName);
    // The user name is nowhere in the view.
    for (QTableWidget *table : { documents, history }) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column)
                QVERIFY(!table->item(row, column)->text().contains(dsntest::kOperatorName));
        }
    }
    delete dialog;
}

void TestCaseListWidget::screenshot()
{
    const QStringList numbers = addCases(6);
    QCOMPARE(numbers.size(), 6);
    QVERIFY(m_store->changeStatus(numbers.at(0), CaseStatus::Sent, operatorActor()));
    QVERIFY(m_store->changeStatus(numbers.at(0), CaseStatus::Registered, reviewerActor()));
    QVERIFY(m_store->changeStatus(numbers.at(0), CaseStatus::InReview, reviewerActor()));
    QVERIFY(
        m_store->changeStatus(numbers.at(0), CaseStatus::Refused, reviewerActor(), u"не соответствует"_s));
    QVERIFY(
        m_store->recordPrint(numbers.at(3), u"receipt"_s, dsn::Language::Kazakh, u"abc"_s, operatorActor()));
    // Received later, so due later: some cases run, some are due today, some overdue.
    m_now = m_now.addDays(5);
    for (int i = 0; i < 2; ++i) {
        auto a = dsntest::application(taxpayerName(i + 10), dsntest::validIin(900 + i), m_now.addSecs(-60));
        QVERIFY(m_store->intake(a, operatorActor()));
    }
    auto widget = makeWidget();
    QVERIFY(widget);
    // Two hours before the newest cases' term ends: they are due today, the older ones overdue.
    m_now = widget->model()->summary(0).dueAt.addSecs(-2 * 3600);
    widget->refresh();
    QCOMPARE(widget->model()->summary(0).dueAt.date(), m_now.date());
    QCOMPARE(widget->model()->index(1, CaseListModel::DueColumn).data(Qt::BackgroundRole).value<QColor>(),
        CaseListModel::dueTodayColor());
    // DSN_TEST_SCREENSHOT_DIR keeps pictures of the list and of a case for a person to look at.
    const QString dir = qEnvironmentVariable("DSN_TEST_SCREENSHOT_DIR");
    const auto keep = [&](QWidget *w, const QString &name) {
        const QPixmap picture = w->grab();
        return !picture.isNull() && (dir.isEmpty() || picture.save(dir + u'/' + name));
    };
    QVERIFY(keep(widget.get(), u"case-list.png"_s));
    widget->openCase(numbers.at(0));
    auto *dialog = widget->findChild<CaseDetailDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"historyTable"_s)->rowCount(), 5);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"documentsTable"_s)->rowCount(), 0);
    QVERIFY(keep(dialog, u"case-detail.png"_s));
    dialog->findChild<QTabWidget *>(u"tabs"_s)->setCurrentIndex(2);
    QVERIFY(keep(dialog, u"case-history.png"_s));
    delete dialog; // closing would only schedule its deletion
    widget->openCase(numbers.at(3));
    dialog = widget->findChild<CaseDetailDialog *>();
    QVERIFY(dialog);
    const auto *documents = dialog->findChild<QTableWidget *>(u"documentsTable"_s);
    QCOMPARE(documents->rowCount(), 1);
    QCOMPARE(documents->item(0, 1)->text(), dialog->tr("Acceptance receipt"));
    QCOMPARE(documents->item(0, 4)->text(), dialog->tr("original"));
    dialog->findChild<QTabWidget *>(u"tabs"_s)->setCurrentIndex(3);
    QVERIFY(keep(dialog, u"case-documents.png"_s));
}

QTEST_MAIN(TestCaseListWidget)
#include "test_caselistwidget.moc"
