/*
 * exec/inotify_cloexec_closed - an inotify instance created by
 * inotify_init1(IN_CLOEXEC) is closed by execve; one created without the
 * flag survives.
 *
 * Cites: inotify_init(2) DESCRIPTION (IN_CLOEXEC; inotify_init1 since
 * Linux 2.6.27); execve(2) "Effect on process attributes".
 */
#include "exec.h"
#include <sys/inotify.h>

FT_CASE("IN_CLOEXEC inotify descriptors are closed by execve",
	"inotify_init(2) DESCRIPTION (IN_CLOEXEC); execve(2) \"Effect on process attributes\"");

FT_POINT(inotify_init1)
{
	struct ft_probe p;
	FT_FD int c = FT_SYS(inotify_init1(IN_CLOEXEC));
	FT_FD int k = FT_SYS(inotify_init1(0));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
