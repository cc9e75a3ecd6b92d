#include "applicationform.h"

#include "base/kazakhstantime.h"
#include "ui_applicationform.h"

#include "calendar/schedule.h"
#include "common/referencemodels.h"
#include "common/uilanguage.h"
#include "identity/taxpayerid.h"
#include "reference/referencedata.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

namespace {

const QString kErrorStyle = u"color: #b00020;"_s;
const QString kInfoStyle = u"color: #1b5e20;"_s;
const QString kHintStyle = u"color: #616161;"_s;

QString problemsText(const ValidationProblems &problems)
{
    QStringList lines;
    for (const ValidationProblem &p : problems)
        lines.append(p.message);
    lines.removeDuplicates();
    return lines.join(u'\n');
}

} // namespace

ApplicationForm::ApplicationForm(const ReferenceData &reference, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicationForm>())
    , m_reference(reference)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ui->setupUi(this);
    m_ui->productsTable->setReference(m_reference);
    // Both grids share one label column, so the head's row lines up with the rows above it.
    int labelWidth = 0;
    for (QLabel *label : findChildren<QLabel *>())
        if (label->objectName().endsWith(u"Label"_s) && label->buddy())
            labelWidth = qMax(labelWidth, label->sizeHint().width());
    m_ui->applicantGrid->setColumnMinimumWidth(0, labelWidth);
    for (QLabel *label : findChildren<QLabel *>())
        if (label->objectName().endsWith(u"Message"_s) && label != m_ui->productsMessage)
            label->setMinimumWidth(320);
    m_ui->headGrid->setColumnMinimumWidth(0, labelWidth);
    m_ui->warningsLabel->setStyleSheet(u"background: #fff8e1; border: 1px solid #ffb300; padding: 6px;"_s);

    auto *save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &ApplicationForm::trySubmit);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ApplicationForm::trySubmit);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ApplicationForm::clear);
    connect(m_ui->addLineButton, &QPushButton::clicked, this, &ApplicationForm::addProductLine);
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, &ApplicationForm::removeCurrentProductLine);
    connect(m_ui->productsTable, &ProductTable::addLineRequested, this, &ApplicationForm::addProductLine);
    connect(m_ui->productsTable, &ProductTable::removeLineRequested, this,
        &ApplicationForm::removeCurrentProductLine);

    fillChoices();
    connectFields();
    retranslate();
    // Whoever shows the form and gives it the focus puts the operator at its first field.
    setFocusProxy(m_ui->queueTicketEdit);
    clear();
}

ApplicationForm::~ApplicationForm()
{
    // The fields outlive this object's members (QWidget deletes its children later): a field
    // losing the focus then must not reach the form.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void ApplicationForm::setWarningProvider(WarningProvider provider)
{
    m_warningProvider = std::move(provider);
    refreshWarnings();
}

void ApplicationForm::setClock(Clock clock)
{
    m_clock = std::move(clock);
    revalidate();
}

bool ApplicationForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool tab = key->key() == Qt::Key_Tab && !(key->modifiers() & ~Qt::KeypadModifier);
    const bool backtab = key->key() == Qt::Key_Backtab
        || (key->key() == Qt::Key_Tab && key->modifiers() == Qt::ShiftModifier);
    if (!tab && !backtab)
        return QWidget::eventFilter(watched, event);
    QCompleter *completer = m_ui->atuCombo->completer();
    if (completer && watched == completer->popup()) {
        // The highlighted unit is taken as Enter would take it; the typed code otherwise.
        const QModelIndex current = completer->popup()->currentIndex();
        completer->popup()->hide();
        if (current.isValid())
            selectCode(m_ui->atuCombo, current.data(kCodeRole));
        m_ui->atuCombo->setFocus(Qt::TabFocusReason);
        focusNextPrevChild(tab);
        return true;
    }
    if (watched == m_ui->applicationDateEdit) {
        focusNextPrevChild(tab);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ApplicationForm::fillChoices()
{
    const Language language = uiLanguage();
    const QVariant department = m_ui->departmentCombo->currentData();
    const QVariant country = m_ui->countryCombo->currentData();
    const int atu = currentAtuCode();
    const int subjectIndex = m_ui->subjectTypeCombo->currentIndex();
    const int channelIndex = m_ui->channelCombo->currentIndex();

    fillDepartments(m_ui->departmentCombo, m_reference, language);
    fillCountries(m_ui->countryCombo, m_reference, language);
    fillTerritorialUnits(m_ui->atuCombo, m_reference, language);

    auto *completer = new QCompleter(territorialUnitSearchModel(m_reference, language, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    if (QCompleter *old = m_ui->atuCombo->completer(); old && old != completer)
        old->deleteLater();
    m_ui->atuCombo->setCompleter(completer);
    completer->popup()->installEventFilter(this);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            selectCode(m_ui->atuCombo, index.data(kCodeRole));
            touch(field::kAtu.toString());
        });

    m_ui->subjectTypeCombo->clear();
    m_ui->subjectTypeCombo->addItem(tr("— choose —"), QVariant());
    m_ui->subjectTypeCombo->addItem(
        subjectTypeDisplayName(SubjectType::Producer), subjectTypeKey(SubjectType::Producer));
    m_ui->subjectTypeCombo->addItem(
        subjectTypeDisplayName(SubjectType::Importer), subjectTypeKey(SubjectType::Importer));
    m_ui->channelCombo->clear();
    m_ui->channelCombo->addItem(tr("At the counter"), intakeChannelKey(IntakeChannel::Counter));
    m_ui->channelCombo->addItem(
        tr("At the applicant's home (cannot come in person)"), intakeChannelKey(IntakeChannel::Home));

    selectCode(m_ui->departmentCombo, department);
    selectCode(m_ui->countryCombo, country);
    selectCode(m_ui->atuCombo, atu > 0 ? QVariant(atu) : QVariant());
    m_ui->subjectTypeCombo->setCurrentIndex(qMax(0, subjectIndex));
    m_ui->channelCombo->setCurrentIndex(qMax(0, channelIndex));

    // Product type cells show their names in the interface language.
    m_ui->productsTable->retranslateTypes();
}

void ApplicationForm::connectFields()
{
    auto edited = [this](QStringView field) {
        return [this, name = field.toString()] {
            touch(name);
        };
    };
    auto changed = [this] {
        revalidate();
    };

    connect(m_ui->departmentCombo, &QComboBox::activated, this, edited(field::kDepartment));
    connect(m_ui->departmentCombo, &QComboBox::currentIndexChanged, this, changed);
    // Tab moves on to the next field, not to the date's month and year (typing fills them).
    m_ui->applicationDateEdit->installEventFilter(this);
    connect(m_ui->applicationDateEdit, &QDateEdit::editingFinished, this, edited(field::kApplicationDate));
    connect(m_ui->applicationDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->taxpayerNameEdit, &QLineEdit::editingFinished, this, edited(field::kTaxpayerName));
    connect(m_ui->taxpayerNameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->taxpayerIdEdit, &QLineEdit::editingFinished, this, [this] {
        touch(field::kTaxpayerId.toString());
        refreshWarnings();
    });
    connect(m_ui->taxpayerIdEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->subjectTypeCombo, &QComboBox::activated, this, edited(field::kSubjectType));
    connect(m_ui->subjectTypeCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->countryCombo, &QComboBox::activated, this, edited(field::kCountry));
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->atuCombo, &QComboBox::activated, this, edited(field::kAtu));
    connect(m_ui->atuCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // A typed code becomes the full entry, so the operator sees which unit it is.
        if (const int code = currentAtuCode(); code > 0)
            selectCode(m_ui->atuCombo, code);
        touch(field::kAtu.toString());
    });
    connect(m_ui->atuCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->atuCombo, &QComboBox::editTextChanged, this, changed);
    connect(m_ui->headNameEdit, &QLineEdit::editingFinished, this, edited(field::kHeadName));
    connect(m_ui->headNameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->queueTicketEdit, &QLineEdit::editingFinished, this, edited(field::kQueueTicket));
    connect(m_ui->queueTicketEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->productsTable, &QTableWidget::itemChanged, this, [this] {
        touch(field::kProducts.toString());
        refreshWarnings();
    });
}

Application ApplicationForm::application() const
{
    Application a;
    a.departmentCode = m_ui->departmentCombo->currentData().toString();
    a.applicationDate = m_ui->applicationDateEdit->date();
    a.taxpayerName = m_ui->taxpayerNameEdit->text();
    a.taxpayerId = m_ui->taxpayerIdEdit->text();
    a.subjectType = subjectTypeFromKey(m_ui->subjectTypeCombo->currentData().toString());
    a.country = m_ui->countryCombo->currentData().toInt();
    a.atu = currentAtuCode();
    a.headName = m_ui->headNameEdit->text();
    a.receivedAt = m_clock();
    a.channel
        = intakeChannelFromKey(m_ui->channelCombo->currentData().toString()).value_or(IntakeChannel::Counter);
    a.queueTicket = m_ui->queueTicketEdit->text().trimmed();
    a.products = m_ui->productsTable->productLines();
    return a;
}

ValidationProblems ApplicationForm::problems() const
{
    return m_problems;
}

int ApplicationForm::currentAtuCode() const
{
    const QComboBox *combo = m_ui->atuCombo;
    if (combo->currentIndex() > 0 && combo->currentText() == combo->itemText(combo->currentIndex()))
        return combo->currentData(kCodeRole).toInt();
    // Typed text: a leading three-digit code, as printed in the list, selects a current unit.
    const int code = typedAtuCode();
    const TerritorialUnit *unit = code > 0 ? m_reference.territorialUnit(code) : nullptr;
    return unit && !unit->historical ? code : 0;
}

int ApplicationForm::typedAtuCode() const
{
    const QString text = m_ui->atuCombo->currentText().trimmed();
    if (text.size() >= 3 && text.first(3).toInt() > 0 && (text.size() == 3 || !text.at(3).isDigit()))
        return text.first(3).toInt();
    return 0;
}

void ApplicationForm::addProductLine()
{
    m_ui->productsTable->appendLine();
    revalidate();
}

void ApplicationForm::removeCurrentProductLine()
{
    ProductTable *table = m_ui->productsTable;
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    if (table->rowCount() == 0)
        addProductLine();
    else
        table->setCurrentCell(qMin(row, table->rowCount() - 1), ProductTable::TypeColumn);
    touch(field::kProducts.toString());
}

void ApplicationForm::touch(const QString &field)
{
    m_touched.insert(field);
    revalidate();
}

QLabel *ApplicationForm::messageLabelFor(const QString &field) const
{
    if (field.startsWith(field::kProducts))
        return m_ui->productsMessage;
    static const QHash<QString, QLabel *Ui::ApplicationForm::*> labels = {
        { field::kDepartment.toString(), &Ui::ApplicationForm::departmentMessage },
        { field::kApplicationDate.toString(), &Ui::ApplicationForm::applicationDateMessage },
        { field::kTaxpayerName.toString(), &Ui::ApplicationForm::taxpayerNameMessage },
        { field::kTaxpayerId.toString(), &Ui::ApplicationForm::taxpayerIdMessage },
        { field::kSubjectType.toString(), &Ui::ApplicationForm::subjectTypeMessage },
        { field::kCountry.toString(), &Ui::ApplicationForm::countryMessage },
        { field::kAtu.toString(), &Ui::ApplicationForm::atuMessage },
        { field::kHeadName.toString(), &Ui::ApplicationForm::headNameMessage },
        { field::kChannel.toString(), &Ui::ApplicationForm::channelMessage },
        { field::kQueueTicket.toString(), &Ui::ApplicationForm::queueTicketMessage },
        { field::kReceivedAt.toString(), &Ui::ApplicationForm::applicationDateMessage },
    };
    const auto member = labels.value(field);
    return member ? m_ui.get()->*member : m_ui->productsMessage;
}

QWidget *ApplicationForm::widgetFor(const QString &field) const
{
    if (field.startsWith(field::kProducts))
        return m_ui->productsTable;
    static const QHash<QString, QWidget *(*)(const Ui::ApplicationForm &)> widgets = {
        { field::kDepartment.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.departmentCombo;
            } },
        { field::kApplicationDate.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.applicationDateEdit;
            } },
        { field::kTaxpayerName.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.taxpayerNameEdit;
            } },
        { field::kTaxpayerId.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.taxpayerIdEdit;
            } },
        { field::kSubjectType.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.subjectTypeCombo;
            } },
        { field::kCountry.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.countryCombo;
            } },
        { field::kAtu.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.atuCombo;
            } },
        { field::kHeadName.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.headNameEdit;
            } },
        { field::kQueueTicket.toString(),
            [](const Ui::ApplicationForm &ui) -> QWidget * {
                return ui.queueTicketEdit;
            } },
    };
    const auto get = widgets.value(field);
    return get ? get(*m_ui) : m_ui->departmentCombo;
}

void ApplicationForm::revalidate()
{
    m_problems = validateApplication(application(), m_reference, m_clock());
    // A typed code of a unit that is not (or no longer) there says so, not just "choose one".
    if (const int typed = typedAtuCode(); typed > 0 && currentAtuCode() == 0) {
        for (ValidationProblem &p : m_problems)
            if (p.field == field::kAtu)
                p.message = territorialUnitProblem(typed, m_reference);
    }

    // Group the problems by the label they show in.
    QHash<QLabel *, ValidationProblems> byLabel;
    for (const ValidationProblem &p : std::as_const(m_problems)) {
        const QString key = p.field.startsWith(field::kProducts) ? field::kProducts.toString() : p.field;
        if (m_showAll || m_touched.contains(key))
            byLabel[messageLabelFor(p.field)].append(p);
    }
    const QList<QLabel *> all = m_ui->applicantGroup->findChildren<QLabel *>()
        + QList<QLabel *> { m_ui->productsMessage, m_ui->headNameMessage };
    for (QLabel *label : all) {
        if (!label->objectName().endsWith(u"Message"_s))
            continue;
        if (label == m_ui->taxpayerIdMessage && !byLabel.contains(label)) {
            showTaxpayerId();
            continue;
        }
        if (label == m_ui->atuMessage && !byLabel.contains(label)) {
            // The unit a typed code stands for, so the operator sees which one it is.
            const int code = currentAtuCode();
            label->setStyleSheet(kInfoStyle);
            label->setText(code > 0 ? territorialUnitText(m_reference, code, uiLanguage()) : QString());
            continue;
        }
        label->setStyleSheet(kErrorStyle);
        label->setText(problemsText(byLabel.value(label)));
    }
    const int count = int(m_problems.size());
    m_ui->summaryLabel->setText(
        m_showAll && count > 0 ? tr("%n problem(s) to fix before saving.", nullptr, count) : QString());
    m_ui->summaryLabel->setStyleSheet(kErrorStyle);
    emit problemsChanged(count);
}

void ApplicationForm::showTaxpayerId()
{
    QLabel *label = m_ui->taxpayerIdMessage;
    const QString text = m_ui->taxpayerIdEdit->text();
    // An IIN born after today (by the form's clock, as the application's checks) is refused.
    const auto result = TaxpayerId::parse(text, TaxpayerId::Expect::Any, kazakhstanDate(m_clock()));
    if (text.trimmed().isEmpty()) {
        label->clear(); // nothing typed yet: a missing number is reported once the field was visited
    } else if (result.isValid()) {
        label->setStyleSheet(kInfoStyle);
        label->setText(result.id->summary());
    } else if (result.error == TaxpayerIdError::WrongLength && result.digitCount < 12) {
        label->setStyleSheet(kHintStyle);
        label->setText(tr("%1 of 12 digits").arg(result.digitCount));
    } else {
        // A wrong number is shown at once: all twelve digits are there and still it fails.
        label->setStyleSheet(kErrorStyle);
        label->setText(result.message);
    }
}

void ApplicationForm::refreshWarnings()
{
    m_warnings.clear();
    if (m_warningProvider && TaxpayerId::isValid(m_ui->taxpayerIdEdit->text()))
        m_warnings = m_warningProvider(application());
    m_ui->warningsLabel->setText(m_warnings.join(u'\n'));
    m_ui->warningsLabel->setVisible(!m_warnings.isEmpty());
}

void ApplicationForm::trySubmit()
{
    m_showAll = true;
    revalidate();
    if (!m_problems.isEmpty()) {
        widgetFor(m_problems.constFirst().field)->setFocus(Qt::OtherFocusReason);
        return;
    }
    emit submitRequested(normalizedApplication(application()));
}

bool ApplicationForm::hasTypedInput() const
{
    const Application a = application();
    const QString unitTyped = m_ui->atuCombo->lineEdit()->text().trimmed();
    const bool unitText = !unitTyped.isEmpty() && unitTyped != m_ui->atuCombo->itemText(0);
    return !a.queueTicket.trimmed().isEmpty() || !a.departmentCode.isEmpty()
        || !a.taxpayerName.trimmed().isEmpty() || !a.taxpayerId.trimmed().isEmpty() || a.subjectType
        || a.country != 0 || a.atu != 0 || unitText || !a.headName.trimmed().isEmpty()
        || !a.products.isEmpty();
}

void ApplicationForm::clear()
{
    m_ui->queueTicketEdit->clear();
    m_ui->channelCombo->setCurrentIndex(0);
    m_ui->departmentCombo->setCurrentIndex(0);
    m_ui->applicationDateEdit->setDate(kazakhstanDate(m_clock()));
    m_ui->taxpayerNameEdit->clear();
    m_ui->taxpayerIdEdit->clear();
    m_ui->subjectTypeCombo->setCurrentIndex(0);
    m_ui->countryCombo->setCurrentIndex(0);
    m_ui->atuCombo->setCurrentIndex(0);
    m_ui->headNameEdit->clear();
    m_ui->productsTable->setRowCount(0);
    addProductLine();
    m_ui->queueTicketEdit->setFocus(Qt::OtherFocusReason);
    // Last, so that the signals of the emptied fields (and the focus leaving one) leave none of
    // them marked as visited: the next applicant's form starts without error messages.
    m_touched.clear();
    m_showAll = false;
    refreshWarnings();
    revalidate();
}

void ApplicationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fillChoices();
        revalidate();
        refreshWarnings();
    }
    QWidget::changeEvent(event);
}

void ApplicationForm::retranslate()
{
    m_ui->taxpayerIdEdit->setPlaceholderText(tr("12 digits"));
    m_ui->atuCombo->lineEdit()->setPlaceholderText(tr("type part of a name or the code"));
    m_ui->queueTicketEdit->setPlaceholderText(tr("optional"));
}

} // namespace dsn::gui
