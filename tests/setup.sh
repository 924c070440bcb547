#!/usr/bin/env bash
# Installs what the test suite needs: kgbuild with its test extras (PyPI) and, from Debian's
# packages, headless Chromium and a CJK font for the HTML view's browser test.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk"; then
  if [ "$(id -u)" = "0" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-wqy-zenhei >/dev/null
  else
    echo "tests/setup.sh: run as root (or install chromium and fonts-wqy-zenhei) for the browser test" >&2
  fi
fi
python -m pip install -q --disable-pip-version-check -e '.[test]'
