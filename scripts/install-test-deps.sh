#!/usr/bin/env bash
# Installs the system packages the tests start for real: PostgreSQL (repository tests on both
# engines), Dovecot (IMAP), OpenSSL (its test certificate) and Chromium (browser tests).
# Idempotent: installs only what is missing. Debian/Ubuntu with apt-get, as root (or with sudo).
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)

if [ ${#need[@]} -eq 0 ]; then
  echo "test prerequisites: all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "test prerequisites missing: ${need[*]}; install them as root (apt-get install ${need[*]})" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "test prerequisites missing: ${need[*]}; this script knows apt-get only, install them by hand" >&2
  exit 1
fi
echo "test prerequisites: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# The Debian packages start their services; the tests run their own throwaway instances instead.
for svc in postgresql dovecot; do
  $sudo service "$svc" stop >/dev/null 2>&1 || true
done
echo "test prerequisites: installed ${need[*]}"
