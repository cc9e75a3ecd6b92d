#!/usr/bin/env bash
# Installs the Debian 12 packages the workstation needs to build, run and test.
# Idempotent: only packages that are not installed yet are fetched.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-pdf-dev libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n
  libqrencode-dev libargon2-dev libmicrohttpd-dev libsqlite3-dev
  # Ed25519 signatures of DSN certificates (EVP API of OpenSSL 3): maintained, and its library
  # is already on every Debian machine.
  libssl-dev
  postgresql xvfb xauth fonts-dejavu-core poppler-utils
  # The project's one C++ style, checked by the test command (format_check).
  clang-format
  # Tests only: an independent decoder reads the printed QR codes back; openssl s_client
  # checks the office's TLS settings.
  zbar-tools openssl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: run as root (or with sudo) to install them" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
