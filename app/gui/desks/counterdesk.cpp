#include "desks/counterdesk.h"

#include "cases/caselistwidget.h"
#include "intake/applicationform.h"
#include "intake/intakefacts.h"
#include "store/database.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

CounterDesk::CounterDesk(
    Database &database, CaseStore &cases, const ReferenceData &reference, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_cases(cases)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"workTabs"_s);
    layout->addWidget(m_tabs);

    m_formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_formPage);
    m_savedLabel = new QLabel(m_formPage);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form = new ApplicationForm(reference, m_formPage);
    // The form's fields scroll inside it when the screen is shorter than the form (a counter's
    // is 768 pixels high); its warnings and its Save button stay in view below them.
    m_savedLabel->hide();
    formLayout->addWidget(m_savedLabel);
    formLayout->addWidget(m_form, 1);
    m_formPage->hide();
    m_form->setWarningProvider([this](const Application &a) { return intakeWarnings(a); });
    connect(m_form, &ApplicationForm::submitRequested, this, &CounterDesk::submitRequested);
}

CounterDesk::~CounterDesk() = default;

CaseListWidget *CounterDesk::caseList() const
{
    return qobject_cast<CaseListWidget *>(m_casesPage);
}

bool CounterDesk::isEmpty() const
{
    return m_tabs->count() == 0;
}

void CounterDesk::setUnsentWarningLimit(std::chrono::seconds limit)
{
    m_unsentWarningLimit = limit;
}

void CounterDesk::openApplicationForm()
{
    if (m_tabs->indexOf(m_formPage) < 0)
        m_tabs->insertTab(0, m_formPage, tr("New application"));
    m_tabs->setCurrentWidget(m_formPage);
}

void CounterDesk::openCases(const Actor &actor)
{
    if (!m_casesPage) {
        auto *list = new CaseListWidget(m_cases, actor);
        list->setObjectName(u"caseList"_s);
        m_casesPage = list;
        m_tabs->addTab(m_casesPage, tr("Cases"));
        connect(
            list, &CaseListWidget::caseOpened, this, [this](const QString &number) { m_lastCase = number; });
        list->refresh();
    }
    m_tabs->setCurrentWidget(m_casesPage);
}

void CounterDesk::showSaved(const QString &caseNumber)
{
    m_form->clear();
    m_savedCase = caseNumber;
    showSavedText();
    // The case list shows the new case at once, when it is open.
    if (CaseListWidget *list = caseList())
        list->refresh();
}

void CounterDesk::reset()
{
    // Tabs hold the user's work; the form stays (empty), the rest goes.
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (page != m_formPage)
            page->deleteLater();
    }
    m_formPage->hide();
    m_formPage->setParent(this);
    m_formPage->hide();
    m_casesPage = nullptr;
    m_lastCase.clear();
    clearForm();
}

void CounterDesk::clearForm()
{
    m_form->clear();
    m_savedCase.clear();
    showSavedText();
}

// The line over the form naming the case saved last; no line (and no empty space) before one.
void CounterDesk::showSavedText()
{
    m_savedLabel->setText(m_savedCase.isEmpty()
            ? QString()
            : tr("Saved: case %1. The receipt is open for printing.").arg(m_savedCase));
    m_savedLabel->setVisible(!m_savedCase.isEmpty());
}

void CounterDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CounterDesk::retranslate()
{
    if (const int index = m_tabs->indexOf(m_formPage); index >= 0)
        m_tabs->setTabText(index, tr("New application"));
    if (const int index = m_tabs->indexOf(m_casesPage); m_casesPage && index >= 0)
        m_tabs->setTabText(index, tr("Cases"));
    showSavedText();
}

QStringList CounterDesk::intakeWarnings(const Application &application) const
{
    return intakeWarningTexts(m_cases, m_database, application, m_unsentWarningLimit);
}

} // namespace dsn::gui
