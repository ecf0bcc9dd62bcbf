#!/usr/bin/env bash
# check-valgrind.sh - the harness's own programs under memcheck with
# --track-fds=yes: the runner over a few cases, the report writer and its diff, fdprobe
# and a case program (the case library, whose forked points memcheck
# follows).  Fails on any memcheck error, any definite leak, or any
# descriptor the program itself opened and left open at exit.
#
# usage: harness/check-valgrind.sh        (BUILD=build)
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.." || exit 2
[ -d "$BUILD/harness" ] || { echo "check-valgrind: $BUILD/harness is missing; run make first" >&2; exit 2; }
BUILD=$(cd "$BUILD" && pwd)
command -v valgrind >/dev/null || { echo "check-valgrind: valgrind is not installed" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/fdvg.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
n=0
vg() { # NAME CMD...
	local name=$1; shift
	n=$((n + 1))
	local log="$work/$name.log"
	valgrind -q --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite \
		--error-exitcode=99 --track-fds=yes --log-file="$log" "$@" >"$work/$name.out" 2>&1
	local rc=$?
	# descriptors left open that were not inherited from our parent
	local leaked
	leaked=$(awk '/Open (file|AF_UNIX socket|AF_INET socket) descriptor [0-9]+/ {
			match($0, /descriptor [0-9]+/); fd = substr($0, RSTART + 11, RLENGTH - 11)
			getline nxt
			if (fd > 2 && nxt !~ /inherited from parent/) print fd
		}' "$log" | sort -u | tr '\n' ' ')
	if [ ! -s "$log" ] && [ $rc != 0 ]; then
		echo "not ok $n - $name did not run under memcheck (exit $rc)"
		sed 's/^/  # /' "$work/$name.out" | head -10
		fail=1
		return
	fi
	if [ $rc = 99 ] || grep -q 'ERROR SUMMARY: [1-9]' "$log" || [ -n "$leaked" ]; then
		echo "not ok $n - $name under memcheck (exit $rc${leaked:+, fds left open: $leaked})"
		sed 's/^/  # /' "$log" | head -40
		fail=1
	else
		echo "ok $n - $name under memcheck: no errors, no leaks, no fds left open"
	fi
}
echo "TAP version 13"
first=$(ls "$BUILD"/cases | head -1)
vg fdrun "$BUILD/harness/fdrun" -q -j 2 -b "$BUILD" -n valgrind-check -o "$work/r.json" "$first"
sed 's/"name": "valgrind-check"/"name": "second"/' "$work/r.json" >"$work/r2.json" 2>/dev/null
vg fdreport "$BUILD/harness/fdreport" -f /dev/null -o "$work/REPORT.md" "$work/r.json" "$work/r2.json"
vg fdreport-diff "$BUILD/harness/fdreport" diff --markdown "$work/r.json" "$work/r2.json"
vg fdprobe "$BUILD/fixtures/fdprobe" "$work/probe.out"
case=$(ls "$BUILD"/cases/*/* | head -1)
export FDSUITE_FIXTURES="$BUILD/fixtures"
cd "$work" && vg case-library "$case"
echo "1..$n"
exit $fail
