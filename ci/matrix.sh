#!/usr/bin/env bash
# ci/matrix.sh [ENV...] - runs every environment this machine can run (or
# the named ones: host-glibc, gvisor, kernel-bookworm ...), each leaving
# results/<environment>.json, says which it skipped and why, then
# regenerates REPORT.md from every results file.  Exit 1 if an environment
# that should have run failed to produce results.
. "$(dirname "$0")/lib.sh"
all=(host-glibc host-musl host-i386 valgrind gvisor gvisor-trixie qemu-user qemu-user-trixie
	qemu-user-aarch64 qemu-user-s390x qemu-user-riscv64 qemu-user-ppc64le qemu-user-i386
	kernel-bullseye kernel-bookworm kernel-trixie kernel-bookworm-i386 bubblewrap proot runc podman-runc podman-crun
	userland-bullseye userland-trixie)
[ $# -gt 0 ] && all=("$@")
summary=()
bad=0
start=$(date +%s)
for e in "${all[@]}"; do
	case $e in
	kernel-*) cmd=("$ROOT/ci/env-kernel.sh" "${e#kernel-}") ;;
	qemu-user-aarch64 | qemu-user-s390x | qemu-user-riscv64 | qemu-user-ppc64le)
		cmd=(env ARCH="${e#qemu-user-}" "$ROOT/ci/env-qemu-user.sh") ;;
	qemu-user-i386) cmd=(env ARCH=i686 "$ROOT/ci/env-qemu-user.sh") ;;
	podman-*) cmd=("$ROOT/ci/env-podman.sh" "${e#podman-}") ;;
	userland-*) cmd=("$ROOT/ci/env-userland.sh" "${e#userland-}") ;;
	*) cmd=("$ROOT/ci/env-$e.sh") ;;
	esac
	if [ "${cmd[0]}" != env ] && [ ! -x "${cmd[0]}" ]; then
		echo "ci/matrix.sh: unknown environment '$e'" >&2
		exit 2
	fi
	t0=$(date +%s)
	"${cmd[@]}" 2>&1 | tee "$CACHE/matrix-$e.log" | grep '^== ' >&2
	rc=${PIPESTATUS[0]}
	t=$(($(date +%s) - t0))
	case $rc in
	0) summary+=("ran      $e (${t} s)") ;;
	3) summary+=("skipped  $e: $(grep -m1 'unavailable:' "$CACHE/matrix-$e.log" | sed 's/.*unavailable: //')") ;;
	*) summary+=("FAILED   $e (exit $rc; log: $CACHE/matrix-$e.log)"); bad=1 ;;
	esac
done
echo "ci/matrix.sh: environments:" >&2
printf '  %s\n' "${summary[@]}" >&2
# results this run did not refresh stay, and the report marks their rows
for f in "$RESULTS"/*.json; do
	[ -e "$f" ] && [ "$(stat -c %Y "$f")" -lt "$start" ] &&
		echo "ci/matrix.sh: not refreshed by this run, marked (other revision) in REPORT.md: $f" >&2
done
make -C "$ROOT" -s BUILD="$BUILD" report >&2 || bad=1
# every finding re-proven by its reproducer where this machine can enter its environment
make -C "$ROOT" -s BUILD="$BUILD" check-findings >"$CACHE/check-findings.tap" || bad=1
exit $bad
