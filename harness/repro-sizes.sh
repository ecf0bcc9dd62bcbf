#!/usr/bin/env bash
# repro-sizes.sh - the size of the minimal reproducer `fdreport cite --repro`
# writes, for every test point of the suite: one line per point (lines,
# id, "fixture" when the point execs fdprobe or another fixture), then the
# minimum, median and maximum, overall and for the points that exec no
# fixture.  With CC set (e.g. CC="cc -Wall -Wextra -Werror"), every
# reproducer is also compiled, and one that does not build is a failure.
#
# usage: harness/repro-sizes.sh [OUT.tsv]     (BUILD=build)
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.." || exit 2
[ -x "$BUILD/harness/fdreport" ] || { echo "repro-sizes: build first (make)" >&2; exit 2; }
out=${1:-/dev/stdout}
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsizes.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
grep -oE 'FT_POINT(_OPTS)?\([a-z0-9_]+' cases/*/*.c |
	sed -E 's|^cases/(.*)\.c:FT_POINT(_OPTS)?\(|\1/|' >"$work/points"
while read -r id; do
	f="$work/repro.c"
	if ! "$BUILD/harness/fdreport" cite --repro "$f" "$id" 2>"$work/err"; then
		echo "repro-sizes: $id: $(cat "$work/err")" >&2; fail=1; continue
	fi
	kind=plain
	grep -qE 'ft_fdprobe_main|ft_fixture\(' "$f" && kind=fixture
	if [ -n "${CC:-}" ] && ! $CC -o "$work/repro" "$f" 2>"$work/cc.log"; then
		echo "repro-sizes: $id: does not build with $CC:" >&2; head -5 "$work/cc.log" >&2; fail=1
	fi
	printf '%s\t%s\t%s\n' "$(wc -l <"$f")" "$id" "$kind"
done <"$work/points" >"$work/sizes"
stats() { # LABEL < lines
	sort -n | awk -v l="$1" '{ a[NR] = $1 } END { if (NR) printf "%s: %d points, min %d, median %d, max %d\n", l, NR, a[1], a[int((NR + 1) / 2)], a[NR] }'
}
{
	cat "$work/sizes"
	cut -f1 "$work/sizes" | stats "all points"
	awk -F'\t' '$3 == "plain"' "$work/sizes" | cut -f1 | stats "points that exec no fixture"
	printf 'largest without a fixture: %s\n' "$(awk -F'\t' '$3 == "plain"' "$work/sizes" | sort -n | tail -1 | cut -f1,2)"
	printf 'largest with a fixture: %s\n' "$(awk -F'\t' '$3 == "fixture"' "$work/sizes" | sort -n | tail -1 | cut -f1,2)"
} >"$out"
exit $fail
