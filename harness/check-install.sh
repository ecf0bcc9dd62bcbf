#!/usr/bin/env bash
# check-install.sh - `make install` with DESTDIR lays the suite out as the
# FHS wants it, the installed fdsuite finds its cases from its own location
# (run from the DESTDIR tree, through a symlink elsewhere, and after the
# tree is moved), every command answers --help, and `make uninstall`
# removes every file it installed.  Output is TAP.
#
# usage: harness/check-install.sh      (BUILD=build)
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-install.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
n=0 fail=0
t() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi; }
D=$work/dest
make --no-print-directory -s BUILD="$BUILD" DESTDIR="$D" PREFIX=/usr install >"$work/install.log" 2>&1
t $? "make install DESTDIR=... PREFIX=/usr"
for f in usr/bin/fdsuite usr/bin/fdrun usr/bin/fdreport usr/libexec/fdsuite/fixtures/fdprobe \
	usr/libexec/fdsuite/cases/dup/shares_offset usr/share/fdsuite/shims.txt usr/share/fdsuite/FINDINGS.md \
	usr/share/fdsuite/src/harness/fdtest.h usr/share/fdsuite/src/cases/dup/shares_offset.c \
	usr/share/doc/fdsuite/README.md usr/share/man/man1/fdsuite.1; do
	[ -e "$D/$f" ]; t $? "installed /$f"
done
[ "$(grep -vc '^#' "$D/usr/share/fdsuite/shims.txt")" = "$(ls shims/*.c | wc -l)" ]
t $? "shims.txt lists every shim"
grep -q "^dup_reopens .*dup/shares_offset" "$D/usr/share/fdsuite/shims.txt"; t $? "shims.txt names each shim's targets"
"$D/usr/bin/fdsuite" version | grep -q "^fdsuite $(dpkg-parsechangelog -S Version 2>/dev/null || sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' debian/changelog)\$"
t $? "fdsuite version"
for c in run list report cite diff help; do
	"$D/usr/bin/fdsuite" "$c" --help >"$work/help" 2>&1 && grep -q "usage: fdsuite $c\|usage: fdsuite COMMAND" "$work/help"
	t $? "fdsuite $c --help"
done
"$D/usr/bin/fdsuite" nonsense >/dev/null 2>&1; [ $? = 2 ]; t $? "an unknown command exits 2"
(cd / && "$D/usr/bin/fdsuite" run -q dup -o "$work/dup.json" >"$work/dup.tap" 2>"$work/err")
t $? "DESTDIR/usr/bin/fdsuite run dup, from /: $(tail -1 "$work/err")"
[ "$(grep -c '^ok ' "$work/dup.tap")" -gt 20 ]; t $? "$(grep -c '^ok ' "$work/dup.tap") dup points passed"
mkdir "$work/elsewhere" && ln -s "$D/usr/bin/fdsuite" "$work/elsewhere/fdsuite"
(cd "$work" && PATH=$work/elsewhere:$PATH fdsuite list dup) >"$work/list" 2>&1
[ "$(wc -l <"$work/list")" = "$(ls cases/dup/*.c | wc -l)" ]; t $? "through a symlink found on PATH: fdsuite list dup"
mv "$D" "$work/moved"
"$work/moved/usr/bin/fdsuite" run -q exec >/dev/null 2>"$work/err"
t $? "the tree moved elsewhere: fdsuite run exec (cases exec the moved fixtures): $(tail -1 "$work/err")"
mv "$work/moved" "$D"
"$D/usr/bin/fdsuite" report -o "$work/R.md" "$work/dup.json" 2>/dev/null && grep -q '^## Environments' "$work/R.md"
t $? "fdsuite report"
make --no-print-directory -s BUILD="$BUILD" DESTDIR="$D" PREFIX=/usr uninstall >/dev/null 2>&1
t $? "make uninstall"
left=$(find "$D" -type f | head -5)
[ -z "$left" ]; t $? "make uninstall leaves no file${left:+: $left}"
echo "1..$n"
exit $fail
