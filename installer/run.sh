#!/usr/bin/env bash
# Installs what is missing, builds, and starts the workstation on its embedded defaults. An
# empty store is set up as a demonstration first (--demo), and the demo login is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh
bash installer/build.sh default

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display found (DISPLAY is not set); start it from a desktop session," >&2
  echo "run: or under a virtual one: xvfb-run -a bash installer/run.sh" >&2
  exit 1
fi
exec build/default/app/workstation/dsn-workstation --demo "$@"
