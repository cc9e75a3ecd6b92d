#include "mainwindow.h"

#include <QApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"dsn-workstation"_s);
    QApplication::setApplicationVersion(QStringLiteral(DSN_VERSION));
    QApplication::setOrganizationName(u"DSN"_s);

    dsn::gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
