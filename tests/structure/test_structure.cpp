// The project's structure as rules that fail the build's tests when broken: the folders of the
// core depend on each other without a cycle, the store includes neither cases nor sync, the core
// never includes a Widgets or print-support header nor the GUI or the office, the desktop
// program never includes the office's library, and no file under app/ is longer than 500 lines.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Graph = QMap<QString, QSet<QString>>;

struct Include
{
    QString file; // relative to app/
    int line = 0;
    QString target; // as written between the quotes or angle brackets
};

QString appDir()
{
    return QStringLiteral(DSN_SOURCE_DIR) + u"/app"_s;
}

QStringList sourcesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, { u"*.h"_s, u"*.cpp"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QList<Include> includesOf(const QString &path)
{
    // "\x23" is '#': a literal one here would read as a directive to moc.
    static const QRegularExpression pattern(u"^\\s*\x23\\s*include\\s*[<\"]([^\">]+)[\">]"_s);
    QList<Include> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QString relative = QDir(appDir()).relativeFilePath(path);
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine());
        if (const QRegularExpressionMatch m = pattern.match(line); m.hasMatch())
            result.append({ relative, number, m.captured(1) });
    }
    return result;
}

// The folders of app/core and which of them each includes ("cases/x.h" from store/y.cpp makes
// store -> cases).
Graph coreFolderGraph(QStringList *edges)
{
    Graph graph;
    const QString core = appDir() + u"/core"_s;
    for (const QString &path : sourcesUnder(core)) {
        const QString from = QDir(core).relativeFilePath(path).section(u'/', 0, 0);
        graph[from];
        for (const Include &inc : includesOf(path)) {
            const QString to = inc.target.section(u'/', 0, 0);
            if (inc.target.contains(u'/') && to != from && QFileInfo::exists(core + u'/' + to)) {
                if (!graph[from].contains(to) && edges)
                    edges->append(u"%1 -> %2 (%3:%4)"_s.arg(from, to, inc.file).arg(inc.line));
                graph[from].insert(to);
            }
        }
    }
    return graph;
}

// A cycle of the graph as "a -> b -> a", or empty when there is none.
QString findCycle(const Graph &graph)
{
    QMap<QString, int> state; // 0 unseen, 1 on the path, 2 done
    QStringList path;
    std::function<QString(const QString &)> visit = [&](const QString &node) -> QString {
        state[node] = 1;
        path.append(node);
        for (const QString &next : graph.value(node)) {
            if (state.value(next) == 1)
                return (path.mid(path.indexOf(next)) << next).join(u" -> "_s);
            if (state.value(next) == 0) {
                if (QString cycle = visit(next); !cycle.isEmpty())
                    return cycle;
            }
        }
        path.removeLast();
        state[node] = 2;
        return {};
    };
    for (auto it = graph.cbegin(); it != graph.cend(); ++it) {
        if (state.value(it.key()) == 0) {
            if (QString cycle = visit(it.key()); !cycle.isEmpty())
                return cycle;
        }
    }
    return {};
}

// Header names of a Qt module (QtWidgets: QWidget, qwidget.h, ...), from the installed headers.
QSet<QString> moduleHeaders(const QString &module)
{
    QSet<QString> names;
    const QDir dir(QLibraryInfo::path(QLibraryInfo::HeadersPath) + u'/' + module);
    for (const QString &name : dir.entryList(QDir::Files))
        names.insert(name);
    return names;
}

} // namespace

class TestStructure : public QObject
{
    Q_OBJECT

private slots:
    void cycleFinderFindsCycles()
    {
        QCOMPARE(
            findCycle(Graph { { u"a"_s, { u"b"_s } }, { u"b"_s, { u"c"_s } }, { u"c"_s, {} } }), QString());
        QCOMPARE(findCycle(Graph { { u"a"_s, { u"b"_s } }, { u"b"_s, { u"c"_s } }, { u"c"_s, { u"a"_s } } }),
            u"a -> b -> c -> a"_s);
        QCOMPARE(findCycle(Graph { { u"x"_s, { u"y"_s } }, { u"y"_s, { u"y"_s } } }), u"y -> y"_s);
    }

    void coreFoldersHaveNoCycle()
    {
        QStringList edges;
        const Graph graph = coreFolderGraph(&edges);
        QVERIFY2(graph.size() > 10, "the core's folders were not found");
        const QString cycle = findCycle(graph);
        QVERIFY2(cycle.isEmpty(), qPrintable(u"folder cycle: "_s + cycle + u"\n"_s + edges.join(u'\n')));
    }

    void storeIncludesNeitherCasesNorSync()
    {
        QStringList found;
        for (const QString &path : sourcesUnder(appDir() + u"/core/store"_s)) {
            for (const Include &inc : includesOf(path)) {
                if (inc.target.startsWith(u"cases/") || inc.target.startsWith(u"sync/"))
                    found.append(u"%1:%2 includes %3"_s.arg(inc.file).arg(inc.line).arg(inc.target));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void coreNeverIncludesWidgetsGuiOrOffice()
    {
        const QSet<QString> widgets = moduleHeaders(u"QtWidgets"_s);
        const QSet<QString> print = moduleHeaders(u"QtPrintSupport"_s);
        QVERIFY2(widgets.contains(u"QWidget"_s), "the QtWidgets headers were not found");
        QStringList found;
        for (const QString &path : sourcesUnder(appDir() + u"/core"_s)) {
            for (const Include &inc : includesOf(path)) {
                const QString name = inc.target.section(u'/', -1);
                const bool qtModule
                    = inc.target.startsWith(u"QtWidgets/") || inc.target.startsWith(u"QtPrintSupport/");
                if (qtModule
                    || (!inc.target.contains(u'/') && (widgets.contains(name) || print.contains(name)))
                    || inc.target.startsWith(u"gui/") || inc.target.startsWith(u"officecore/")
                    || inc.target.startsWith(u"ui_"))
                    found.append(u"%1:%2 includes %3"_s.arg(inc.file).arg(inc.line).arg(inc.target));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void desktopProgramNeverIncludesTheOffice()
    {
        QStringList found;
        for (const QString &folder : { u"gui"_s, u"workstation"_s }) {
            for (const QString &path : sourcesUnder(appDir() + u'/' + folder)) {
                for (const Include &inc : includesOf(path)) {
                    if (inc.target.startsWith(u"officecore/"))
                        found.append(u"%1:%2 includes %3"_s.arg(inc.file).arg(inc.line).arg(inc.target));
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void noFileOver500Lines()
    {
        QStringList found;
        for (const QString &path : sourcesUnder(appDir())) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const int lines = int(file.readAll().count('\n'));
            if (lines > 500)
                found.append(u"%1: %2 lines"_s.arg(QDir(appDir()).relativeFilePath(path)).arg(lines));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestStructure)
#include "test_structure.moc"
