#!/usr/bin/env bash
# bench.sh - what the runner costs, measured so that a shared, noisy machine
# cannot bias it: in one invocation the things compared run alternately,
# ROUNDS times each, and medians are reported.
#
#   bare     a plain shell loop running every case program one after the
#            other (stdout and stderr to /dev/null)
#   fdrun1   the runner, one case at a time (-j1)
#   fdrunN   the runner with -j JOBS
#   quarter, half   fdrun -j JOBS over the first 1/4 and 1/2 of the cases:
#            the cost per point as the suite grows
#
# Prints the median wall time of each, the runner/bare ratio, the CPU-time
# floor (CPU seconds of the bare loop divided by the cores used), the ten
# slowest points of the last full run and the cost per point.  A benchmark,
# not a test: it never fails on a number.
#
# usage: harness/bench.sh          (BUILD=build, ROUNDS=5, JOBS=2)
set -u
BUILD=${BUILD:-build}
ROUNDS=${ROUNDS:-5}
JOBS=${JOBS:-2}
cd "$(dirname "$0")/.." || exit 2
BUILD=$(cd "$BUILD" && pwd) || exit 2
run=${FDRUN:-$BUILD/harness/fdrun}
[ -x "$run" ] || { echo "bench: $run is missing; run make first" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-bench.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
mapfile -t names < <("$run" -b "$BUILD" -l)
total=${#names[@]}
quarter=("${names[@]:0:$((total / 4))}")
half=("${names[@]:0:$((total / 2))}")
export FDSUITE_FIXTURES=$BUILD/fixtures

ms() { echo $(($(date +%s%N) / 1000000)); }
# CPU time of this shell's finished children, in ms, from the output of
# `times` saved in FILE (times must run in this shell, not in $(...))
cpu_ms() { # FILE
	awk 'END { n = split($0, a, /[ms ]+/); s = 0
		for (i = 1; i + 1 <= n; i += 2) if (a[i] != "") s += a[i] * 60000 + a[i + 1] * 1000
		printf "%d", s }' "$1"
}

bare() {
	mkdir -p "$work/bare"
	(cd "$work/bare" && for n in "${names[@]}"; do "$BUILD/cases/$n" >/dev/null 2>&1; done)
}
fdrun_() { # JOBS OUT [CASE...]
	local j=$1 out=$2
	shift 2
	"$run" -q -j "$j" -b "$BUILD" -o "$out" "$@" >/dev/null 2>&1
}

declare -A wall
bare_cpu=()
for r in $(seq 1 "$ROUNDS"); do
	times >"$work/cpu0"; t0=$(ms); bare; t1=$(ms); times >"$work/cpu1"
	wall[bare]+="$((t1 - t0)) "; bare_cpu+=("$(($(cpu_ms "$work/cpu1") - $(cpu_ms "$work/cpu0")))")
	t0=$(ms); fdrun_ 1 "$work/j1.json"; t1=$(ms); wall[fdrun1]+="$((t1 - t0)) "
	t0=$(ms); fdrun_ "$JOBS" "$work/jn.json"; t1=$(ms); wall[fdrunN]+="$((t1 - t0)) "
	t0=$(ms); fdrun_ "$JOBS" "$work/q.json" "${quarter[@]}"; t1=$(ms); wall[quarter]+="$((t1 - t0)) "
	t0=$(ms); fdrun_ "$JOBS" "$work/h.json" "${half[@]}"; t1=$(ms); wall[half]+="$((t1 - t0)) "
	echo "# round $r/$ROUNDS done" >&2
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
points() { grep -c '"id": ' "$1"; }
m_bare=$(echo "${wall[bare]}" | median)
m_j1=$(echo "${wall[fdrun1]}" | median)
m_jn=$(echo "${wall[fdrunN]}" | median)
m_q=$(echo "${wall[quarter]}" | median)
m_h=$(echo "${wall[half]}" | median)
m_cpu=$(echo "${bare_cpu[*]}" | median)
np=$(points "$work/jn.json")
# what creating a process costs here, alone and JOBS at once
fork_alone=- fork_par=-
if [ -x "$BUILD/harness/forkcost" ]; then
	read -r fork_alone fork_par < <("$BUILD/harness/forkcost" 300 "$JOBS")
fi
echo "fdsuite bench: $total case programs, $np points, $ROUNDS alternating rounds, medians"
echo "machine: $(nproc) cores, $(uname -r), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)"
awk -v b="$m_bare" -v j1="$m_j1" -v jn="$m_jn" -v j="$JOBS" -v cpu="$m_cpu" -v cores="$(nproc)" \
	-v q="$m_q" -v h="$m_h" -v np="$np" -v fa="$fork_alone" -v fp="$fork_par" -v total="$total" -v nq="$(points "$work/q.json")" -v nh="$(points "$work/h.json")" 'BEGIN {
	used = (j < cores) ? j : cores
	printf "  bare loop            %8.0f ms\n", b
	printf "  fdrun -j1            %8.0f ms   runner/bare %.2f\n", j1, j1 / b
	printf "  fdrun -j%-2d           %8.0f ms\n", j, jn
	printf "  CPU time of the cases %7.0f ms   floor at -j%d: %.0f ms\n", cpu, j, cpu / used
	printf "  per point at -j%d: 1/4 suite %.2f ms (%d points), 1/2 %.2f ms (%d), all %.2f ms (%d)\n",
		j, q / nq, nq, h / nh, nh, jn / np, np
	if (fa != "-") {
		printf "  process creation here: fork+exit+wait %.3f ms alone, %.3f ms each with %d at once (parallel speed-up %.2f)\n",
			fa, fp, j, j * fa / fp
		# every point is a forked process and every program a started one
		printf "  process-creation floor at -j%d: (%d points + %d programs) x %.3f ms / %d = %.0f ms\n",
			j, np, total, fp, j, (np + total) * fp / j
	}
}'
echo "  ten slowest points (last -j$JOBS run):"
sed -n 's/.*"id": "\([^"]*\)", "status": "[a-z]*", "duration_ms": \([0-9.]*\).*/\2 \1/p' "$work/jn.json" |
	sort -rn | head -10 | awk '{ printf "    %8.1f ms  %s\n", $1, $2 }'
