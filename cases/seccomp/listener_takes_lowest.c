/*
 * seccomp/listener_takes_lowest - the listener that seccomp(2) returns
 * for SECCOMP_FILTER_FLAG_NEW_LISTENER (Linux 5.0) is a new descriptor on
 * the lowest free number: it fills a gap, and its number is free again
 * once closed.  A thread may hold only one listening filter: a second
 * NEW_LISTENER fails with EBUSY and takes no number.  Each point
 * installs its filter in a forked child (with no_new_privs, so no
 * privilege is needed).
 */
#include "seccomp.h"

FT_CASE("the seccomp listener is the lowest free descriptor; a second one is EBUSY",
	"seccomp(2) DESCRIPTION \"SECCOMP_FILTER_FLAG_NEW_LISTENER\" (Linux "
	"5.0) and ERRORS EBUSY; seccomp_unotify(2) \"Overview\"; POSIX XSH "
	"2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_FD int plug = -1;
		int gap = sn_gap(&plug);
		FT_FD int l = sn_install();
		FT_EQ(l, gap);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(number_free_after_close)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		int l = sn_install();
		FT_SYS(close(l));
		FT_EQ(ft_lowest_free(), l);
		FT_FD int next = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
		FT_EQ(next, l);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(second_listener_ebusy)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_FD int l = sn_install();
		int lowest = ft_lowest_free();
		FT_ERRNO(sn_install_filter(), EBUSY);
		FT_EQ(ft_lowest_free(), lowest);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
