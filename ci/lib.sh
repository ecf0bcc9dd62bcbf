# ci/lib.sh - shared by the environment scripts (sourced, not run).
# Each ci/env-*.sh runs the whole suite in one environment and leaves one
# results file, results/<environment>.json (RESULTS=dir to put it elsewhere).
# Scripts are idempotent; downloads go to a cache directory (FDSUITE_CACHE,
# default .cache/ in the tree), never into the system's apt configuration.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
RESULTS=${RESULTS:-$ROOT/results}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
CACHE=${FDSUITE_CACHE:-$ROOT/.cache}
mkdir -p "$RESULTS" "$CACHE"

env_begin() { # NAME
	ENV_NAME=$1
	ENV_T0=$(date +%s%N)
	echo "== $ENV_NAME: starting" >&2
}

env_end() { # STATUS
	local ms=$((($(date +%s%N) - ENV_T0) / 1000000))
	echo "== $ENV_NAME: took $((ms / 1000)).$(printf %03d $((ms % 1000))) s (results: $RESULTS/$ENV_NAME.json)" >&2
}

# Exit 3 means "this environment cannot run on this machine"; the matrix
# reports it as skipped with the reason printed.
env_unavailable() { # REASON
	echo "== $ENV_NAME: unavailable: $1" >&2
	exit 3
}

# Validates a results file fdrun produced; a failing point is data, not an
# error of the script.
check_results() { # FILE: valid, and written since env_begin
	if [ ! -s "$1" ] || ! grep -q '"format": "fdsuite-results/1"' "$1"; then
		echo "== $ENV_NAME: no valid results file at $1" >&2
		return 1
	fi
	if [ "$(stat -c %Y "$1")" -lt "$((ENV_T0 / 1000000000))" ]; then
		echo "== $ENV_NAME: $1 is left from an earlier run; this run wrote none" >&2
		return 1
	fi
}

build_all() {
	make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" all >&2
}
