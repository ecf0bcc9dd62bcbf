#!/usr/bin/env bash
# check-cite.sh - the minimal reproducers `fdreport cite` generates build
# with `cc -Wall -Wextra -Werror`, with -static, and with musl (musl-gcc
# -static, where installed), and reach the same verdict as the case
# program: for the first point of one case per area (and the first case
# that execs fdprobe), on this host, and under the fault shim dup_reopens,
# where both must report "not ok" (the dynamic glibc build: LD_PRELOAD
# does not reach static programs).  The reports in both formats name the
# point, and the text one has no table or HTML and no prose line over 72
# columns.  Output is TAP.
#
# usage: harness/check-cite.sh        (BUILD=build, CC=cc)
set -u
BUILD=${BUILD:-build}
CC=${CC:-cc}
cd "$(dirname "$0")/.." || exit 2
[ -d "$BUILD" ] && BUILD=$(cd "$BUILD" && pwd)
[ -x "$BUILD/harness/fdreport" ] || { echo "check-cite: build first (make)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/fdcite.XXXXXX")
trap 'rm -rf "$work"' EXIT
export FDSUITE_FIXTURES="$BUILD/fixtures"
WFLAGS="-Wall -Wextra -Werror"
# musl-gcc sees the kernel's uapi headers the way `make musl` shows them
musl=
if command -v musl-gcc >/dev/null; then
	mkdir -p "$work/musl-include"
	for d in linux asm-generic mtd; do ln -sfn "/usr/include/$d" "$work/musl-include/$d"; done
	ln -sfn "/usr/include/$(gcc -print-multiarch)/asm" "$work/musl-include/asm"
	musl="musl-gcc -static -isystem $work/musl-include"
fi
picks=()
for area in $(ls "$BUILD/cases"); do
	picks+=("$area/$(ls "$BUILD/cases/$area" | head -1)")
done
probe=$(grep -l ft_exec_probe cases/*/*.c 2>/dev/null | head -1)
[ -n "$probe" ] && { probe=${probe#cases/}; picks+=("${probe%.c}"); }
picks+=(dup/shares_offset)
"$BUILD/harness/fdrun" -q -b "$BUILD" -n cite-check -o "$work/r.json" "${picks[@]}" >/dev/null 2>&1
n=0; fail=0
verdict() { grep -m1 -oE '^(not ok|ok)' <<<"$1"; }
say() { # OK? MESSAGE
	n=$((n + 1))
	if [ "$1" = 1 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi
}
check() { # LABEL CASE POINT [PRELOAD]
	local label=$1 c=$2 p=$3 pre=${4:-} src="$work/${c//\//_}.c" bin b v
	bin="${src%.c}"
	if ! "$BUILD/harness/fdreport" cite --repro "$src" "$c/$p" "$work/r.json" >"$work/report.md" 2>"$work/err"; then
		say 0 "cite $c/$p: $(cat "$work/err")"; return
	fi
	b=$(cd "$work" && LD_PRELOAD=$pre "$BUILD/cases/$c" "$p" 2>&1)
	local builds=("glibc:$CC $WFLAGS")
	[ -z "$pre" ] && builds+=("static:$CC $WFLAGS -static")
	[ -z "$pre" ] && [ -n "$musl" ] && builds+=("musl:$musl $WFLAGS")
	for bd in "${builds[@]}"; do
		local kind=${bd%%:*} cc=${bd#*:}
		if ! $cc -o "$bin.$kind" "$src" 2>"$work/cc.log"; then
			say 0 "$label $c/$p: the reproducer does not build with $cc"
			sed 's/^/  # /' "$work/cc.log" | head
			continue
		fi
		v=$(cd "$work" && LD_PRELOAD=$pre "$bin.$kind" 2>&1)
		local ref=$b
		if [ "$kind" = musl ]; then
			# musl's own behavior (a finding may say it differs):
			# the reference is the case built against musl
			if [ -x "$BUILD-musl/cases/$c" ]; then
				ref=$(cd "$work" && "$BUILD-musl/cases/$c" "$p" 2>&1)
			else
				[ -n "$(verdict "$v")" ]
				say $((1 - $?)) "$label $c/$p (musl build): builds and gives a verdict ($(verdict "$v"); no musl build of the case to compare: make musl)"
				continue
			fi
		fi
		if [ -n "$(verdict "$v")" ] && [ "$(verdict "$v")" = "$(verdict "$ref")" ] &&
			{ [ -z "$pre" ] || [ "$(verdict "$v")" = "not ok" ]; }; then
			say 1 "$label $c/$p ($kind build, $(wc -l <"$src") lines): reproducer and case agree ($(verdict "$v"))"
		else
			say 0 "$label $c/$p ($kind build): reproducer says '$(verdict "$v")', case says '$(verdict "$ref")'"
		fi
	done
}
echo "TAP version 13"
for c in $(printf '%s\n' "${picks[@]}" | sort -u); do
	p=$("$BUILD/cases/$c" --list | head -1); p=${p##*/}
	check "host" "$c" "$p"
done
if [ -f "$BUILD/shims/dup_reopens.so" ]; then
	check "under shim dup_reopens" dup/shares_offset read_moves_both "$BUILD/shims/dup_reopens.so"
fi
# both report formats, for a failure under the shim
id=dup/shares_offset/read_moves_both
LD_PRELOAD="$BUILD/shims/dup_reopens.so" "$BUILD/harness/fdrun" -q -b "$BUILD" -n shim-dup_reopens \
	-o "$work/shim.json" dup/shares_offset >/dev/null 2>&1
for fmt in markdown text; do
	if "$BUILD/harness/fdreport" cite --format $fmt "$id" "$work/shim.json" >"$work/report.$fmt" 2>"$work/err" &&
		grep -q "$id" "$work/report.$fmt" && grep -q "Documented in" "$work/report.$fmt" &&
		grep -q "errno\|Expected" "$work/report.$fmt" && grep -q "cc -o repro repro.c" "$work/report.$fmt"; then
		say 1 "cite --format $fmt names the point, the citation, the observation and the command"
	else
		say 0 "cite --format $fmt: $(cat "$work/err")"
	fi
done
prose=$(sed -n '1,/^\/\*$/p' "$work/report.text")
if ! grep -qE '^\||<details>|```' "$work/report.text" && ! awk 'length > 72 { bad = 1 } END { exit !bad }' <<<"$prose"; then
	say 1 "cite --format text: no table, no HTML, prose wrapped at 72 columns"
else
	say 0 "cite --format text: a table, HTML or a prose line over 72 columns"
fi
echo "1..$n"
exit $fail
