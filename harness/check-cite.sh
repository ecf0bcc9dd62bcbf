#!/usr/bin/env bash
# check-cite.sh - the reproducers `fdreport cite` generates build with plain
# `cc` and reach the same verdict as the case program: for the first point
# of one case per area (and every case that execs fdprobe in the first
# area that has one), on this host, and under the fault shim
# dup_reopens, where both must report "not ok".  Output is TAP.
#
# usage: harness/check-cite.sh        (BUILD=build, CC=cc)
set -u
BUILD=${BUILD:-build}
CC=${CC:-cc}
cd "$(dirname "$0")/.." || exit 2
[ -d "$BUILD" ] && BUILD=$(cd "$BUILD" && pwd)
[ -x "$BUILD/harness/fdreport" ] || { echo "check-cite: build first (make)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/fdcite.XXXXXX")
trap 'rm -rf "$work"' EXIT
export FDSUITE_FIXTURES="$BUILD/fixtures"
picks=()
for area in $(ls "$BUILD/cases"); do
	picks+=("$area/$(ls "$BUILD/cases/$area" | head -1)")
done
probe=$(grep -l ft_exec_probe cases/*/*.c 2>/dev/null | head -1)
[ -n "$probe" ] && { probe=${probe#cases/}; picks+=("${probe%.c}"); }
picks+=(dup/shares_offset)
"$BUILD/harness/fdrun" -q -b "$BUILD" -n cite-check -o "$work/r.json" "${picks[@]}" >/dev/null 2>&1
n=0; fail=0
verdict() { grep -m1 -oE '^(not ok|ok)' <<<"$1"; }
check() { # LABEL CASE POINT [PRELOAD]
	local label=$1 c=$2 p=$3 pre=${4:-} src="$work/${c//\//_}.c" bin
	bin="${src%.c}"
	n=$((n + 1))
	if ! "$BUILD/harness/fdreport" cite --repro "$src" "$c/$p" "$work/r.json" >"$work/report.md" 2>"$work/err"; then
		echo "not ok $n - cite $c/$p: $(cat "$work/err")"; fail=1; return
	fi
	if ! $CC -o "$bin" "$src" 2>"$work/cc.log"; then
		echo "not ok $n - reproducer for $c/$p does not build with $CC"; sed 's/^/  # /' "$work/cc.log" | head; fail=1; return
	fi
	local a b
	a=$(cd "$work" && LD_PRELOAD=$pre "$bin" 2>&1)
	b=$(cd "$work" && LD_PRELOAD=$pre "$BUILD/cases/$c" "$p" 2>&1)
	if [ -n "$(verdict "$a")" ] && [ "$(verdict "$a")" = "$(verdict "$b")" ] &&
		{ [ -z "$pre" ] || [ "$(verdict "$a")" = "not ok" ]; }; then
		echo "ok $n - $label $c/$p: reproducer and case agree ($(verdict "$a"))"
	else
		echo "not ok $n - $label $c/$p: reproducer says '$(verdict "$a")', case says '$(verdict "$b")'"; fail=1
	fi
}
echo "TAP version 13"
for c in $(printf '%s\n' "${picks[@]}" | sort -u); do
	p=$("$BUILD/cases/$c" --list | head -1); p=${p##*/}
	check "host" "$c" "$p"
done
if [ -f "$BUILD/shims/dup_reopens.so" ]; then
	check "under shim dup_reopens" dup/shares_offset read_moves_both "$BUILD/shims/dup_reopens.so"
fi
echo "1..$n"
exit $fail
