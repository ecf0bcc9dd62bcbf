#!/usr/bin/env bash
# check-workflows.sh - the CI definitions for the world outside
# (ci/workflows/: GitHub Actions, LAVA) cannot run here; this checks that
# they parse, have the keys their formats require, and stay in step with
# the real commands: every fdrun and fdreport command line in them is run
# with its options (fdrun with --list, so nothing executes) and every make
# target they name must exist.  Output is TAP.
#
# usage: harness/check-workflows.sh        (BUILD=build)
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.." || exit 2
PY=$(command -v /usr/bin/python3 || command -v python3)
n=0; fail=0
t() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi; }
echo "TAP version 13"
gh=ci/workflows/github-actions.yml lava=ci/workflows/lava-fdsuite.yaml
out=$("$PY" - "$gh" "$lava" <<'PY' 2>&1
import sys, yaml
gh = yaml.safe_load(open(sys.argv[1]))
on = gh.get("on", gh.get(True))
assert gh.get("name") and on and gh.get("jobs"), "workflow needs name, on and jobs"
for name, job in gh["jobs"].items():
    assert "runs-on" in job, name + ": runs-on missing"
    assert job.get("steps"), name + ": steps missing"
    for s in job["steps"]:
        assert "run" in s or "uses" in s, name + ": a step with neither run nor uses"
lava = yaml.safe_load(open(sys.argv[2]))
assert lava["metadata"]["format"] == "Lava-Test Test Definition 1.0", "LAVA format"
assert lava["metadata"]["name"] and lava["run"]["steps"], "LAVA name and run.steps"
print("parsed")
PY
)
t $? "workflow files parse and have their required keys ($out)"
# every fdrun / fdreport / make command line, placeholders filled in
while IFS= read -r line; do
	cmd=$(sed -e 's/^ *- *//; s/^ *run: *//' \
		-e 's/\${{ *matrix\.name *}}/x/g; s/\${[A-Z_]*}/2/g; s/\$(uname -r)/x/g' \
		-e 's/\$(nproc)/2/g; s/"//g' <<<"$line")
	cmd=${cmd%%>*}; cmd=${cmd%%||*}
	case $cmd in
	*FT_TIMEOUT_SCALE=*) cmd=${cmd#*FT_TIMEOUT_SCALE=* } ;;
	esac
	for part in $(sed 's/&&/\n/g' <<<"$cmd" | tr ' ' '\a'); do
		p=$(tr '\a' ' ' <<<"$part" | sed 's/^ *//; s/ *$//')
		case $p in
		make\ *)
			targets=$(sed 's/^make//; s/-j[^ ]*//g' <<<"$p")
			make -n $targets >/dev/null 2>&1
			t $? "make target(s)$targets exist (as used in ci/workflows)" ;;
		build/harness/fdrun\ *)
			args=${p#build/harness/fdrun }
			args=$(sed 's/-o [^ ]*//; s/ -q//' <<<"$args")
			"$BUILD/harness/fdrun" $args -l >/dev/null 2>"$BUILD/.wf.err"
			t $? "fdrun accepts '$args' ($(head -c 200 "$BUILD/.wf.err"))" ;;
		build/harness/fdreport\ *)
			"$BUILD/harness/fdreport" --help >/dev/null
			t $? "fdreport is there for '$p'" ;;
		esac
	done
done < <(grep -hE 'build/harness/fd(run|report)|(^|[ -])make ' "$gh" "$lava")
rm -f "$BUILD/.wf.err"
sample=$'ok 1 - a/b/c\nnot ok 2 - a/b/d\nok 3 - a/b/e # SKIP no x\nnot ok 4 - a/b/f # TODO gvisor: y'
got=$(ci/workflows/tap-to-lava.sh <(printf '%s\n' "$sample") | sed 's/^echo //' | tr '\n' ';')
want="lava-test-case a.b.c --result pass;lava-test-case a.b.d --result fail;lava-test-case a.b.e --result skip;lava-test-case a.b.f --result fail;"
[ "$got" = "$want" ]; t $? "tap-to-lava.sh maps points to LAVA results"
echo "1..$n"
exit $fail
