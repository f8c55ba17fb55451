#!/usr/bin/env bash
# Lists the classes one start of the app loads (through the first drawn frame) into packaging/cds/classes.txt.
# `mvn package` turns that list into the class-data-sharing archive target/sed-explorer.jsa, which the README's
# start command names (-XX:SharedArchiveFile): the JVM then maps those classes instead of loading, verifying and
# linking each from its jar. Run it again when start-up code changes a lot; a stale list only costs start-up time
# (a class it names that is gone is skipped, one it misses is loaded as usual).
#
#   packaging/cds/train.sh     (needs a display: DISPLAY set, e.g. Xvfb)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
[[ -n "${DISPLAY:-}" ]] || { echo "train.sh: no DISPLAY; start one (e.g. Xvfb :5 &; export DISPLAY=:5)" >&2; exit 1; }
[[ -f target/sed-explorer.jar ]] || mvn -B -q package -DskipTests
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
java -XX:DumpLoadedClassList=packaging/cds/classes.txt -Dsed.startup.exit=true -Dsed.data="$data" \
    -Dsed.prefs=io/github/sedexplorer-cds-training -jar target/sed-explorer.jar
wc -l packaging/cds/classes.txt
