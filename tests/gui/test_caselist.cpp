#include "cases/casedetaildialog.h"
#include "cases/caselistmodel.h"
#include "cases/caselistwidget.h"
#include "cases/casestore.h"
#include "documents/kazakhstantime.h"
#include "store/audittrail.h"

#include "../core/cases/casetestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::Actor;
using dsn::CaseStatus;
using dsn::Role;
using dsn::gui::CaseDetailDialog;
using dsn::gui::CaseListModel;
using dsn::gui::CaseListWidget;

namespace {

Actor operatorActor()
{
    return Actor{7, u"aliya"_s, Role::Operator, u"SC-AST-01"_s};
}

Actor reviewerActor()
{
    return Actor{8, u"berik"_s, Role::Reviewer, u"DGD-11"_s};
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// QTest::keyClicks takes Latin-1 only; Kazakh and Russian letters go in as key events with text.
void type(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(focused(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Three kinds of taxpayer name, so that a word of one kind finds exactly a third of the cases.
QString taxpayerName(int i)
{
    switch (i % 3) {
    case 0: return u"ТОО «Көкшетау Мұнай %1»"_s.arg(i);
    case 1: return u"ИП Әлібеков Нұрлан %1"_s.arg(i);
    default: return u"АО «Petro Trade %1»"_s.arg(i);
    }
}

QStringList allCaseNumbers(const CaseListModel &model)
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(model.caseNumber(row));
    return numbers;
}

} // namespace

class TestCaseList : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsOnePageAtATime();
    void searchByKazakhNameAndIinPrefix();
    void typingSearchesAfterAPause();
    void statusFilter();
    void deadlineColours();
    void openingFromKeyboardIsAudited();
    void clearForSignOutDropsEverything();
    void screenshot();

private:
    // Takes n cases in, one minute apart, the last one a minute before now; returns their numbers.
    QStringList addCases(int n);
    std::unique_ptr<CaseListWidget> makeWidget();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<dsn::Database> m_db;
    std::unique_ptr<dsn::CaseStore> m_store;
    QDateTime m_now;
    QStringList m_iins;
};

void TestCaseList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Tuesday 4 March 2025, 11:00 in Astana.
    m_now = QDateTime(QDate(2025, 3, 4), QTime(6, 0), QTimeZone::utc());
    dsn::Database::Options options;
    options.clock = [this] { return m_now; };
    m_db = casetest::openStore(m_dir->filePath(u"store.sqlite"_s), options);
    QVERIFY(m_db);
    QVERIFY(casetest::setSetting(*m_db, u"workstation.office"_s, u"SC-AST-01"_s));
    QVERIFY(casetest::addUser(*m_db, 7, u"aliya"_s, u"operator"_s));
    QVERIFY(casetest::addUser(*m_db, 8, u"berik"_s, u"reviewer"_s));
    m_store = std::make_unique<dsn::CaseStore>(*m_db);
    m_iins.clear();
}

void TestCaseList::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestCaseList::addCases(int n)
{
    QStringList numbers;
    for (int i = 0; i < n; ++i) {
        const QString iin = casetest::validIin(i * 37);
        m_iins.append(iin);
        const auto a = casetest::application(taxpayerName(i), iin, m_now.addSecs(-60 * (n - i)));
        auto number = m_store->intake(a, operatorActor());
        if (!number) {
            qWarning() << number.error().message << number.error().detail;
            return {};
        }
        numbers.append(*number);
    }
    return numbers;
}

std::unique_ptr<CaseListWidget> TestCaseList::makeWidget()
{
    auto widget = std::make_unique<CaseListWidget>(*m_store, operatorActor());
    widget->setClock([this] { return m_now; });
    widget->resize(1100, 500);
    widget->show();
    widget->activateWindow();
    if (!QTest::qWaitForWindowActive(widget.get()))
        return nullptr;
    return widget;
}

void TestCaseList::loadsOnePageAtATime()
{
    const QStringList numbers = addCases(250);
    QCOMPARE(numbers.size(), 250);
    CaseListModel model(*m_store);
    QCOMPARE(model.rowCount(), CaseListModel::kDefaultPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * CaseListModel::kDefaultPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);

    const QStringList listed = allCaseNumbers(model);
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), 250); // none twice
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), QSet<QString>(numbers.cbegin(), numbers.cend()));
    // Newest receipt first: the reverse of the order of intake.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.summary(row - 1).receivedAt >= model.summary(row).receivedAt);
    QCOMPARE(listed.constFirst(), numbers.constLast());
}

void TestCaseList::searchByKazakhNameAndIinPrefix()
{
    QCOMPARE(addCases(30).size(), 30);
    auto widget = makeWidget();
    QVERIFY(widget);
    CaseListModel *model = widget->model();
    QCOMPARE(model->rowCount(), 30);

    QTest::keyClick(widget.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(focused());
    QCOMPARE(focused()->objectName(), u"searchEdit"_s);
    type(u"көкше"_s); // lower case, a word's beginning
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 10);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->summary(row).taxpayerName.startsWith(u"ТОО «Көкшетау"_s));

    // An IIN prefix: every case whose IIN starts with it, and no other.
    const QString prefix = m_iins.at(7).left(8);
    const auto expected = std::count_if(m_iins.cbegin(), m_iins.cend(), [&](const QString &iin) {
        return iin.startsWith(prefix);
    });
    QVERIFY(expected >= 1 && expected < 30);
    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier); // selects the old text
    type(prefix);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), int(expected));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->summary(row).taxpayerId.startsWith(prefix));
}

void TestCaseList::typingSearchesAfterAPause()
{
    QCOMPARE(addCases(9).size(), 9);
    auto widget = makeWidget();
    QVERIFY(widget);
    CaseListModel *model = widget->model();
    widget->findChild<QLineEdit *>(u"searchEdit"_s)->setFocus();
    type(u"Petro"_s);
    // Nothing is searched key by key; the search runs once typing pauses.
    QCOMPARE(model->rowCount(), 9);
    QVERIFY(model->query().text.isEmpty());
    QTRY_COMPARE(model->query().text, u"Petro"_s);
    QCOMPARE(model->rowCount(), 3);
}

void TestCaseList::statusFilter()
{
    const QStringList numbers = addCases(12);
    QCOMPARE(numbers.size(), 12);
    QSet<QString> sent;
    for (int i = 0; i < 12; i += 4) {
        QVERIFY(m_store->changeStatus(numbers.at(i), CaseStatus::Sent, operatorActor()));
        sent.insert(numbers.at(i));
    }
    auto widget = makeWidget();
    QVERIFY(widget);
    CaseListModel *model = widget->model();
    auto *combo = widget->findChild<QComboBox *>(u"statusCombo"_s);
    combo->setCurrentIndex(combo->findData(dsn::statusKey(CaseStatus::Sent)));
    QCOMPARE(model->rowCount(), sent.size());
    const QStringList listed = allCaseNumbers(*model);
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), sent);

    combo->setCurrentIndex(combo->findData(dsn::statusKey(CaseStatus::Accepted)));
    QCOMPARE(model->rowCount(), 12 - int(sent.size()));
    combo->setCurrentIndex(0); // any status
    QCOMPARE(model->rowCount(), 12);
}

void TestCaseList::deadlineColours()
{
    const QStringList numbers = addCases(3);
    QCOMPARE(numbers.size(), 3);
    // One case decided: its term no longer runs, so it is never shown overdue.
    const QString decided = numbers.at(0);
    QVERIFY(m_store->changeStatus(decided, CaseStatus::Sent, operatorActor()));
    QVERIFY(m_store->changeStatus(decided, CaseStatus::Registered, reviewerActor()));
    QVERIFY(m_store->changeStatus(decided, CaseStatus::InReview, reviewerActor()));
    QVERIFY(m_store->changeStatus(decided, CaseStatus::Refused, reviewerActor(), u"test"_s));

    auto widget = makeWidget();
    QVERIFY(widget);
    CaseListModel *model = widget->model();
    QCOMPARE(model->rowCount(), 3);
    const QDateTime due = model->summary(0).dueAt;
    QVERIFY(due.isValid());
    const auto dueCell = [&](int row) { return model->index(row, CaseListModel::DueColumn); };
    const auto state = [&](int row) {
        return CaseListModel::DeadlineState(dueCell(row).data(CaseListModel::DeadlineStateRole).toInt());
    };
    const auto rowOf = [&](const QString &number) { return int(allCaseNumbers(*model).indexOf(number)); };

    // Today the term runs: no colour.
    QVERIFY(dsn::kazakhstanTime(m_now).date() < dsn::kazakhstanTime(due).date());
    QCOMPARE(state(rowOf(numbers.at(1))), CaseListModel::DeadlineState::Running);
    QVERIFY(!dueCell(rowOf(numbers.at(1))).data(Qt::BackgroundRole).isValid());

    // The last day of the term, before its end: amber.
    const QDateTime lastDay = dsn::kazakhstanTime(due);
    m_now = QDateTime(lastDay.date(), QTime(0, 1), lastDay.timeZone()).toUTC();
    QVERIFY(m_now < due);
    widget->refresh();
    QCOMPARE(state(rowOf(numbers.at(1))), CaseListModel::DeadlineState::DueToday);
    QCOMPARE(dueCell(rowOf(numbers.at(1))).data(Qt::BackgroundRole).value<QColor>(), CaseListModel::dueTodayColor());
    QCOMPARE(state(rowOf(decided)), CaseListModel::DeadlineState::Stopped);

    // A week after the end: red, but not for the decided case.
    m_now = due.addDays(7);
    widget->refresh();
    for (const QString &number : {numbers.at(1), numbers.at(2)}) {
        QCOMPARE(state(rowOf(number)), CaseListModel::DeadlineState::Overdue);
        QCOMPARE(dueCell(rowOf(number)).data(Qt::BackgroundRole).value<QColor>(), CaseListModel::overdueColor());
    }
    QCOMPARE(state(rowOf(decided)), CaseListModel::DeadlineState::Stopped);
    QVERIFY(!dueCell(rowOf(decided)).data(Qt::BackgroundRole).isValid());

    // "Overdue only" leaves the two.
    widget->findChild<QCheckBox *>(u"overdueCheck"_s)->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(rowOf(decided), -1);
}

void TestCaseList::openingFromKeyboardIsAudited()
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
    QCOMPARE(entries->constFirst().actorName, u"aliya"_s);

    auto *dialog = widget->findChild<CaseDetailDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->record().caseNumber, expected);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"linesTable"_s)->rowCount(), 1);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"historyTable"_s)->rowCount(), 1);
    QCOMPARE(dialog->findChild<QLabel *>(u"taxpayerNameValue"_s)->text(), taxpayerName(2));
}

void TestCaseList::clearForSignOutDropsEverything()
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

void TestCaseList::screenshot()
{
    const QStringList numbers = addCases(6);
    QCOMPARE(numbers.size(), 6);
    QVERIFY(m_store->changeStatus(numbers.at(0), CaseStatus::Sent, operatorActor()));
    QVERIFY(m_store->changeStatus(numbers.at(0), CaseStatus::Registered, reviewerActor()));
    QVERIFY(m_store->changeStatus(numbers.at(0), CaseStatus::InReview, reviewerActor()));
    QVERIFY(m_store->changeStatus(numbers.at(0), CaseStatus::Refused, reviewerActor(), u"не соответствует"_s));
    QVERIFY(m_store->recordPrint(numbers.at(3), u"receipt"_s, dsn::Language::Kazakh, u"abc"_s, operatorActor()));
    // Received later, so due later: some cases run, some are due today, some overdue.
    m_now = m_now.addDays(5);
    for (int i = 0; i < 2; ++i) {
        auto a = casetest::application(taxpayerName(i + 10), casetest::validIin(900 + i), m_now.addSecs(-60));
        QVERIFY(m_store->intake(a, operatorActor()));
    }
    auto widget = makeWidget();
    QVERIFY(widget);
    // Two hours before the newest cases' term ends: they are due today, the older ones overdue.
    m_now = widget->model()->summary(0).dueAt.addSecs(-2 * 3600);
    widget->refresh();
    QCOMPARE(widget->model()->summary(0).dueAt.date(), m_now.date());
    const QString dir = qEnvironmentVariable("DSN_TEST_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("DSN_TEST_SCREENSHOT_DIR is not set");
    QVERIFY(widget->grab().save(dir + u"/case-list.png"_s));
    widget->openCase(numbers.at(0));
    auto *dialog = widget->findChild<CaseDetailDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->grab().save(dir + u"/case-detail.png"_s));
    dialog->findChild<QTabWidget *>(u"tabs"_s)->setCurrentIndex(2);
    QVERIFY(dialog->grab().save(dir + u"/case-history.png"_s));
}

QTEST_MAIN(TestCaseList)
#include "test_caselist.moc"
