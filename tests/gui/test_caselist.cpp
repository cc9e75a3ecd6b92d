#include "test_caselist_fixture.h"

#include "base/kazakhstantime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLineEdit>

#include <algorithm>

// The case list model and its filters: pages by keyset, full-text search, status, dates, deadlines.

using namespace caselisttest;
using dsn::CaseStatus;

class TestCaseList : public QObject, private Fixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }
    void loadsOnePageAtATime();
    void searchByKazakhNameAndIinPrefix();
    void typingSearchesAfterAPause();
    void statusFilter();
    void receivedDatesAreKazakhstanDays();
    void deadlineColours();
};

void TestCaseList::loadsOnePageAtATime()
{
    const QStringList numbers = addCases(250);
    QCOMPARE(numbers.size(), 250);
    CaseListModel model(*m_store, operatorActor());
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

    // Each page shown is in the audit trail: who, the (empty) query, the rows of the page and so far.
    const QList<QJsonObject> audits = searchAudits();
    QCOMPARE(audits.size(), 3);
    const QList<int> rows = { 100, 100, 50 };
    for (int i = 0; i < 3; ++i) {
        const QJsonObject &a = audits.at(i);
        QCOMPARE(a.value(u"actor"_s).toString(), dsntest::kOperatorName);
        QCOMPARE(a.value(u"query"_s).toString(), QString());
        QCOMPARE(a.value(u"page"_s).toInt(), i + 1);
        QCOMPARE(a.value(u"rows"_s).toInt(), rows.at(i));
        QCOMPARE(a.value(u"rows_so_far"_s).toInt(), 100 * i + rows.at(i));
        QCOMPARE(a.value(u"more"_s).toBool(), i < 2);
        QCOMPARE(a.value(u"purpose"_s).toString(), u"case list"_s);
    }
    // Nothing of the rows themselves: no case number, IIN or name.
    const QString text = QString::fromUtf8(QJsonDocument(audits.constLast()).toJson());
    QVERIFY2(!text.contains(numbers.constFirst()) && !text.contains(m_iins.constFirst()), qPrintable(text));
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
    const auto expected = std::count_if(
        m_iins.cbegin(), m_iins.cend(), [&](const QString &iin) { return iin.startsWith(prefix); });
    QVERIFY(expected >= 1 && expected < 30);
    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier); // selects the old text
    type(prefix);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), int(expected));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->summary(row).taxpayerId.startsWith(prefix));

    // Both searches are in the audit trail with the words typed and the rows shown.
    const QList<QJsonObject> audits = searchAudits();
    const auto byName = std::find_if(audits.cbegin(), audits.cend(),
        [](const QJsonObject &o) { return o.value(u"query"_s).toString() == u"көкше"_s; });
    QVERIFY(byName != audits.cend());
    QCOMPARE(byName->value(u"rows"_s).toInt(), 10);
    QCOMPARE(byName->value(u"actor"_s).toString(), dsntest::kOperatorName);
    const QJsonObject &byId = audits.constLast();
    QCOMPARE(byId.value(u"query"_s).toString(), prefix);
    QCOMPARE(byId.value(u"rows"_s).toInt(), int(expected));
    QCOMPARE(byId.value(u"page"_s).toInt(), 1);
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
    // The filter is in the audit entry of the list it gave.
    const QJsonObject audit = searchAudits().constLast();
    QCOMPARE(audit.value(u"filters"_s).toObject().value(u"statuses"_s).toArray(),
        QJsonArray { dsn::statusKey(CaseStatus::Sent) });
    QCOMPARE(audit.value(u"rows"_s).toInt(), int(sent.size()));
    const QStringList listed = allCaseNumbers(*model);
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), sent);

    combo->setCurrentIndex(combo->findData(dsn::statusKey(CaseStatus::Accepted)));
    QCOMPARE(model->rowCount(), 12 - int(sent.size()));
    combo->setCurrentIndex(0); // any status
    QCOMPARE(model->rowCount(), 12);
}

void TestCaseList::receivedDatesAreKazakhstanDays()
{
    // Kazakhstan is UTC+5: 18:50 UTC on 1 March is 23:50 on 1 March there, 19:10 UTC is 00:10 on 2 March.
    const QList<QDateTime> received = {
        QDateTime(QDate(2025, 3, 1), QTime(18, 50), QTimeZone::utc()),
        QDateTime(QDate(2025, 3, 1), QTime(19, 10), QTimeZone::utc()),
        QDateTime(QDate(2025, 3, 2), QTime(18, 50), QTimeZone::utc()),
        QDateTime(QDate(2025, 3, 3), QTime(5, 0), QTimeZone::utc()),
    };
    QStringList numbers;
    for (int i = 0; i < received.size(); ++i) {
        auto number = m_store->intake(
            dsntest::application(taxpayerName(i), dsntest::validIin(i), received.at(i)), operatorActor());
        QVERIFY(number);
        numbers.append(*number);
    }
    auto widget = makeWidget();
    QVERIFY(widget);
    CaseListModel *model = widget->model();
    auto *from = widget->findChild<QDateEdit *>(u"receivedFromEdit"_s);
    auto *to = widget->findChild<QDateEdit *>(u"receivedToEdit"_s);
    const auto listed = [&] {
        const QStringList l = allCaseNumbers(*model);
        return QSet<QString>(l.cbegin(), l.cend());
    };
    QCOMPARE(model->rowCount(), 4);

    // 2 March only: the cases received from 00:10 on 2 March to 23:50 on 2 March.
    from->setDate(QDate(2025, 3, 2));
    to->setDate(QDate(2025, 3, 2));
    QTRY_COMPARE(model->query().receivedBefore.isValid(), true); // after the typing pause
    QCOMPARE(listed(), (QSet<QString> { numbers.at(1), numbers.at(2) }));

    // From 2 March on, no upper bound.
    to->setDate(to->minimumDate());
    widget->refresh();
    QCOMPARE(listed(), (QSet<QString> { numbers.at(1), numbers.at(2), numbers.at(3) }));
    QCOMPARE(to->text(), widget->tr("any"));

    // Up to 1 March: the case of 23:50 on 1 March only.
    from->setDate(from->minimumDate());
    to->setDate(QDate(2025, 3, 1));
    widget->refresh();
    QCOMPARE(listed(), QSet<QString> { numbers.at(0) });
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
    const auto dueCell = [&](int row) {
        return model->index(row, CaseListModel::DueColumn);
    };
    const auto state = [&](int row) {
        return CaseListModel::DeadlineState(dueCell(row).data(CaseListModel::DeadlineStateRole).toInt());
    };
    const auto rowOf = [&](const QString &number) {
        return int(allCaseNumbers(*model).indexOf(number));
    };

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
    QCOMPARE(dueCell(rowOf(numbers.at(1))).data(Qt::BackgroundRole).value<QColor>(),
        CaseListModel::dueTodayColor());
    QCOMPARE(state(rowOf(decided)), CaseListModel::DeadlineState::Stopped);

    // A week after the end: red, but not for the decided case.
    m_now = due.addDays(7);
    widget->refresh();
    for (const QString &number : { numbers.at(1), numbers.at(2) }) {
        QCOMPARE(state(rowOf(number)), CaseListModel::DeadlineState::Overdue);
        QCOMPARE(
            dueCell(rowOf(number)).data(Qt::BackgroundRole).value<QColor>(), CaseListModel::overdueColor());
    }
    QCOMPARE(state(rowOf(decided)), CaseListModel::DeadlineState::Stopped);
    QVERIFY(!dueCell(rowOf(decided)).data(Qt::BackgroundRole).isValid());

    // "Overdue only" leaves the two.
    widget->findChild<QCheckBox *>(u"overdueCheck"_s)->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(rowOf(decided), -1);
}

QTEST_MAIN(TestCaseList)
#include "test_caselist.moc"
