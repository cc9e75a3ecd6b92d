#pragma once

#include "base/language.h"
#include "base/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

// The acts the printed decisions cite (the Rules and the order that approved them, the Tax Code
// and its article behind refusal ground 1, the code of civil procedure), as data rather than
// template text: the Tax Code the Rules cite was replaced by a new code on 1 January 2026, and
// such names and article numbers change without the documents' layout changing. The shipped
// texts are resources/reference/legalrefs.csv (columns key, kk, ru, usage); an administrator's
// correction of one is kept in the store's settings (settings/legaloverrides.h).
namespace dsn {

struct LegalReference
{
    QString key;           // rules_order, tax_code_name, ... (letters, digits and "_")
    LocalizedName text;    // in force: the shipped text, or the administrator's correction
    LocalizedName shipped; // as shipped
    QString usage;         // how the documents print it, for the administrator (English)

    bool overridden(Language language) const { return text.in(language) != shipped.in(language); }
};

class LegalReferences
{
public:
    static const QString kFile; // "legalrefs.csv"

    // The keys the printed documents use.
    static constexpr QStringView kRulesName = u"rules_name";
    static constexpr QStringView kRulesOrder = u"rules_order";
    static constexpr QStringView kTaxCodeName = u"tax_code_name";
    static constexpr QStringView kTaxCodeArticleRegistration = u"tax_code_article_registration";
    static constexpr QStringView kCourtCode = u"court_code";

    // Loaded once from the embedded :/reference/legalrefs.csv; broken embedded data is a build
    // defect and ends the program with the reason.
    static const LegalReferences &shipped();
    // Parses the table: a header naming key, kk and ru (usage optional); every key once, both
    // texts given, each one line. The error's message reads "line <n>: <reason>".
    static Result<LegalReferences> parse(const QString &csv);

    // In file order.
    const QList<LegalReference> &all() const { return m_references; }
    const LegalReference *find(QStringView key) const;
    // The text in force in the language (English falls back to Russian); empty for an unknown key.
    QString text(QStringView key, Language language) const;
    // Every key with its text in force in the language, for a document's data.
    QMap<QString, QString> texts(Language language) const;

    // Replaces the text in force of a known key in one language (Kazakh, or Russian for both
    // Russian and English); false for an unknown key.
    bool setText(QStringView key, Language language, const QString &text);

private:
    QList<LegalReference> m_references;
};

} // namespace dsn
