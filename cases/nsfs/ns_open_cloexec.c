/*
 * nsfs/ns_open_cloexec - a namespace descriptor opened with O_CLOEXEC is
 * close-on-exec and one opened without is not (F_GETFD, and across
 * execve, where the kept one still names the same namespace inode); the
 * descriptors NS_GET_USERNS and NS_GET_PARENT return are always opened
 * close-on-exec.
 */
#include "nsfs.h"
#include "../exec/exec.h"

FT_CASE("O_CLOEXEC on a namespace file decides exec; NS_GET_* results are close-on-exec",
	"namespaces(7) \"The /proc/[pid]/ns/ directory\"; ioctl_ns(2) DESCRIPTION "
	"(Linux 4.9); open(2) O_CLOEXEC; execve(2) \"Effect on process attributes\"");

FT_NEEDS(FT_NEEDS_PROC);

FT_TABLE(fd_flag, ns_kinds)
{
	FT_FD int plain = ns_open(row, O_RDONLY);
	FT_FD int cloexec = ns_open(row, O_RDONLY | O_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfd(plain), FD_CLOEXEC);
	FT_FLAG_SET(ft_getfd(cloexec), FD_CLOEXEC);
}

FT_TABLE(across_exec, ns_kinds)
{
	struct ft_probe p;
	FT_FD int plain = ns_open(row, O_RDONLY);
	FT_FD int cloexec = ns_open(row, O_RDONLY | O_CLOEXEC);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, cloexec);
	FT_EQ(EX_KEPT(&p, plain)->ino, ns_ino(plain));
}

FT_POINT(ns_get_results_cloexec)
{
	struct ns_child child;
	ns_child_start(&child, 0, NULL);
	FT_FD int theirs = ns_open_pid(child.pid, "user");
	FT_SYS(fcntl(theirs, F_SETFD, 0));
	FT_FD int owner = FT_SYS(ns_get(theirs, NS_GET_USERNS));
	FT_FLAG_SET(ft_getfd(owner), FD_CLOEXEC);
	FT_FD int parent = FT_SYS(ns_get(theirs, NS_GET_PARENT));
	FT_FLAG_SET(ft_getfd(parent), FD_CLOEXEC);
	ns_child_release(&child);
}
