#!/usr/bin/env bash
# qemu-user: every case program runs under a user-mode emulator.
#   QEMU=path   the emulator (default: Debian 12's qemu-ARCH-static)
#   ARCH=aarch64|s390x|riscv64|ppc64le|i686  run that architecture's static
#               cross build (make ARCH, Debian's gcc-TRIPLET) under its
#               emulator instead of the host-arch build; s390x is
#               big-endian.  ci/matrix.sh names these qemu-user-ARCH.
# Without binfmt_misc an exec from an emulated program runs the new image
# on the host directly, so fixtures exec'd by the cases are the host's build.
. "$(dirname "$0")/lib.sh"
ARCH=${ARCH:-$(uname -m)}
declare -A triplet=([aarch64]=aarch64-linux-gnu [s390x]=s390x-linux-gnu
	[riscv64]=riscv64-linux-gnu [ppc64le]=powerpc64le-linux-gnu [i686]=i686-linux-gnu)
declare -A debarch=([aarch64]=arm64 [s390x]=s390x [riscv64]=riscv64 [ppc64le]=ppc64el [i686]=i386)
declare -A qemuarch=([i686]=i386)
if [ "$ARCH" != "$(uname -m)" ]; then
	[ -n "${triplet[$ARCH]:-}" ] || { echo "env-qemu-user.sh: unknown ARCH '$ARCH'" >&2; exit 2; }
	command -v "${triplet[$ARCH]}-gcc" >/dev/null || { ENV_NAME="qemu-user-$ARCH"; env_unavailable "${triplet[$ARCH]}-gcc is not installed (apt-get install gcc-${triplet[$ARCH]} libc6-dev-${debarch[$ARCH]}-cross)"; }
fi
qarch=${qemuarch[$ARCH]:-$ARCH}
QEMU=${QEMU:-$(command -v "qemu-$qarch-static" || true)}
[ -n "$QEMU" ] && [ -x "$QEMU" ] || { ENV_NAME="qemu-user-$qarch"; env_unavailable "no qemu-$qarch-static (apt-get install qemu-user-static)"; }
ver=$("$QEMU" --version | sed -n 's/.*version \([0-9.]*\).*/\1/p' | head -1)
env_begin "qemu-user-$ver-$qarch"
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
