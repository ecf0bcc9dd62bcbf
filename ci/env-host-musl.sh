#!/usr/bin/env bash
# The host kernel with musl: every program built static with musl-gcc.
. "$(dirname "$0")/lib.sh"
command -v musl-gcc >/dev/null || { ENV_NAME=host-musl; env_unavailable "musl-gcc is not installed (apt-get install musl-tools)"; }
env_begin "host-$(uname -m)-musl"
make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" musl >&2 || exit 1
"$BUILD-musl/harness/fdrun" -q -j "$JOBS" -b "$BUILD-musl" -n "$ENV_NAME" \
	-o "$RESULTS/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap"
check_results "$RESULTS/$ENV_NAME.json" || exit 1
env_end
