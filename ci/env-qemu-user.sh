#!/usr/bin/env bash
# qemu-user: every case program runs under a user-mode emulator.
#   QEMU=path   the emulator (default: Debian 12's qemu-x86_64-static)
#   ARCH=aarch64  run the aarch64 static build (make aarch64) under
#                 qemu-aarch64 instead of the host-arch build
# Without binfmt_misc an exec from an emulated program runs the new image
# on the host directly, so fixtures exec'd by the cases are the host's build.
. "$(dirname "$0")/lib.sh"
ARCH=${ARCH:-$(uname -m)}
QEMU=${QEMU:-$(command -v "qemu-$ARCH-static" || true)}
[ -n "$QEMU" ] && [ -x "$QEMU" ] || { ENV_NAME="qemu-user-$ARCH"; env_unavailable "no qemu-$ARCH (apt-get install qemu-user-static)"; }
ver=$("$QEMU" --version | sed -n 's/.*version \([0-9.]*\).*/\1/p' | head -1)
env_begin "qemu-user-$ver-$ARCH"
build_all || exit 1
cases_build=$BUILD
if [ "$ARCH" != "$(uname -m)" ]; then
	make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" "$ARCH" >&2 || exit 1
	cases_build=$BUILD-$ARCH
fi
FT_TIMEOUT_SCALE=${FT_TIMEOUT_SCALE:-4} "$BUILD/harness/fdrun" -q -j "$JOBS" -b "$cases_build" \
	-f "$BUILD/fixtures" -w "$QEMU" -r "$(basename "$QEMU")" -n "$ENV_NAME" \
	-o "$RESULTS/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap"
check_results "$RESULTS/$ENV_NAME.json" || exit 1
env_end
