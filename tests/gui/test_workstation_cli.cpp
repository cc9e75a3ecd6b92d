// dsn-workstation --help and --version answer on a machine without a display (a terminal over
// SSH, an installer's check): they print and end with 0 before the GUI starts.

#include "dsnctlrun.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestWorkstationCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void helpAllListsQtOptionsWithoutDisplay();
    void mistakesAreNamedWithoutDisplay_data();
    void mistakesAreNamedWithoutDisplay();
    void setupOnlyNeedsNoDisplay();
    void setupOnlyTakesQtOptions();

private:
    // The system's environment without a display of any kind and without a Qt platform, with
    // the data and settings folders in the test's own folder.
    QProcessEnvironment withoutDisplay() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestWorkstationCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QProcessEnvironment TestWorkstationCli::withoutDisplay() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
        environment.remove(name);
    environment.insert(u"XDG_DATA_HOME"_s, m_home->path() + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->path() + u"/config"_s);
    return environment;
}

void TestWorkstationCli::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    const QStringList help { u"Usage:"_s, u"DSN Workstation"_s, u"--db <PATH>"_s, u"--demo"_s,
        u"--setup-only"_s, u"--version"_s };
    QTest::newRow("--help") << QStringList { u"--help"_s } << help;
    QTest::newRow("-h") << QStringList { u"-h"_s } << help;
    QTest::newRow("--help with other options") << QStringList { u"--demo"_s, u"--help"_s } << help;
    QTest::newRow("--version") << QStringList { u"--version"_s }
                               << QStringList { u"dsn-workstation "_s + QStringLiteral(DSN_VERSION) };
    QTest::newRow("-v") << QStringList { u"-v"_s }
                        << QStringList { u"dsn-workstation "_s + QStringLiteral(DSN_VERSION) };
}

void TestWorkstationCli::helpAndVersionNeedNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const dsntest::DsnctlRun run
        = dsntest::runProgram(QStringLiteral(DSN_WORKSTATION_PATH), arguments, {}, withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const QString &part : std::as_const(expected))
        QVERIFY2(run.out.contains(part), qPrintable(part + u" not in:\n"_s + run.describe()));
    // Nothing was opened or created: no store, no settings.
    QVERIFY(!QDir(m_home->path() + u"/data"_s).exists());
    QVERIFY(!QDir(m_home->path() + u"/config"_s).exists());
}

void TestWorkstationCli::helpAllListsQtOptionsWithoutDisplay()
{
    const dsntest::DsnctlRun run = dsntest::runProgram(
        QStringLiteral(DSN_WORKSTATION_PATH), { u"--help-all"_s }, {}, withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const QString &part : { u"--setup-only"_s, u"--platform"_s, u"--qwindowgeometry"_s })
        QVERIFY2(run.out.contains(part), qPrintable(part + u" not in:\n"_s + run.describe()));
    QVERIFY(!QDir(m_home->path() + u"/data"_s).exists());
}

void TestWorkstationCli::mistakesAreNamedWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown long option") << QStringList { u"--demo"_s, u"--colour"_s } << u"colour"_s;
    QTest::newRow("unknown short option") << QStringList { u"-x"_s } << u"'x'"_s;
    QTest::newRow("value missing") << QStringList { u"--db"_s } << u"db"_s;
}

void TestWorkstationCli::mistakesAreNamedWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const dsntest::DsnctlRun run
        = dsntest::runProgram(QStringLiteral(DSN_WORKSTATION_PATH), arguments, {}, withoutDisplay());
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(named), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"--help"_s), qPrintable(run.describe()));
    // No store was made for a command line that was not understood.
    QVERIFY(!QDir(m_home->path() + u"/data"_s).exists());
}

void TestWorkstationCli::setupOnlyNeedsNoDisplay()
{
    const QString store = m_home->path() + u"/demo.sqlite"_s;
    const dsntest::DsnctlRun run = dsntest::runProgram(QStringLiteral(DSN_WORKSTATION_PATH),
        { u"--demo"_s, u"--db"_s, store, u"--setup-only"_s }, {}, withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"DEMO01"_s) || run.out.contains(store), qPrintable(run.describe()));
    QVERIFY(QFileInfo::exists(store));
    // A second run finds the demonstration there and prints its login again.
    const dsntest::DsnctlRun again = dsntest::runProgram(QStringLiteral(DSN_WORKSTATION_PATH),
        { u"--demo"_s, u"--db"_s, store, u"--setup-only"_s }, {}, withoutDisplay());
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(!again.out.contains(u"set up in"_s), qPrintable(again.describe()));
    QVERIFY2(again.out.contains(u"operator"_s), qPrintable(again.describe()));
}

void TestWorkstationCli::setupOnlyTakesQtOptions()
{
    // Qt's own options (here with a value) are not mistakes, even without a display.
    const QString store = m_home->path() + u"/counter.sqlite"_s;
    const dsntest::DsnctlRun run = dsntest::runProgram(QStringLiteral(DSN_WORKSTATION_PATH),
        { u"-style"_s, u"fusion"_s, u"--db"_s, store, u"--setup-only"_s }, {}, withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFileInfo::exists(store));
}

QTEST_GUILESS_MAIN(TestWorkstationCli)
#include "test_workstation_cli.moc"
