#!/usr/bin/env bash
# gVisor, the newer runsc of Debian trixie (fetched into the cache and
# unpacked there), running the same binaries as ci/env-gvisor.sh.
. "$(dirname "$0")/lib.sh"
deb=$("$ROOT/ci/apt-fetch.sh" trixie runsc | tail -1) || { ENV_NAME=gvisor-trixie; env_unavailable "cannot fetch trixie's runsc"; }
dir="$CACHE/runsc-trixie"
[ -x "$dir/usr/bin/runsc" ] || dpkg-deb -x "$deb" "$dir"
RUNSC="$dir/usr/bin/runsc" exec "$ROOT/ci/env-gvisor.sh"
