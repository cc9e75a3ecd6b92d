#pragma once

#include "cases/application.h"

#include <QStringList>

namespace dsn {
class CaseStore;
}

namespace dsn::gui {

// The early warnings of the counter form: the subject (same IIN/BIN) already has a case that is
// not final, or already holds a DSN code for a product of the same type and name (the second
// refusal ground). Never block acceptance: only the provider may refuse. Read only.
QStringList openCaseWarnings(const CaseStore &cases, const Application &application);

} // namespace dsn::gui
