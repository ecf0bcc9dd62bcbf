#!/usr/bin/env bash
# An OCI container: runc runs a bundle whose rootfs holds the static build.
# The spec is runc's default (pid, ipc, uts, mount and network namespaces,
# masked /proc paths, a reduced capability set) less the cgroup namespace,
# the /sys/fs/cgroup mount and the resources block, which this machine's
# cgroup setup refuses; the results directory is bind-mounted read-write.
. "$(dirname "$0")/lib.sh"
RUNC=${RUNC:-$(command -v runc || true)}
[ -n "$RUNC" ] || { ENV_NAME=runc; env_unavailable "runc is not installed (apt-get install runc)"; }
[ "$(id -u)" = 0 ] || { ENV_NAME=runc; env_unavailable "the runc bundle is run as root"; }
env_begin "runc-$("$RUNC" --version | awk 'NR == 1 {print $3}')"
make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" static >&2 || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-oci.XXXXXX")
id="fdsuite-$$"
state="$work/state"
trap '"$RUNC" --root "$state" delete -f "$id" >/dev/null 2>&1; rm -rf "$work"' EXIT
rootfs="$work/bundle/rootfs"
mkdir -p "$rootfs/fdsuite/harness" "$rootfs/etc" "$rootfs/tmp" "$rootfs/proc" \
	"$rootfs/dev" "$rootfs/sys" "$rootfs/results"
cp -a "$BUILD-static/cases" "$BUILD-static/fixtures" "$rootfs/fdsuite/"
cp "$BUILD-static/harness/fdrun" "$rootfs/fdsuite/harness/"
printf 'PRETTY_NAME="fdsuite OCI rootfs (static build)"\n' >"$rootfs/etc/os-release"
# the container gets the hard RLIMIT_NOFILE runc itself runs with (runc
# cannot set more without CAP_SYS_RESOURCE over the host limit)
nofile=$(ulimit -Hn)
[ "$nofile" = unlimited ] && nofile=1048576
cat >"$work/bundle/config.json" <<JSON
{
  "ociVersion": "1.0.2",
  "process": {
    "terminal": false,
    "user": { "uid": 0, "gid": 0 },
    "args": ["/fdsuite/harness/fdrun", "-q", "-j", "$JOBS", "-b", "/fdsuite",
             "-n", "$ENV_NAME", "-r", "runc run (ci/env-runc.sh bundle)", "-B", "build-static",
             "-o", "/results/$ENV_NAME.json"],
    "env": ["PATH=/fdsuite/harness", "TMPDIR=/tmp"],
    "cwd": "/",
    "capabilities": {
      "bounding": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
      "effective": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
      "permitted": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"],
      "ambient": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"]
    },
    "rlimits": [{ "type": "RLIMIT_NOFILE", "hard": $nofile, "soft": $nofile }],
    "noNewPrivileges": true
  },
  "root": { "path": "rootfs", "readonly": true },
  "hostname": "fdsuite",
  "mounts": [
    { "destination": "/proc", "type": "proc", "source": "proc" },
    { "destination": "/dev", "type": "tmpfs", "source": "tmpfs",
      "options": ["nosuid", "strictatime", "mode=755", "size=65536k"] },
    { "destination": "/dev/pts", "type": "devpts", "source": "devpts",
      "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"] },
    { "destination": "/dev/shm", "type": "tmpfs", "source": "shm",
      "options": ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"] },
    { "destination": "/tmp", "type": "tmpfs", "source": "tmpfs",
      "options": ["nosuid", "nodev", "mode=1777"] },
    { "destination": "/sys", "type": "sysfs", "source": "sysfs",
      "options": ["nosuid", "noexec", "nodev", "ro"] },
    { "destination": "/results", "type": "bind", "source": "$RESULTS",
      "options": ["rbind", "rw"] }
  ],
  "linux": {
    "namespaces": [{ "type": "pid" }, { "type": "network" }, { "type": "ipc" },
                   { "type": "uts" }, { "type": "mount" }],
    "maskedPaths": ["/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys",
                    "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats",
                    "/proc/sched_debug", "/sys/firmware", "/proc/scsi"],
    "readonlyPaths": ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys",
                      "/proc/sysrq-trigger"]
  }
}
JSON
(cd "$work/bundle" && "$RUNC" --root "$state" run "$id" </dev/null >"$CACHE/$ENV_NAME.tap" 2>&1)
echo "== $ENV_NAME: runc exited with $?" >&2
check_results "$RESULTS/$ENV_NAME.json" || { tail -5 "$CACHE/$ENV_NAME.tap" >&2; exit 1; }
env_end
