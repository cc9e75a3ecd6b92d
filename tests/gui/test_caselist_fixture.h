#pragma once

// The store, the cases and the widget that the case list's tests share.

#include "cases/caselistmodel.h"
#include "cases/caselistwidget.h"
#include "cases/casestore.h"

#include "../core/cases/casetestsupport.h"

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

inline Actor operatorActor()
{
    return Actor { 7, u"aliya"_s, Role::Operator, u"SC-AST-01"_s };
}

inline Actor reviewerActor()
{
    return Actor { 8, u"berik"_s, Role::Reviewer, u"DGD-11"_s };
}

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// QTest::keyClicks takes Latin-1 only; Kazakh and Russian letters go in as key events with text.
inline void type(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(focused(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

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

// A temporary store whose clock is `now`, with an operator (7, aliya) and a reviewer (8, berik).
class Fixture
{
public:
    bool open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        // Tuesday 4 March 2025, 11:00 in Astana.
        m_now = QDateTime(QDate(2025, 3, 4), QTime(6, 0), QTimeZone::utc());
        dsn::Database::Options options;
        options.clock = [this] {
            return m_now;
        };
        m_db = casetest::openStore(m_dir->filePath(u"store.sqlite"_s), options);
        if (!m_db || !casetest::setSetting(*m_db, u"workstation.office"_s, u"SC-AST-01"_s)
            || !casetest::addUser(*m_db, 7, u"aliya"_s, u"operator"_s)
            || !casetest::addUser(*m_db, 8, u"berik"_s, u"reviewer"_s))
            return false;
        m_store = std::make_unique<dsn::CaseStore>(*m_db);
        m_iins.clear();
        return true;
    }

    void close()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Takes n cases in, one minute apart, the last one a minute before now; returns their numbers.
    QStringList addCases(int n)
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
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<dsn::Database> m_db;
    std::unique_ptr<dsn::CaseStore> m_store;
    QDateTime m_now;
    QStringList m_iins;
};

} // namespace caselisttest
