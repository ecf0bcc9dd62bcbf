/*
 * fdinfo/pidfd_pid_fields - /proc/self/fdinfo/N of a pidfd names the
 * process it refers to: "Pid:" is its process ID as seen from the
 * reader's PID namespace (Linux 5.3), and "NSpid:" lists its IDs from
 * that namespace inward, starting with the same number (Linux 5.5).  The
 * fields follow the process: while it runs and while it is a zombie they
 * show its ID; once it has been reaped both read -1 (a kernel change made
 * after 5.5 and present from 5.8 on).  No man page of this host documents
 * these fields; they are pidfd_show_fdinfo()'s, in kernel/fork.c and,
 * since Linux 6.9, fs/pidfs.c.
 */
#include "fdinfo.h"

FT_CASE("fdinfo of a pidfd shows Pid: and NSpid: for the process, -1 once it is reaped",
	"pidfd_show_fdinfo() in kernel/fork.c, fs/pidfs.c since 6.9 (Pid: Linux 5.3, NSpid: Linux 5.5, -1 once reaped); pidfd_open(2)");

FT_NEEDS(FT_NEEDS_PIDFD)

struct pid_fields {
	long long pid;
	long long nspid; /* the first NSpid entry */
};

static struct pid_fields fields(int fd)
{
	char info[4096];
	struct pid_fields f;
	fdinfo_read(fd, info, sizeof info);
	f.pid = proc_field(info, "Pid", 10);
	const char *ns = proc_field_text(info, "NSpid");
	if (!ns)
		FT_SKIP("fdinfo of a pidfd has no NSpid: line (Linux 5.5; CONFIG_PID_NS)");
	FT_EQ(sscanf(ns, "%lld", &f.nspid), 1);
	return f;
}

/* A child that waits to be released through the pipe, and its pidfd. */
static pid_t child(int release[2], int *pidfd)
{
	ft_pipe(release, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		FT_SYS(close(release[1]));
		FT_EQ(read(release[0], &c, 1), 0);
		_exit(0);
	}
	*pidfd = FT_SYS((int)syscall(SYS_pidfd_open, pid, 0));
	return pid;
}

FT_POINT(running_child)
{
	FT_FDS int release[2] = FT_NO_FDS;
	FT_FD int pidfd = -1;
	pid_t pid = child(release, &pidfd);
	struct pid_fields f = fields(pidfd);
	FT_EQ(f.pid, pid);
	FT_EQ(f.nspid, pid);
	ft_close(&release[1]);
	FT_CHILD_OK(pid);
}

FT_POINT(self)
{
	FT_FD int pidfd = FT_SYS((int)syscall(SYS_pidfd_open, getpid(), 0));
	struct pid_fields f = fields(pidfd);
	FT_EQ(f.pid, getpid());
	FT_EQ(f.nspid, getpid());
}

FT_POINT(zombie_keeps_pid_reaped_minus_one)
{
	FT_FDS int release[2] = FT_NO_FDS;
	FT_FD int pidfd = -1;
	pid_t pid = child(release, &pidfd);
	ft_close(&release[1]);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	FT_SYS(waitid(P_PID, pid, &si, WEXITED | WNOWAIT)); /* a zombie now */
	FT_EQ(si.si_pid, pid);
	FT_EQ(fields(pidfd).pid, pid);
	FT_CHILD_OK(pid); /* reaped */
	if (!fdinfo_kernel_at_least(5, 8))
		FT_SKIP("-1 for a reaped process is certain only from Linux 5.8 on");
	struct pid_fields f = fields(pidfd);
	FT_EQ(f.pid, -1);
	FT_EQ(f.nspid, -1);
}
