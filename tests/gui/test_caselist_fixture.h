#pragma once

// The store, the cases and the widget that the case list's tests share: the store fixture (see
// storefixture.h) with a clock the tests move.

#include "cases/caselistmodel.h"
#include "cases/caselistwidget.h"
#include "cases/casestore.h"

#include "casesamples.h"
#include "keyboard.h"
#include "storefixture.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace caselisttest {

using namespace Qt::Literals::StringLiterals;
using dsn::Actor;
using dsn::Role;
using dsn::gui::CaseListModel;
using dsn::gui::CaseListWidget;
using dsntest::focused;
using dsntest::type;

// Three kinds of taxpayer name, so that a word of one kind finds exactly a third of the cases.
inline QString taxpayerName(int i)
{
    switch (i % 3) {
    case 0:
        return u"ТОО «Көкшетау Мұнай %1»"_s.arg(i);
    case 1:
        return u"ИП Әлібеков Нұрлан %1"_s.arg(i);
    default:
        return u"АО «Petro Trade %1»"_s.arg(i);
    }
}

inline QStringList allCaseNumbers(const CaseListModel &model)
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(model.caseNumber(row));
    return numbers;
}

// A temporary store whose clock is m_now, with a user of each role.
class Fixture
{
public:
    bool open()
    {
        // Tuesday 4 March 2025, 11:00 in Astana.
        m_now = QDateTime(QDate(2025, 3, 4), QTime(6, 0), QTimeZone::utc());
        dsntest::StoreOptions options;
        options.database.clock = [this] {
            return m_now;
        };
        m_fixture = std::make_unique<dsntest::StoreFixture>();
        if (!m_fixture->open(options))
            return false;
        m_db = m_fixture->database.get();
        m_store = m_fixture->cases.get();
        m_iins.clear();
        return true;
    }

    void close()
    {
        m_store = nullptr;
        m_db = nullptr;
        m_fixture.reset();
    }

    Actor operatorActor() const { return m_fixture->operatorActor(); }
    Actor reviewerActor() const { return m_fixture->reviewerActor(); }

    // Takes n cases in, one minute apart, the last one a minute before now; returns their numbers.
    QStringList addCases(int n)
    {
        QStringList numbers;
        for (int i = 0; i < n; ++i) {
            const QString iin = dsntest::validIin(i * 37);
            m_iins.append(iin);
            const auto a = dsntest::application(taxpayerName(i), iin, m_now.addSecs(-60 * (n - i)));
            auto number = m_store->intake(a, operatorActor());
            if (!number) {
                qWarning() << number.error().message << number.error().detail;
                return {};
            }
            numbers.append(*number);
        }
        return numbers;
    }

    // The widget shown and active, with the store's clock; null when the window does not come up.
    std::unique_ptr<CaseListWidget> makeWidget()
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

    // The details of the case_search entries of the audit trail, oldest first, each with the
    // entry's actor name as "actor".
    QList<QJsonObject> searchAudits() const
    {
        QList<QJsonObject> entries;
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"SELECT actor_name, details FROM audit_log WHERE event = 'case_search' ORDER BY id"_s))
            return entries;
        while (q.next()) {
            QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            o.insert(u"actor"_s, q.value(0).toString());
            entries.append(o);
        }
        return entries;
    }

protected:
    std::unique_ptr<dsntest::StoreFixture> m_fixture;
    dsn::Database *m_db = nullptr;
    dsn::CaseStore *m_store = nullptr;
    QDateTime m_now;
    QStringList m_iins;
};

} // namespace caselisttest
