#include "officecore/messagelanguage.h"

#include "base/translations.h"

namespace dsn::office {

namespace {
thread_local Language t_language = Language::English;
}

Language messageLanguage()
{
    return t_language;
}

MessageLanguageScope::MessageLanguageScope(Language language)
    : m_previous(t_language)
{
    t_language = language;
}

MessageLanguageScope::~MessageLanguageScope()
{
    t_language = m_previous;
}

Language languageOfAcceptHeader(QStringView header)
{
    const QStringView first = header.left(header.indexOf(u',')).trimmed();
    const QStringView primary = first.left(first.indexOf(u'-')).left(first.indexOf(u';')).trimmed();
    if (primary.compare(u"kk", Qt::CaseInsensitive) == 0)
        return Language::Kazakh;
    if (primary.compare(u"ru", Qt::CaseInsensitive) == 0)
        return Language::Russian;
    return Language::English;
}

QString officeText(const char *context, const char *text)
{
    return translateIn(t_language, context, text);
}

} // namespace dsn::office
