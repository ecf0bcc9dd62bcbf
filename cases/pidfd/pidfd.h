/*
 * pidfd.h - helpers shared by the cases under cases/pidfd/ (PID file
 * descriptors: pidfd_open, clone/clone3 CLONE_PIDFD, pidfd_getfd,
 * waitid P_PIDFD, SO_PEERPIDFD and SCM_PIDFD).  The pidfd_* wrappers and
 * the parked child come from cases/special/special.h, the gap below an
 * open descriptor from cases/alloc/alloc.h.
 */
#ifndef PIDFD_AREA_H
#define PIDFD_AREA_H
#include "../special/special.h"
#include "../alloc/alloc.h" /* alloc_gap */
#include <poll.h>
#include <sched.h>

/* Constants newer than bullseye's glibc 2.31 and musl 1.2 headers. */
#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000 /* Linux 5.2 */
#endif
#ifndef SYS_clone3
#define SYS_clone3 435 /* Linux 5.3; one number on every architecture */
#endif
#ifndef SO_PASSPIDFD
#define SO_PASSPIDFD 76 /* Linux 6.5; asm-generic value (not alpha, mips, parisc, sparc) */
#endif
#ifndef SO_PEERPIDFD
#define SO_PEERPIDFD 77 /* Linux 6.5; as SO_PASSPIDFD */
#endif
#ifndef SCM_PIDFD
#define SCM_PIDFD 0x04 /* Linux 6.5 */
#endif
#ifndef PIDFD_NONBLOCK
#define PIDFD_NONBLOCK O_NONBLOCK
#endif

/* clone3's argument (clone(2) "The clone3() system call"), the first
   version (64 bytes), declared here: no C library has a clone3 wrapper
   and older <linux/sched.h> has no struct clone_args. */
struct pf_clone_args {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal;
	uint64_t stack, stack_size, tls;
};

/* The ways to get a pidfd for a new child: fork + pidfd_open(2), clone(2)
   with CLONE_PIDFD (the pidfd comes back through parent_tid), clone3(2)
   with CLONE_PIDFD (through cl_args.pidfd). */
enum { PF_PIDFD_OPEN, PF_CLONE, PF_CLONE3 };
struct pf_maker {
	const char *name;
	int how;
};
static const struct pf_maker pf_makers[] = {
	{ "pidfd_open", PF_PIDFD_OPEN },
	{ "clone", PF_CLONE },
	{ "clone3", PF_CLONE3 },
};
static const struct pf_maker pf_clone_makers[] = {
	{ "clone", PF_CLONE },
	{ "clone3", PF_CLONE3 },
};

static char pf_stack_[64 * 1024] __attribute__((aligned(16)));

/* The parked child's body: read the pipe until EOF, then exit 0. */
static int pf_park_(void *arg)
{
	int *p = arg;
	char c;
	close(p[1]);
	while (read(p[0], &c, 1) == -1 && errno == EINTR)
		;
	_exit(0);
}

/*
 * A child parked until the caller closes *wr (as sp_parked_child), and a
 * pidfd for it (*pidfd) made the way how says, with extra clone flags
 * (CLONE_FILES ...; 0 for pidfd_open).  Skips the point where the way is
 * missing (nothing is left behind then).  Returns the child's pid.
 */
#define pf_parked(how, extra, pidfd, wr)                                     \
	pf_parked_at(__FILE__, __LINE__, (how), (extra), (pidfd), (wr))
static inline pid_t pf_parked_at(const char *file, int line, int how,
				 unsigned long extra, int *pidfd, int *wr)
{
	int p[2];
	pid_t pid = -1;
	*pidfd = -1;
	if (how == PF_PIDFD_OPEN) {
		sp_need_pidfd();
		pid = sp_parked_child(wr);
		*pidfd = FT_SYS_AT(file, line, sp_pidfd_open(pid, 0));
		return pid;
	}
	/* the pipe sits above everything open, so that the pidfd is the
	   only descriptor the call allocates below it */
	int tmp[2];
	FT_SYS_AT(file, line, pipe(tmp));
	int high = ft_free_run_at(file, line, 2);
	p[0] = FT_SYS_AT(file, line, dup2(tmp[0], high));
	p[1] = FT_SYS_AT(file, line, dup2(tmp[1], high + 1));
	close(tmp[0]);
	close(tmp[1]);
	if (how == PF_CLONE) {
		errno = 0;
		pid = clone(pf_park_, pf_stack_ + sizeof pf_stack_,
			    (int)(CLONE_PIDFD | extra | SIGCHLD), p, pidfd);
	} else {
		struct pf_clone_args a;
		memset(&a, 0, sizeof a);
		a.flags = CLONE_PIDFD | extra;
		a.pidfd = (uint64_t)(uintptr_t)pidfd;
		a.exit_signal = SIGCHLD;
		errno = 0;
		pid = (pid_t)syscall(SYS_clone3, &a, sizeof a);
		if (pid == 0)
			pf_park_(p);
	}
	if (pid == -1) {
		int e = errno;
		close(p[0]);
		close(p[1]);
		errno = e;
		ft_need_(file, line, how == PF_CLONE ? "clone(CLONE_PIDFD)" : "clone3(CLONE_PIDFD)",
			 e, 1, how == PF_CLONE ? "clone CLONE_PIDFD" : "clone3",
			 how == PF_CLONE ? "Linux 5.2" : "Linux 5.3");
	}
	close(p[0]);
	*wr = p[1];
	if (*pidfd == -1) { /* a kernel before 5.2 ignores the flag */
		close(*wr);
		ft_wait(pid, 0);
		FT_SKIP("clone ignored CLONE_PIDFD (no pidfd written back): added in Linux 5.2");
	}
	return pid;
}

/* Skip the point unless waitid(2) knows P_PIDFD (Linux 5.4): asked about
   the caller itself, which is nobody's child of its own, a kernel that
   knows it says ECHILD, an older one EINVAL. */
static inline void pf_need_waitid_pidfd(void)
{
	int self = FT_NEED_CALL(sp_pidfd_open(getpid(), 0), "pidfd_open", "Linux 5.3");
	siginfo_t si;
	errno = 0;
	int r = waitid(P_PIDFD, (id_t)self, &si, WEXITED | WNOHANG);
	int err = errno;
	close(self);
	if (r == -1 && err == EINVAL)
		FT_SKIP("waitid P_PIDFD not supported here (EINVAL; added in Linux 5.4)");
}

/* Let a parked child go and reap it: it must exit 0. */
#define pf_release(pid, wr) pf_release_at(__FILE__, __LINE__, (pid), (wr))
static inline void pf_release_at(const char *file, int line, pid_t pid, int *wr)
{
	ft_close_at(file, line, "wr", wr);
	int st = ft_wait_at(file, line, pid, 0);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		ft_fail_(file, line, "the parked child", "exit 0", NULL, -1,
			 "wait status 0x%x", st);
}

/* The PID a pidfd refers to, from its "Pid:" line in /proc/self/fdinfo
   (pidfd_open(2) NOTES); skips without /proc. */
#define pf_fdinfo_pid(pidfd) pf_fdinfo_pid_at(__FILE__, __LINE__, (pidfd))
static inline long pf_fdinfo_pid_at(const char *file, int line, int pidfd)
{
	char path[64], buf[1024];
	ft_require(FT_NEEDS_PROC);
	snprintf(path, sizeof path, "/proc/self/fdinfo/%d", pidfd);
	ft_read_file_at(file, line, path, buf, sizeof buf);
	char *at = strstr(buf, "\nPid:");
	if (!at)
		ft_fail_(file, line, path, "a Pid: line", buf, -1, NULL);
	return strtol(at + 5, NULL, 10);
}

/* getsockopt(SO_PEERPIDFD) on sock, checked; skips where the option is
   unknown (ENOPROTOOPT before Linux 6.5). */
#define pf_peer_pidfd(sock) pf_peer_pidfd_at(__FILE__, __LINE__, (sock))
static inline int pf_peer_pidfd_at(const char *file, int line, int sock)
{
	int pidfd = -1;
	socklen_t len = sizeof pidfd;
	errno = 0;
	if (getsockopt(sock, SOL_SOCKET, SO_PEERPIDFD, &pidfd, &len) == -1) {
		if (errno == ENOPROTOOPT)
			FT_SKIP("SO_PEERPIDFD not supported here (ENOPROTOOPT; added in Linux 6.5)");
		ft_fail_(file, line, "getsockopt(SO_PEERPIDFD)", "success", "-1",
			 errno, NULL);
	}
	if (len != sizeof pidfd)
		ft_fail_(file, line, "getsockopt(SO_PEERPIDFD) length", "sizeof(int)",
			 NULL, -1, "%u", (unsigned)len);
	return pidfd;
}

/*
 * A child that runs work(arg), sends the int it returns to the caller and
 * then waits until the caller closes *wr (EOF) to exit 0: a descriptor
 * number of its own, say, for the caller to look at while the child
 * lives.  *value gets the int.  Reap it with pf_release(pid, wr).
 */
#define pf_reporting_child(work, arg, value, wr)                             \
	pf_reporting_child_at(__FILE__, __LINE__, (work), (arg), (value), (wr))
static inline pid_t pf_reporting_child_at(const char *file, int line,
					  int (*work)(void *), void *arg,
					  int *value, int *wr)
{
	int up[2], down[2];
	FT_SYS_AT(file, line, pipe2(up, O_CLOEXEC));
	FT_SYS_AT(file, line, pipe2(down, O_CLOEXEC));
	pid_t pid = ft_fork_at(file, line);
	if (pid == 0) {
		close(up[0]);
		close(down[1]);
		int v = work(arg);
		ft_write_all_at(file, line, up[1], &v, sizeof v);
		char c;
		while (read(down[0], &c, 1) == -1 && errno == EINTR)
			;
		_exit(0);
	}
	close(up[1]);
	close(down[0]);
	if (ft_read_all_at(file, line, up[0], value, sizeof *value) != sizeof *value)
		ft_fail_(file, line, "the child's report", "an int", "EOF", -1, NULL);
	close(up[0]);
	*wr = down[1];
	return pid;
}

#endif
