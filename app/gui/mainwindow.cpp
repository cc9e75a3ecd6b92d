#include "mainwindow.h"

#include "ui_mainwindow.h"

#include <QEvent>
#include <QMessageBox>

namespace dsn::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->welcomeLabel->setText(tr("DSN codes for petroleum products"));
    m_ui->statusBar->showMessage(tr("Ready"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About"),
                       tr("DSN Workstation %1\nAssignment of DSN codes to petroleum products.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace dsn::gui
