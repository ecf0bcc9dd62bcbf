#!/usr/bin/env bash
# check-options.sh - fdrun refuses what it cannot honour before it runs
# anything: every bad option value is a usage error (exit 2) with a message
# naming it, and no results file, directory or scratch is left.  Also the
# exit statuses README documents: 0, 1, 2, 4 and 128+N.  Output is TAP.
#
# usage: harness/check-options.sh       (BUILD=build)
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.." || exit 2
run=$BUILD/harness/fdrun
[ -x "$run" ] || { echo "check-options: $run is missing; run make first" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-options.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
mkdir "$work/tmp"
n=0 fail=0
t() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi; }
# CASE ARGS...: exit 2, the message matches, nothing ran or was left
usage_error() {
	local label=$1 want=$2
	shift 2
	TMPDIR=$work/tmp "$run" -q -b "$BUILD" dup/shares_offset "$@" >"$work/out" 2>"$work/err"
	local rc=$? left
	left=$(find "$work/tmp" -mindepth 1 | head -1)
	[ $rc = 2 ] && grep -q -- "$want" "$work/err" && ! grep -q '^ok ' "$work/out" && [ -z "$left" ]
	t $? "$label: exit 2 before running ($rc: $(head -c 150 "$work/err"))"
}
usage_error "-j 0" "-j wants a whole number from 1 to 64" -j 0
usage_error "-j 4294967298 (no wrap to 2)" "-j wants a whole number" -j 4294967298
usage_error "-j 2x" "-j wants a whole number" -j 2x
usage_error "-t 3000000 (no overflow)" "-t wants a whole number from 1 to 86400" -t 3000000
usage_error "-t -1" "-t wants" -t -1
for sc in nan inf -1 0 1e6 20000 x; do
	FT_TIMEOUT_SCALE=$sc usage_error "FT_TIMEOUT_SCALE=$sc" "FT_TIMEOUT_SCALE wants a number from 0.001 to 1000"
done
usage_error "-w /nonexistent" "cannot execute '/nonexistent'" -w /nonexistent
usage_error "-w no-such-command" "cannot execute 'no-such-command-fdsuite'" -w no-such-command-fdsuite
usage_error "-o ''" "-o wants the name of a file" -o ''
usage_error "-o a directory" "a directory" -o "$work"
usage_error "-o in a missing directory" "does not exist" -o "$work/missing/dir/r.json"
[ ! -e "$work/missing" ]; t $? "-o in a missing directory makes no directory"
usage_error "--junit a directory" "a directory" --junit "$work"
usage_error "--baseline not JSON" "--baseline" --baseline /etc/hostname
usage_error "unknown option" "unknown option" --no-such-option
usage_error "unknown case" "unknown case or area" no/such_case
usage_error "missing value" "needs a value" -j

TMPDIR=$work/tmp "$run" -q -b "$BUILD" dup/shares_offset >/dev/null 2>&1; t $? "exit 0 when every point passes"
LD_PRELOAD=$(pwd)/$BUILD/shims/dup_reopens.so TMPDIR=$work/tmp "$run" -q -b "$BUILD" dup/shares_offset >/dev/null 2>&1
rc=$?; [ $rc = 1 ]; t $? "exit 1 when a point fails ($rc)"
chmod 500 "$work/tmp"
if [ "$(id -u)" != 0 ]; then
	TMPDIR=$work/tmp "$run" -q -b "$BUILD" dup/shares_offset >/dev/null 2>"$work/err"
	rc=$?; [ $rc = 4 ] && grep -q "cannot create a scratch directory" "$work/err"
	t $? "exit 4 when no scratch directory can be made ($rc)"
else
	TMPDIR=$work/no/such/dir "$run" -q -b "$BUILD" dup/shares_offset >/dev/null 2>"$work/err"
	rc=$?; [ $rc = 4 ] && grep -q "cannot create a scratch directory" "$work/err"
	t $? "exit 4 when no scratch directory can be made ($rc)"
fi
chmod 700 "$work/tmp"
echo "1..$n"
exit $fail
