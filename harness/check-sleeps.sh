#!/bin/sh
# check-sleeps.sh - nothing under cases/ is proven by waiting.
#
# Rejects in cases/*/*.c and cases/*/*.h:
#  - sleeps: sleep, usleep, nanosleep, clock_nanosleep, ft_msleep;
#  - negative readiness checks with a window: FT_EQ(ft_poll_in(fd, N), 0),
#    and the same through poll, epoll_wait, ep_wait, pl_revents, with N
#    not 0.  Readiness is computed when asked: pass 0, after the event
#    that would make the descriptor ready has certainly happened.
# A call that blocks is shown with ft_wait_blocked() (see fdtest.h and
# cases/README.md).  A timeout that is itself the behavior under test
# (poll/timeout_*, select_timeout_updated) does not match these patterns.
cd "$(dirname "$0")/.." || exit 2
bad=0
report() { # what, grep output
	[ -n "$2" ] || return 0
	echo "check-sleeps: $1:" >&2
	echo "$2" | sed 's/^/  /' >&2
	bad=1
}
files=$(find cases -name '*.[ch]' | sort)
report "sleeps (prove blocking with ft_wait_blocked, readiness with a zero timeout)" \
	"$(grep -nE '(^|[^_a-zA-Z0-9])(sleep|usleep|nanosleep|clock_nanosleep|ft_msleep)\(' $files)"
report "negative readiness checks that wait (use a zero timeout)" \
	"$(grep -nE 'FT_EQ\((ft_poll_in|poll|epoll_wait|ep_wait|pl_revents)\([^;]*, *(ft_scaled_ms\()?[1-9][0-9]*\)+, *0\)' $files)"
if [ "$bad" = 0 ]; then
	echo "check-sleeps: ok - $(echo "$files" | wc -l) files under cases/ neither sleep nor wait out a window"
fi
exit $bad
