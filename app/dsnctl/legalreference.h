#pragma once

#include "commandtree.h"

namespace dsnctl {

// `dsnctl reference legal`: the legal references the printed decisions cite, as a store holds
// them in force, and `reference legal set KEY` to correct one (settings, audited).
Command legalReferenceCommand();

} // namespace dsnctl
