#!/usr/bin/env bash
# ci/setup.sh - installs what fdsuite needs on Debian 12 (or a derivative):
# the compiler and make, criterion (the harness's unit tests), prove (perl),
# valgrind, and gVisor's runsc.  Run as root or with sudo available.
#   ci/setup.sh            the packages `make check` needs
#   ci/setup.sh --matrix   also those `make matrix` needs (musl, qemu-user and
#                          qemu-system, bubblewrap, proot, runc, podman,
#                          debootstrap, cpio, the aarch64, i686, s390x,
#                          riscv64 and ppc64le cross compilers)
#   ci/setup.sh --deb      also those `make deb` and `make check-deb` need
#                          (dpkg-dev, debhelper, fakeroot, lintian)
#   ci/setup.sh --package  also those `make deb`, `make check-deb` and
#                          `make check-html-chromium` need (dpkg-dev,
#                          debhelper, lintian, chromium)
set -eu
pkgs="build-essential pkg-config libcriterion-dev perl valgrind runsc git python3-yaml libxml2-utils mandoc"
[ "${1:-}" = --deb ] && pkgs="$pkgs dpkg-dev debhelper fakeroot lintian"
[ "${1:-}" = --package ] && pkgs="$pkgs dpkg-dev debhelper fakeroot lintian chromium"
# Extra architectures come from cross compilers only: on Debian 12
# gcc-multilib conflicts with gcc-aarch64-linux-gnu (apt would remove one
# to install the other), while the cross compilers coexist.
[ "${1:-}" = --matrix ] && pkgs="$pkgs musl-tools qemu-user-static qemu-system-x86 bubblewrap proot runc crun podman debootstrap cpio
	gcc-aarch64-linux-gnu libc6-dev-arm64-cross gcc-i686-linux-gnu libc6-dev-i386-cross
	gcc-s390x-linux-gnu libc6-dev-s390x-cross gcc-riscv64-linux-gnu libc6-dev-riscv64-cross
	gcc-powerpc64le-linux-gnu libc6-dev-ppc64el-cross"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "ci/setup.sh: installing$missing" >&2
	as_root apt-get update -qq
	# never remove a package to install another: say which and stop
	removals=$(apt-get -s install --no-install-recommends $missing 2>/dev/null | sed -n 's/^Remv \([^ ]*\).*/\1/p' | tr '\n' ' ')
	if [ -n "$removals" ]; then
		echo "ci/setup.sh: installing$missing would remove: $removals; not installing (remove the conflicting packages yourself if that is what you want)" >&2
		exit 1
	fi
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-remove --no-install-recommends $missing >/dev/null
fi
echo "ci/setup.sh: ready ($(gcc --version | head -1); $(valgrind --version); $(runsc --version 2>/dev/null | head -1))" >&2
