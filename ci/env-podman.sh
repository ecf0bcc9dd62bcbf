#!/usr/bin/env bash
# ci/env-podman.sh runc|crun - podman running the static build from a rootfs
# made with `podman import`, with the named OCI runtime.
# What it takes to run here, found by trying:
# - podman's default RLIMIT_NOFILE and RLIMIT_NPROC exceed the hard limits
#   the runtime may set without CAP_SYS_RESOURCE ("error setting rlimit
#   type 7", then type 6, for runc; "setrlimit RLIMIT_NPROC: Operation not
#   permitted" for crun).  The container gets this script's hard
#   RLIMIT_NOFILE, and the largest RLIMIT_NPROC the runtime accepts (the
#   shell's hard limit is not always the runtime's: it is probed).
# - crun 1.8 refuses a hybrid cgroup layout ("cgroups in hybrid mode not
#   supported, drop all controllers from cgroupv2") even with
#   --cgroups=disabled; it runs when podman runs in a private mount
#   namespace without the cgroup2 mount, and without cgroups.
. "$(dirname "$0")/lib.sh"
rt=${1:-runc}
case $rt in runc | crun) ;; *) echo "env-podman.sh: runtime must be runc or crun, not '$rt'" >&2; exit 2 ;; esac
command -v podman >/dev/null || { ENV_NAME=podman-$rt; env_unavailable "podman is not installed (apt-get install podman)"; }
command -v "$rt" >/dev/null || { ENV_NAME=podman-$rt; env_unavailable "$rt is not installed (apt-get install $rt)"; }
[ "$(id -u)" = 0 ] || { ENV_NAME=podman-$rt; env_unavailable "the container is run by root's podman"; }
env_begin "podman-$(podman --version | awk '{print $3}')-$rt-$("$rt" --version | awk 'NR == 1 {print $3}')"
make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" static >&2 || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-podman.XXXXXX")
image="localhost/fdsuite-matrix:$$"
trap 'podman rmi -f "$image" >/dev/null 2>&1; rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs/fdsuite/harness" "$rootfs/etc" "$rootfs/tmp" "$rootfs/results" "$work/out"
cp -a "$BUILD-static/cases" "$BUILD-static/fixtures" "$rootfs/fdsuite/"
cp "$BUILD-static/harness/fdrun" "$rootfs/fdsuite/harness/"
printf 'PRETTY_NAME="fdsuite podman rootfs (static build)"\n' >"$rootfs/etc/os-release"
tar -C "$rootfs" -cf - . | podman import -q - "$image" >/dev/null || { echo "== $ENV_NAME: podman import failed" >&2; exit 1; }
pod=(podman --runtime "$(command -v "$rt")" run --rm --network=none)
if [ "$rt" = crun ]; then
	pod=(unshare -m sh -c 'for m in $(awk "\$3 == \"cgroup2\" { print \$2 }" /proc/self/mounts); do umount "$m"; done; exec "$@"' sh
		"${pod[@]}" --cgroups=disabled)
fi
nofile=$(ulimit -Hn)
[ "$nofile" = unlimited ] && nofile=1048576
nproc=
for np in $(ulimit -Hu) 65536 32768 16384 4096; do
	[ "$np" = unlimited ] && continue
	if "${pod[@]}" --ulimit nofile="$nofile:$nofile" --ulimit nproc="$np:$np" "$image" \
		/fdsuite/harness/fdrun --help >/dev/null 2>"$work/probe.err"; then
		nproc=$np
		break
	fi
done
[ -n "$nproc" ] || { echo "== $ENV_NAME: the runtime accepts no RLIMIT_NPROC tried: $(tail -1 "$work/probe.err")" >&2; exit 1; }
echo "== $ENV_NAME: RLIMIT_NOFILE $nofile, RLIMIT_NPROC $nproc" >&2
"${pod[@]}" --ulimit nofile="$nofile:$nofile" --ulimit nproc="$nproc:$nproc" \
	-v "$work/out:/results" "$image" \
	/fdsuite/harness/fdrun -q -j "$JOBS" -b /fdsuite -n "$ENV_NAME" \
	-r "podman run --runtime $rt (ci/env-podman.sh $rt)" -B build-static \
	-o "/results/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap" 2>&1
echo "== $ENV_NAME: podman exited with $?" >&2
check_results "$work/out/$ENV_NAME.json" || { tail -5 "$CACHE/$ENV_NAME.tap" >&2; exit 1; }
cp "$work/out/$ENV_NAME.json" "$RESULTS/$ENV_NAME.json"
env_end
