/*
 * exec/signalfd_cloexec_closed - a signalfd created with SFD_CLOEXEC is
 * closed by execve; one created without the flag survives.
 *
 * Cites: signalfd(2) DESCRIPTION (SFD_CLOEXEC, Linux 2.6.27) and
 * "execve(2) semantics" (a signalfd stays open across execve unless it is
 * close-on-exec); execve(2) "Effect on process attributes".
 */
#include "exec.h"
#include <sys/signalfd.h>

FT_CASE("SFD_CLOEXEC signalfds are closed by execve",
	"signalfd(2) DESCRIPTION (SFD_CLOEXEC), \"execve(2) semantics\"; execve(2) \"Effect on process attributes\"");

FT_POINT(signalfd)
{
	struct ft_probe p;
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	FT_FD int c = FT_SYS(signalfd(-1, &set, SFD_CLOEXEC));
	FT_FD int k = FT_SYS(signalfd(-1, &set, 0));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
