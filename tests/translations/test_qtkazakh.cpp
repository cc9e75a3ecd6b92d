// Qt's own dialogs in Kazakh: Debian ships no Kazakh qtbase catalogue, the product's
// translations/qtbase_kk.ts stands in for the strings the workstation shows.

#include "base/translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace {

// Read as Kazakh: Cyrillic letters and no Latin word (key names such as Ctrl aside).
bool readsKazakh(const QString &text)
{
    static const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
    static const QRegularExpression cyrillic(u"[\\x{0400}-\\x{04FF}]"_s);
    QString plain = text;
    plain.remove(u'&');
    return plain.contains(cyrillic) && !plain.contains(latinWord);
}

} // namespace

class TestQtKazakh : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(dsn::installTranslations(dsn::Language::Kazakh)); }
    void cleanupTestCase() { dsn::installTranslations(dsn::Language::English); }
    void standardButtons();
    void printPreviewToolbar();
    void lineEditMenu();
    void russianFromDebian();
};

void TestQtKazakh::standardButtons()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes
        | QDialogButtonBox::No | QDialogButtonBox::Save | QDialogButtonBox::Close | QDialogButtonBox::Apply
        | QDialogButtonBox::Discard);
    const QList<QAbstractButton *> buttons = box.buttons();
    QCOMPARE(buttons.size(), 8);
    for (QAbstractButton *button : buttons) {
        QString text = button->text();
        // "OK" is written the same in Kazakh software; the rest are words.
        if (box.standardButton(button) == QDialogButtonBox::Ok)
            QVERIFY2(text.remove(u'&') == u"ОК"_s || text == u"OK"_s, qPrintable(text));
        else
            QVERIFY2(readsKazakh(text), qPrintable(text));
    }
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Бас тарту"_s);
}

void TestQtKazakh::printPreviewToolbar()
{
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    QPrintPreviewDialog dialog(&printer);
    const QList<QToolBar *> toolbars = dialog.findChildren<QToolBar *>();
    QVERIFY(!toolbars.isEmpty());
    int checked = 0;
    for (QToolBar *toolbar : toolbars) {
        for (QAction *action : toolbar->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            QVERIFY2(readsKazakh(action->text()), qPrintable(action->text()));
            ++checked;
        }
    }
    // Fit width and page, zoom in and out, portrait, landscape, first/previous/next/last page,
    // single/facing/all pages, page setup, print.
    QVERIFY2(checked >= 14, qPrintable(QString::number(checked)));
}

void TestQtKazakh::lineEditMenu()
{
    QLineEdit edit;
    edit.setText(u"Ақтөбе"_s);
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    int checked = 0;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        QString text = action->text();
        text = text.section(u'\t', 0, 0); // the shortcut after the tab is the key's name
        QVERIFY2(readsKazakh(text), qPrintable(text));
        ++checked;
    }
    QVERIFY(checked >= 6);
}

void TestQtKazakh::russianFromDebian()
{
    QVERIFY(dsn::installTranslations(dsn::Language::Russian));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Отмена"_s);
}

QTEST_MAIN(TestQtKazakh)
#include "test_qtkazakh.moc"
