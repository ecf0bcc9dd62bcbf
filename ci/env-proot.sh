#!/usr/bin/env bash
# proot: the suite under proot's ptrace-based path translation (host root).
. "$(dirname "$0")/lib.sh"
command -v proot >/dev/null || { ENV_NAME=proot; env_unavailable "proot is not installed (apt-get install proot)"; }
env_begin "proot-$(dpkg-query -W -f='${Version}' proot 2>/dev/null || echo unknown)"
build_all || exit 1
FT_TIMEOUT_SCALE=${FT_TIMEOUT_SCALE:-4} proot -r / "$BUILD/harness/fdrun" -q -j "$JOBS" -b "$BUILD" -n "$ENV_NAME" \
	-r "proot -r /" -o "$RESULTS/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap"
check_results "$RESULTS/$ENV_NAME.json" || exit 1
env_end
