#pragma once

#include "base/language.h"

#include <QString>
#include <QStringView>

namespace dsn::office {

// The language the office's messages are made in on this thread: the language the request
// being answered asked for (its Accept-Language header: kk or ru), English otherwise (dsnctl,
// the office's own log and command line).
Language messageLanguage();

class MessageLanguageScope
{
public:
    explicit MessageLanguageScope(Language language);
    ~MessageLanguageScope();
    MessageLanguageScope(const MessageLanguageScope &) = delete;
    MessageLanguageScope &operator=(const MessageLanguageScope &) = delete;

private:
    Language m_previous;
};

// kk or ru when the header's first language is one of them ("ru-RU,ru;q=0.9" is ru).
Language languageOfAcceptHeader(QStringView header);

// A string of the office's catalogue contexts in messageLanguage(); the sources mark their
// texts with QT_TRANSLATE_NOOP so that lupdate finds them.
QString officeText(const char *context, const char *text);

} // namespace dsn::office
