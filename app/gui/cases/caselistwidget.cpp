#include "caselistwidget.h"

#include "ui_caselistwidget.h"

#include "base/kazakhstantime.h"
#include "cases/casedetaildialog.h"
#include "cases/caselistmodel.h"
#include "cases/casestore.h"
#include "lifecycle/caselifecycle.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPainter>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

namespace {

// The first day the date filters offer; on it they show "any" and do not filter.
const QDate kNoDate(2000, 1, 1);

// Midnight in Kazakhstan at the start of a day, as a moment.
QDateTime startOfKazakhstanDay(QDate day)
{
    // Kazakhstan's offset on that day: from its clock at noon UTC, which falls inside the day.
    const QDateTime noon(day, QTime(12, 0), QTimeZone::utc());
    const int offset = kazakhstanTime(noon).offsetFromUtc();
    return QDateTime(day, QTime(0, 0), QTimeZone(offset)).toUTC();
}

// The deadline colour stays on the current row too: selection is drawn as a frame around the cell
// instead of over its colour, so that moving through the list never hides an overdue case.
class DeadlineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant background = index.data(Qt::BackgroundRole);
        if (!(option.state & QStyle::State_Selected) || !background.canConvert<QColor>()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem plain = option;
        plain.state &= ~QStyle::State_Selected;
        QStyledItemDelegate::paint(painter, plain, index);
        painter->save();
        QPen frame(option.palette.color(QPalette::Highlight));
        frame.setWidth(3);
        painter->setPen(frame);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
};

} // namespace

CaseListWidget::CaseListWidget(CaseStore &store, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseListWidget>())
    , m_store(store)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_model = new CaseListModel(store, actor, this);
    m_ui->caseTable->setModel(m_model);
    m_ui->caseTable->verticalHeader()->hide();
    m_ui->caseTable->setItemDelegateForColumn(
        CaseListModel::DueColumn, new DeadlineDelegate(m_ui->caseTable));
    m_ui->caseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->caseTable->horizontalHeader()->setSectionResizeMode(
        CaseListModel::TaxpayerColumn, QHeaderView::Stretch);
    m_ui->caseTable->horizontalHeader()->setSortIndicatorShown(false);
    m_ui->caseTable->horizontalHeader()->setSectionsClickable(false);

    for (QDateEdit *edit : { m_ui->receivedFromEdit, m_ui->receivedToEdit }) {
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kNoDate);
    }
    fillStatuses();
    showLegend();

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListWidget::applyFiltersNow);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &CaseListWidget::applyFiltersNow);
    connect(m_ui->receivedFromEdit, &QDateEdit::dateChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->receivedToEdit, &QDateEdit::dateChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &CaseListWidget::applyFiltersNow);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &CaseListWidget::applyFiltersNow);

    connect(m_model, &CaseListModel::loaded, this, &CaseListWidget::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_ui->caseTable->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_ui->caseTable, &QAbstractItemView::doubleClicked, this, &CaseListWidget::openSelectedCase);
    // The store orders pages, so the two orders it knows are offered on their headers: a click on
    // Due lists the earliest end of term first, a click on Received the newest receipt first.
    QHeaderView *header = m_ui->caseTable->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(CaseListModel::ReceivedColumn, Qt::DescendingOrder);
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (section == CaseListModel::DueColumn)
            setOrder(CaseOrder::DueFirst);
        else if (section == CaseListModel::ReceivedColumn)
            setOrder(CaseOrder::NewestFirst);
        else
            setOrder(m_order); // other columns keep the order and its indicator
    });
    m_ui->caseTable->installEventFilter(this);
    m_ui->searchEdit->installEventFilter(this);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });

    if (m_model->rowCount() > 0)
        m_ui->caseTable->setCurrentIndex(m_model->index(0, 0));
    showCount();
    setFocusProxy(m_ui->searchEdit);
}

CaseListWidget::~CaseListWidget() = default;

void CaseListWidget::setClock(Clock clock)
{
    m_model->setClock(std::move(clock));
}

void CaseListWidget::fillStatuses()
{
    const QVariant current = m_ui->statusCombo->currentData();
    const QSignalBlocker blocker(m_ui->statusCombo);
    m_ui->statusCombo->clear();
    m_ui->statusCombo->addItem(tr("Any status"));
    for (CaseStatus status : allCaseStatuses())
        m_ui->statusCombo->addItem(statusDisplayName(status), statusKey(status));
    const int index = m_ui->statusCombo->findData(current);
    m_ui->statusCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void CaseListWidget::showLegend()
{
    const auto swatch = [](const QColor &color, const QString &text) {
        return u"<span style=\"background-color:%1; color:#000000;\">&nbsp;%2&nbsp;</span>"_s.arg(
            color.name(), text.toHtmlEscaped());
    };
    m_ui->legendLabel->setText(tr("Due column:") + u' '
        + swatch(CaseListModel::dueTodayColor(), tr("due today")) + u' '
        + swatch(CaseListModel::overdueColor(), tr("overdue, no decision")));
}

void CaseListWidget::setOrder(CaseOrder order)
{
    m_ui->caseTable->horizontalHeader()->setSortIndicator(
        order == CaseOrder::DueFirst ? CaseListModel::DueColumn : CaseListModel::ReceivedColumn,
        order == CaseOrder::DueFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
    if (order == m_order)
        return;
    m_order = order;
    applyFiltersNow();
}

CaseQuery CaseListWidget::currentQuery() const
{
    CaseQuery query;
    query.order = m_order;
    query.text = m_ui->searchEdit->text().trimmed();
    if (const auto status = statusFromKey(m_ui->statusCombo->currentData().toString()))
        query.statuses = { *status };
    if (const QDate from = m_ui->receivedFromEdit->date(); from.isValid() && from != kNoDate)
        query.receivedFrom = startOfKazakhstanDay(from);
    if (const QDate to = m_ui->receivedToEdit->date(); to.isValid() && to != kNoDate)
        query.receivedBefore = startOfKazakhstanDay(to.addDays(1));
    query.overdueOnly = m_ui->overdueCheck->isChecked();
    return query;
}

void CaseListWidget::applyFiltersNow()
{
    m_searchTimer->stop();
    m_model->setQuery(currentQuery());
}

void CaseListWidget::refresh()
{
    applyFiltersNow();
}

void CaseListWidget::resetFilters()
{
    const QSignalBlocker search(m_ui->searchEdit);
    const QSignalBlocker status(m_ui->statusCombo);
    const QSignalBlocker from(m_ui->receivedFromEdit);
    const QSignalBlocker to(m_ui->receivedToEdit);
    const QSignalBlocker overdue(m_ui->overdueCheck);
    m_ui->searchEdit->clear();
    m_ui->statusCombo->setCurrentIndex(0);
    m_ui->receivedFromEdit->setDate(kNoDate);
    m_ui->receivedToEdit->setDate(kNoDate);
    m_ui->overdueCheck->setChecked(false);
}

void CaseListWidget::clearForSignOut()
{
    m_searchTimer->stop();
    const auto dialogs = findChildren<CaseDetailDialog *>();
    for (CaseDetailDialog *dialog : dialogs) {
        dialog->close();
        delete dialog;
    }
    resetFilters();
    m_order = CaseOrder::NewestFirst;
    m_ui->caseTable->horizontalHeader()->setSortIndicator(CaseListModel::ReceivedColumn, Qt::DescendingOrder);
    m_model->clear();
}

void CaseListWidget::openSelectedCase()
{
    const QModelIndex current = m_ui->caseTable->currentIndex();
    if (current.isValid())
        openCase(m_model->caseNumber(current.row()));
}

void CaseListWidget::openCase(const QString &caseNumber)
{
    if (caseNumber.isEmpty())
        return;
    Result<CaseRecord> record = m_store.openCase(caseNumber, m_actor, u"case list"_s);
    if (!record) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Case %1").arg(caseNumber),
            tr("The case cannot be opened: %1").arg(record.error().message), QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    emit caseOpened(caseNumber);
    auto *dialog = new CaseDetailDialog(*record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseListWidget::showCount()
{
    const int rows = m_model->rowCount();
    QString text;
    if (!m_model->isLoaded())
        text.clear();
    else if (!m_model->lastError().isEmpty())
        text = tr("The cases cannot be read: %1").arg(m_model->lastError());
    else if (m_model->canFetchMore({}))
        text = tr("%n shown, more load as you scroll", nullptr, rows);
    else if (rows == 0)
        text = tr("No cases match");
    else
        text = tr("%n case(s)", nullptr, rows);
    m_ui->countLabel->setText(text);
}

bool CaseListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_ui->caseTable && enter && key->modifiers() == Qt::NoModifier) {
            openSelectedCase();
            return true;
        }
        // Down from the search box goes to the list, so that the keyboard never has to Tab around.
        if (watched == m_ui->searchEdit && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_ui->caseTable->setFocus(Qt::OtherFocusReason);
            if (!m_ui->caseTable->currentIndex().isValid())
                m_ui->caseTable->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseListWidget::retranslate()
{
    m_ui->retranslateUi(this);
    for (QDateEdit *edit : { m_ui->receivedFromEdit, m_ui->receivedToEdit })
        edit->setSpecialValueText(tr("any"));
    fillStatuses();
    showLegend();
    showCount();
    m_model->retranslate();
}

} // namespace dsn::gui
