#!/usr/bin/env bash
# lint-cases.sh - rejects checks that cannot fail because they read the
# result of a failed call.
#
# A flag word read with a bare fcntl(fd, F_GETFL) or F_GETFD is -1 when
# the call fails, and -1 has every bit set: FT_TRUE(fcntl(fd, F_GETFL) &
# O_APPEND) passes on nothing.  Likewise a count written through a pointer
# (ioctl FIONREAD), a length used as an index (readlink) or revents after a
# poll whose failure was ignored.  Cases read these through checked
# helpers (ft_getfl, ft_getfd, FT_SYS, ...; see harness/fdtest.h).
#
# Rules, over cases/*/*.c and cases/*/*.h (comment lines skipped):
#   getflags  fcntl(..., F_GETFL) or F_GETFD outside ft_getfl()/ft_getfd(),
#             except where failure is the point: FT_ERRNO(fcntl(...), E),
#             FT_ERRNO_ANY, or a comparison with -1 (is the fd open?)
#   outparam  a call that fills memory through a pointer (poll, select,
#             epoll_wait, ioctl, fstat, getsockopt, getrlimit, ...) or
#             returns a length (read, recv, readlink, ...) made as a bare
#             statement: its failure is ignored and what it filled is then
#             read as if it had worked
#   ioctlcnt  ioctl(FIONREAD/SIOCINQ/SIOCOUTQ/TIOCOUTQ) not checked by
#             FT_SYS, FT_EQ or FT_ERRNO
#   lenindex  a readlink length kept without FT_SYS (then used as an index)
#   cites     the citation lives in FT_CASE; a header comment that keeps a
#             "Cites:" paragraph must name exactly the references
#             (name(section) tokens, e.g. dup(2), write(3p)) FT_CASE names;
#             references inside a parenthesized remark are prose
#
# usage: harness/lint-cases.sh [DIR]   (DIR holds cases/; default: the tree)
# Prints file:line: rule: text for each finding; exit 1 if there is any.
set -u
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 2
arg='([^(),;]|\([A-Za-z_ ]+\))*'
found=0
report() { # rule message (findings on stdin as file:line:text)
	local rule=$1 msg=$2 l
	while IFS= read -r l; do
		[ -n "$l" ] || continue
		echo "${l%%:*}:$(cut -d: -f2 <<<"$l"): $rule: $(cut -d: -f3- <<<"$l" | sed 's/^[[:space:]]*//')  -- $msg"
		found=1
	done
}
# source lines, comment lines dropped: file:line:text
src() {
	grep -nH '' cases/*/*.c cases/*/*.h 2>/dev/null |
		grep -vE '^[^:]+:[0-9]+:[[:space:]]*(/?\*|//)'
}

report getflags "read flags with ft_getfl()/ft_getfd(): a failed fcntl is -1, every bit set" < <(
	src | sed -E "s/FT_ERRNO(_ANY)?\(fcntl\($arg, F_GETF[LD]\)//g;
		s/FT_NE\(fcntl\($arg, F_GETF[LD]\), -1\)//g;
		s/fcntl\($arg, F_GETF[LD]\) *[!=]= *-1//g" |
		grep -E "fcntl\($arg,[[:space:]]*F_GETF[LD][[:space:]]*\)")

calls='poll|ppoll|select|pselect|epoll_wait|epoll_pwait|epoll_pwait2|ioctl|fstat|stat|lstat|fstatat|statx|fstatfs|statfs|getsockopt|getsockname|getpeername|getrlimit|prlimit|sigpending|sigprocmask|pthread_sigmask|read|readv|pread|preadv|preadv2|recv|recvfrom|recvmsg|readlink|readlinkat|getdents64|lseek'
report outparam "check the call (FT_SYS, FT_EQ, FT_ERRNO) before using what it returned or filled" < <(
	src | grep -E "^[^:]+:[0-9]+:[[:space:]]*(\(void\)[[:space:]]*)?($calls)\(")

report ioctlcnt "check the ioctl (FT_SYS): on failure the count is never written" < <(
	src | grep -E "ioctl\([^;]*(FIONREAD|SIOCINQ|SIOCOUTQ|TIOCOUTQ)" |
		grep -vE "(FT_SYS|FT_EQ|FT_ERRNO|FT_ERRNO_ANY|FT_NEED_CALL|FT_NEED_FLAG)\(ioctl\(")

report lenindex "check the length (FT_SYS): -1 is no length" < <(
	src | grep -E "=[[:space:]]*readlink(at)?\(")

# references (name(section)) in a text (FT_CASE: its citation, not its
# summary), sorted, one line; remarks in
# parentheses are prose ("(inherited across fork(2))") and do not count
refs() {
	perl -0pe '1 while s/\((?![0-9][a-z]*\))(?:[^()]|\([0-9][a-z]*\))*\)//g' |
		grep -oE '[A-Za-z_0-9.-]+\([0-9][a-z]*\)' | sort -u | tr '\n' ' '
}
report cites "the header's Cites: and FT_CASE must name the same references" < <(
	for f in cases/*/*.c; do
		hdr=$(awk '/^ \* Cites:/ { p = 1 } p && (/^ \*\// || /^ \*$/) { exit } p' "$f" | refs)
		[ -n "$hdr" ] || continue
		cas=$(awk '/FT_CASE\(/ { p = 1 } p { print } p && /\);[[:space:]]*$/ { exit }' "$f" |
			tr '\n' ' ' | sed -E 's/.*FT_CASE\(//; s/\);[[:space:]]*$//
				s/^[[:space:]]*"([^"\\]|\\.)*"[[:space:]]*,//' | refs)
		[ "$hdr" = "$cas" ] ||
			echo "$f:$(grep -n 'Cites:' "$f" | head -1 | cut -d: -f1):header [${hdr% }] vs FT_CASE [${cas% }]"
	done)

exit $found
