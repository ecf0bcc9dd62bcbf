#!/usr/bin/env bash
# The host kernel with glibc, dynamically linked: the default run.
. "$(dirname "$0")/lib.sh"
env_begin "host-$(uname -m)-glibc"
build_all || exit 1
"$BUILD/harness/fdrun" -q -j "$JOBS" -b "$BUILD" -n "$ENV_NAME" \
	-o "$RESULTS/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap"
check_results "$RESULTS/$ENV_NAME.json" || exit 1
env_end
