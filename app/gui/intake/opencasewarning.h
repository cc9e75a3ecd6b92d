#pragma once

#include "cases/application.h"

#include <QStringList>

namespace dsn {
class CaseStore;
}

namespace dsn::gui {

// The early warning of the counter form: the subject (same IIN/BIN) already has a case that is
// not final. Never blocks acceptance. Reads only.
QStringList openCaseWarnings(const CaseStore &cases, const Application &application);

} // namespace dsn::gui
