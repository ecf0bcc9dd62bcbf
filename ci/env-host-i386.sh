#!/usr/bin/env bash
# i386 on this x86_64 kernel: the static i686 build (gcc-i686-linux-gnu,
# libc6-dev-i386-cross) run natively, so every call goes through the
# kernel's 32-bit compat entry points (fcntl64 and F_GETLK64, the compat
# select/poll/epoll and recvmsg/SCM_RIGHTS layouts, getdents).  The runner
# and the fixtures the cases exec are 32-bit too.
. "$(dirname "$0")/lib.sh"
[ "$(uname -m)" = x86_64 ] || { ENV_NAME=host-i386; env_unavailable "needs an x86_64 kernel"; }
command -v i686-linux-gnu-gcc >/dev/null || { ENV_NAME=host-i386; env_unavailable "i686-linux-gnu-gcc is not installed (apt-get install gcc-i686-linux-gnu libc6-dev-i386-cross)"; }
# a kernel built without IA32 emulation (or booted with ia32_emulation=0)
# refuses 32-bit programs with ENOEXEC; the matrix then has qemu-user-i386
probe=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-i386.XXXXXX")
printf 'int main(void) { return 0; }\n' >"$probe/t.c"
i686-linux-gnu-gcc -static -o "$probe/t" "$probe/t.c" && "$probe/t" 2>/dev/null
rc=$?
rm -rf "$probe"
[ $rc = 0 ] || { ENV_NAME=host-i386; env_unavailable "this kernel runs no 32-bit x86 programs (IA32 emulation is off: exec gives ENOEXEC); qemu-user-i386 runs the same build under emulation"; }
env_begin "host-i386-glibc"
make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" i686 >&2 || exit 1
"$BUILD-i686/harness/fdrun" -q -j "$JOBS" -b "$BUILD-i686" -n "$ENV_NAME" \
	-o "$RESULTS/$ENV_NAME.json" >"$CACHE/$ENV_NAME.tap"
check_results "$RESULTS/$ENV_NAME.json" || exit 1
env_end
