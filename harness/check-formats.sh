#!/usr/bin/env bash
# check-formats.sh - what `fdrun --junit` and `fdrun --ktap` write is what CI
# systems read, and `fdrun --baseline` fails a run on regressions only.  Runs a few cases, one of them broken by a fault shim so
# that failures are in the output too, and requires: the JUnit file valid
# against harness/junit.xsd (xmllint) with one <testcase> per point of the
# results file and the failures counted; the KTAP stream well formed (a
# plan per level, one result line per test, nested subtests indented by two
# spaces) with as many points as the results file.  Output is TAP.
#
# usage: harness/check-formats.sh       (BUILD=build)
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.." || exit 2
command -v xmllint >/dev/null || { echo "check-formats: xmllint is missing (apt-get install libxml2-utils)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-formats.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
cases="dup/shares_offset dup/cloexec_not_shared pipe/no_eof_while_child_holds_writer limits/setrlimit_nr_open_eperm"
n=0 fail=0
t() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi; }

LD_PRELOAD=$(pwd)/$BUILD/shims/dup_reopens.so "$BUILD/harness/fdrun" -q -b "$BUILD" -o "$work/r.json" \
	--junit "$work/j.xml" --ktap $cases >"$work/k.txt" 2>"$work/err"
points=$(grep -c '"id": ' "$work/r.json")
failed=$(grep -c '"status": "fail"' "$work/r.json")
[ "$failed" -gt 0 ]; t $? "the shim made $failed point(s) fail, so failures are in the output"
xmllint --noout --schema harness/junit.xsd "$work/j.xml" 2>"$work/xsd"; t $? "JUnit XML is valid against harness/junit.xsd ($(tail -1 "$work/xsd"))"
[ "$(grep -c '<testcase ' "$work/j.xml")" = "$points" ]; t $? "one <testcase> per point ($points)"
grep -q "<testsuites [^>]*failures=\"$failed\"" "$work/j.xml"; t $? "the failures are counted ($failed)"
# KTAP: every level's plan matches its result lines
awk '
	/^#/ { next }
	{ match($0, /^ */); d = RLENGTH / 2; line = substr($0, RLENGTH + 1) }
	line ~ /^KTAP version 1$/ { seen[d] = 1; results[d] = 0; next }
	line ~ /^# / { next }
	line ~ /^1\.\.[0-9]+$/ { plan[d] = substr(line, 4) + 0; next }
	line ~ /^(not )?ok [0-9]+ / {
		results[d]++
		if (d == 1) leaves++
		if (d == 0 && results[1] != plan[1]) { print "subtest plan " plan[1] " != " results[1]; bad = 1 }
		if (d == 0) results[1] = 0
		next
	}
	{ print "unexpected line: " $0; bad = 1 }
	END { if (results[0] != plan[0]) { print "top plan " plan[0] " != " results[0]; bad = 1 }
	      print leaves; exit bad }' "$work/k.txt" >"$work/ktap.out"
rc=$?
[ $rc = 0 ] && [ "$(tail -1 "$work/ktap.out")" = "$points" ]; t $? "KTAP v1 is well formed with $points points ($(head -1 "$work/ktap.out"))"
head -1 "$work/k.txt" | grep -qx 'KTAP version 1' && sed -n 3p "$work/k.txt" | grep -q '^# fdsuite'
t $? "KTAP starts with its version line; the fingerprint is a comment after the plan"
# --baseline: only a regression fails the run; known failures do not
fdrun_b() { "$BUILD/harness/fdrun" -q -b "$BUILD" --baseline "$@" $cases >/dev/null 2>"$work/b.err"; }
"$BUILD/harness/fdrun" -q -b "$BUILD" -o "$work/clean.json" $cases >/dev/null 2>&1
LD_PRELOAD=$(pwd)/$BUILD/shims/dup_reopens.so fdrun_b "$work/r.json"
rc=$?; [ $rc = 0 ] && grep -q 'still failing' "$work/b.err"
t $? "--baseline: the same failures as the baseline exit 0 (exit $rc)"
LD_PRELOAD=$(pwd)/$BUILD/shims/dup_reopens.so fdrun_b "$work/clean.json"
rc=$?; [ $rc = 1 ] && grep -q '^Regressions: ' "$work/b.err"
t $? "--baseline: points that passed there and fail now exit 1 and are listed (exit $rc)"
fdrun_b "$work/r.json"; rc=$?; [ $rc = 0 ] && grep -q '^Fixed: ' "$work/b.err"
t $? "--baseline: fixed points are listed (exit $rc)"
echo '{' >"$work/bad.json"
fdrun_b "$work/bad.json"; rc=$?; [ $rc = 2 ]
t $? "--baseline: an unreadable baseline is a usage error before anything runs (exit $rc)"
echo "1..$n"
exit $fail
