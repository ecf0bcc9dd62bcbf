#!/usr/bin/env bash
# valgrind as a runtime: every case program runs under memcheck (which
# follows the forked points; exec'd fixtures run natively).  Time limits are
# scaled for the slowdown.
. "$(dirname "$0")/lib.sh"
command -v valgrind >/dev/null || { ENV_NAME=valgrind; env_unavailable "valgrind is not installed"; }
env_begin "valgrind-$(valgrind --version | sed 's/^valgrind-//')"
build_all || exit 1
FT_TIMEOUT_SCALE=${FT_TIMEOUT_SCALE:-8} "$BUILD/harness/fdrun" -q -j "$JOBS" -b "$BUILD" -n "$ENV_NAME" \
	-w "valgrind -q --tool=memcheck --error-exitcode=0" -r "valgrind -q" \
	-o "$RESULTS/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap"
check_results "$RESULTS/$ENV_NAME.json" || exit 1
env_end
