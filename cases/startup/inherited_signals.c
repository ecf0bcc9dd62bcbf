/*
 * startup/inherited_signals - a program starts with no signal ignored and
 * none blocked.  An ignored disposition and the signal mask are inherited
 * across fork(2) and kept across execve(2) (only handled signals are reset
 * to the default), so a parent that ignored SIGPIPE or blocked SIGTERM
 * changes how every program it starts behaves: writes to a closed pipe
 * return EPIPE instead of ending it, a kill is left pending.
 *
 * Cites: signal(7) "Signal dispositions", "Signal mask and pending
 * signals"; execve(2) "Effect on process attributes" (dispositions of
 * caught signals reset, ignored ones kept).
 */
#include "startup.h"

FT_CASE("a new program ignores no signal and blocks none",
	"signal(7) \"Signal dispositions\", \"Signal mask and pending signals\"; "
	"execve(2) \"Effect on process attributes\"");

FT_POINT(none_ignored) { st_judge("inherited_signals/none_ignored", 0); }
FT_POINT(none_blocked) { st_judge("inherited_signals/none_blocked", 0); }
