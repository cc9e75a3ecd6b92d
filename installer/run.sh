#!/usr/bin/env bash
# Installs what is missing, builds, and starts the workstation as a demonstration (--demo) on
# the demonstration's own store (demo.sqlite next to the workstation's own store, which it never
# touches): set up with demo users when new, and the demo login is printed.
# A local office service (dsn-office on SQLite, on this computer only) runs alongside and is
# stopped when the workstation ends; on the first run the workstation is registered with it and
# its sync is configured, unless the store already has sync settings.
#   DSN_OFFICE_PORT  the local office's port (default 8470)
#   DSN_NO_OFFICE=1  start the workstation alone
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-debian.sh
bash installer/build.sh default

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display found (DISPLAY is not set); start it from a desktop session," >&2
  echo "run: or under a virtual one: xvfb-run -a bash installer/run.sh" >&2
  exit 1
fi

bin=build/default/app
dsnctl="$bin/dsnctl/dsnctl"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"

# The demonstration's store: --db PATH when given, otherwise the demonstration's own file.
store="$data_home/DSN/dsn-workstation/demo.sqlite"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --db) if [ $((i + 1)) -lt ${#args[@]} ]; then store="${args[i + 1]}"; fi ;;
    --db=*) store="${args[i]#--db=}" ;;
  esac
done

office_pid=""
stop_office() {
  if [ -n "$office_pid" ] && kill -0 "$office_pid" 2>/dev/null; then
    kill -TERM "$office_pid" 2>/dev/null || true
    wait "$office_pid" 2>/dev/null || true
  fi
  office_pid=""
}
trap stop_office EXIT
trap 'exit 130' INT TERM

start_office() {
  local port="${DSN_OFFICE_PORT:-8470}"
  local folder="$data_home/DSN/dsn-office"
  local db="$folder/office.sqlite"
  local log="$folder/dsn-office.log"
  local url="http://127.0.0.1:$port"
  mkdir -p "$folder" "$(dirname "$store")"

  "$bin/office/dsn-office" --db "sqlite:$db" --listen "127.0.0.1:$port" >"$log" 2>&1 &
  office_pid=$!
  # Ready when it says where it listens (at most ten seconds).
  local tries=0
  until grep -q "listening on" "$log" 2>/dev/null; do
    if ! kill -0 "$office_pid" 2>/dev/null || [ "$tries" -ge 100 ]; then
      echo "run: the local office did not start (see $log); the workstation runs without it." >&2
      stop_office
      return 0
    fi
    sleep 0.1
    tries=$((tries + 1))
  done
  echo "Local office service: $url (database $db, log $log)"

  # First run: the store is set up (as the demonstration) before its sync can be configured;
  # the workstation prints the demo login when it starts.
  if [ ! -e "$store" ]; then
    local setup
    if ! setup="$("$bin/workstation/dsn-workstation" --demo --setup-only "$@" 2>&1)"; then
      printf '%s\n' "$setup" >&2
      echo "run: the store $store could not be set up; sync is not configured." >&2
      return 0
    fi
  fi
  # Register this workstation with the local office and configure its sync, unless the store
  # already has an office.
  if "$dsnctl" --db "$store" sync status 2>/dev/null | grep -q '^office -$'; then
    local name="DEMO01"
    if [ -e "$store" ] && command -v sqlite3 >/dev/null; then
      local code
      code="$(sqlite3 "$store" "SELECT value FROM settings WHERE key = 'workstation.code'" 2>/dev/null || true)"
      if [ -n "$code" ]; then name="$code"; fi
    fi
    local out token=""
    # A name the office already knows (its database kept, the store new) gets a suffix. The
    # place of a counter is its State Corporation branch: here the local one.
    for candidate in "$name" "$name-$(date +%s)"; do
      if out="$("$dsnctl" --db "sqlite:$db" office register-workstation "$candidate" --role counter --place LOCAL 2>&1)"; then
        token="$(printf '%s\n' "$out" | tail -n 1)"
        break
      fi
    done
    if [ -z "$token" ]; then
      echo "run: this workstation could not be registered with the local office: $out" >&2
    # The token on standard input, never on a command line other users can see.
    elif printf '%s\n' "$token" | "$dsnctl" --db "$store" sync configure --office "$url" --token - >/dev/null; then
      echo "Sync configured: this workstation sends its applications to $url"
    else
      echo "run: sync could not be configured on $store" >&2
    fi
  fi
}

if [ "${DSN_NO_OFFICE:-0}" != "1" ]; then
  start_office "$@"
fi

# Not exec: the office is stopped when the workstation ends.
status=0
"$bin/workstation/dsn-workstation" --demo "$@" || status=$?
exit "$status"
