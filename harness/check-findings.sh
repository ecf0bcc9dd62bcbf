#!/usr/bin/env bash
# check-findings.sh - every finding of results/FINDINGS.md re-proven by
# machine.  `fdreport cite --list-findings` names, for each finding and each
# environment whose failure it explains, one failing point; its minimal
# reproducer is generated and must print "ok" on this host (glibc build)
# and "not ok" when run in that environment.  A reproducer that passes
# there is reported as a stale finding.  Environments this machine cannot
# enter per program (booted kernels, runc bundles, debootstrap roots, a
# runtime version that is not installed) are skipped with the reason.
# Output is TAP; the summary and the time taken go to stderr.
#
# usage: harness/check-findings.sh     (BUILD=build)
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
[ -d "$BUILD" ] && BUILD=$(cd "$BUILD" && pwd)
[ -x "$BUILD/harness/fdreport" ] || { echo "check-findings: build first (make)" >&2; exit 2; }
start=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/fdfindings.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/musl-include"
for d in linux asm-generic mtd; do ln -sfn "/usr/include/$d" "$work/musl-include/$d"; done
ln -sfn "/usr/include/$(gcc -print-multiarch)/asm" "$work/musl-include/asm"
W="-Wall -Wextra -Werror"
export FDSUITE_FIXTURES="$BUILD/fixtures" # for reproducers that exec a fixture
"$BUILD/harness/fdreport" cite --list-findings results/*.json >"$work/list" || exit 2
n=0; fail=0; stale=0; skipped=0; proven=0
verdict() { grep -m1 -oE '^(not ok|ok)' "$1"; }
runsc_version() { "$1" --version 2>/dev/null | sed -n 's/^runsc version [0-9.~]*\(20[0-9]*\.[0-9]*\).*/\1/p'; }
# how to build and run a reproducer in environment $1: sets cc and run,
# or why not
how() {
	cc="cc $W"; run=; why=
	case $1 in
	gvisor-*)
		local want=${1#gvisor-} r
		for r in runsc "$ROOT/.cache/runsc-trixie/usr/bin/runsc"; do
			command -v "$r" >/dev/null && [ "$(runsc_version "$r")" = "$want" ] &&
				{ run="$r --rootless --network=none do"; return; }
		done
		why="runsc $want is not installed (ci/env-gvisor-trixie.sh fetches 20240729 into .cache/)" ;;
	valgrind-*) command -v valgrind >/dev/null && run="valgrind -q" || why="valgrind is not installed" ;;
	qemu-user-7.2*-x86_64) command -v qemu-x86_64-static >/dev/null && run=qemu-x86_64-static ||
		why="qemu-user-static is not installed" ;;
	qemu-user-7.2*-aarch64) cc="aarch64-linux-gnu-gcc -static $W"; run=qemu-aarch64-static
		command -v aarch64-linux-gnu-gcc >/dev/null && command -v qemu-aarch64-static >/dev/null ||
			why="needs gcc-aarch64-linux-gnu and qemu-user-static" ;;
	qemu-user-*) why="Debian 13's qemu-user ($1) is not installed here" ;;
	proot-*) command -v proot >/dev/null && run="proot -r /" || why="proot is not installed" ;;
	bubblewrap-*) command -v bwrap >/dev/null && run="bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp --bind $work $work --unshare-pid" ||
		why="bwrap is not installed" ;;
	host-*-musl) cc="musl-gcc -static -isystem $work/musl-include $W"
		command -v musl-gcc >/dev/null || why="musl-tools is not installed" ;;
	linux-*) why="a booted kernel: ci/env-kernel.sh boots it under TCG with the whole suite, not per program" ;;
	runc-*) why="runc runs a prepared bundle (ci/env-runc.sh), not one program" ;;
	userland-*) why="a debootstrap root (ci/env-userland.sh), not set up by this check" ;;
	*) why="no way to enter $1 from here" ;;
	esac
}
echo "TAP version 13"
while IFS=$'\t' read -r class pattern env file id; do
	n=$((n + 1))
	what="$class '$pattern' in $env ($id)"
	how "$env"
	if [ -n "$why" ]; then
		echo "ok $n - $what # SKIP $why"; skipped=$((skipped + 1)); continue
	fi
	src="$work/${id//\//_}.c"
	[ -f "$src" ] || "$BUILD/harness/fdreport" cite --repro "$src" "$id" 2>"$work/err" ||
		{ echo "not ok $n - $what: $(cat "$work/err")"; fail=1; continue; }
	if [ ! -x "$src.host" ]; then
		cc $W -o "$src.host" "$src" 2>"$work/cc.log" ||
			{ echo "not ok $n - $what: the reproducer does not build"; sed 's/^/  # /' "$work/cc.log" | head -5; fail=1; continue; }
		(cd "$work" && "$src.host" >"$src.host.out" 2>"$src.host.err")
	fi
	if ! $cc -o "$src.$env" "$src" 2>"$work/cc.log"; then
		echo "not ok $n - $what: the reproducer does not build with $cc"; sed 's/^/  # /' "$work/cc.log" | head -5; fail=1; continue
	fi
	(cd "$work" && timeout 120 $run "$src.$env" >"$src.$env.out" 2>"$src.$env.err")
	h=$(verdict "$src.host.out") v=$(verdict "$src.$env.out")
	if [ "$h" = ok ] && [ "$v" = "not ok" ]; then
		echo "ok $n - $what: not ok there, ok on the host ($(wc -l <"$src") lines)"; proven=$((proven + 1))
	elif [ "$h" = ok ] && [ -z "$v" ]; then
		# the environment ended the program before it could report
		echo "ok $n - $what: no verdict there ($(grep -m1 . "$src.$env.err" | cut -c1-100)), ok on the host"
		proven=$((proven + 1))
	elif [ "$v" = ok ]; then
		echo "not ok $n - stale: $what: the reproducer passes there"; stale=$((stale + 1)); fail=1
	else
		echo "not ok $n - $what: host says '$h', $env says '$v'"; fail=1
		cat "$src.$env.out" "$src.$env.err" | sed 's/^/  # /' | head -4
	fi
	[ "$h" = ok ] || cat "$src.host.out" "$src.host.err" | sed 's/^/  # host: /' | head -3
done <"$work/list"
echo "1..$n"
echo "check-findings: $n finding/environment pairs: $proven re-proven, $stale stale, $skipped skipped; $(( $(date +%s) - start )) s" >&2
exit $fail
