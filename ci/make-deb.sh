#!/usr/bin/env bash
# ci/make-deb.sh - builds fdsuite_VERSION_ARCH.deb with dpkg-buildpackage
# from a copy of this tree (the files git knows, with uncommitted edits)
# under a temporary directory, so the tree gets nothing but the results,
# copied to OUT (default $BUILD/deb): the .deb, .dsc, source tarball,
# .buildinfo and .changes.  The runner records the tree's revision.
# DEB_BUILD_OPTIONS defaults to "nocheck parallel=2": the suite is run from
# the installed package instead (ci/check-deb.sh, the autopkgtest).
#
# usage: ci/make-deb.sh [OUT]       (BUILD=build)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
out=${1:-$BUILD/deb}
for c in dpkg-buildpackage dh dpkg-parsechangelog; do
	command -v "$c" >/dev/null || { echo "make-deb: $c is missing (apt-get install dpkg-dev debhelper)" >&2; exit 2; }
done
ver=$(dpkg-parsechangelog -S Version)
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
src=$work/fdsuite-$ver
mkdir "$src"
if git rev-parse --git-dir >/dev/null 2>&1; then
	git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
		tar --null -T - -cf - | tar -xf - -C "$src"
else
	tar --exclude='./build*' --exclude=./.cache -cf - . | tar -xf - -C "$src"
fi
rev=$(ci/revision.sh)
echo "make-deb: building fdsuite $ver (revision $rev) in $src" >&2
(cd "$src" && FDSUITE_REV=$rev DEB_BUILD_OPTIONS=${DEB_BUILD_OPTIONS:-nocheck parallel=2} \
	nice dpkg-buildpackage -us -uc >"$work/build.log" 2>&1) || {
	tail -40 "$work/build.log" >&2
	echo "make-deb: dpkg-buildpackage failed" >&2
	exit 1
}
mkdir -p "$out"
# the package, its debug symbols, the source and the .changes naming them all
cp "$work"/fdsuite*_"$ver"[._]* "$out"/
ls "$out"/fdsuite_"$ver"_*.deb
