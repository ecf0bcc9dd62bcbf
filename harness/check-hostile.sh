#!/usr/bin/env bash
# check-hostile.sh - the suite's verdicts must not depend on how it was
# started.  Runs the whole suite through the runner once in a plain start,
# then under each start that shells, CI agents, init systems and container
# runtimes really produce (made by harness/fdhostile.c), and requires of
# each run:
#   - a complete results file (every point of the plain run is there);
#   - no point fails (or times out) that passed or skipped in the plain
#     start; a point may skip where its precondition is gone (no root, no
#     /proc);
#   - where the start is one the start-up audit (cases/startup) exists to
#     detect, the audit reports it (some startup/ point is not ok there),
#     and no other point changes.
# Every start is made on top of a clean one (fdhostile clean: fds 0-2
# only, default signals), so the check does not depend on how it was
# itself started.  Then, with SIGINT and SIGTERM blocked at start, a SIGTERM must still stop
# the runner: exit status 143, no scratch directory or process left.
# Output is TAP; exit 1 on any failure.  A start this machine cannot make
# (needs root, no user namespaces) is skipped with the reason.
#
# usage: harness/check-hostile.sh [START ...]     (BUILD=build, JOBS=2)
set -u
BUILD=${BUILD:-build}
JOBS=${JOBS:-2}
cd "$(dirname "$0")/.." || exit 2
top=$(pwd)
[ -d "$BUILD" ] && BUILD=$(cd "$BUILD" && pwd)
run=$BUILD/harness/fdrun
hostile=$BUILD/harness/fdhostile
for t in "$run" "$hostile"; do
	[ -x "$t" ] || { echo "check-hostile: $t is missing; run make first" >&2; exit 2; }
done
all_starts="close01 close012 leak sigpipe-ign sigchld-ign block-intterm nofile64 nofile64-hard
	umask0177 rocwd notmpdir userns rootless noproc pid1 nobody"
# the starts the start-up audit exists to detect
audited=" close01 close012 leak sigpipe-ign sigchld-ign block-intterm "
if [ $# -gt 0 ]; then starts=$*; else starts=$all_starts; fi

# everything under one directory any user can use (the nobody starts)
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-hostile.XXXXXX") || exit 2
chmod 1777 "$work"
trap 'rm -rf "$work"' EXIT
mkdir -m 1777 "$work/tmp"

n=0 fail=0
t() { # STATUS MESSAGE
	n=$((n + 1))
	if [ "$1" = ok ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi
}
counts() { # RESULTS: "P pass, F fail, S skip"
	sed -n 's/.*"summary": *{\([^}]*\)}.*/\1/p' "$1" | tr -d ' "' |
		awk -F, '{for(i=1;i<=NF;i++){split($i,a,":");v[a[1]]=a[2]}}
			END{printf "%d pass, %d fail, %d skip", v["pass"]+v["xpass"], v["fail"]+v["timeout"], v["skip"]}'
}
# points of the plain run that vanish, or fail in RESULTS where they did
# not fail in the plain run (startup/ apart)
regressions() { # PLAIN RESULTS
	awk 'match($0, /"id": "[^"]*", "status": "[a-z]*"/) {
		split(substr($0, RSTART, RLENGTH), f, "\"")
		if (f[4] ~ /^startup\//) next
		if (FILENAME == ARGV[1]) ref[f[4]] = f[8]; else got[f[4]] = f[8]
	}
	END {
		for (id in ref) {
			if (!(id in got)) print "vanished: " id
			else if (ref[id] != "fail" && ref[id] != "timeout" &&
				 (got[id] == "fail" || got[id] == "timeout"))
				print "fails: " id " (" got[id] ")"
		}
	}' "$1" "$2" | sort
}

# the plain start
plain=$work/plain.json
TMPDIR=$work/tmp "$hostile" clean -- "$run" -q -j "$JOBS" -b "$BUILD" -n plain -o "$plain" >"$work/plain.tap" 2>"$work/plain.err"
if [ ! -s "$plain" ]; then
	t fail "plain start wrote no results ($(tail -2 "$work/plain.err"))"
	echo "1..$n"; exit 1
fi
echo "# plain (fds 0-2 only, default signals): $(counts "$plain")"
if grep -q '"id": "startup/[^"]*", "status": "fail"' "$plain"; then
	t fail "the start-up audit fails in the plain start: $(grep -o '"id": "startup/[^"]*", "status": "fail"' "$plain" | head -3 | tr '\n' ' ')"
fi

for s in $starts; do
	out=$work/$s.json
	TMPDIR=$work/tmp "$hostile" "clean,$s" -- "$run" -q -j "$JOBS" -b "$BUILD" -n "$s" -o "$out" \
		>"$work/$s.tap" 2>"$work/$s.err"
	rc=$?
	if [ $rc = 125 ]; then
		echo "ok $((n + 1)) - start $s # SKIP $(grep -m1 'cannot be made here' "$work/$s.err" | sed 's/^fdhostile: //')"
		n=$((n + 1))
		continue
	fi
	if [ ! -s "$out" ]; then
		t fail "start $s: no results file (exit $rc: $(tail -2 "$work/$s.err" | tr '\n' ' '))"
		continue
	fi
	regressions "$plain" "$out" >"$work/$s.diff"
	summary="$(counts "$out") (plain: $(counts "$plain"))"
	if [ -s "$work/$s.diff" ]; then
		t fail "start $s: verdicts differ from the plain start: $summary"
		sed 's/^/#   /' "$work/$s.diff" | head -40
		continue
	fi
	if [[ $audited == *" $s "* ]] && [ -d "$top/cases/startup" ]; then
		if ! grep -q '"id": *"startup/[^"]*", *"status": *"fail"' "$out"; then
			t fail "start $s: the start-up audit did not report it: $summary"
			continue
		fi
		summary="$summary; the start-up audit reports it"
	fi
	t ok "start $s: $summary"
done

# a runner started with INT and TERM blocked still stops on TERM
if [ $# -eq 0 ]; then
	mkdir -m 1777 "$work/term"
	TMPDIR=$work/term "$hostile" clean,block-intterm -- "$run" -q -j "$JOBS" -b "$BUILD" -n term \
		-o "$work/term.json" >/dev/null 2>"$work/term.err" &
	pid=$!
	# started: its scratch root holds a case's scratch directory
	for _ in $(seq 1 500); do
		compgen -G "$work/term/fdrun.*/case.*" >/dev/null && break
		sleep 0.01 # waiting for a condition, bounded; nothing is proven by it
	done
	kill -TERM "$pid"
	wait "$pid"
	rc=$?
	left=$(find "$work/term" -mindepth 1 | head -3)
	procs=$(pgrep -f "$BUILD/cases/" | head -3)
	if [ $rc = 143 ] && [ -z "$left" ] && [ -z "$procs" ] && [ ! -e "$work/term.json" ]; then
		t ok "SIGTERM stops a runner started with INT and TERM blocked (exit 143, nothing left)"
	else
		t fail "SIGTERM with INT and TERM blocked at start: exit $rc, left: ${left:-nothing}, processes: ${procs:-none}"
	fi
fi
echo "1..$n"
exit $fail
