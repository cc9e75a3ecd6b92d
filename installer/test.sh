#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh
bash installer/build.sh ci
ctest --preset ci
