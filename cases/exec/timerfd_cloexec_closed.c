/*
 * exec/timerfd_cloexec_closed - a timerfd created with TFD_CLOEXEC is
 * closed by execve; one created without the flag survives.
 *
 * Cites: timerfd_create(2) DESCRIPTION (TFD_CLOEXEC, Linux 2.6.27);
 * execve(2) "Effect on process attributes".
 */
#include "exec.h"
#include <sys/timerfd.h>
#include <time.h>

FT_CASE("TFD_CLOEXEC timerfds are closed by execve",
	"timerfd_create(2) DESCRIPTION (TFD_CLOEXEC); execve(2) \"Effect on process attributes\"");

FT_POINT(timerfd)
{
	struct ft_probe p;
	FT_FD int c = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
	FT_FD int k = FT_SYS(timerfd_create(CLOCK_MONOTONIC, 0));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
