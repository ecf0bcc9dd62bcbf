#!/usr/bin/env bash
# ci/env-userland.sh SUITE - another userland on the host kernel: a Debian
# SUITE (bullseye, trixie ...) root made with debootstrap into the cache;
# the suite is built there with that suite's gcc and glibc and run there,
# under bubblewrap (the root bound as /, private /proc, /dev and /tmp).
. "$(dirname "$0")/lib.sh"
suite=${1:-bullseye}
for t in debootstrap bwrap; do
	command -v $t >/dev/null || { ENV_NAME="userland-$suite"; env_unavailable "$t is not installed"; }
done
[ "$(id -u)" = 0 ] || { ENV_NAME="userland-$suite"; env_unavailable "debootstrap needs root"; }
rootfs="$CACHE/rootfs-$suite"
if [ ! -x "$rootfs/usr/bin/gcc" ]; then
	rm -rf "$rootfs"
	echo "== debootstrap $suite into $rootfs (once; cached)" >&2
	debootstrap --variant=minbase --include=gcc,libc6-dev,make "$suite" "$rootfs" \
		http://deb.debian.org/debian >"$CACHE/debootstrap-$suite.log" 2>&1 ||
		{ ENV_NAME="userland-$suite"; tail -3 "$CACHE/debootstrap-$suite.log" >&2; env_unavailable "debootstrap $suite failed"; }
fi
glibc=$(chroot "$rootfs" dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)
env_begin "userland-$suite-glibc-$glibc"
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-userland.XXXXXX")
trap 'rm -rf "$work"' EXIT
rev=$("$ROOT/ci/revision.sh")
bwrap --unshare-pid --bind "$rootfs" / --proc /proc --dev /dev --tmpfs /tmp \
	--ro-bind "$ROOT" /src --bind "$work" /out --chdir /src --die-with-parent \
	sh -c 'make -s -j"$1" BUILD=/out/build REV="$2" cases fixtures-bins /out/build/harness/fdrun >&2 &&
		/out/build/harness/fdrun -q -j "$1" -b /out/build -n "$3" \
		-r "(in the $4 root: ci/env-userland.sh $4)" -o /out/results.json' \
	sh "$JOBS" "$rev" "$ENV_NAME" "$suite" >"$CACHE/$ENV_NAME.tap"
check_results "$work/results.json" || exit 1
cp "$work/results.json" "$RESULTS/$ENV_NAME.json"
env_end
