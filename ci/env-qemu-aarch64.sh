#!/usr/bin/env bash
# aarch64: the static aarch64 build (gcc-aarch64-linux-gnu) under Debian 12's
# qemu-aarch64-static.
. "$(dirname "$0")/lib.sh"
command -v aarch64-linux-gnu-gcc >/dev/null || { ENV_NAME=qemu-user-aarch64; env_unavailable "aarch64-linux-gnu-gcc is not installed (apt-get install gcc-aarch64-linux-gnu)"; }
ARCH=aarch64 exec "$ROOT/ci/env-qemu-user.sh"
