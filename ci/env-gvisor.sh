#!/usr/bin/env bash
# gVisor: the same dynamic binaries under `runsc --rootless --network=none do`
# (the host filesystem read-only with a tmpfs overlay, so the results file
# comes back on stdout).  RUNSC=path selects another runsc binary.
. "$(dirname "$0")/lib.sh"
RUNSC=${RUNSC:-$(command -v runsc)}
[ -n "$RUNSC" ] && [ -x "$RUNSC" ] || { ENV_NAME=gvisor; env_unavailable "runsc is not installed (apt-get install runsc)"; }
ver=$("$RUNSC" --version 2>/dev/null | sed -n 's/^runsc version \(0\.0~\)\{0,1\}\(.*\)$/\2/p' | head -1)
env_begin "gvisor-${ver:-unknown}"
build_all || exit 1
out="$RESULTS/$ENV_NAME.json"
tmp="$out.tmp.$$"
# runsc needs a writable state directory; it is removed afterwards.
state=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-runsc.XXXXXX")
trap 'rm -rf "$state" "$tmp"' EXIT
FT_TIMEOUT_SCALE=${FT_TIMEOUT_SCALE:-4} "$RUNSC" --rootless --network=none --root="$state" do -quiet -cwd "$ROOT" \
	sh -c '"$0" -q -j "$1" -b "$2" -n "$3" -r "$4" -o /tmp/fdsuite-results.json >&2; cat /tmp/fdsuite-results.json' \
	"$BUILD/harness/fdrun" "$JOBS" "$BUILD" "$ENV_NAME" "runsc --rootless --network=none do" \
	>"$tmp" 2>"$CACHE/$ENV_NAME.tap"
check_results "$tmp" || { tail -5 "$CACHE/$ENV_NAME.tap" >&2; exit 1; }
mv "$tmp" "$out"
env_end
