#!/usr/bin/env bash
# Installs what the tests need and npm cannot: Debian's Chromium for the browser tests (playwright's own browser
# download is not reachable here), and Mozilla Rhino (librhino-java) with a headless JRE for the Node-vs-Rhino
# differential suite (test/rhino). Idempotent: installs only what is missing.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium chromium-driver fonts-liberation)
[ -f /usr/share/java/rhino.jar ] || missing+=(librhino-java)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-test-deps: need root (or sudo) to apt-get install ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
[ -x /usr/bin/chromium ] && /usr/bin/chromium --version
java -cp /usr/share/java/rhino.jar org.mozilla.javascript.tools.shell.Main -version 200 -e 'print("Rhino runs on Java " + java.lang.System.getProperty("java.version"))'
