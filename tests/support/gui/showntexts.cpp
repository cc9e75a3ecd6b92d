#include "showntexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QXmlStreamReader>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace dsntest {

namespace {

QString plain(const QString &text)
{
    QString result = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    result.replace(u"&&"_s, u"\x01"_s);
    result.remove(u'&');
    result.replace(u'\x01', u'&');
    return result.simplified();
}

void add(QList<ShownText> &texts, const QObject *object, const QString &kind, const QString &text,
    bool data = false)
{
    const QString shown = plain(text);
    if (!shown.isEmpty())
        texts.append({ object->objectName() + u'/' + kind, shown, data });
}

void addActions(QList<ShownText> &texts, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        add(texts, action, u"action"_s, action->text());
        if (action->toolTip() != plain(action->text()))
            add(texts, action, u"action tooltip"_s, action->toolTip());
        if (QMenu *menu = action->menu())
            addActions(texts, menu->actions());
    }
}

void addItemView(QList<ShownText> &texts, QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const int rows = qMin(model->rowCount(view->rootIndex()), 50);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
            const QModelIndex index = model->index(row, column, view->rootIndex());
            add(texts, view, u"cell"_s, index.data(Qt::DisplayRole).toString(), true);
            add(texts, view, u"cell tooltip"_s, index.data(Qt::ToolTipRole).toString(), true);
        }
    }
}

// One language's catalogue: its texts without placeholders, and a pattern for each text with
// them ("Case %1 saved" matches "Case AST01-... saved").
struct Strings
{
    QSet<QString> exact;
    QList<QRegularExpression> patterns;

    void add(const QString &text)
    {
        static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
        const QString shown = plain(text);
        if (shown.isEmpty())
            return;
        if (!placeholder.match(shown).hasMatch()) {
            exact.insert(shown);
            return;
        }
        QString literal = shown;
        literal.remove(placeholder);
        static const QRegularExpression letter(u"\\p{L}{2}"_s);
        if (!letter.match(literal).hasMatch())
            return; // "%1 (%2)" says nothing about a language
        QString pattern;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(shown); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            pattern += QRegularExpression::escape(shown.mid(from, m.capturedStart() - from)) + u".+?"_s;
            from = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(shown.mid(from));
        patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
            QRegularExpression::DotMatchesEverythingOption | QRegularExpression::UseUnicodePropertiesOption));
    }

    bool has(const QString &text) const
    {
        if (exact.contains(text))
            return true;
        for (const QRegularExpression &p : patterns)
            if (p.match(text).hasMatch())
                return true;
        return false;
    }
};

// The product's strings in each language, read from the catalogues in the source tree.
const std::map<dsn::Language, Strings> &catalogueStrings()
{
    static const std::map<dsn::Language, Strings> strings = [] {
        std::map<dsn::Language, Strings> all;
        for (const auto &[language, file] : { std::pair { dsn::Language::Kazakh, u"dsn_kk.ts"_s },
                 std::pair { dsn::Language::Russian, u"dsn_ru.ts"_s } }) {
            QFile ts(QStringLiteral(DSN_SOURCE_DIR) + u"/translations/"_s + file);
            if (!ts.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(ts.fileName()));
            QXmlStreamReader xml(&ts);
            bool numerus = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"message")
                    numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                else if (xml.name() == u"source")
                    all[dsn::Language::English].add(xml.readElementText());
                else if ((xml.name() == u"translation" && !numerus) || xml.name() == u"numerusform")
                    all[language].add(xml.readElementText());
            }
        }
        return all;
    }();
    return strings;
}

} // namespace

QList<ShownText> shownTexts(QWidget *window)
{
    QList<ShownText> texts;
    add(texts, window, u"window title"_s, window->windowTitle());
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || w->isWindow())
            continue;
        add(texts, w, u"tooltip"_s, w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(texts, w, u"label"_s, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(texts, w, u"button"_s, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(texts, w, u"group"_s, group->title());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            add(texts, w, u"placeholder"_s, line->placeholderText());
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(texts, w, u"placeholder"_s, edit->placeholderText());
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            add(texts, w, u"placeholder"_s, rich->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, w, u"combo item"_s, combo->itemText(i));
            if (combo->lineEdit())
                add(texts, w, u"placeholder"_s, combo->lineEdit()->placeholderText());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(texts, w, u"tab"_s, tabs->tabText(i));
                add(texts, w, u"tab tooltip"_s, tabs->tabToolTip(i));
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->model())
                for (int i = 0; i < header->count(); ++i)
                    add(texts, w, u"header"_s,
                        header->model()->headerData(i, header->orientation()).toString());
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            addActions(texts, menuBar->actions());
        } else if (auto *status = qobject_cast<QStatusBar *>(w)) {
            add(texts, w, u"status message"_s, status->currentMessage());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w))
            addItemView(texts, view);
    }
    return texts;
}

QList<ShownText> shownTextsOfVisibleWindows()
{
    QList<ShownText> texts;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        if (window->isVisible() && !qobject_cast<QMenu *>(window))
            texts += shownTexts(window);
    return texts;
}

QStringList foreignWords(const QString &text)
{
    static const QRegularExpression word(u"\\b[A-Za-z][a-z]+\\b"_s);
    static const QStringList keys = { u"Ctrl"_s, u"Alt"_s, u"Shift"_s, u"Del"_s, u"Ins"_s, u"Esc"_s,
        u"Enter"_s, u"Tab"_s, u"Home"_s, u"End"_s, u"PgUp"_s, u"PgDown"_s, u"Space"_s };
    QStringList found;
    for (const QRegularExpressionMatch &match : word.globalMatch(plain(text)))
        if (!keys.contains(match.captured(0)))
            found << match.captured(0);
    return found;
}

QStringList notInLanguage(const QList<ShownText> &texts, dsn::Language language)
{
    const std::map<dsn::Language, Strings> &strings = catalogueStrings();
    // The languages offered are named in their own language (login screen, Language menu).
    static const QStringList languageNames = { u"Қазақ тілі"_s, u"Русский язык"_s };
    QStringList problems;
    QSet<QString> reported;
    for (const ShownText &t : texts) {
        const QString key = t.where + u'\x1f' + t.text;
        if (reported.contains(key) || languageNames.contains(t.text))
            continue;
        if (language != dsn::Language::English && !t.data && !foreignWords(t.text).isEmpty()) {
            problems << u"%1: English in \"%2\""_s.arg(t.where, t.text.left(100));
            reported.insert(key);
            continue;
        }
        const Strings &own = strings.at(language);
        for (const auto &[other, theirs] : strings) {
            if (other == language || !theirs.has(t.text) || own.has(t.text))
                continue;
            problems << u"%1: \"%2\" is %3"_s.arg(t.where, t.text.left(100), dsn::languageCode(other));
            reported.insert(key);
            break;
        }
    }
    return problems;
}

} // namespace dsntest
