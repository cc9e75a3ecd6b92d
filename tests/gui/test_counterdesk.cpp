// The counter desk on its own: the form and the case list as tabs, what a saved case leaves on
// the desk, and the reset that leaves nothing of a user's work.

#include "shellfixture.h"

#include "cases/caselistmodel.h"
#include "cases/caselistwidget.h"
#include "desks/counterdesk.h"
#include "intake/applicationform.h"

#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;
using namespace shellfixture;
using dsn::gui::CounterDesk;

class TestCounterDesk : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opensTheFormFirstAndTheListBeside();
    void savedCaseShowsOnTheDesk();
    void resetLeavesNothing();

private:
    QTabWidget *tabs() const { return m_desk->findChild<QTabWidget *>(u"workTabs"_s); }
    QString savedText() const { return m_desk->findChild<QLabel *>(u"savedLabel"_s)->text(); }

    std::unique_ptr<Store> m_store;
    std::unique_ptr<CounterDesk> m_desk;
};

void TestCounterDesk::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    m_desk
        = std::make_unique<CounterDesk>(*m_store->database, *m_store->cases, dsn::ReferenceData::embedded());
    m_desk->show();
    m_desk->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_desk.get()));
}

void TestCounterDesk::cleanup()
{
    m_desk.reset();
    m_store.reset();
}

void TestCounterDesk::opensTheFormFirstAndTheListBeside()
{
    QVERIFY(m_desk->isEmpty());
    QVERIFY(!m_desk->caseList());
    const dsn::Actor actor = m_store->user(u"aigerim"_s).actor();
    m_desk->openCases(actor);
    QVERIFY(!m_desk->isEmpty());
    QVERIFY(m_desk->caseList());
    QCOMPARE(tabs()->currentWidget(), m_desk->caseList());

    m_desk->openApplicationForm();
    QCOMPARE(tabs()->count(), 2);
    QVERIFY(tabs()->currentWidget()->isAncestorOf(m_desk->applicationForm()));
    QCOMPARE(tabs()->indexOf(tabs()->currentWidget()), 0); // the form comes first
    QVERIFY(m_desk->applicationForm()->isVisible());

    // Asked again, the same tabs: nothing opens twice.
    QPointer<dsn::gui::CaseListWidget> list = m_desk->caseList();
    m_desk->openCases(actor);
    m_desk->openApplicationForm();
    QCOMPARE(tabs()->count(), 2);
    QCOMPARE(m_desk->caseList(), list.data());
}

void TestCounterDesk::savedCaseShowsOnTheDesk()
{
    m_desk->openApplicationForm();
    m_desk->openCases(m_store->user(u"aigerim"_s).actor());
    QCOMPARE(m_desk->caseList()->model()->rowCount(), 0);

    dsn::Application a;
    a.departmentCode = dsn::ReferenceData::embedded().departments().constFirst().code;
    a.receivedAt = QDateTime::currentDateTimeUtc();
    a.applicationDate = a.receivedAt.date();
    a.taxpayerName = u"ТОО «Мұнай Өнім»"_s;
    a.taxpayerId = u"940140000385"_s;
    a.subjectType = dsn::SubjectType::Producer;
    a.country = 3;
    a.atu = 53;
    a.headName = u"Серікбаев Ерлан Маратұлы"_s;
    a.products = { { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511-2013"_s } };
    const auto number = m_store->cases->intake(a, m_store->user(u"aigerim"_s).actor());
    QVERIFY(number);

    m_desk->applicationForm()->findChild<QLineEdit *>(u"taxpayerNameEdit"_s)->setText(u"ТОО Келесі"_s);
    m_desk->showSaved(*number);
    QVERIFY(savedText().contains(*number));
    QVERIFY(m_desk->applicationForm()->application().taxpayerName.isEmpty());
    QTRY_COMPARE(m_desk->caseList()->model()->rowCount(), 1);
    QCOMPARE(m_desk->caseList()->model()->caseNumber(0), *number);
}

void TestCounterDesk::resetLeavesNothing()
{
    m_desk->openApplicationForm();
    m_desk->openCases(m_store->user(u"aigerim"_s).actor());
    QPointer<dsn::gui::CaseListWidget> list = m_desk->caseList();
    m_desk->showSaved(u"AST01-0000001"_s);
    m_desk->applicationForm()->findChild<QLineEdit *>(u"taxpayerNameEdit"_s)->setText(u"ТОО Бір"_s);

    m_desk->reset();
    QVERIFY(m_desk->isEmpty());
    QVERIFY(!m_desk->caseList());
    QVERIFY(m_desk->lastCase().isEmpty());
    QVERIFY(savedText().isEmpty());
    QVERIFY(!m_desk->applicationForm()->isVisible());
    QVERIFY(m_desk->applicationForm()->application().taxpayerName.isEmpty());
    QTRY_VERIFY(list.isNull()); // the old list is gone, not only hidden

    // The form comes back, empty, on the next session.
    m_desk->openApplicationForm();
    QCOMPARE(tabs()->count(), 1);
    QVERIFY(m_desk->applicationForm()->isVisible());
}

QTEST_MAIN(TestCounterDesk)
#include "test_counterdesk.moc"
