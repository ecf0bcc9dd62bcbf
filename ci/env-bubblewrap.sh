#!/usr/bin/env bash
# bubblewrap: the suite in a bwrap sandbox (read-only host root, private
# /tmp, /proc and /dev, new pid, ipc and uts namespaces).
. "$(dirname "$0")/lib.sh"
command -v bwrap >/dev/null || { ENV_NAME=bubblewrap; env_unavailable "bwrap is not installed (apt-get install bubblewrap)"; }
env_begin "bubblewrap-$(bwrap --version | awk '{print $2}')"
build_all || exit 1
bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --bind "$RESULTS" "$RESULTS" \
	--unshare-pid --unshare-ipc --unshare-uts --die-with-parent --new-session \
	"$BUILD/harness/fdrun" -q -j "$JOBS" -b "$BUILD" -n "$ENV_NAME" \
	-r "bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --unshare-pid" \
	-o "$RESULTS/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap"
check_results "$RESULTS/$ENV_NAME.json" || exit 1
env_end
