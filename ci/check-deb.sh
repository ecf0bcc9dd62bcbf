#!/usr/bin/env bash
# ci/check-deb.sh - the Debian package builds (ci/make-deb.sh), lintian
# reports no error in it, dpkg installs it into a scratch root (dpkg --root
# with an empty database: nothing on this system changes), the installed
# fdsuite runs the whole suite there and it passes, the autopkgtest script
# (debian/tests/run-suite) passes against that root, and dpkg removes every
# file again.  lintian's warnings are printed.  Takes as long as a build
# of the suite and a run of it (minutes): not part of `make check`.
# Output is TAP.
#
# usage: ci/check-deb.sh      (BUILD=build; JOBS=2)
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
JOBS=${JOBS:-2}
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-checkdeb.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
n=0 fail=0
t() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi; }

ci/make-deb.sh "$work/out" >"$work/made" 2>"$work/make.log"
t $? "dpkg-buildpackage built $(basename "$(cat "$work/made")")"
deb=$(cat "$work/made")
[ -f "$deb" ] || { cat "$work/make.log" >&2; echo "1..$n"; exit 1; }
mkdir -p "$BUILD/deb" && cp "$work"/out/* "$BUILD/deb/"
case $(basename "$deb") in
fdsuite_$(dpkg-parsechangelog -S Version)_$(dpkg --print-architecture).deb) t 0 "named fdsuite_VERSION_ARCH.deb" ;;
*) t 1 "named fdsuite_VERSION_ARCH.deb" ;;
esac

if command -v lintian >/dev/null; then
	# every file the .changes names must be there, or lintian skips it all
	lintian --info --display-info "$work"/out/*.changes >"$work/lintian" 2>&1
	lrc=$?
	errors=$(grep -c '^E: ' "$work/lintian")
	! grep -q 'No packages selected\|^Skipping' "$work/lintian"; t $? "lintian checked the package"
	[ "$errors" = 0 ] && [ "$lrc" = 0 ]
	t $? "lintian: no errors ($(grep -c '^W: ' "$work/lintian") warnings, $(grep -c '^I: ' "$work/lintian") notes)"
	grep -E '^(E|W|I): ' "$work/lintian" | sort -u | sed 's/^/# lintian /'
else
	t 1 "lintian is missing (apt-get install lintian)"
fi

root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
: >"$root/var/lib/dpkg/status"
# an empty root has no libc6 in its database: the dependency is this system's
dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1
t $? "dpkg --root installs it into a scratch root"
installed=$(find "$root/usr/libexec/fdsuite/cases" -type f | wc -l)
sources=$(ls cases/*/*.c | wc -l)
[ "$installed" = "$sources" ]; t $? "$installed of $sources case programs installed"
for m in fdsuite fdrun fdreport; do
	[ -f "$root/usr/share/man/man1/$m.1.gz" ]; t $? "man page $m(1) installed"
done
listed=$("$root/usr/bin/fdsuite" list | wc -l)
[ "$listed" = "$sources" ]; t $? "fdsuite list: $listed cases"
"$root/usr/bin/fdsuite" run -q -j "$JOBS" -n scratch-root -o "$work/r.json" >"$work/run.tap" 2>"$work/run.err"
rc=$?
t $rc "fdsuite run in the scratch root passes: $(tail -1 "$work/run.err")"
[ $rc = 0 ] || grep '^not ok' "$work/run.tap" | head -5 | sed 's/^/# /'
grep -q "\"build\": \"$root/usr/libexec/fdsuite\"" "$work/r.json"
t $? "the results name the installed cases as the command that reproduces them"
"$root/usr/bin/fdsuite" cite --repro "$work/repro.c" dup/shares_offset/read_moves_both "$work/r.json" >/dev/null &&
	cc -o "$work/repro" "$work/repro.c" && (cd "$work" && ./repro) | grep -q '^ok '
t $? "fdsuite cite makes a reproducer from the installed sources that builds and passes"
mkdir -p "$work/art"
PATH=$root/usr/bin:$PATH AUTOPKGTEST_ARTIFACTS=$work/art AUTOPKGTEST_TMP=$work \
	sh debian/tests/run-suite >"$work/autopkgtest.log" 2>&1
t $? "the autopkgtest (debian/tests/run-suite) passes: $(tail -1 "$work/autopkgtest.log")"
dpkg --root="$root" --force-not-root --log=/dev/null -P fdsuite >>"$work/dpkg.log" 2>&1
t $? "dpkg --root purges it"
left=$(find "$root" -mindepth 1 -not -path "$root/var*" -not -type d | head -5)
[ -z "$left" ]; t $? "no file left after purge${left:+: $left}"
echo "1..$n"
exit $fail
