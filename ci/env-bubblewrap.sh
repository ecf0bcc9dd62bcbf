#!/usr/bin/env bash
# bubblewrap: the suite in a bwrap sandbox (read-only host root, private
# /tmp, /proc and /dev, new pid, ipc and uts namespaces).  The tree and the
# build are bound back after the private /tmp, which would otherwise hide
# them when they live under /tmp.
. "$(dirname "$0")/lib.sh"
command -v bwrap >/dev/null || { ENV_NAME=bubblewrap; env_unavailable "bwrap is not installed (apt-get install bubblewrap)"; }
env_begin "bubblewrap-$(bwrap --version | awk '{print $2}')"
build_all || exit 1
bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp \
	--ro-bind "$ROOT" "$ROOT" --ro-bind "$BUILD" "$BUILD" --bind "$RESULTS" "$RESULTS" \
	--unshare-pid --unshare-ipc --unshare-uts --die-with-parent --new-session \
	"$BUILD/harness/fdrun" -q -j "$JOBS" -b "$BUILD" -n "$ENV_NAME" \
	-r "bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --unshare-pid" \
	-o "$RESULTS/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap" 2>"$CACHE/$ENV_NAME.err"
rc=$?
# 0: all passed, 1: a point failed (data, not an error); anything else is
# bwrap or the runner failing
if [ $rc -gt 1 ]; then
	echo "== $ENV_NAME: bwrap or the runner failed (exit $rc):" >&2
	tail -5 "$CACHE/$ENV_NAME.err" >&2
	exit 1
fi
check_results "$RESULTS/$ENV_NAME.json" || exit 1
env_end
