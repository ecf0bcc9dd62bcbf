/*
 * proc/child_fd_table - /proc/PID/fd of another process shows that
 * process's descriptor table, not the reader's: after fork, a descriptor
 * the child opens appears in /proc/CHILD/fd (its link naming the child's
 * file) and not in /proc/self/fd, and one the child closes disappears from
 * /proc/CHILD/fd while the parent's copy stays listed for the parent.
 *
 * Cites: proc(5) "/proc/pid/fd/" (one entry for each file the process
 * has open); fork(2) DESCRIPTION.
 */
#include "proc.h"

FT_CASE("/proc/PID/fd shows that process's own descriptor table",
	"proc(5) \"/proc/pid/fd/\"; fork(2) DESCRIPTION");
FT_NEEDS(FT_NEEDS_PROC);

#define MAXFD 4096
static int listed[MAXFD];

struct child_fds {
	int opened, closed;
};

FT_POINT(child_table_seen)
{
	int go[2];
	int ready[2];
	FT_SYS(pipe(go));
	FT_SYS(pipe(ready));
	int shared = ft_tmpfile("x", NULL); /* the child closes its copy */
	int hi = proc_high_fd(ft_lowest_free() + 40); /* the child's own fd */
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(go[1]);
		close(ready[0]);
		FT_SYS(close(shared));
		int own = FT_SYS(open("childs-file", O_RDWR | O_CREAT, 0600));
		FT_EQ(dup2(own, hi), hi);
		FT_SYS(close(own));
		struct child_fds r = { hi, shared };
		FT_EQ(write(ready[1], &r, sizeof r), (long)sizeof r);
		char c;
		FT_EQ(read(go[0], &c, 1), 0); /* until the parent is done */
		_exit(0);
	}
	close(go[0]);
	close(ready[1]);
	struct child_fds r;
	FT_EQ(read(ready[0], &r, sizeof r), (long)sizeof r);
	char path[64], got[FT_PATH_MAX];
	snprintf(path, sizeof path, "/proc/%d/fd", (int)pid);
	int n = proc_list(path, listed, MAXFD);
	FT_TRUE(proc_has(listed, n, r.opened));
	FT_FALSE(proc_has(listed, n, r.closed));
	snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)pid, r.opened);
	ssize_t k = FT_SYS(readlink(path, got, sizeof got - 1));
	got[k] = 0;
	FT_STRENDS(got, "/childs-file");
	n = proc_list("/proc/self/fd", listed, MAXFD);
	FT_TRUE(proc_has(listed, n, r.closed));
	FT_FALSE(proc_has(listed, n, r.opened));
	close(go[1]);
	FT_CHILD_OK(pid);
	close(ready[0]);
	close(shared);
}
