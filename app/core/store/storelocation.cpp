#include "store/storelocation.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

QString workstationDataFolder()
{
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(u"DSN"_s);
    QCoreApplication::setApplicationName(u"dsn-workstation"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return folder;
}

} // namespace

QString defaultStorePath()
{
    return workstationDataFolder() + u"/dsn-workstation.sqlite"_s;
}

QString defaultDemoStorePath()
{
    return workstationDataFolder() + u"/demo.sqlite"_s;
}

} // namespace dsn
