#!/usr/bin/env bash
# Installs what the test suite needs: kgbuild with its test extras (PyPI) and, from Debian's
# packages, headless Chromium and a CJK font for the HTML view's browser test, and the triple
# stores and strict parsers of tests/test_stores.py: Apache Jena (with a JRE), Virtuoso 7,
# rapper and serdi.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk" \
   || ! command -v java >/dev/null 2>&1 || [ ! -f /usr/share/java/jena-cmds.jar ] \
   || ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v rapper >/dev/null 2>&1 \
   || ! command -v serdi >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-wqy-zenhei \
      libapache-jena-java default-jre-headless virtuoso-opensource-7 raptor2-utils serdi >/dev/null
  else
    echo "tests/setup.sh: run as root (or install chromium and fonts-wqy-zenhei) for the browser test" >&2
    echo "tests/setup.sh: and libapache-jena-java default-jre-headless virtuoso-opensource-7" \
         "raptor2-utils serdi for the triple store tests" >&2
  fi
fi
python -m pip install -q --disable-pip-version-check -e '.[test]'
# Debian's Jena 4.5.0 needs its Xerces message bundles put back on the class path before
# first use; tests/stores/jena.sh does that (once) and runs Jena's commands.
if [ -f /usr/share/java/jena-cmds.jar ] && command -v java >/dev/null 2>&1; then
  bash tests/stores/jena.sh riot --version >/dev/null
fi
