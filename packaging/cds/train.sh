#!/usr/bin/env bash
# Lists the classes one start of the app loads (through the first drawn frame), and those of a short score run, into
# packaging/cds/classes.txt.
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
java -XX:DumpLoadedClassList="$data/window.txt" -Dsed.startup.exit=true -Dsed.data="$data" \
    -Dsed.prefs=io/github/sedexplorer-cds-training -jar target/sed-explorer.jar
# the command line's start too: a few lines through score, and the space list
java -XX:DumpLoadedClassList="$data/score.txt" -jar target/sed-explorer.jar enumerate --space nb201 | head -100 \
    | java -XX:DumpLoadedClassList="$data/score2.txt" -jar target/sed-explorer.jar score --space nb201 > /dev/null
java -XX:DumpLoadedClassList="$data/spaces.txt" -jar target/sed-explorer.jar spaces > /dev/null
# one list: the window's first, then what the command line adds, each class once
awk '/^#/ { if (!seen[$0]++) print; next } !seen[$0]++' "$data/window.txt" "$data/score.txt" "$data/score2.txt" \
    "$data/spaces.txt" > packaging/cds/classes.txt
wc -l packaging/cds/classes.txt
