#pragma once

#include "base/language.h"
#include "cases/application.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class ApplicationForm;
}

namespace dsn {
class ReferenceData;
}

namespace dsn::gui {

// The Appendix 1 application as the counter operator types it. Every field is checked as it
// is typed with the same validation the store runs at intake; problems show beside their
// fields once a field has been visited, and all of them on a save attempt. The form never
// writes anything itself: a valid application is handed out through submitRequested().
class ApplicationForm : public QWidget
{
    Q_OBJECT

public:
    // Early warnings that never block acceptance (only the provider may refuse): for example
    // an open case of the same subject, or a code it already holds for the same product.
    using WarningProvider = std::function<QStringList(const Application &)>;
    using Clock = std::function<QDateTime()>;

    explicit ApplicationForm(const ReferenceData &reference, QWidget *parent = nullptr);
    ~ApplicationForm() override;

    Application application() const;
    ValidationProblems problems() const;
    QStringList warnings() const { return m_warnings; }

    void setWarningProvider(WarningProvider provider);
    void setClock(Clock clock);
    // Empties every field, ready for the next applicant.
    void clear();

public slots:
    // Checks everything; emits submitRequested() only when nothing is wrong, otherwise shows
    // every problem and moves the focus to the first one.
    void trySubmit();
    void addProductLine();
    void removeCurrentProductLine();

    // Something of an application has been typed or chosen (the date and channel aside): what a
    // sign-out or quitting would throw away.
    bool hasTypedInput() const;

signals:
    void submitRequested(const dsn::Application &application);
    void problemsChanged(int count);

protected:
    void changeEvent(QEvent *event) override;
    // Tab leaves the date field and the unit's completion list for the next field.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillChoices();
    void connectFields();
    void touch(const QString &field);
    void revalidate();
    void showTaxpayerId();
    void refreshWarnings();
    QLabel *messageLabelFor(const QString &field) const;
    QWidget *widgetFor(const QString &field) const;
    int currentAtuCode() const;
    int typedAtuCode() const; // the three digits a typed unit starts with, valid or not
    void retranslate();

    std::unique_ptr<Ui::ApplicationForm> m_ui;
    const ReferenceData &m_reference;
    WarningProvider m_warningProvider;
    Clock m_clock;
    QSet<QString> m_touched;
    bool m_showAll = false;
    QStringList m_warnings;
    ValidationProblems m_problems;
};

} // namespace dsn::gui
