#!/usr/bin/env bash
# qemu-user from Debian trixie (fetched into the cache, static-pie binary).
. "$(dirname "$0")/lib.sh"
deb=$("$ROOT/ci/apt-fetch.sh" trixie qemu-user | tail -1) || { ENV_NAME=qemu-user-trixie; env_unavailable "cannot fetch trixie's qemu-user"; }
dir="$CACHE/qemu-user-trixie"
[ -x "$dir/usr/bin/qemu-x86_64" ] || dpkg-deb -x "$deb" "$dir"
QEMU="$dir/usr/bin/qemu-$(uname -m)" exec "$ROOT/ci/env-qemu-user.sh"
