#pragma once

#include "cases/application.h"
#include "rules/intakewarnings.h"
#include "session/actor.h"

#include <QWidget>

#include <chrono>

class QLabel;
class QTabWidget;

namespace dsn {
class CaseStore;
class Database;
class ReferenceData;
} // namespace dsn

namespace dsn::gui {

class ApplicationForm;
class CaseListWidget;

// The counter desk, one page of the main window: the work of the State Corporation's counter
// as tabs, the Appendix 1 form ("New application") with the line that tells which case was
// saved last, and the case list. Until a review desk of its own exists, a reviewer reads the
// case list here. The desk shows what it is asked to; who may ask is the window's business.
class CounterDesk : public QWidget
{
    Q_OBJECT

public:
    CounterDesk(
        Database &database, CaseStore &cases, const ReferenceData &reference, QWidget *parent = nullptr);
    ~CounterDesk() override;

    ApplicationForm *applicationForm() const { return m_form; }
    // The case list, when it is open.
    CaseListWidget *caseList() const;
    // Nothing is open on the desk (no tab): the window shows its welcome page instead.
    bool isEmpty() const;
    // The case last opened in the list, offered for a receipt reprint.
    QString lastCase() const { return m_lastCase; }

    // Applications taken in longer ago than this and not yet delivered are warned about at
    // intake (default kDefaultUnsentWarningLimit, 24 hours).
    void setUnsentWarningLimit(std::chrono::seconds limit);

    // The form's tab, first and current. The caller gives the form the focus once the desk shows.
    void openApplicationForm();
    // The case list's tab (opened for the actor on first use), current.
    void openCases(const Actor &actor);
    // A case was saved from the form: the form empties for the next applicant, the line above
    // it names the case, and the list (when open) shows it.
    void showSaved(const QString &caseNumber);
    // The form and the line above it empty, for a new session.
    void clearForm();
    // Nothing of a user's work stays: the tabs close, the list goes, the form is empty.
    void reset();

signals:
    // The form holds a valid application the operator wants to save.
    void submitRequested(const dsn::Application &application);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSavedText();
    QStringList intakeWarnings(const Application &application) const;

    Database &m_database;
    CaseStore &m_cases;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_formPage = nullptr;
    QLabel *m_savedLabel = nullptr;
    ApplicationForm *m_form = nullptr;
    QWidget *m_casesPage = nullptr;
    QString m_lastCase;
    QString m_savedCase; // the case saved last from the form, until the form is cleared
    std::chrono::seconds m_unsentWarningLimit { kDefaultUnsentWarningLimit };
};

} // namespace dsn::gui
