#!/usr/bin/env bash
# check-shims.sh - proves that cases can fail.
#
# Every fault shim under shims/ is an LD_PRELOAD library that breaks one
# behavior; its source names the cases it must break on lines
#     fdsuite-targets: area/case area/case ...
# For each shim and target this runs the case binary with the shim
# preloaded and requires at least one "not ok" point.  Unless shims are
# named on the command line, it then requires every case program to be the
# target of at least one shim.  Output is TAP; exit 1 on any failure.
# Each case runs from a directory of its own (cwd and PWD), removed after:
# a shim that sends a relative path astray writes there, not in the tree.
#
# usage: harness/check-shims.sh [shims/NAME.c ...]      (BUILD=build)
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.." || exit 2
[ -d "$BUILD" ] && BUILD=$(cd "$BUILD" && pwd)
if [ ! -d "$BUILD/fixtures" ]; then
	echo "check-shims: $BUILD/fixtures is missing; run make first" >&2
	exit 2
fi
export FDSUITE_FIXTURES="$BUILD/fixtures"
coverage=1
if [ $# -gt 0 ]; then srcs=("$@"); coverage=0; else srcs=(shims/*.c); fi
runs=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-shims.XXXXXX") || exit 2
trap 'rm -rf "$runs"' EXIT
declare -A covered
lines=()
fail=0
for src in "${srcs[@]}"; do
	[ -f "$src" ] || { lines+=("not ok - no shim source $src"); fail=1; continue; }
	name=$(basename "$src" .c)
	so="$BUILD/shims/$name.so"
	targets=$(sed -n 's/.*fdsuite-targets:\(.*\)/\1/p' "$src")
	if [ -z "$targets" ]; then
		lines+=("not ok - shim $name names no fdsuite-targets"); fail=1; continue
	fi
	if [ ! -f "$so" ]; then
		lines+=("not ok - shim $name is not built ($so)"); fail=1; continue
	fi
	for t in $targets; do
		bin="$BUILD/cases/$t"
		if [ ! -x "$bin" ]; then
			lines+=("not ok - shim $name targets $t, which is not a built case"); fail=1; continue
		fi
		dir="$runs/$name.${t//\//_}"
		mkdir -p "$dir"
		out=$(cd "$dir" && PWD="$dir" LD_PRELOAD="$so" timeout 120 "$bin" 2>&1)
		n=$(grep -c '^not ok' <<<"$out")
		if [ "$n" -gt 0 ]; then
			lines+=("ok - shim $name turns $t not ok ($n point(s))")
			covered[$t]=1
		else
			lines+=("not ok - shim $name left $t passing")
			fail=1
		fi
	done
done
if [ $coverage = 1 ]; then
	while IFS= read -r c; do
		t=${c#cases/}; t=${t%.c}
		if [ -z "${covered[$t]:-}" ]; then
			lines+=("not ok - case $t is not shown able to fail by any shim"); fail=1
		fi
	done < <(find cases -name '*.c' | sort)
fi
echo "TAP version 13"
echo "1..${#lines[@]}"
i=0
for l in "${lines[@]}"; do
	i=$((i + 1))
	case $l in
	"not ok"*) echo "not ok $i${l#not ok}" ;;
	*) echo "ok $i${l#ok}" ;;
	esac
done
exit $fail
