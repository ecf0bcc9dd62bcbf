/*
 * exec/eventfd_cloexec_closed - an eventfd created with EFD_CLOEXEC is
 * closed by execve; one created without the flag survives.
 *
 * Cites: eventfd(2) DESCRIPTION (EFD_CLOEXEC, Linux 2.6.27); execve(2)
 * "Effect on process attributes".
 */
#include "exec.h"
#include <sys/eventfd.h>

FT_CASE("EFD_CLOEXEC eventfds are closed by execve",
	"eventfd(2) DESCRIPTION (EFD_CLOEXEC); execve(2) \"Effect on process attributes\"");

FT_POINT(eventfd)
{
	struct ft_probe p;
	FT_FD int c = FT_SYS(eventfd(0, EFD_CLOEXEC));
	FT_FD int k = FT_SYS(eventfd(0, 0));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
