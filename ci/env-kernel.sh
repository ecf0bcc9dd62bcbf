#!/usr/bin/env bash
# ci/env-kernel.sh SUITE[-i386] - another kernel: Debian SUITE's cloud kernel
# (bullseye: 5.10, bookworm: 6.1, trixie: 6.12), fetched into the cache and
# booted by qemu-system-x86_64 under TCG (no KVM needed) from a disk image
# holding the static build and an /init that runs the suite.  SUITE-i386
# runs the static i686 build (make i686) instead, through that kernel's
# 32-bit compat layer (IA32 emulation).  The TAP goes to the first serial
# port (kept in the cache), the results file comes back on a second disk,
# and the VM powers itself off.  FDSUITE_QEMU_CPU picks the emulated CPU
# model (default: max,-cx16,-erms, see below).
. "$(dirname "$0")/lib.sh"
arg=${1:-bookworm}
suite=${arg%-i386}
tag=${arg#"$suite"}
command -v qemu-system-x86_64 >/dev/null || { ENV_NAME="linux-$arg"; env_unavailable "qemu-system-x86_64 is not installed (apt-get install qemu-system-x86)"; }
[ "$(uname -m)" = x86_64 ] || { ENV_NAME="linux-$arg"; env_unavailable "the kernel images fetched are amd64"; }
command -v mkfs.ext4 >/dev/null || { ENV_NAME="linux-$arg"; env_unavailable "mkfs.ext4 is not installed (apt-get install e2fsprogs)"; }
if [ -n "$tag" ]; then
	command -v i686-linux-gnu-gcc >/dev/null || { ENV_NAME="linux-$arg"; env_unavailable "i686-linux-gnu-gcc is not installed (apt-get install gcc-i686-linux-gnu libc6-dev-i386-cross)"; }
	target=i686
else
	target=static
fi
payload=$BUILD-$target
# The kernels are pinned (package and version), so that a re-run boots the
# same kernel and adds no new column to the report.  Debian's archive keeps
# only the newest point release of a suite: when a pin is gone, the fetch
# says which version the archive has; move the pin here to it (and remove
# the old results file) or set FDSUITE_KERNEL_PIN=PACKAGE=VERSION.
case $suite in
bullseye) pin=linux-image-5.10.0-32-cloud-amd64=5.10.223-1 ;;
bookworm) pin=linux-image-6.1.0-50-cloud-amd64=6.1.176-1 ;;
trixie) pin=linux-image-6.12.117+deb13-cloud-amd64=6.12.117-1 ;;
*) ENV_NAME="linux-$arg"; env_unavailable "no kernel is pinned for suite '$suite' (see ci/env-kernel.sh)" ;;
esac
pin=${FDSUITE_KERNEL_PIN:-$pin}
deb=$("$ROOT/ci/apt-fetch.sh" "$suite" "$pin" | tail -1) ||
	{ echo "== linux-$arg: cannot fetch the pinned kernel $pin; move the pin in ci/env-kernel.sh" >&2; exit 1; }
kdir="$CACHE/kernel-$(basename "$deb" .deb)"
[ -d "$kdir/boot" ] || dpkg-deb -x "$deb" "$kdir"
vmlinuz=$(ls "$kdir"/boot/vmlinuz-* | head -1)
krel=${vmlinuz##*/vmlinuz-}
if [ -n "$tag" ] && ! grep -qx 'CONFIG_IA32_EMULATION=y' "$kdir/boot/config-$krel"; then
	ENV_NAME="linux-$krel-qemu-tcg$tag"
	env_unavailable "kernel $krel is built without IA32 emulation (CONFIG_IA32_EMULATION): it runs no 32-bit programs"
fi
env_begin "linux-$krel-qemu-tcg$tag"

make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" "$target" >&2 || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-vm.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The guest's root filesystem: a read-only ext4 image (mkfs.ext4 -d, no
# root needed) holding /init and the build, on an emulated NVMe disk; both
# are built into Debian's cloud kernels, so no initramfs and no module is
# needed.  The guest pages in only what it runs, where an initramfs made
# it decompress and copy the whole build (about 470 MB of static
# programs with their debugging information) before /init.  The image
# does not depend on the kernel and is kept in the cache for as long as
# the build, init.c and this script are unchanged.
img="$CACHE/guest-root-$target.img"
key=$( (cd "$payload" && find cases fixtures harness/fdrun -printf '%P %s %T@\n' | LC_ALL=C sort
	cat "$ROOT/ci/guest/init.c" "$0") | md5sum)
if [ ! -f "$img" ] || [ "$(cat "$img.key" 2>/dev/null)" != "$key" ]; then
	stage="$work/root"
	mkdir -p "$stage/fdsuite/harness" "$stage/etc" "$stage/proc" "$stage/sys" "$stage/dev" "$stage/tmp"
	# hard links where the build is on the same filesystem, else copies
	if ! cp -al "$payload/cases" "$payload/fixtures" "$stage/fdsuite/" 2>/dev/null; then
		rm -rf "$stage/fdsuite/cases" "$stage/fdsuite/fixtures"
		cp -a "$payload/cases" "$payload/fixtures" "$stage/fdsuite/" || exit 1
	fi
	cp "$payload/harness/fdrun" "$stage/fdsuite/harness/" || exit 1
	gcc -static -O2 -o "$stage/init" "$ROOT/ci/guest/init.c" || exit 1
	mb=$(($(du -sm "$stage" | cut -f1) * 11 / 10 + 32))
	mkfs.ext4 -q -F -O ^has_journal -L fdsuite -d "$stage" "$work/root.img" "${mb}M" >&2 || exit 1
	mv "$work/root.img" "$img" && echo "$key" >"$img.key"
	rm -rf "$stage"
fi

# The emulated CPU.  With Debian 12's qemu (7.2) and `-cpu max`, the 6.12
# kernel double-faulted in SLUB's __kmalloc right after a cmpxchg16b in 3
# of 4 boots, with EFLAGS in the oops holding the low bits of RAX: the
# emulated CPU state was corrupt, not the kernel's.  Without CX16 the
# kernel does not use cmpxchg16b there, and every boot tried that way
# completed.  Without ERMS ("enhanced rep movsb"), the kernel copies and
# clears memory (copy_to_user, clear_page) with rep movsq/stosq or plain
# moves and glibc's memcpy/memset avoid rep movsb: TCG runs a rep string
# instruction one element per iteration, so a byte-wise rep movsb costs
# eight times the iterations of rep movsq.  Without it a whole run took
# about a fifth less host CPU time here (two runs each way, alternated, on
# a loaded machine: 51 and 70 s against 73 and 78 s).
cpu=${FDSUITE_QEMU_CPU:-max,-cx16,-erms}

# The kernel command line: quiet (the console carries the TAP, not boot
# messages); tsc=reliable, because the kernel otherwise finds the emulated
# CPUs' TSCs unsynchronized and falls back to the HPET, whose every read
# (each clock_gettime, no longer answered by the vDSO) is an emulated
# device access; no_timer_check skips the boot-time timer IRQ test.
append="console=ttyS0 root=/dev/nvme0n1 ro rootfstype=ext4 rootwait init=/init panic=-1 quiet"
append+=" tsc=reliable no_timer_check ${FDSUITE_KERNEL_APPEND:-}"
append+=" fdsuite.name=$ENV_NAME fdsuite.suite=$arg fdsuite.build=build-$target"
append+=" fdsuite.jobs=$JOBS fdsuite.scale=${FT_TIMEOUT_SCALE:-10}"

# One boot; a kernel oops or panic is not a result: a boot that panics is
# kept as .panic.console and tried once more; a second panic fails the
# environment.  The NVMe disk has two namespaces: 1, the root image
# (read-only, so the cached image stays as it was), and 2, a scratch image
# init writes the results file to, followed by zero bytes.  -nodefaults:
# no network card, VGA or monitor to emulate.
boot() {
	rm -f "$work/results.json" "$work/results.img"
	truncate -s 16M "$work/results.img"
	timeout 3000 qemu-system-x86_64 -nodefaults -machine q35 -accel tcg,thread=multi \
		-cpu "$cpu" -smp "$JOBS" -m 2048 -kernel "$vmlinuz" -append "$append" \
		-device nvme,id=nvme0,serial=fdsuite \
		-drive "file=$img,if=none,id=root,format=raw,readonly=on" -device nvme-ns,bus=nvme0,nsid=1,drive=root \
		-drive "file=$work/results.img,if=none,id=results,format=raw" -device nvme-ns,bus=nvme0,nsid=2,drive=results \
		-display none -no-reboot -serial "file:$CACHE/$ENV_NAME.console" || {
		echo "== $ENV_NAME: qemu failed or timed out; console in $CACHE/$ENV_NAME.console" >&2
		exit 1
	}
	tr -d '\0' <"$work/results.img" >"$work/results.json"
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
