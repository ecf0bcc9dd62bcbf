#!/usr/bin/env bash
# ci/env-kernel.sh SUITE - another kernel: Debian SUITE's cloud kernel
# (bullseye: 5.10, bookworm: 6.1, trixie: 6.12), fetched into the cache and
# booted by qemu-system-x86_64 under TCG (no KVM needed) with the static
# build in an initramfs whose /init runs the suite.  The TAP goes to the
# first serial port (kept in the cache), the results file comes back over
# the second, and the VM powers itself off.  FDSUITE_QEMU_CPU picks the
# emulated CPU model (default: max,-cx16, see below).
. "$(dirname "$0")/lib.sh"
suite=${1:-bookworm}
command -v qemu-system-x86_64 >/dev/null || { ENV_NAME="linux-$suite"; env_unavailable "qemu-system-x86_64 is not installed (apt-get install qemu-system-x86)"; }
[ "$(uname -m)" = x86_64 ] || { ENV_NAME="linux-$suite"; env_unavailable "the kernel images fetched are amd64"; }
# The kernels are pinned (package and version), so that a re-run boots the
# same kernel and adds no new column to the report.  Debian's archive keeps
# only the newest point release of a suite: when a pin is gone, the fetch
# says which version the archive has; move the pin here to it (and remove
# the old results file) or set FDSUITE_KERNEL_PIN=PACKAGE=VERSION.
case $suite in
bullseye) pin=linux-image-5.10.0-32-cloud-amd64=5.10.223-1 ;;
bookworm) pin=linux-image-6.1.0-50-cloud-amd64=6.1.176-1 ;;
trixie) pin=linux-image-6.12.117+deb13-cloud-amd64=6.12.117-1 ;;
*) ENV_NAME="linux-$suite"; env_unavailable "no kernel is pinned for suite '$suite' (see ci/env-kernel.sh)" ;;
esac
pin=${FDSUITE_KERNEL_PIN:-$pin}
deb=$("$ROOT/ci/apt-fetch.sh" "$suite" "$pin" | tail -1) ||
	{ echo "== linux-$suite: cannot fetch the pinned kernel $pin; move the pin in ci/env-kernel.sh" >&2; exit 1; }
kdir="$CACHE/kernel-$(basename "$deb" .deb)"
[ -d "$kdir/boot" ] || dpkg-deb -x "$deb" "$kdir"
vmlinuz=$(ls "$kdir"/boot/vmlinuz-* | head -1)
krel=${vmlinuz##*/vmlinuz-}
env_begin "linux-$krel-qemu-tcg"

make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" static >&2 || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-vm.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root/fdsuite/harness" "$root/etc"
cp -a "$BUILD-static/cases" "$BUILD-static/fixtures" "$root/fdsuite/"
cp "$BUILD-static/harness/fdrun" "$root/fdsuite/harness/"
printf 'PRETTY_NAME="fdsuite initramfs (Debian %s kernel)"\n' "$suite" >"$root/etc/os-release"
gcc -static -O2 -o "$root/init" "$ROOT/ci/initramfs/init.c" || exit 1
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) >"$work/initrd.gz"

# The emulated CPU.  With Debian 12's qemu (7.2) and `-cpu max`, the 6.12
# kernel double-faulted in SLUB's __kmalloc right after a cmpxchg16b in 3
# of 4 boots, with EFLAGS in the oops holding the low bits of RAX: the
# emulated CPU state was corrupt, not the kernel's.  Without CX16 the
# kernel does not use cmpxchg16b there, and every boot tried that way
# completed.
cpu=${FDSUITE_QEMU_CPU:-max,-cx16}

# One boot; a kernel oops or panic is not a result: a boot that panics is
# kept as .panic.console and tried once more; a second panic fails the
# environment.
boot() {
	rm -f "$work/results.json"
	timeout 3000 qemu-system-x86_64 -machine q35 -accel tcg -cpu "$cpu" -smp "$JOBS" -m 2048 \
		-kernel "$vmlinuz" -initrd "$work/initrd.gz" \
		-append "console=ttyS0 panic=-1 quiet fdsuite.name=$ENV_NAME fdsuite.suite=$suite fdsuite.jobs=$JOBS fdsuite.scale=${FT_TIMEOUT_SCALE:-10}" \
		-display none -monitor none -no-reboot \
		-serial "file:$CACHE/$ENV_NAME.console" -serial "file:$work/results.json" || {
		echo "== $ENV_NAME: qemu failed or timed out; console in $CACHE/$ENV_NAME.console" >&2
		exit 1
	}
}
boot
if grep -qE 'Kernel panic|Oops:' "$CACHE/$ENV_NAME.console"; then
	mv "$CACHE/$ENV_NAME.console" "$CACHE/$ENV_NAME.panic.console"
	echo "== $ENV_NAME: the guest kernel panicked ($(grep -m1 -E 'Oops:|Kernel panic' "$CACHE/$ENV_NAME.panic.console" | sed 's/^\[[^]]*\] //')); console kept in $CACHE/$ENV_NAME.panic.console; booting once more" >&2
	boot
fi
check_results "$work/results.json" || { tail -20 "$CACHE/$ENV_NAME.console" >&2; exit 1; }
cp "$work/results.json" "$RESULTS/$ENV_NAME.json"
env_end
