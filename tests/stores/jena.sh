#!/usr/bin/env bash
# Runs a command of Debian's Apache Jena (package libapache-jena-java), which ships the jars
# but not Jena's launch scripts:
#
#   bash tests/stores/jena.sh riot --validate output/graph.ttl
#   bash tests/stores/jena.sh tdb2.tdbloader --loc kgdb output/graph.ttl
#   bash tests/stores/jena.sh tdb2.tdbquery --loc kgdb --results=json --query Q.rq
#   bash tests/stores/jena.sh arq --data output/graph.ttl --query Q.rq
#
# Debian's Jena 4.5.0 fails on first use ("ExceptionInInitializerError ... internal error" in
# xerces.impl.dv.SchemaDVFactory): Debian moved the Xerces classes inside jena-core.jar to the
# package `xerces` but left their message bundles under org/apache/jena/ext/xerces, so the
# classes cannot find them. This script copies the bundles to where the classes look
# (xerces/impl/msg, xerces/impl/xpath/regex) in a folder it puts first on the class path.
# The folder is $KGBUILD_JENA_FIX, by default ~/.cache/kgbuild/jena-xerces; it is made once.
#
# Extra JVM options come from $JENA_JAVA_OPTS (for example -XX:TieredStopAtLevel=1, which
# starts short commands faster).
set -euo pipefail

JARS=${JENA_JARS:-/usr/share/java}
FIX=${KGBUILD_JENA_FIX:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/kgbuild/jena-xerces}

if [ $# -lt 1 ]; then
  echo "usage: $0 riot|arq|sparql|tdb2.tdbloader|tdb2.tdbquery|CLASS [ARGS...]" >&2
  exit 2
fi
if [ ! -f "$JARS/jena-core.jar" ] || ! command -v java >/dev/null 2>&1; then
  echo "$0: Apache Jena is not installed: apt-get install libapache-jena-java default-jre-headless" >&2
  exit 2
fi

if [ ! -f "$FIX/xerces/impl/msg/XMLSchemaMessages.properties" ]; then
  mkdir -p "$FIX"
  python3 - "$JARS/jena-core.jar" "$FIX" <<'EOF'
import sys, zipfile
from pathlib import Path

jar, fix = sys.argv[1], Path(sys.argv[2])
shaded = "org/apache/jena/ext/xerces/impl/"
with zipfile.ZipFile(jar) as archive:
    for name in archive.namelist():
        if name.startswith(shaded) and name.endswith(".properties"):
            target = fix / "xerces" / "impl" / name[len(shaded):]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
EOF
fi

# The jars of Jena and of the libraries its Debian poms depend on, with one logging binding.
CP="$FIX"
for jar in jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index \
           jena-dboe-storage jena-dboe-trans-data jena-dboe-transaction jena-iri \
           jena-rdfconnection jena-shacl jena-shex jena-tdb jena-tdb2 \
           slf4j-api slf4j-jdk14 jcl-over-slf4j jul-to-slf4j commons-cli commons-codec \
           commons-compress commons-csv commons-io commons-lang3 dexx.collection guava gson \
           httpclient httpclient-cache httpcore jackson-core jackson-databind \
           jackson-annotations jakarta.json-api protobuf thrift jsonld-java titanium-json-ld; do
  if [ -f "$JARS/$jar.jar" ]; then
    CP="$CP:$JARS/$jar.jar"
  fi
done

tool=$1
shift
case "$tool" in
  riot | turtle | ntriples | nquads | trig | rdfxml) class="riotcmd.$tool" ;;
  arq | sparql | qparse | uparse | update) class="arq.$tool" ;;
  *) class=$tool ;;  # tdb2.tdbloader, tdb2.tdbquery, tdb2.tdbstats ... are class names already
esac

# shellcheck disable=SC2086 # JENA_JAVA_OPTS holds several options
exec java ${JENA_JAVA_OPTS:-} -cp "$CP" "$class" "$@"
