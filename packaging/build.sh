#!/usr/bin/env bash
# Builds a self-contained SED Explorer: a jlink'd Java runtime plus the app, as a jpackage app image
# in target/package/sed-explorer/ and, with --deb, a Debian package in target/package/.
#
#   packaging/build.sh [--no-build] [--deb]
#
#   --no-build  use the existing target/sed-explorer.jar and target/lib/ (skip mvn package)
#   --deb       also build target/package/sed-explorer_<version>_<arch>.deb (needs fakeroot, dpkg-deb)
#
# JDK 17 or later is needed (jlink, jpackage); JAVA_HOME is used when set, else the java on PATH.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=true
deb=false
for arg in "$@"; do
    case "$arg" in
        --no-build) build=false ;;
        --deb) deb=true ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

if [[ -n "${JAVA_HOME:-}" ]]; then
    bin="$JAVA_HOME/bin/"
else
    bin="$(dirname "$(readlink -f "$(command -v java)")")/"
fi
for tool in jdeps jlink jpackage; do
    [[ -x "${bin}$tool" ]] || { echo "build.sh: ${bin}$tool not found; set JAVA_HOME to a JDK 17+" >&2; exit 1; }
done

name=sed-explorer
version=0.1.0
main_class=io.github.sedexplorer.Main
work=target/jpackage
out=target/package

if $build; then
    mvn -B -q package -DskipTests
fi
[[ -f target/$name.jar && -d target/lib ]] || { echo "build.sh: target/$name.jar or target/lib/ missing: run without --no-build" >&2; exit 1; }

rm -rf "$work" "$out"
mkdir -p "$work/input" "$out"

# The launcher puts only the main jar on the class path; its manifest Class-Path (lib/*.jar) finds the rest.
cp "target/$name.jar" "$work/input/"
cp -r target/lib "$work/input/lib"

# What jdeps finds in the app and its libraries (java.desktop comes in through jdk.unsupported.desktop).
# java.sql: Jackson's java.sql.Date support; jdk.jfr: JavaFX's pulse events; java.management: apfloat.
modules="$("${bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$work/input/lib/*" "$work/input/$name.jar")"
# Always present, whatever jdeps says: JavaFX (on the class path) needs Unsafe and AWT/Swing for javafx-swing,
# the app keeps its settings and recent files with java.prefs.
modules="$modules,jdk.unsupported,jdk.unsupported.desktop,java.desktop,java.prefs"
modules="$(tr ',' '\n' <<< "$modules" | sort -u | paste -sd, -)"
echo "runtime modules: $modules"

"${bin}jlink" --add-modules "$modules" --output "$work/runtime" \
    --strip-debug --no-header-files --no-man-pages --compress=2

common=(
    --name "$name"
    --app-version "$version"
    --vendor "SED Explorer"
    --description "Design neural-network cells and score them with the SED zero-cost proxy"
    --icon packaging/sed-explorer.png
)

"${bin}jpackage" --type app-image --dest "$out" "${common[@]}" \
    --input "$work/input" --main-jar "$name.jar" --main-class "$main_class" \
    --runtime-image "$work/runtime" \
    --java-options '-Dfile.encoding=UTF-8' \
    --java-options '-XX:SharedArchiveFile=$APPDIR/sed-explorer.jsa'

# The class-data-sharing archive of a start-up, made by the image's own runtime for the image's jar (one made by
# another JDK would be ignored): the window is drawn sooner. The .deb's postinst makes it again where it is installed.
app="$out/$name/lib/app"
cp packaging/cds/classes.txt "$app/cds-classes.txt"
archive() {
    "$out/$name/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/cds-classes.txt" \
        -XX:SharedArchiveFile="$app/sed-explorer.jsa" -Xlog:cds=off -cp "$app/$name.jar"
}
archive

if $deb; then
    # the archive names the image's path: the package's postinst makes its own where it is installed
    rm -f "$app/sed-explorer.jsa"
    # packaging/deb/ overrides jpackage's templates: a "SED Explorer" menu entry that opens a file it is
    # given, and a /usr/bin/sed-explorer link so the command line is on the PATH.
    license=()
    for f in LICENSE LICENSE.txt LICENSE.md; do
        if [[ -f $f ]]; then license=(--license-file "$f"); break; fi
    done
    "${bin}jpackage" --type deb --dest "$out" "${common[@]}" ${license[@]+"${license[@]}"} \
        --app-image "$out/$name" \
        --resource-dir packaging/deb \
        --linux-package-name "$name" \
        --linux-package-deps libgtk-3-0 \
        --linux-deb-maintainer "${DEB_MAINTAINER:-sed-explorer@users.noreply.github.com}" \
        --linux-menu-group Science \
        --linux-app-category science \
        --linux-shortcut \
        --about-url "https://arxiv.org/abs/2411.06236"
    archive
fi

echo
du -sh "$out/$name" "$work/runtime"
if $deb; then du -sh "$out"/*.deb; fi
