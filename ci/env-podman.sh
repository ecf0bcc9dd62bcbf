#!/usr/bin/env bash
# ci/env-podman.sh runc|crun - podman running the static build from a rootfs
# made with `podman import`, with the named OCI runtime.
# Podman asks the runtime for RLIMIT_NOFILE and RLIMIT_NPROC values above
# the hard limits it runs with; without CAP_SYS_RESOURCE over those the
# runtime fails ("error setting rlimit type 7" for runc), so the container
# is given exactly the hard limits this script runs with.  crun 1.8 refuses
# this machine's hybrid cgroup layout unless podman runs it without cgroups
# (--cgroups=disabled).
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
cgroups=()
[ "$rt" = crun ] && cgroups=(--cgroups=disabled)
podman --runtime "$(command -v "$rt")" run --rm --network=none "${cgroups[@]}" \
	--ulimit nofile="$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc="$(ulimit -Hu):$(ulimit -Hu)" \
	-v "$work/out:/results" "$image" \
	/fdsuite/harness/fdrun -q -j "$JOBS" -b /fdsuite -n "$ENV_NAME" \
	-r "podman run --runtime $rt (ci/env-podman.sh $rt)" -B build-static \
	-o "/results/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap" 2>&1
echo "== $ENV_NAME: podman exited with $?" >&2
check_results "$work/out/$ENV_NAME.json" || { tail -5 "$CACHE/$ENV_NAME.tap" >&2; exit 1; }
cp "$work/out/$ENV_NAME.json" "$RESULTS/$ENV_NAME.json"
env_end
