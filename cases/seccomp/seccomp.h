/*
 * seccomp.h - a supervised target for the cases under cases/seccomp/,
 * which check the descriptors of seccomp user notification: the listener
 * that SECCOMP_FILTER_FLAG_NEW_LISTENER returns and the descriptors
 * SECCOMP_IOCTL_NOTIF_ADDFD puts into the target.
 *
 * The arrangement is the one seccomp_unotify(2) describes: the point's
 * process is the supervisor, a forked child is the target.  The child sets
 * no_new_privs (so that no privilege is needed to install a filter),
 * installs a filter with SECCOMP_FILTER_FLAG_NEW_LISTENER, passes the
 * listener to the supervisor over SCM_RIGHTS, closes its own copy and
 * runs the case's body.  The filter answers one call only with
 * SECCOMP_RET_USER_NOTIF: dup(SN_MAGIC), a number no table reaches (the
 * call fails with EBADF where no filter catches it); everything else is
 * allowed, so the target otherwise runs as before.  The filter does not
 * check seccomp_data.arch: the target only makes calls of its own ABI.
 *
 * seccomp(2) has no glibc wrapper (nor musl one): it is called with
 * syscall().  Constants newer than the 5.10 uapi headers of Debian 11
 * (which musl builds use too) have fallbacks here.
 *
 * Where the kernel has no user notification (before Linux 5.0, a kernel
 * without CONFIG_SECCOMP_FILTER, gVisor, qemu-user) the point skips,
 * naming the feature; likewise SECCOMP_IOCTL_NOTIF_ADDFD (5.9) and
 * SECCOMP_ADDFD_FLAG_SEND (5.14).
 */
#ifndef SECCOMP_CASES_H
#define SECCOMP_CASES_H

#include "fdtest.h"
#include <endian.h>
#include <poll.h>
#include <stddef.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#ifndef SYS_seccomp
#error "SYS_seccomp is unknown on this architecture"
#endif
#ifndef SECCOMP_FILTER_FLAG_NEW_LISTENER
#define SECCOMP_FILTER_FLAG_NEW_LISTENER (1UL << 3) /* 5.0 */
#endif
#ifndef SECCOMP_RET_USER_NOTIF
#define SECCOMP_RET_USER_NOTIF 0x7fc00000U
#endif
#ifndef SECCOMP_ADDFD_FLAG_SETFD
#define SECCOMP_ADDFD_FLAG_SETFD (1UL << 0) /* 5.9 */
#endif
#ifndef SECCOMP_ADDFD_FLAG_SEND
#define SECCOMP_ADDFD_FLAG_SEND (1UL << 1) /* 5.14 */
#endif

/* The kernel's structures, by their layout in include/uapi/linux/seccomp.h
   (kept here so that headers older than 5.9 build too). */
struct sn_notif {
	uint64_t id;
	uint32_t pid;
	uint32_t flags;
	struct {
		int32_t nr;
		uint32_t arch;
		uint64_t instruction_pointer;
		uint64_t args[6];
	} data;
};
struct sn_resp {
	uint64_t id;
	int64_t val;
	int32_t error;
	uint32_t flags;
};
struct sn_addfd {
	uint64_t id;
	uint32_t flags;
	uint32_t srcfd;
	uint32_t newfd;
	uint32_t newfd_flags;
};
#define SN_IOC_MAGIC '!'
#define SN_IOCTL_RECV _IOWR(SN_IOC_MAGIC, 0, struct sn_notif)
#define SN_IOCTL_SEND _IOWR(SN_IOC_MAGIC, 1, struct sn_resp)
#define SN_IOCTL_ADDFD _IOW(SN_IOC_MAGIC, 3, struct sn_addfd)

/* The lowest free number above n. */
static inline int sn_free_above(int n)
{
	int f = n + 1;
	while (ft_is_open(f))
		f++;
	return f;
}

/* Makes a gap: occupies the first free number above the lowest free one,
   so that the lowest free number lies below an open descriptor; returns
   it, *plug gets the occupying descriptor (the caller's to close). */
#define sn_gap(plug) sn_gap_at(__FILE__, __LINE__, (plug))
static inline int sn_gap_at(const char *file, int line, int *plug)
{
	int gap = ft_lowest_free();
	int src = FT_SYS_AT(file, line, open("/dev/null", O_RDONLY | O_CLOEXEC));
	*plug = FT_SYS_AT(file, line, fcntl(src, F_DUPFD_CLOEXEC, gap + 1));
	close(src);
	if (ft_lowest_free() != gap || *plug <= gap)
		ft_fail_(file, line, "a gap below an open descriptor", "made",
			 "not made", -1, "lowest free %d, plug %d", gap, *plug);
	return gap;
}

/* Lowers the soft RLIMIT_NOFILE to a small S with S-1 free; returns S. */
#define sn_small_limit() sn_small_limit_at(__FILE__, __LINE__)
static inline int sn_small_limit_at(const char *file, int line)
{
	struct rlimit rl;
	FT_SYS_AT(file, line, getrlimit(RLIMIT_NOFILE, &rl));
	int s = sn_free_above(ft_lowest_free() + 3) + 1;
	if (rl.rlim_cur != RLIM_INFINITY && (rlim_t)s > rl.rlim_cur)
		ft_skip("soft RLIMIT_NOFILE %ld is too small to leave room",
			(long)rl.rlim_cur);
	rl.rlim_cur = (rlim_t)s;
	FT_SYS_AT(file, line, setrlimit(RLIMIT_NOFILE, &rl));
	return s;
}

/* The listener's way from target to supervisor: one int of data, with
   fd in an SCM_RIGHTS message unless it is -1.  Returns what sendmsg
   returned. */
static inline ssize_t sn_send_fd(int sock, int fd, int word)
{
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct iovec iov = { &word, sizeof word };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	if (fd >= 0) {
		memset(&u, 0, sizeof u);
		m.msg_control = u.buf;
		m.msg_controllen = sizeof u.buf;
		struct cmsghdr *c = CMSG_FIRSTHDR(&m);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &fd, sizeof fd);
	}
	return sendmsg(sock, &m, 0);
}
/* Receives that: *word gets the int; returns the descriptor (received
   close-on-exec) or -1 if none came. */
static inline int sn_recv_fd(int sock, int *word)
{
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct iovec iov = { word, sizeof *word };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf, .msg_controllen = sizeof u.buf };
	memset(&u, 0, sizeof u);
	if (recvmsg(sock, &m, MSG_CMSG_CLOEXEC) != (ssize_t)sizeof *word)
		return -1;
	int fd = -1;
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	if (c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
		memcpy(&fd, CMSG_DATA(c), sizeof fd);
	return fd;
}

/* The argument of the one call the filter sends to the supervisor. */
#define SN_MAGIC 0x5ecc0de

/* The trapped call, as the target makes it. */
static inline int sn_trap(void)
{
	return dup(SN_MAGIC);
}

/* no_new_privs, then the filter with a listener; returns what seccomp(2)
   returned (the listener or -1, errno set). */
static inline int sn_install_filter(void)
{
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	const unsigned arg0_low = offsetof(struct seccomp_data, args[0]) + 4;
#else
	const unsigned arg0_low = offsetof(struct seccomp_data, args[0]);
#endif
	struct sock_filter code[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_dup, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, arg0_low),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SN_MAGIC, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof code / sizeof code[0], code };
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1)
		return -1;
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
			    SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
}

/* Skips for a failed installation that means "not here"; returns
   otherwise. */
static inline void sn_skip_unavailable(int err)
{
	const char *rt = ft_runtime();
	if (err == ENOSYS || err == EINVAL)
		ft_skip("seccomp user notification "
			"(SECCOMP_FILTER_FLAG_NEW_LISTENER) not supported here "
			"(%s; added in Linux 5.0)%s", ft_errno_name(err),
			strstr(rt, "qemu-user") ? ": qemu-user does not emulate seccomp"
			: strstr(rt, "valgrind") ? ": valgrind does not pass seccomp on"
			: strstr(rt, "gvisor") ? ": gVisor has no user notification"
			: "");
	if (err == EPERM || err == EACCES)
		ft_skip("denied: seccomp(SECCOMP_SET_MODE_FILTER) refused with "
			"%s by the environment, not a missing feature",
			ft_errno_name(err));
}

/* Installs the filter in this process (a forked child of a point): returns
   the listener; skips where there is none to be had. */
#define sn_install() sn_install_at(__FILE__, __LINE__)
static inline int sn_install_at(const char *file, int line)
{
	errno = 0;
	int l = sn_install_filter();
	if (l == -1) {
		sn_skip_unavailable(errno);
		ft_fail_(file, line, "seccomp(SET_MODE_FILTER, NEW_LISTENER)",
			 "a listener", "-1", errno, NULL);
	}
	return l;
}

struct sn_target {
	pid_t pid;    /* the target, a child of the point */
	int listener; /* the supervisor's listener */
	int ctl;      /* the supervisor's end of a socket to the target */
};
static inline void sn_end(struct sn_target *t)
{
	if (t->listener >= 0)
		close(t->listener);
	if (t->ctl >= 0)
		close(t->ctl);
	t->listener = t->ctl = -1;
}
/* A target whose descriptors close when the body leaves its scope (its
   process is waited for by sn_finish). */
#define SN_TARGET __attribute__((cleanup(sn_end))) struct sn_target
#define SN_NO_TARGET { .pid = -1, .listener = -1, .ctl = -1 }

/* Messages on the control socket: one int each way. */
#define sn_tell(sock, v) sn_tell_at(__FILE__, __LINE__, (sock), (v))
static inline void sn_tell_at(const char *file, int line, int sock, int v)
{
	FT_SYS_AT(file, line, write(sock, &v, sizeof v));
}
#define sn_hear(sock) sn_hear_at(__FILE__, __LINE__, (sock))
static inline int sn_hear_at(const char *file, int line, int sock)
{
	int v = 0;
	if (!ft_poll_in_at(file, line, sock, 2000))
		ft_fail_(file, line, "poll(control socket)", "a message",
			 "none in 2 s", -1, NULL);
	ssize_t n = read(sock, &v, sizeof v);
	if (n != (ssize_t)sizeof v)
		ft_fail_(file, line, "read(control socket)", "an int",
			 n == 0 ? "end-of-file" : "short read", errno, NULL);
	return v;
}

/*
 * Forks the target: it installs the filter, hands the listener over and
 * runs body(ctl, arg) (ctl: its end of the control socket), then exits.
 * Skips the point where there is no user notification.
 */
#define sn_start(t, body, arg) sn_start_at(__FILE__, __LINE__, (t), (body), (arg))
static inline void sn_start_at(const char *file, int line, struct sn_target *t,
			       void (*body)(int ctl, void *arg), void *arg)
{
	int sv[2];
	FT_SYS_AT(file, line,
		  socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
	t->ctl = sv[0];
	t->listener = -1;
	t->pid = ft_fork_at(file, line);
	if (t->pid == 0) {
		close(sv[0]);
		errno = 0;
		int l = sn_install_filter();
		int err = l == -1 ? errno : 0;
		FT_EQ(sn_send_fd(sv[1], l, err), (ssize_t)sizeof err);
		if (l == -1)
			_exit(0);
		FT_SYS(close(l));
		body(sv[1], arg);
		close(sv[1]);
		_exit(0);
	}
	close(sv[1]);
	int err = -1;
	t->listener = sn_recv_fd(t->ctl, &err);
	if (err == -1)
		ft_fail_(file, line, "recvmsg(listener from target)",
			 "the listener or an errno", "nothing", errno, NULL);
	if (err != 0 || t->listener < 0) {
		ft_wait_exit_at(file, line, t->pid, 0);
		sn_skip_unavailable(err);
		ft_fail_(file, line, "seccomp(SET_MODE_FILTER, NEW_LISTENER)",
			 "a listener", "-1", err, NULL);
	}
}

/* The target must exit 0 (its checks passed). */
#define sn_finish(t) FT_EQ(ft_wait_exit((t)->pid, 0), 0)

/* Receives the next notification (which must be the trapped dup); fails
   the point if the target writes or exits first. */
#define sn_recv(t) sn_recv_at(__FILE__, __LINE__, (t))
static inline uint64_t sn_recv_at(const char *file, int line,
				  struct sn_target *t)
{
	struct pollfd p[2] = { { t->listener, POLLIN, 0 },
			       { t->ctl, POLLIN, 0 } };
	int n = poll(p, 2, ft_scaled_ms(FT_DEFAULT_TIMEOUT_MS / 2));
	if (n == -1)
		ft_fail_(file, line, "poll(listener, control)", "ready", "-1",
			 errno, NULL);
	if (!(p[0].revents & POLLIN))
		ft_fail_(file, line, "poll(listener)", "a notification",
			 (p[1].revents ? "the target wrote or exited first"
				       : "none in time"),
			 -1, NULL);
	union {
		struct sn_notif n;
		char room[512]; /* a newer kernel's larger structure */
	} req;
	memset(&req, 0, sizeof req);
	FT_SYS_AT(file, line, ioctl(t->listener, SN_IOCTL_RECV, &req));
	if (req.n.data.nr != SYS_dup || (int)req.n.data.args[0] != SN_MAGIC)
		ft_fail_(file, line, "SECCOMP_IOCTL_NOTIF_RECV", "dup(SN_MAGIC)",
			 "another call", -1, "nr %d arg0 %#llx", req.n.data.nr,
			 (unsigned long long)req.n.data.args[0]);
	if ((pid_t)req.n.pid != t->pid)
		ft_fail_(file, line, "SECCOMP_IOCTL_NOTIF_RECV", "the target's pid",
			 "another", -1, "pid %u, target %d", req.n.pid, (int)t->pid);
	return req.n.id;
}

/* SECCOMP_IOCTL_NOTIF_ADDFD as made; returns the ioctl's result. */
static inline int sn_addfd_call(int listener, uint64_t id, int srcfd,
				unsigned newfd, unsigned flags,
				unsigned newfd_flags)
{
	struct sn_addfd a = { .id = id, .flags = flags, .srcfd = (uint32_t)srcfd,
			      .newfd = newfd, .newfd_flags = newfd_flags };
	return ioctl(listener, SN_IOCTL_ADDFD, &a);
}
/* ADDFD that must succeed; skips before Linux 5.9 (and before 5.14 when
   flags has SECCOMP_ADDFD_FLAG_SEND).  Returns the number in the target. */
#define sn_addfd(t, id, srcfd, newfd, flags, newfd_flags)                    \
	sn_addfd_at(__FILE__, __LINE__, (t), (id), (srcfd), (newfd), (flags), \
		    (newfd_flags))
static inline int sn_addfd_at(const char *file, int line, struct sn_target *t,
			      uint64_t id, int srcfd, unsigned newfd,
			      unsigned flags, unsigned newfd_flags)
{
	errno = 0;
	int r = sn_addfd_call(t->listener, id, srcfd, newfd, flags,
			      newfd_flags);
	if (r == -1 && (flags & SECCOMP_ADDFD_FLAG_SEND))
		ft_need_(file, line, "ioctl(SECCOMP_IOCTL_NOTIF_ADDFD, FLAG_SEND)",
			 errno, 1, "SECCOMP_ADDFD_FLAG_SEND", "Linux 5.14");
	if (r == -1)
		ft_need_(file, line, "ioctl(SECCOMP_IOCTL_NOTIF_ADDFD)", errno,
			 1, "SECCOMP_IOCTL_NOTIF_ADDFD", "Linux 5.9");
	return r;
}

/* ADDFD that must fail with errno E (not EINVAL: there the failure may
   mean that ADDFD is unknown, Linux before 5.9, and the point skips). */
#define sn_addfd_fails(t, id, srcfd, newfd, flags, newfd_flags, E)           \
	sn_addfd_fails_at(__FILE__, __LINE__, (t), (id), (srcfd), (newfd),   \
			  (flags), (newfd_flags), (E))
static inline void sn_addfd_fails_at(const char *file, int line,
				     struct sn_target *t, uint64_t id,
				     int srcfd, unsigned newfd, unsigned flags,
				     unsigned newfd_flags, int E)
{
	errno = 0;
	int r = sn_addfd_call(t->listener, id, srcfd, newfd, flags,
			      newfd_flags);
	int err = errno;
	if (r == -1 && err == EINVAL)
		ft_need_(file, line, "ioctl(SECCOMP_IOCTL_NOTIF_ADDFD)", err,
			 1, "SECCOMP_IOCTL_NOTIF_ADDFD", "Linux 5.9");
	if (r != -1 || err != E)
		ft_fail_errno_(file, line, "ioctl(SECCOMP_IOCTL_NOTIF_ADDFD)",
			       E, r, err);
}

/* SECCOMP_IOCTL_NOTIF_SEND: the trapped call returns val (error 0) or
   fails with -error; returns the ioctl's result. */
static inline int sn_send_call(int listener, uint64_t id, long long val,
			       int error)
{
	struct sn_resp r = { .id = id, .val = val, .error = error };
	return ioctl(listener, SN_IOCTL_SEND, &r);
}
#define sn_send(t, id, val)                                                  \
	FT_SYS_AT(__FILE__, __LINE__, sn_send_call((t)->listener, (id), (val), 0))

/* The target's side: reports which file fd is (st_dev, st_ino, the file
   type; -1s when fd is not open). */
#define sn_tell_file(sock, fd) sn_tell_file_at(__FILE__, __LINE__, (sock), (fd))
static inline void sn_tell_file_at(const char *file, int line, int sock, int fd)
{
	struct stat st;
	long long w[3] = { -1, -1, -1 };
	if (fstat(fd, &st) == 0) {
		w[0] = (long long)st.st_dev;
		w[1] = (long long)st.st_ino;
		w[2] = (long long)(st.st_mode & S_IFMT);
	}
	if (write(sock, w, sizeof w) != (ssize_t)sizeof w)
		ft_fail_(file, line, "write(control socket)", "a report",
			 "short write", errno, NULL);
}
/* The supervisor's side: the target's report must name the file fd is
   (fd -1: the target's number must not be open). */
#define sn_hear_same_file(sock, fd)                                          \
	sn_hear_same_file_at(__FILE__, __LINE__, (sock), (fd))
static inline void sn_hear_same_file_at(const char *file, int line, int sock,
					int fd)
{
	long long w[3];
	if (!ft_poll_in_at(file, line, sock, 2000))
		ft_fail_(file, line, "poll(control socket)", "a report",
			 "none in 2 s", -1, NULL);
	ssize_t n = read(sock, w, sizeof w);
	if (n != (ssize_t)sizeof w)
		ft_fail_(file, line, "read(control socket)", "a report",
			 n == 0 ? "end-of-file" : "short read", errno, NULL);
	if (fd == -1) {
		if (w[0] != -1)
			ft_fail_(file, line, "fstat in the target", "not open",
				 "open", -1, NULL);
		return;
	}
	struct stat st;
	FT_SYS_AT(file, line, fstat(fd, &st));
	if (w[0] == -1)
		ft_fail_(file, line, "fstat in the target", "an open descriptor",
			 "not open", -1, NULL);
	if (w[0] != (long long)st.st_dev || w[1] != (long long)st.st_ino ||
	    w[2] != (long long)(st.st_mode & S_IFMT))
		ft_fail_(file, line, "the target's descriptor", "the supervisor's file",
			 "another file", -1, "target dev %lld ino %lld type %llo; "
			 "supervisor dev %lld ino %lld type %llo", w[0], w[1],
			 (unsigned long long)w[2], (long long)st.st_dev,
			 (long long)st.st_ino,
			 (unsigned long long)(st.st_mode & S_IFMT));
}

/* The target's side: checks dup(SN_MAGIC) returned want. */
#define sn_trap_expect(want)                                                 \
	do {                                                                 \
		errno = 0;                                                   \
		int sn_got_ = sn_trap();                                     \
		FT_EQ(sn_got_, (want));                                      \
	} while (0)

/* A free number well above every open one (64 above, where the soft
   RLIMIT_NOFILE leaves room; else the first free number above them). */
static inline int sn_high_free(void)
{
	int first = ft_free_run(1);
	long lim = sysconf(_SC_OPEN_MAX);
	return lim > 0 && first + 64 < lim ? first + 64 : first;
}

#endif
