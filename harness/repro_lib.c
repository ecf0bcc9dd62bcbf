/*
 * repro_lib.c - the case library again, in the smallest form a standalone
 * reproducer needs.  Never compiled on its own: `fdreport cite --repro`
 * (harness/repro.c) copies from it only the chunks a test point uses.
 *
 * Each chunk starts with a marker line
 *
 *     / * chunk: NAME... [needs: CHUNK...] [includes: HEADER...] * /
 *
 * (without the spaces around the slashes).  The chunk is taken when the
 * point, a helper of the case it takes, or another chunk it takes uses one
 * of the NAMEs (or lists the chunk under needs:); its includes: are added
 * to the reproducer's #include lines.  Chunks are emitted in this file's
 * order, so a chunk comes after what it uses.  "core" is always taken.
 * A macro may have two forms: "with: CHUNK" is kept only where CHUNK is
 * taken too (FT_EQ in terms of FT_CMP_), "without: CHUNK" only where it
 * is not (FT_EQ on its own).  The chunk "ft_scratch" (a scratch directory
 * as the point's cwd, removed afterwards) is taken when the case's own
 * text calls something that may make files, or a chunk names ft_scratch.
 *
 * The semantics are those of harness/fdtest.c (see fdtest.h): the first
 * failure in any process of the point is reported, a skip says why, a
 * blocking wait is bounded by the reproducer's alarm() rather than by a
 * watchdog of its own.
 */
/* chunk: SYS_pidfd_send_signal */
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif
/* chunk: SYS_pidfd_open */
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
/* chunk: SYS_close_range */
#ifndef SYS_close_range
#define SYS_close_range 436
#endif
/* chunk: SYS_openat2 */
#ifndef SYS_openat2
#define SYS_openat2 437
#endif
/* chunk: SYS_pidfd_getfd */
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438
#endif
/* chunk: P_PIDFD */
#ifndef P_PIDFD
#define P_PIDFD 3
#endif
/* chunk: CLOSE_RANGE_UNSHARE */
#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1)
#endif
/* chunk: CLOSE_RANGE_CLOEXEC */
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif
/* chunk: FT_PATH_MAX */
#define FT_PATH_MAX 4096
/* chunk: FT_DEFAULT_TIMEOUT_MS */
#define FT_DEFAULT_TIMEOUT_MS 5000
/* chunk: uint8_t uint16_t uint32_t uint64_t int8_t int16_t int32_t int64_t uintptr_t intptr_t SIZE_MAX UINT64_MAX INT64_MAX UINT32_MAX INT32_MAX includes: stdint.h */
/* chunk: syscall includes: sys/syscall.h */
/* chunk: socket socketpair bind connect listen accept accept4 send recv sendto recvfrom sendmsg recvmsg shutdown getsockopt setsockopt getsockname getpeername AF_UNIX AF_INET AF_INET6 AF_LOCAL PF_UNIX SOCK_STREAM SOCK_DGRAM SOCK_SEQPACKET SOCK_RAW SOCK_CLOEXEC SOCK_NONBLOCK SOL_SOCKET SCM_RIGHTS SCM_CREDENTIALS SO_PEERCRED SO_TYPE SO_ERROR SO_PASSCRED MSG_DONTWAIT MSG_PEEK MSG_NOSIGNAL MSG_CMSG_CLOEXEC MSG_CTRUNC MSG_WAITALL SHUT_RD SHUT_WR SHUT_RDWR CMSG_SPACE CMSG_LEN CMSG_DATA CMSG_FIRSTHDR CMSG_NXTHDR cmsghdr msghdr sockaddr socklen_t ucred includes: sys/socket.h */
/* chunk: CAP_SYS_ADMIN CAP_SYS_RESOURCE CAP_FOWNER CAP_CHOWN CAP_DAC_OVERRIDE CAP_SYS_PTRACE CAP_SETUID CAP_SETGID includes: linux/capability.h */
/* chunk: stat fstat lstat fstatat mkdir mkdirat mkfifo mkfifoat mknod mknodat chmod fchmod fchmodat umask futimens utimensat S_ISREG S_ISDIR S_ISFIFO S_ISSOCK S_ISCHR S_ISBLK S_ISLNK S_IFMT S_IFREG S_IFDIR S_IFIFO S_IFSOCK S_IFCHR S_IRUSR S_IWUSR S_IXUSR S_IRWXU S_IRGRP S_IWGRP S_IROTH S_IWOTH S_ISUID S_ISGID S_ISVTX includes: sys/stat.h */
/* chunk: ft_scratch open openat creat fopen mkdir mkdirat mkfifo mkfifoat mknod mknodat symlink symlinkat link linkat rename renameat renameat2 unlink unlinkat rmdir truncate chdir bind execl execlp execle execv execvp execve fexecve system popen posix_spawn includes: ftw.h stdlib.h */
static char ft_scratch[] = "/tmp/repro.XXXXXX"; /* the point's cwd */
/* chunk: core includes: errno.h fcntl.h signal.h stdarg.h stdio.h stdlib.h string.h sys/mman.h sys/wait.h unistd.h */
static struct { int state; char msg[4096]; } *ft_sh; /* 1 failed, 2 skipped */

/* The first failure (or skip: no file) in any process of the point ends it. */
__attribute__((noreturn, format(printf, 7, 8))) static void
ft_fail_(const char *file, int line, const char *call, const char *expected,
	 const char *observed, int err, const char *fmt, ...)
{
	char *m = ft_sh->msg;
	va_list ap;

	if (!__sync_bool_compare_and_swap(&ft_sh->state, 0, file ? 1 : 2))
		_exit(file != NULL);
	if (file)
		m += sprintf(m, "%.200s:%d: ", file, line);
	if (call)
		m += sprintf(m, "%.900s: expected %.200s, observed %.200s%s", call, expected,
			     observed, fmt ? "; " : "");
	va_start(ap, fmt);
	vsnprintf(m, 2048, fmt ? fmt : "", ap);
	va_end(ap);
	if (err > 0)
		sprintf(m + strlen(m), " (errno %d, %s)", err, strerror(err));
	_exit(file != NULL);
}
/* chunk: FT_FAIL */
#define FT_FAIL(...) ft_fail_(__FILE__, __LINE__, NULL, NULL, NULL, -1, __VA_ARGS__)
/* chunk: ft_skip */
#define ft_skip(...) ft_fail_(NULL, 0, NULL, NULL, NULL, -1, __VA_ARGS__)
/* chunk: FT_SKIP */
#define FT_SKIP(...) ft_fail_(NULL, 0, NULL, NULL, NULL, -1, __VA_ARGS__)
/* chunk: ft_note */
#define ft_note(...) (fprintf(stderr, "# " __VA_ARGS__), fputc('\n', stderr))
/* chunk: ft_errno_name */
#define ft_errno_name(e) strerror(e)
/* chunk: FT_SYS */
#define FT_SYS(expr) ({                                                          \
	errno = 0;                                                               \
	__typeof__(expr) ft_r_ = (expr);                                         \
	if ((long long)ft_r_ == -1)                                              \
		ft_fail_(__FILE__, __LINE__, #expr, "success", "-1", errno, NULL); \
	ft_r_;                                                                   \
})
/* chunk: ft_fail_errno_ */
#define ft_fail_errno_(file, line, call, want, got, err)                          \
	ft_fail_(file, line, NULL, NULL, NULL, (got) == -1 ? (err) : -1,          \
		 "%s: expected -1 with errno %d (%s), observed %lld", call, want,  \
		 strerror(want), (long long)(got))
/* chunk: FT_ERRNO */
#define FT_ERRNO(expr, E) do {                                                   \
	errno = 0;                                                               \
	long long ft_r_ = (long long)(expr), ft_e_ = errno;                      \
	if (ft_r_ != -1 || ft_e_ != (E))                                         \
		ft_fail_(__FILE__, __LINE__, #expr, "-1 with errno " #E, ft_r_ == -1 ? "-1" : "success", \
			 ft_r_ == -1 ? (int)ft_e_ : -1, NULL);                   \
} while (0)
/* chunk: FT_CMP_ */
#define FT_CMP_(a, op, b, sa, sb) do {                                           \
	long long ft_a_ = (long long)(a), ft_e_ = errno, ft_b_ = (long long)(b); \
	if (!(ft_a_ op ft_b_))                                                   \
		ft_fail_(__FILE__, __LINE__, NULL, NULL, NULL, ft_a_ == -1 ? (int)ft_e_ : -1, \
			 "%s: expected %s %lld, observed %lld", sa " " #op " " sb, #op, ft_b_, ft_a_); \
} while (0)
/* chunk: FT_CMP needs: FT_CMP_ */
#define FT_CMP(a, op, b) FT_CMP_(a, op, b, #a, #b)
/* chunk: FT_EQ with: FT_CMP_ */
#define FT_EQ(a, b) FT_CMP_(a, ==, b, #a, #b)
/* chunk: FT_EQ without: FT_CMP_ */
#define FT_EQ(a, b) do {                                                         \
	long long ft_a_ = (long long)(a), ft_e_ = errno, ft_b_ = (long long)(b); \
	if (ft_a_ != ft_b_)                                                      \
		ft_fail_(__FILE__, __LINE__, NULL, NULL, NULL, ft_a_ == -1 ? (int)ft_e_ : -1, \
			 "%s == %s: expected %lld, observed %lld", #a, #b, ft_b_, ft_a_); \
} while (0)
/* chunk: FT_NE needs: FT_CMP_ */
#define FT_NE(a, b) FT_CMP_(a, !=, b, #a, #b)
/* chunk: FT_LT needs: FT_CMP_ */
#define FT_LT(a, b) FT_CMP_(a, <, b, #a, #b)
/* chunk: FT_LE needs: FT_CMP_ */
#define FT_LE(a, b) FT_CMP_(a, <=, b, #a, #b)
/* chunk: FT_GT needs: FT_CMP_ */
#define FT_GT(a, b) FT_CMP_(a, >, b, #a, #b)
/* chunk: FT_GE needs: FT_CMP_ */
#define FT_GE(a, b) FT_CMP_(a, >=, b, #a, #b)
/* chunk: FT_TRUE */
#define FT_TRUE(c) ((c) ? (void)0 : ft_fail_(__FILE__, __LINE__, #c, "true", "false", -1, NULL))
/* chunk: FT_FALSE */
#define FT_FALSE(c) ((c) ? ft_fail_(__FILE__, __LINE__, #c, "false", "true", -1, NULL) : (void)0)
/* chunk: ft_str_ */
static void ft_str_(const char *file, int line, const char *expr, const char *got,
		    const char *want, int mode)
{
	static const char *how[] = { "equal to", "containing", "ending in" };
	size_t gl = got ? strlen(got) : 0, wl = strlen(want);

	if (got && (mode == 0   ? strcmp(got, want) == 0
		    : mode == 1 ? strstr(got, want) != NULL
				: gl >= wl && strcmp(got + gl - wl, want) == 0))
		return;
	ft_fail_(file, line, expr, how[mode], got ? got : "(null)", -1, "\"%s\"", want);
}
/* chunk: FT_STREQ */
#define FT_STREQ(a, b) do {                                                      \
	const char *ft_g_ = (a), *ft_w_ = (b);                                   \
	if (!ft_g_ || strcmp(ft_g_, ft_w_) != 0)                                 \
		ft_fail_(__FILE__, __LINE__, #a, ft_w_, ft_g_ ? ft_g_ : "(null)", -1, NULL); \
} while (0)
/* chunk: FT_STRHAS */
#define FT_STRHAS(a, b) do {                                                     \
	const char *ft_g_ = (a), *ft_w_ = (b);                                   \
	if (!ft_g_ || !strstr(ft_g_, ft_w_))                                     \
		ft_fail_(__FILE__, __LINE__, #a, "a string containing " #b,      \
			 ft_g_ ? ft_g_ : "(null)", -1, NULL);                    \
} while (0)
/* chunk: FT_STRENDS */
#define FT_STRENDS(a, b) do {                                                    \
	const char *ft_g_ = (a), *ft_w_ = (b);                                   \
	size_t ft_n_ = ft_g_ ? strlen(ft_g_) : 0, ft_m_ = strlen(ft_w_);         \
	if (!ft_g_ || ft_n_ < ft_m_ || strcmp(ft_g_ + ft_n_ - ft_m_, ft_w_) != 0) \
		ft_fail_(__FILE__, __LINE__, #a, "a string ending in " #b,       \
			 ft_g_ ? ft_g_ : "(null)", -1, NULL);                    \
} while (0)
/* chunk: FT_MEMEQ */
#define FT_MEMEQ(a, b, n) do {                                                   \
	if (memcmp((a), (b), (n)) != 0)                                          \
		ft_fail_(__FILE__, __LINE__, #a, "the bytes of " #b, "others", -1, NULL); \
} while (0)
/* chunk: FT_NEED_ needs: FT_SKIP */
/* -1 with ENOSYS (or EINVAL/EOPNOTSUPP for a flag) skips: not implemented;
   EPERM skips as a denial; any other -1 fails */
#define FT_NEED_(expr, feature, since, flag) ({                                  \
	errno = 0;                                                               \
	__typeof__(expr) ft_r_ = (expr);                                         \
	int ft_e_ = (long long)ft_r_ == -1 ? errno : 0;                          \
	if (ft_e_ == ENOSYS || ft_e_ == EPERM || (flag && (ft_e_ == EINVAL || ft_e_ == EOPNOTSUPP))) \
		FT_SKIP("%s %s here (%s; added in %s)", feature, ft_e_ == EPERM ? "denied" : "not supported", \
			strerror(ft_e_), since);                                 \
	if ((long long)ft_r_ == -1)                                              \
		ft_fail_(__FILE__, __LINE__, #expr, "success", "-1", ft_e_, NULL); \
	ft_r_;                                                                   \
})
/* chunk: FT_NEED_CALL needs: FT_NEED_ */
#define FT_NEED_CALL(expr, feature, since) FT_NEED_(expr, feature, since, 0)
/* chunk: FT_NEED_FLAG needs: FT_NEED_ */
#define FT_NEED_FLAG(expr, feature, since) FT_NEED_(expr, feature, since, 1)
/* chunk: ft_signal_name */
#define ft_signal_name(sig) strsignal(sig)
/* chunk: ft_scaled_ms */
static int ft_scaled_ms(int ms)
{
	const char *s = getenv("FT_TIMEOUT_SCALE"); /* slow emulators */
	return s && atof(s) > 0 ? (int)(ms * atof(s)) : ms;
}
/* chunk: ft_msleep includes: time.h */
static void ft_msleep(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}
/* chunk: ft_is_open */
#define ft_is_open(fd) (fcntl((fd), F_GETFD) != -1 || errno != EBADF)
/* chunk: ft_lowest_free */
static int ft_lowest_free(void)
{
	int fd = 0;
	while (ft_is_open(fd))
		fd++;
	return fd;
}
/* chunk: ft_list_fds includes: dirent.h */
/* the open descriptors, sorted: /proc/self/fd, else F_GETFD on each number */
static int ft_list_fds(int *fds, int max)
{
	int n = 0;
	DIR *d = opendir("/proc/self/fd");
	for (struct dirent *e; d && (e = readdir(d));)
		if (e->d_name[0] != '.' && atoi(e->d_name) != dirfd(d) && n < max)
			fds[n++] = atoi(e->d_name);
	for (int fd = 0; !d && fd < 65536 && n < max; fd++)
		if (ft_is_open(fd))
			fds[n++] = fd;
	if (d)
		closedir(d);
	for (int i = 1; i < n; i++)
		for (int j = i, t; j > 0 && fds[j - 1] > fds[j]; j--)
			t = fds[j], fds[j] = fds[j - 1], fds[j - 1] = t;
	return n;
}
/* chunk: ft_offset needs: FT_SYS */
#define ft_offset(fd) FT_SYS(lseek((fd), 0, SEEK_CUR))
/* chunk: ft_free_run */
/* n consecutive free numbers below the limit, above every open one if it can */
static int ft_free_run(int n)
{
	int lim = (int)sysconf(_SC_OPEN_MAX), top = lim;

	while (top > 0 && !ft_is_open(top - 1))
		top--;
	if (top + n <= lim)
		return top;
	for (int first = 0, i = 0; first + n <= lim; first++, i = 0) {
		while (i < n && !ft_is_open(first + i))
			i++;
		if (i == n)
			return first;
	}
	ft_fail_(__FILE__, __LINE__, NULL, NULL, NULL, -1, "no %d free descriptor numbers in a row", n);
}
/* chunk: ft_close_range needs: SYS_close_range */
static int ft_close_range(unsigned first, unsigned last, unsigned flags)
{
	return (int)syscall(SYS_close_range, first, last, flags); /* musl has no wrapper */
}
/* chunk: ft_count_signal ft_signal_count needs: FT_SYS */
static volatile sig_atomic_t ft_sigcount[NSIG];
static void ft_count(int sig)
{
	ft_sigcount[sig]++;
}
/* counts deliveries of sig from now on; no SA_RESTART */
static void ft_count_signal(int sig)
{
	struct sigaction sa = { .sa_handler = ft_count };
	sigemptyset(&sa.sa_mask);
	FT_SYS(sigaction(sig, &sa, NULL));
	ft_sigcount[sig] = 0;
}
#define ft_signal_count(sig) ((int)ft_sigcount[sig])
/* chunk: ft_pend_signal needs: ft_count_signal FT_SYS FT_EQ */
/* sig blocked and pending, counted by ft_signal_count() once delivered */
static void ft_pend_signal(int sig)
{
	ft_count_signal(sig);
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	FT_SYS(sigprocmask(SIG_BLOCK, &s, NULL));
	FT_SYS(raise(sig));
	FT_EQ(ft_signal_count(sig), 0);
}
/* chunk: ft_write_all */
static void ft_write_all(int fd, const void *buf, size_t n)
{
	for (ssize_t w; n; buf = (const char *)buf + w, n -= (size_t)w)
		while ((w = write(fd, buf, n)) <= 0)
			if (w == 0 || errno != EINTR)
				ft_fail_(__FILE__, __LINE__, "write", "all bytes written", w ? "-1" : "0",
					 w ? errno : -1, "fd %d, %zu bytes left", fd, n);
}
/* chunk: ft_tmpfile needs: FT_PATH_MAX */
/* a new file in the scratch directory, holding content, offset 0 */
static int ft_tmpfile(const char *content, char *path_out)
{
	static int seq;
	char path[FT_PATH_MAX];
	snprintf(path, sizeof path, "%s/f%d.%d", ft_scratch, (int)getpid(), seq++);
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
	ssize_t n = content ? (ssize_t)strlen(content) : 0;
	if (fd == -1 || write(fd, content, (size_t)n) != n || lseek(fd, 0, SEEK_SET) != 0)
		ft_fail_(__FILE__, __LINE__, "a new file", "success", "-1", errno, "%s", path);
	if (path_out)
		snprintf(path_out, FT_PATH_MAX, "%s", path);
	return fd;
}
/* chunk: ft_read_all */
/* reads until EOF or n bytes */
static size_t ft_read_all(int fd, void *buf, size_t n)
{
	size_t got = 0;

	for (ssize_t r; got < n; got += (size_t)r)
		if ((r = read(fd, (char *)buf + got, n - got)) == 0)
			break;
		else if (r == -1 && errno == EINTR)
			r = 0;
		else if (r == -1)
			ft_fail_(__FILE__, __LINE__, "read", "data or EOF", "-1", errno, "fd %d", fd);
	return got;
}
/* chunk: ft_read_file */
/* the file's content, NUL-terminated */
static size_t ft_read_file(const char *path, char *buf, size_t n)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t r = 0;
	size_t got = 0;
	while (fd != -1 && got + 1 < n && ((r = read(fd, buf + got, n - 1 - got)) > 0 || (r == -1 && errno == EINTR)))
		got += r > 0 ? (size_t)r : 0;
	if (fd == -1 || r == -1)
		ft_fail_(__FILE__, __LINE__, "reading a file", "success", "-1", errno, "%s", path);
	buf[got] = 0;
	close(fd);
	return got;
}
/* chunk: ft_readlink_fd */
static void ft_readlink_fd(int fd, char *buf, size_t n)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ssize_t r = readlink(path, buf, n - 1);
	if (r == -1)
		ft_fail_(__FILE__, __LINE__, "readlink", "success", "-1", errno, "readlink %s", path);
	buf[r] = 0;
}
/* chunk: ft_fork needs: FT_SYS */
static pid_t ft_fork(void)
{
	fflush(NULL);
	return FT_SYS(fork());
}
/* chunk: ft_wait */
/* the raw wait status; a child that never ends runs into the alarm */
static int ft_wait(pid_t pid, int timeout_ms)
{
	int st;

	(void)timeout_ms;
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR)
			ft_fail_(__FILE__, __LINE__, "waitpid", "the child", "-1", errno, NULL);
	return st;
}
/* chunk: ft_wait_exit */
/* the child's exit status; one killed by a signal fails the point */
static int ft_wait_exit(pid_t pid, int timeout_ms)
{
	int st, r;

	(void)timeout_ms; /* no watchdog here: a child that hangs runs into the alarm */
	while ((r = waitpid(pid, &st, 0)) == -1 && errno == EINTR)
		;
	if (r == -1 || !WIFEXITED(st))
		ft_fail_(__FILE__, __LINE__, "waitpid", "an exit", r == -1 ? "-1" : strsignal(WTERMSIG(st)),
			 r == -1 ? errno : -1, NULL);
	return WEXITSTATUS(st);
}
/* chunk: FT_CHILD_OK needs: ft_wait_exit FT_EQ */
#define FT_CHILD_OK(pid) FT_EQ(ft_wait_exit((pid), 0), 0)
/* chunk: ft_poll_in includes: poll.h */
/* 1 if fd is readable (or at EOF/hangup) within timeout_ms, else 0 */
static int ft_poll_in(int fd, int timeout_ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	int r;

	while ((r = poll(&p, 1, timeout_ms)) == -1 && errno == EINTR)
		;
	if (r == -1)
		ft_fail_(__FILE__, __LINE__, "poll", "success", "-1", errno, NULL);
	return r > 0;
}
/* chunk: ft_fixture */
/* fixtures/NAME, or under $FDSUITE_FIXTURES */
static const char *ft_fixture(const char *name)
{
	static char path[4096];
	const char *dir = getenv("FDSUITE_FIXTURES");
	snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : "fixtures", name);
	return path;
}
/* chunk: ft_probe ft_probe_fd FT_PROBE_MAX */
struct ft_probe_fd {
	int fd, fdflags, flflags; /* F_GETFD, F_GETFL */
	long long offset;         /* -1 where lseek fails */
	char type[8];             /* reg dir fifo sock chr blk lnk anon */
	unsigned long long ino;
};
#define FT_PROBE_MAX 256
struct ft_probe {
	int n;
	struct ft_probe_fd fds[FT_PROBE_MAX];
};
/* chunk: ft_probe_find needs: ft_probe */
static const struct ft_probe_fd *ft_probe_find(const struct ft_probe *p, int fd)
{
	for (int i = 0; i < p->n; i++)
		if (p->fds[i].fd == fd)
			return &p->fds[i];
	return NULL;
}
/* chunk: ft_fdprobe_main includes: dirent.h */
/* run as "repro --fdprobe REPORT" after exec: what the new image holds */
static int ft_fdprobe_main(const char *report)
{
	static int fds[8192];
	int n = 0;
	for (int fd = 0; fd < 4096; fd++) /* before opening anything */
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			fds[n++] = fd;
	DIR *d = opendir("/proc/self/fd"); /* numbers from 4096 up */
	for (struct dirent *e; d && (e = readdir(d)) && n < 8192;)
		if (atoi(e->d_name) >= 4096 && atoi(e->d_name) != dirfd(d))
			fds[n++] = atoi(e->d_name);
	if (d)
		closedir(d);
	FILE *out = fopen(report, "we");
	for (int i = 0; out && i < n; i++) {
		struct stat st = { 0 };
		int ok = fstat(fds[i], &st) == 0;
		mode_t m = st.st_mode;
		fprintf(out, "fd=%d fdflags=%d flflags=%d offset=%lld type=%s ino=%llu\n", fds[i],
			fcntl(fds[i], F_GETFD), fcntl(fds[i], F_GETFL),
			(long long)lseek(fds[i], 0, SEEK_CUR),
			!ok ? "unknown" : S_ISREG(m) ? "reg" : S_ISDIR(m) ? "dir" : S_ISFIFO(m) ? "fifo"
			: S_ISSOCK(m) ? "sock" : S_ISCHR(m) ? "chr" : S_ISBLK(m) ? "blk" : "anon",
			(unsigned long long)st.st_ino);
	}
	return !out || fprintf(out, "end\n") < 0 || fclose(out) ? 3 : 0;
}
/* chunk: ft_probe_parse needs: ft_probe */
/* a report of fdprobe's: one "fd=N fdflags=F flflags=L offset=O type=T ino=I" line a descriptor */
static void ft_probe_parse(const char *text, struct ft_probe *out)
{
	out->n = 0;
	for (const char *l = text; l && out->n < FT_PROBE_MAX; l = strchr(l, '\n'), l = l ? l + 1 : l) {
		struct ft_probe_fd *f = &out->fds[out->n];
		out->n += sscanf(l, "fd=%d fdflags=%d flflags=%d offset=%lld type=%7s ino=%llu", &f->fd,
				 &f->fdflags, &f->flflags, &f->offset, f->type, &f->ino) == 6;
	}
}
/* chunk: ft_exec_probe needs: ft_probe_parse ft_fork ft_wait_exit ft_read_all ft_fdprobe_main */
/* fork, prep(arg) in the child, exec this program as the probe, read its report */
static void ft_exec_probe(struct ft_probe *out, void (*prep)(void *), void *arg)
{
	static int seq;
	char report[128], text[FT_PROBE_MAX * 96 + 64];
	snprintf(report, sizeof report, "%s/probe.%d.%d", ft_scratch, (int)getpid(), seq++);
	pid_t pid = ft_fork();
	if (pid == 0) {
		if (prep)
			prep(arg);
		execl("/proc/self/exe", "fdprobe", "--fdprobe", report, (char *)NULL);
		ft_fail_(__FILE__, __LINE__, "execl(/proc/self/exe)", "success", "-1", errno, NULL);
	}
	int code = ft_wait_exit(pid, 0), fd = open(report, O_RDONLY | O_CLOEXEC);
	if (code != 0 || fd == -1)
		ft_fail_(__FILE__, __LINE__, "the probe", "a report", "none", -1, "exit %d", code);
	text[ft_read_all(fd, text, sizeof text - 1)] = 0;
	close(fd);
	unlink(report);
	ft_probe_parse(text, out);
}
/* chunk: ft_getfl needs: FT_SYS */
#define ft_getfl(fd) FT_SYS(fcntl((fd), F_GETFL)) /* checked: -1 has every bit set */
/* chunk: ft_getfd needs: FT_SYS */
#define ft_getfd(fd) FT_SYS(fcntl((fd), F_GETFD)) /* checked: -1 has every bit set */
/* chunk: FT_FLAG_SET */
#define FT_FLAG_SET(value, flag) do {                                            \
	long long ft_v_ = (long long)(value), ft_f_ = (long long)(flag);         \
	if (ft_v_ == -1 || (ft_v_ & ft_f_) != ft_f_) /* -1: a failed call */     \
		ft_fail_(__FILE__, __LINE__, #value, #flag " set", ft_v_ == -1 ? "-1" : "clear", -1, NULL); \
} while (0)
/* chunk: FT_FLAG_CLEAR */
#define FT_FLAG_CLEAR(value, flag) do {                                          \
	long long ft_v_ = (long long)(value), ft_f_ = (long long)(flag);         \
	if (ft_v_ == -1 || (ft_v_ & ft_f_) != 0) /* -1: a failed call */         \
		ft_fail_(__FILE__, __LINE__, #value, #flag " clear", ft_v_ == -1 ? "-1" : "set", -1, NULL); \
} while (0)
/* chunk: FT_ERRNO_ANY */
/* -1 with one of the errnos given */
#define FT_ERRNO_ANY(expr, ...) do {                                                         \
	static const int ft_w_[] = { __VA_ARGS__ };                                          \
	errno = 0;                                                                           \
	long long ft_r_ = (long long)(expr);                                                 \
	int ft_e_ = errno, ft_ok_ = 0;                                                       \
	for (size_t ft_i_ = 0; ft_i_ < sizeof ft_w_ / sizeof ft_w_[0]; ft_i_++)              \
		ft_ok_ |= ft_r_ == -1 && ft_e_ == ft_w_[ft_i_];                               \
	if (!ft_ok_)                                                                         \
		ft_fail_(__FILE__, __LINE__, #expr, "-1 with one of " #__VA_ARGS__,            \
			 ft_r_ == -1 ? "-1" : "success", ft_r_ == -1 ? ft_e_ : -1, NULL);      \
} while (0)
/* chunk: FT_NR_OPEN FT_NR_FCNTL includes: sys/syscall.h */
#if defined(__GLIBC__) || !defined(SYS_open)
#define FT_NR_OPEN SYS_openat
#else
#define FT_NR_OPEN SYS_open
#endif
#ifdef SYS_fcntl64
#define FT_NR_FCNTL SYS_fcntl64
#else
#define FT_NR_FCNTL SYS_fcntl
#endif
/* chunk: ft_wait_blocked needs: ft_scaled_ms FT_DEFAULT_TIMEOUT_MS includes: sched.h sys/syscall.h */
/* 1 once task tid sleeps (state 'S' in /proc/self/task/TID/stat, or the
   process tid's), 0 if it exited first; nr is only shown */
static int ft_wait_blocked(pid_t tid, long nr, int timeout_ms)
{
	char path[64], buf[512];
	snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
	if (access(path, F_OK) != 0)
		snprintf(path, sizeof path, "/proc/%d/stat", (int)tid);
	for (long spins = 0;; spins++) {
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd == -1)
			return 0;
		ssize_t n = read(fd, buf, sizeof buf - 1);
		close(fd);
		buf[n > 0 ? n : 0] = 0;
		char *e = strrchr(buf, ')');
		char st = e && e[1] == ' ' ? e[2] : '?';
		if (st == 'S')
			return 1;
		if (st == 'Z' || st == 'X')
			return 0;
		if (spins > (long)ft_scaled_ms(timeout_ms > 0 ? timeout_ms : FT_DEFAULT_TIMEOUT_MS) * 100)
			ft_fail_(__FILE__, __LINE__, "ft_wait_blocked", "asleep in its call", "not blocked",
				 -1, "task %d, system call %ld", (int)tid, nr);
		sched_yield();
	}
}
/* chunk: ft_has_init_cap includes: linux/capability.h */
/* 1 if the kernel honours capability cap here: in the effective set and
   in the initial user namespace; 0 if not; -1 if it cannot be told */
static int ft_has_init_cap(int cap, const char **why)
{
	char buf[256];
	int fd = open("/proc/self/uid_map", O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		if (why)
			*why = "no /proc: cannot tell the user namespace";
		return -1;
	}
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	unsigned a = 1, b = 1;
	unsigned long c = 0;
	if (sscanf(buf, "%u %u %lu", &a, &b, &c) != 3 || a != 0 || b != 0 || c != 4294967295UL) {
		if (why)
			*why = "in a user namespace other than the initial one";
		return 0;
	}
	unsigned long long eff = 0;
	fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
	char st[4096];
	n = fd == -1 ? -1 : read(fd, st, sizeof st - 1);
	if (fd != -1)
		close(fd);
	st[n > 0 ? n : 0] = 0;
	char *p = strstr(st, "CapEff:");
	if (p)
		eff = strtoull(p + 7, NULL, 16);
	if (!(eff >> cap & 1)) {
		if (why)
			*why = "the capability is not in the effective set";
		return 0;
	}
	return 1;
}
/* chunk: FT_SYS_AT FT_SYS_AT_ */
#define FT_SYS_AT(file, line, expr) FT_SYS_AT_(file, line, expr, #expr)
#define FT_SYS_AT_(file, line, expr, sexpr) ({                                   \
	errno = 0;                                                               \
	__typeof__(expr) ft_r_ = (expr);                                         \
	if ((long long)ft_r_ == -1)                                              \
		ft_fail_(file, line, sexpr, "success", "-1", errno, NULL);       \
	ft_r_;                                                                   \
})
/* chunk: ft_pipe needs: FT_SYS_AT */
#define ft_pipe(p, flags) FT_SYS_AT(__FILE__, __LINE__, pipe2((p), (flags)))
/* chunk: ft_socketpair needs: FT_SYS_AT includes: sys/socket.h */
#define ft_socketpair(domain, type, p) FT_SYS_AT(__FILE__, __LINE__, socketpair((domain), (type), 0, (p)))
/* chunk: FT_FD ft_close_fd_ */
/* a descriptor closed when its variable goes out of scope */
static void ft_close_fd_(int *fd)
{
	if (*fd >= 0)
		close(*fd);
}
#define FT_FD __attribute__((cleanup(ft_close_fd_)))
/* chunk: FT_FDS ft_close_fds2_ needs: FT_FD */
static void ft_close_fds2_(int (*fds)[2])
{
	ft_close_fd_(&(*fds)[0]);
	ft_close_fd_(&(*fds)[1]);
}
#define FT_FDS __attribute__((cleanup(ft_close_fds2_)))
/* chunk: FT_NO_FDS */
#define FT_NO_FDS { -1, -1 }
/* chunk: ft_close ft_close_at */
/* close(*fd), checked, and *fd = -1 */
#define ft_close(fdp) ft_close_at(__FILE__, __LINE__, #fdp, (fdp))
static void ft_close_at(const char *file, int line, const char *what, int *fd)
{
	if (close(*fd) == -1)
		ft_fail_(file, line, "close", "0", "-1", errno, "close(*%s) failed", what);
	*fd = -1;
}
/* chunk: ft_runtime */
/* the runtime the suite's runner detected; here: FDSUITE_RUNTIME, else native */
static const char *ft_runtime(void)
{
	const char *rt = getenv("FDSUITE_RUNTIME");
	return rt && *rt ? rt : "native";
}
/* chunk: ft_dup_kinds ft_dup_kind FT_NDUP_KINDS needs: ft_lowest_free */
/* the dup family: a copy of fd on the lowest free number */
struct ft_dup_kind {
	const char *name;
	int (*dup)(int oldfd);
	int cloexec;
};
#define FT_NDUP_KINDS 6
static int ft_dup_(int fd) { return dup(fd); }
static int ft_dup2_(int fd) { return dup2(fd, ft_lowest_free()); }
static int ft_dup3_(int fd) { return dup3(fd, ft_lowest_free(), 0); }
static int ft_dup3_cloexec_(int fd) { return dup3(fd, ft_lowest_free(), O_CLOEXEC); }
static int ft_f_dupfd_(int fd) { return fcntl(fd, F_DUPFD, 0); }
static int ft_f_dupfd_cloexec_(int fd) { return fcntl(fd, F_DUPFD_CLOEXEC, 0); }
static const struct ft_dup_kind ft_dup_kinds[FT_NDUP_KINDS] = {
	{ "dup", ft_dup_, 0 },
	{ "dup2", ft_dup2_, 0 },
	{ "dup3", ft_dup3_, 0 },
	{ "dup3_cloexec", ft_dup3_cloexec_, 1 },
	{ "f_dupfd", ft_f_dupfd_, 0 },
	{ "f_dupfd_cloexec", ft_f_dupfd_cloexec_, 1 },
};
/* chunk: ft_fd_kinds ft_fd_kind FT_NFD_KINDS needs: ft_tmpfile ft_scratch FT_SYS FT_NEED_CALL SYS_pidfd_open includes: sys/epoll.h sys/eventfd.h sys/inotify.h sys/signalfd.h sys/socket.h sys/stat.h sys/syscall.h sys/timerfd.h */
/* one descriptor of every type, close-on-exec clear, blocking */
struct ft_fd_kind {
	const char *name;
	int (*open)(void);
	const char *type; /* what fdprobe reports; NULL where it varies */
};
#define FT_NFD_KINDS 15
static int ft_k_reg(void) { return ft_tmpfile("data", NULL); }
static int ft_k_dir(void) { return FT_SYS(open(".", O_RDONLY | O_DIRECTORY)); }
static int ft_k_pipe(int end)
{
	int p[2];
	FT_SYS(pipe(p));
	close(p[1 - end]);
	return p[end];
}
static int ft_k_pipe_read(void) { return ft_k_pipe(0); }
static int ft_k_pipe_write(void) { return ft_k_pipe(1); }
static int ft_k_fifo(void)
{
	FT_SYS(mkfifo("fifo", 0600));
	int fd = FT_SYS(open("fifo", O_RDWR)); /* Linux: never blocks, fifo(7) */
	unlink("fifo");
	return fd;
}
static int ft_k_unix_stream(void) { return FT_SYS(socket(AF_UNIX, SOCK_STREAM, 0)); }
static int ft_k_unix_dgram(void) { return FT_SYS(socket(AF_UNIX, SOCK_DGRAM, 0)); }
static int ft_k_dev_null(void) { return FT_SYS(open("/dev/null", O_RDWR)); }
static int ft_k_eventfd(void) { return FT_SYS(eventfd(0, 0)); }
static int ft_k_timerfd(void) { return FT_SYS(timerfd_create(CLOCK_MONOTONIC, 0)); }
static int ft_k_signalfd(void)
{
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	return FT_SYS(signalfd(-1, &m, 0));
}
static int ft_k_epoll(void) { return FT_SYS(epoll_create1(0)); }
static int ft_k_inotify(void) { return FT_SYS(inotify_init1(0)); }
static int ft_k_memfd(void)
{
	return FT_NEED_CALL((int)syscall(SYS_memfd_create, "fdsuite", 0), "memfd_create", "Linux 3.17");
}
static int ft_k_pidfd(void)
{
	int fd = FT_NEED_CALL((int)syscall(SYS_pidfd_open, getpid(), 0), "pidfd_open", "Linux 5.3");
	FT_SYS(fcntl(fd, F_SETFD, 0)); /* pidfd_open(2) sets close-on-exec */
	return fd;
}
static const struct ft_fd_kind ft_fd_kinds[FT_NFD_KINDS] = {
	{ "reg", ft_k_reg, "reg" },
	{ "dir", ft_k_dir, "dir" },
	{ "pipe_read", ft_k_pipe_read, "fifo" },
	{ "pipe_write", ft_k_pipe_write, "fifo" },
	{ "fifo", ft_k_fifo, "fifo" },
	{ "unix_stream", ft_k_unix_stream, "sock" },
	{ "unix_dgram", ft_k_unix_dgram, "sock" },
	{ "dev_null", ft_k_dev_null, "chr" },
	{ "eventfd", ft_k_eventfd, "anon" },
	{ "timerfd", ft_k_timerfd, "anon" },
	{ "signalfd", ft_k_signalfd, "anon" },
	{ "epoll", ft_k_epoll, "anon" },
	{ "inotify", ft_k_inotify, "anon" },
	{ "memfd", ft_k_memfd, "reg" },
	{ "pidfd", ft_k_pidfd, NULL },
};
/* chunk: FT_NEEDS_PROC includes: sys/stat.h */
#define FT_NEEDS_PROC ft_needs_proc /* for ft_require(FT_NEEDS_PROC) */
static void ft_needs_proc(void)
{
	struct stat st;
	if (stat("/proc/self", &st) == -1 && errno == ENOENT)
		ft_fail_(NULL, 0, NULL, NULL, NULL, -1, "needs /proc: proc(5) is not mounted (stat /proc/self: ENOENT)");
}
/* chunk: FT_NEEDS_DEV_FD includes: sys/stat.h */
#define FT_NEEDS_DEV_FD ft_needs_dev_fd /* for ft_require(FT_NEEDS_DEV_FD) */
static void ft_needs_dev_fd(void)
{
	struct stat st;
	if (stat("/dev/fd", &st) == -1)
		ft_fail_(NULL, 0, NULL, NULL, NULL, -1, "needs /dev/fd: stat /dev/fd: %s", strerror(errno));
}
/* chunk: FT_NEEDS_OFD_LOCKS needs: ft_tmpfile ft_scratch FT_NEED_FLAG FT_PATH_MAX */
#define FT_NEEDS_OFD_LOCKS ft_needs_ofd_locks /* for ft_require(FT_NEEDS_OFD_LOCKS) */
static void ft_needs_ofd_locks(void)
{
	char path[FT_PATH_MAX];
	int fd = ft_tmpfile("", path);
	unlink(path);
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_len = 1 };
	FT_NEED_FLAG(fcntl(fd, F_OFD_GETLK, &fl), "open file description locks (F_OFD_*)", "Linux 3.15");
	close(fd);
}
/* chunk: FT_NEEDS_PIDFD needs: FT_NEED_CALL SYS_pidfd_open includes: sys/syscall.h */
#define FT_NEEDS_PIDFD ft_needs_pidfd /* for ft_require(FT_NEEDS_PIDFD) */
static void ft_needs_pidfd(void)
{
	close(FT_NEED_CALL((int)syscall(SYS_pidfd_open, getpid(), 0), "pidfd_open", "Linux 5.3"));
}
/* chunk: FT_NEEDS_ROOT needs: ft_has_init_cap */
#define FT_NEEDS_ROOT ft_needs_root /* for ft_require(FT_NEEDS_ROOT) */
static void ft_needs_root(void)
{
	const char *why;
	if (ft_has_init_cap(CAP_SYS_ADMIN, &why) != 1)
		ft_fail_(NULL, 0, NULL, NULL, NULL, -1, "needs root: %s", why);
}
/* chunk: ft_points */
/* the points the case's macros make: one entry a point, or a table's row */
static struct { const char *name, *row; void (*fn)(const void *); const void *arg; } ft_points[256];
static int ft_npoints;
static void ft_add_point(const char *name, const char *row, void (*fn)(const void *), const void *arg)
{
	if (ft_npoints < 256)
		ft_points[ft_npoints].name = name, ft_points[ft_npoints].row = row,
		ft_points[ft_npoints].fn = fn, ft_points[ft_npoints++].arg = arg;
}
/* runs the point named id ("pname" or "pname_row") */
static void ft_run_point(const char *id)
{
	for (int i = 0; i < ft_npoints; i++) {
		size_t l = strlen(ft_points[i].name);
		if (!strncmp(id, ft_points[i].name, l) &&
		    (ft_points[i].row ? id[l] == '_' && !strcmp(id + l + 1, ft_points[i].row) : !id[l]))
			return ft_points[i].fn(ft_points[i].arg);
	}
	ft_fail_(__FILE__, __LINE__, NULL, NULL, NULL, -1, "no point %s", id);
}
/* chunk: FT_POINT FT_POINT_OPTS needs: ft_points */
#define FT_POINT_OPTS(pname, ...)                                                \
	static void point_##pname(void);                                         \
	static void point_##pname##_(const void *arg)                            \
	{                                                                        \
		(void)arg;                                                       \
		point_##pname();                                                 \
	}                                                                        \
	__attribute__((constructor)) static void add_##pname(void)               \
	{                                                                        \
		ft_add_point(#pname, NULL, point_##pname##_, NULL);              \
	}                                                                        \
	static void point_##pname(void)
#define FT_POINT(pname) FT_POINT_OPTS(pname, 0)
/* chunk: FT_TABLE FT_TABLE_OPTS needs: ft_points */
#define FT_TABLE_OPTS(pname, rows, ...)                                          \
	static void point_##pname(const __typeof__((rows)[0]) *row);             \
	static void point_##pname##_(const void *arg)                            \
	{                                                                        \
		point_##pname(arg);                                              \
	}                                                                        \
	__attribute__((constructor)) static void add_##pname(void)               \
	{                                                                        \
		for (size_t i = 0; i < sizeof(rows) / sizeof(rows)[0]; i++)      \
			ft_add_point(#pname, (rows)[i].name, point_##pname##_, &(rows)[i]); \
	}                                                                        \
	static void point_##pname(const __typeof__((rows)[0]) *row)
#define FT_TABLE(pname, rows) FT_TABLE_OPTS(pname, rows, 0)
/* chunk: ft_require */
#define ft_require(need) need() /* one requirement: its check */
/* chunk: ft_need_ needs: FT_SKIP */
/* a missing feature (ENOSYS, EINVAL or EOPNOTSUPP for a flag) or a denial skips; else fails */
__attribute__((noreturn)) static void ft_need_(const char *file, int line, const char *call, int err,
					   int flag, const char *feature, const char *since)
{
	if (err == ENOSYS || err == EPERM || (flag && (err == EINVAL || err == EOPNOTSUPP)))
		FT_SKIP("%s %s here (%s; added in %s)", feature, err == EPERM ? "denied" : "not supported",
			strerror(err), since);
	ft_fail_(file, line, call, "success", "-1", err, NULL);
}
/* chunk: ft_fork_at needs: ft_fork */
#define ft_fork_at(file, line) ft_fork()
/* chunk: ft_wait_at needs: ft_wait */
#define ft_wait_at(file, line, pid, ms) ft_wait((pid), (ms))
/* chunk: ft_wait_exit_at needs: ft_wait_exit */
#define ft_wait_exit_at(file, line, pid, ms) ft_wait_exit((pid), (ms))
/* chunk: ft_poll_in_at needs: ft_poll_in */
#define ft_poll_in_at(file, line, fd, ms) ft_poll_in((fd), (ms))
/* chunk: ft_write_all_at needs: ft_write_all */
#define ft_write_all_at(file, line, fd, buf, n) ft_write_all((fd), (buf), (n))
/* chunk: ft_read_all_at needs: ft_read_all */
#define ft_read_all_at(file, line, fd, buf, n) ft_read_all((fd), (buf), (n))
/* chunk: ft_read_file_at needs: ft_read_file */
#define ft_read_file_at(file, line, path, buf, n) ft_read_file((path), (buf), (n))
/* chunk: ft_tmpfile_at needs: ft_tmpfile ft_scratch */
#define ft_tmpfile_at(file, line, content, path) ft_tmpfile((content), (path))
/* chunk: ft_getfl_at needs: ft_getfl */
#define ft_getfl_at(file, line, what, fd) ft_getfl(fd)
/* chunk: ft_getfd_at needs: ft_getfd */
#define ft_getfd_at(file, line, what, fd) ft_getfd(fd)
/* chunk: ft_free_run_at needs: ft_free_run */
#define ft_free_run_at(file, line, n) ft_free_run(n)
/* chunk: ft_exec_probe_at needs: ft_exec_probe */
#define ft_exec_probe_at(file, line, out, prep, arg) ft_exec_probe((out), (prep), (arg))
