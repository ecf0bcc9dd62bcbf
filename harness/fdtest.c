/* fdtest.c - the case library (see fdtest.h for the contract). */
#include "fdtest.h"
#include "runenv.h"

#include <dirent.h>
#include <limits.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/resource.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>

/* ---- registry ----------------------------------------------------------- */

#define FT_MAX_POINTS 256

struct ft_point {
	const char *name;
	void (*fn)(void);
	void (*rowfn)(const void *); /* a table's body, with row */
	const void *row;
	const struct ft_opts *opts;
	int line, seq;
};
static struct ft_point ft__points[FT_MAX_POINTS];
static int ft__npoints;
unsigned ft_case_needs;

static void ft__add_point(struct ft_point p)
{
	if (ft__npoints == FT_MAX_POINTS) {
		fprintf(stderr, "fdtest: a case declares more than %d points\n",
			FT_MAX_POINTS);
		exit(2);
	}
	for (int i = 0; i < ft__npoints; i++)
		if (strcmp(ft__points[i].name, p.name) == 0) {
			fprintf(stderr, "fdtest: two points are named %s\n", p.name);
			exit(2);
		}
	p.seq = ft__npoints;
	ft__points[ft__npoints++] = p;
}

void ft_register_(const char *name, void (*fn)(void), const struct ft_opts *o,
		  int line)
{
	ft__add_point((struct ft_point){ .name = name, .fn = fn, .opts = o,
					 .line = line });
}

void ft_register_rows_(const char *pname, void (*fn)(const void *),
		       const void *rows, size_t rowsize, size_t nrows,
		       const struct ft_opts *o, int line)
{
	for (size_t i = 0; i < nrows; i++) {
		const void *row = (const char *)rows + i * rowsize;
		const char *rname = *(const char *const *)row;
		size_t n = strlen(pname) + strlen(rname) + 2;
		char *name = malloc(n);
		if (!name || !rname[0]) {
			fprintf(stderr, "fdtest: table %s: %s\n", pname,
				name ? "a row has no name" : "out of memory");
			exit(2);
		}
		snprintf(name, n, "%s_%s", pname, rname);
		ft__add_point((struct ft_point){ .name = name, .rowfn = fn,
						 .row = row, .opts = o,
						 .line = line });
	}
}

/* ---- descriptors that close themselves ---------------------------------- */

void ft_close_fd_(int *fd)
{
	if (*fd >= 0) {
		int e = errno;
		close(*fd);
		errno = e;
	}
}

void ft_close_fds2_(int (*fds)[2])
{
	ft_close_fd_(&(*fds)[0]);
	ft_close_fd_(&(*fds)[1]);
}

void ft_close_at(const char *file, int line, const char *what, int *fd)
{
	if (close(*fd) == -1)
		ft_fail_(file, line, "close", "0", "-1", errno, "close(*%s) failed", what);
	*fd = -1;
}

/* ---- the record a point leaves in memory shared with the parent -------- */

enum { ft__R_NONE, ft__R_FAIL, ft__R_SKIP };

struct ft_shared {
	int claimed; /* first failure or skip in any process of the point */
	int kind;
	int err; /* errno, -1 for none */
	char message[1024];
	char call[512];
	char expected[512];
	char observed[512];
	char at[256];
	int notes_len;
	char notes[4096];
};
static struct ft_shared *ft__shared;
static char ft__scratch[PATH_MAX]; /* the running point's ft__scratch directory */
static char ft__case_name[256];

static int ft__claim(int kind)
{
	int zero = 0;
	if (!__atomic_compare_exchange_n(&ft__shared->claimed, &zero, 1, 0,
					 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
		return 0;
	ft__shared->kind = kind;
	return 1;
}

static void ft__copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src ? src : "");
}

void ft_fail_(const char *file, int line, const char *call,
	      const char *expected, const char *observed, int err,
	      const char *fmt, ...)
{
	if (ft__shared && ft__claim(ft__R_FAIL)) {
		ft__shared->err = err;
		ft__copy(ft__shared->call, sizeof ft__shared->call, call);
		ft__copy(ft__shared->expected, sizeof ft__shared->expected, expected);
		ft__copy(ft__shared->observed, sizeof ft__shared->observed, observed);
		if (strcmp(file, __FILE__) != 0)
			snprintf(ft__shared->at, sizeof ft__shared->at, "%s:%d", file, line);
		if (fmt) {
			va_list ap;
			va_start(ap, fmt);
			vsnprintf(ft__shared->message, sizeof ft__shared->message, fmt,
				  ap);
			va_end(ap);
		} else if (call) {
			snprintf(ft__shared->message, sizeof ft__shared->message,
				 "%s: expected %s, observed %s", call,
				 expected ? expected : "?",
				 observed ? observed : "?");
		}
	} else if (!ft__shared) {
		fprintf(stderr, "%s:%d: check failed outside a point\n", file,
			line);
	}
	_exit(1);
}

void ft_fail_errno_(const char *file, int line, const char *call, int want,
		    long long got, int err)
{
	char exp[128], obs[128];
	snprintf(exp, sizeof exp, "-1 with errno %s", ft_errno_name(want));
	if (got == -1)
		snprintf(obs, sizeof obs, "-1 with errno %s",
			 ft_errno_name(err));
	else
		snprintf(obs, sizeof obs, "%lld (success)", got);
	ft_fail_(file, line, call, exp, obs, got == -1 ? err : -1, NULL);
}

void ft_errno_any_(const char *file, int line, const char *call,
		   const int *want, int nwant, long long got, int err)
{
	for (int i = 0; got == -1 && i < nwant; i++)
		if (err == want[i])
			return;
	char exp[256] = "-1 with errno ", obs[128];
	for (int i = 0; i < nwant; i++) {
		if (i > 0 && want[i] == want[i - 1])
			continue; /* EAGAIN, EWOULDBLOCK: one value here */
		if (i > 0)
			strncat(exp, " or ", sizeof exp - strlen(exp) - 1);
		strncat(exp, ft_errno_name(want[i]), sizeof exp - strlen(exp) - 1);
	}
	if (got == -1)
		snprintf(obs, sizeof obs, "-1 with errno %s", ft_errno_name(err));
	else
		snprintf(obs, sizeof obs, "%lld (success)", got);
	ft_fail_(file, line, call, exp, obs, got == -1 ? err : -1, NULL);
}

void ft_flag_(const char *file, int line, const char *value,
	      const char *flag, long long v, long long f, int set)
{
	char call[512], exp[256], obs[64];
	snprintf(call, sizeof call, "%s & %s", value, flag);
	snprintf(exp, sizeof exp, set ? "%s set" : "%s clear", flag);
	if (v == -1)
		ft_fail_(file, line, call, exp, "-1 (the call failed)", -1,
			 "%s is -1, the result of a failed call, not a flag word",
			 value);
	if (set ? (v & f) == f : (v & f) == 0)
		return;
	snprintf(obs, sizeof obs, "0x%llx (& 0x%llx = 0x%llx)",
		 (unsigned long long)v, (unsigned long long)f,
		 (unsigned long long)(v & f));
	ft_fail_(file, line, call, exp, obs, -1, NULL);
}

void ft_fail_cmp_(const char *file, int line, const char *a, const char *op,
		  const char *b, long long va, long long vb, int err)
{
	char call[512], exp[160], obs[64];
	snprintf(call, sizeof call, "%s %s %s", a, op, b);
	snprintf(exp, sizeof exp, "%s %lld", op, vb);
	snprintf(obs, sizeof obs, "%lld", va);
	ft_fail_(file, line, call, exp, obs, va == -1 ? err : -1, NULL);
}

void ft_str_(const char *file, int line, const char *expr, const char *got,
	     const char *want, int mode)
{
	static const char *how[] = { "equal to", "containing", "ending in" };
	int ok;
	if (!got)
		ok = 0;
	else if (mode == 0)
		ok = strcmp(got, want) == 0;
	else if (mode == 1)
		ok = strstr(got, want) != NULL;
	else {
		size_t gl = strlen(got), wl = strlen(want);
		ok = gl >= wl && strcmp(got + gl - wl, want) == 0;
	}
	if (ok)
		return;
	char exp[600];
	snprintf(exp, sizeof exp, "a string %s \"%s\"", how[mode], want);
	ft_fail_(file, line, expr, exp, got ? got : "(null)", -1, NULL);
}

void ft_mem_(const char *file, int line, const char *expr, const void *got,
	     const void *want, size_t n)
{
	if (memcmp(got, want, n) == 0)
		return;
	char exp[300], obs[300];
	snprintf(exp, sizeof exp, "%.*s", (int)(n < 200 ? n : 200),
		 (const char *)want);
	snprintf(obs, sizeof obs, "%.*s", (int)(n < 200 ? n : 200),
		 (const char *)got);
	for (char *p = exp; *p; p++)
		if (*p < 32 || *p > 126)
			*p = '.';
	for (char *p = obs; *p; p++)
		if (*p < 32 || *p > 126)
			*p = '.';
	ft_fail_(file, line, expr, exp, obs, -1, "%zu bytes differ", n);
}

void ft_skip(const char *fmt, ...)
{
	if (ft__shared && ft__claim(ft__R_SKIP)) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(ft__shared->message, sizeof ft__shared->message, fmt, ap);
		va_end(ap);
	}
	_exit(0);
}

void ft_need_(const char *file, int line, const char *call, int err, int flag,
	      const char *feature, const char *since)
{
	if (err == ENOSYS || (flag && (err == EINVAL || err == EOPNOTSUPP)))
		ft_skip("%s not supported here (%s; added in %s)", feature,
			ft_errno_name(err), since);
	if (err == EPERM)
		ft_skip("denied: %s refused with EPERM by the environment "
			"(seccomp or policy), not a missing feature",
			feature);
	ft_fail_(file, line, call, "success", "-1", err, NULL);
}

void ft_note(const char *fmt, ...)
{
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	int l = vsnprintf(line, sizeof line - 1, fmt, ap);
	va_end(ap);
	if (l < 0)
		return;
	if (l > (int)sizeof line - 2)
		l = sizeof line - 2;
	line[l++] = '\n';
	if (!ft__shared) {
		fprintf(stderr, "# %.*s", l, line);
		return;
	}
	int at = __atomic_fetch_add(&ft__shared->notes_len, l, __ATOMIC_SEQ_CST);
	if (at + l < (int)sizeof ft__shared->notes)
		memcpy(ft__shared->notes + at, line, (size_t)l);
}

/* ---- names -------------------------------------------------------------- */

const char *ft_errno_name(int err)
{
#define E(x)          \
	case x:       \
		return #x;
	switch (err) {
		E(EPERM) E(ENOENT) E(ESRCH) E(EINTR) E(EIO) E(ENXIO) E(E2BIG)
		E(ENOEXEC) E(EBADF) E(ECHILD) E(EAGAIN) E(ENOMEM) E(EACCES)
		E(EFAULT) E(EBUSY) E(EEXIST) E(EXDEV) E(ENODEV) E(ENOTDIR)
		E(EISDIR) E(EINVAL) E(ENFILE) E(EMFILE) E(ENOTTY) E(ETXTBSY)
		E(EFBIG) E(ENOSPC) E(ESPIPE) E(EROFS) E(EMLINK) E(EPIPE)
		E(EDOM) E(ERANGE) E(EDEADLK) E(ENAMETOOLONG) E(ENOLCK)
		E(ENOSYS) E(ENOTEMPTY) E(ELOOP) E(ENOMSG) E(EOVERFLOW)
		E(ENOTSOCK) E(EDESTADDRREQ) E(EMSGSIZE) E(EPROTOTYPE)
		E(ENOPROTOOPT) E(EPROTONOSUPPORT) E(EOPNOTSUPP) E(EAFNOSUPPORT)
		E(EADDRINUSE) E(EADDRNOTAVAIL) E(ENETDOWN) E(ENETUNREACH)
		E(ECONNABORTED) E(ECONNRESET) E(ENOBUFS) E(EISCONN)
		E(ENOTCONN) E(ETIMEDOUT) E(ECONNREFUSED) E(EALREADY)
		E(EINPROGRESS) E(ESTALE) E(EDQUOT) E(ECANCELED) E(EOWNERDEAD)
		E(ENOTRECOVERABLE) E(ENOKEY) E(ENOMEDIUM) E(ENODATA) E(ETIME)
		E(EBADFD) E(ESOCKTNOSUPPORT) E(EPFNOSUPPORT) E(EILSEQ)
		E(ERESTART) E(ENOTUNIQ) E(EREMOTEIO) E(EHOSTUNREACH)
	}
#undef E
	static __thread char buf[32];
	snprintf(buf, sizeof buf, "errno %d", err);
	return buf;
}

const char *ft_signal_name(int sig)
{
#define S(x)          \
	case x:       \
		return #x;
	switch (sig) {
		S(SIGHUP) S(SIGINT) S(SIGQUIT) S(SIGILL) S(SIGTRAP) S(SIGABRT)
		S(SIGBUS) S(SIGFPE) S(SIGKILL) S(SIGUSR1) S(SIGSEGV) S(SIGUSR2)
		S(SIGPIPE) S(SIGALRM) S(SIGTERM) S(SIGCHLD) S(SIGCONT)
		S(SIGSTOP) S(SIGTSTP) S(SIGTTIN) S(SIGTTOU) S(SIGURG) S(SIGXCPU)
		S(SIGXFSZ) S(SIGVTALRM) S(SIGPROF) S(SIGWINCH) S(SIGIO)
		S(SIGPWR) S(SIGSYS)
	}
#undef S
	static __thread char buf[32];
	snprintf(buf, sizeof buf, "signal %d", sig);
	return buf;
}

const char *ft_runtime(void)
{
	return fd_env_runtime();
}

/* ---- time --------------------------------------------------------------- */

static double ft__now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int ft_scaled_ms(int ms)
{
	static double scale = 0;
	if (scale == 0) {
		/* the runner refuses a value outside 0.001..1000; run on its
		   own a case says so and keeps the unscaled limits */
		const char *s = getenv("FT_TIMEOUT_SCALE");
		char *end = NULL;
		scale = s && *s ? strtod(s, &end) : 1.0;
		if (s && *s && (*end || !(scale >= 0.001 && scale <= 1000))) {
			fprintf(stderr, "%s: FT_TIMEOUT_SCALE wants a number from 0.001 "
				"to 1000, not '%s'; the limits are not scaled\n",
				ft__case_name[0] ? ft__case_name : "fdtest", s);
			scale = 1.0;
		}
	}
	double v = ms * scale;
	return v >= INT_MAX ? INT_MAX : (int)v;
}

void ft_msleep(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

/* ---- descriptor table --------------------------------------------------- */

int ft_is_open(int fd)
{
	return fcntl(fd, F_GETFD) != -1 || errno != EBADF;
}

int ft_lowest_free(void)
{
	for (int fd = 0;; fd++)
		if (!ft_is_open(fd))
			return fd;
}

static long ft__probe_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
	    rl.rlim_cur < 65536)
		return (long)rl.rlim_cur;
	return 65536;
}

/* The open fds, by raw system calls so that no fault shim interferes.
   Uses /proc/self/fd where it can be read, else probes with F_GETFD. */
static int ft__list_fds_raw(int *fds, int max)
{
	int n = 0;
	int dfd = (int)syscall(SYS_openat, AT_FDCWD, "/proc/self/fd",
			       O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		char buf[8192];
		long r;
		int ok = 1;
		while ((r = syscall(SYS_getdents64, dfd, buf, sizeof buf)) > 0) {
			for (long off = 0; off < r;) {
				struct dirent64 *d = (struct dirent64 *)(buf + off);
				off += d->d_reclen;
				if (d->d_name[0] < '0' || d->d_name[0] > '9')
					continue;
				int fd = atoi(d->d_name);
				if (fd != dfd && n < max)
					fds[n++] = fd;
			}
		}
		if (r < 0)
			ok = 0;
		syscall(SYS_close, dfd);
		if (ok) {
			for (int i = 1; i < n; i++) /* insertion sort */
				for (int j = i; j > 0 && fds[j - 1] > fds[j]; j--) {
					int t = fds[j];
					fds[j] = fds[j - 1];
					fds[j - 1] = t;
				}
			return n;
		}
		n = 0;
	}
	long lim = ft__probe_limit();
	for (long fd = 0; fd < lim && n < max; fd++)
		if (syscall(SYS_fcntl, (int)fd, F_GETFD) != -1 || errno != EBADF)
			fds[n++] = (int)fd;
	return n;
}

int ft_list_fds(int *fds, int max)
{
	return ft__list_fds_raw(fds, max);
}

long long ft_offset_at(const char *file, int line, int fd)
{
	return FT_SYS_AT(file, line, lseek(fd, 0, SEEK_CUR));
}

static int ft__fcntl_get(const char *file, int line, const char *what,
			 int fd, int cmd, const char *cmdname)
{
	errno = 0;
	int r = fcntl(fd, cmd);
	if (r == -1) {
		char call[256];
		snprintf(call, sizeof call, "fcntl(%s, %s)", what, cmdname);
		ft_fail_(file, line, call, "the flags", "-1", errno,
			 "%s failed on fd %d: its flags are unknown", call, fd);
	}
	return r;
}

int ft_getfl_at(const char *file, int line, const char *what, int fd)
{
	return ft__fcntl_get(file, line, what, fd, F_GETFL, "F_GETFL");
}

int ft_getfd_at(const char *file, int line, const char *what, int fd)
{
	return ft__fcntl_get(file, line, what, fd, F_GETFD, "F_GETFD");
}

int ft_free_run_at(const char *file, int line, int n)
{
	static int fds[4096];
	int k = ft_list_fds(fds, 4096);
	long lim = sysconf(_SC_OPEN_MAX);
	int first = k ? fds[k - 1] + 1 : 0;
	if (lim > 0 && first + n > lim)
		for (first = 0; first + n <= lim; first++) {
			int i = 0;
			while (i < n && !ft_is_open(first + i))
				i++;
			if (i == n)
				break;
		}
	if (lim > 0 && first + n > lim)
		ft_fail_(file, line, "ft_free_run", "a free run", "none", -1,
			 "no %d consecutive free descriptor numbers below %ld",
			 n, lim);
	return first;
}

int ft_close_range(unsigned first, unsigned last, unsigned flags)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 34)
	return close_range(first, last, (int)flags);
#else
	return (int)syscall(SYS_close_range, first, last, flags);
#endif
}

/* ---- signals ------------------------------------------------------------ */

static volatile sig_atomic_t ft__sigcount[NSIG];

static void ft__count(int sig)
{
	if (sig > 0 && sig < NSIG)
		ft__sigcount[sig]++;
}

void ft_count_signal_at(const char *file, int line, int sig)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ft__count;
	sigemptyset(&sa.sa_mask);
	FT_SYS_AT(file, line, sigaction(sig, &sa, NULL));
	ft__sigcount[sig] = 0;
}

int ft_signal_count(int sig)
{
	return ft__sigcount[sig];
}

void ft_pend_signal_at(const char *file, int line, int sig)
{
	ft_count_signal_at(file, line, sig);
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	FT_SYS_AT(file, line, sigprocmask(SIG_BLOCK, &s, NULL));
	FT_SYS_AT(file, line, raise(sig));
	if (ft_signal_count(sig) != 0)
		ft_fail_(file, line, "raise(blocked signal)", "pending",
			 "delivered", -1, "%s was delivered while blocked",
			 ft_signal_name(sig));
}

/* ---- files -------------------------------------------------------------- */

int ft_tmpfile_at(const char *file, int line, const char *content,
		  char *path_out)
{
	static int seq;
	char path[FT_PATH_MAX];
	snprintf(path, sizeof path, "%s/f%d.%d", ft__scratch[0] ? ft__scratch : ".",
		 (int)getpid(), seq++);
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
	if (fd == -1)
		ft_fail_(file, line, "open(scratch file)", "success",
			 "-1", errno, "cannot create %s", path);
	if (content) {
		ft_write_all_at(file, line, fd, content, strlen(content));
		if (lseek(fd, 0, SEEK_SET) != 0)
			ft_fail_(file, line, "lseek(fd, 0, SEEK_SET)",
				 "0", "other", errno, NULL);
	}
	if (path_out)
		snprintf(path_out, FT_PATH_MAX, "%s", path);
	return fd;
}

void ft_write_all_at(const char *file, int line, int fd, const void *buf,
		     size_t n)
{
	const char *p = buf;
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w == -1 && errno == EINTR)
			continue;
		if (w <= 0)
			ft_fail_(file, line, "write", "all bytes written",
				 w == 0 ? "0" : "-1", w == -1 ? errno : -1,
				 "write to fd %d failed with %zu bytes left", fd,
				 n);
		p += w;
		n -= (size_t)w;
	}
}

size_t ft_read_all_at(const char *file, int line, int fd, void *buf,
		      size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(fd, (char *)buf + got, n - got);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1)
			ft_fail_(file, line, "read", "data or EOF", "-1",
				 errno, "read from fd %d failed", fd);
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return got;
}

size_t ft_read_file_at(const char *file, int line, const char *path,
		       char *buf, size_t n)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		ft_fail_(file, line, "open", "success", "-1", errno,
			 "cannot open %s", path);
	size_t got = ft_read_all_at(file, line, fd, buf, n - 1);
	buf[got] = 0;
	close(fd);
	return got;
}

void ft_readlink_fd_at(const char *file, int line, int fd, char *buf,
		       size_t n)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ssize_t r = readlink(path, buf, n - 1);
	int e = errno;
	struct stat st;
	if (r == -1 && e == ENOENT && stat("/proc/self/fd", &st) == -1)
		ft_skip("needs /proc: proc(5) is not mounted (stat /proc/self/fd: "
			"%s)", ft_errno_name(errno));
	errno = e;
	if (r == -1)
		ft_fail_(file, line, "readlink(/proc/self/fd/N)",
			 "success", "-1", errno, "readlink %s failed", path);
	buf[r] = 0;
}

/* ---- privilege ---------------------------------------------------------- */

static const char *ft__cap_name(int cap)
{
#define C(x)          \
	case x:       \
		return #x;
	switch (cap) {
		C(CAP_CHOWN) C(CAP_DAC_OVERRIDE) C(CAP_DAC_READ_SEARCH)
		C(CAP_FOWNER) C(CAP_KILL) C(CAP_SETGID) C(CAP_SETUID)
		C(CAP_SYS_ADMIN) C(CAP_SYS_RESOURCE)
	}
#undef C
	static __thread char buf[32];
	snprintf(buf, sizeof buf, "capability %d", cap);
	return buf;
}

int ft_has_init_cap(int cap, const char **why)
{
	static __thread char reason[256];
	const char *name = ft__cap_name(cap);
	if (why)
		*why = reason;
	/* capget by syscall(): glibc declares no capget() (libcap does) */
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	memset(d, 0, sizeof d);
	if (cap < 0 || cap >= 64 || syscall(SYS_capget, &h, d) == -1) {
		snprintf(reason, sizeof reason, "cannot read the capability sets "
			 "(capget: %s), so cannot tell whether %s is held",
			 ft_errno_name(errno), name);
		return -1;
	}
	if (!((d[cap / 32].effective >> (cap % 32)) & 1)) {
		snprintf(reason, sizeof reason,
			 "%s is not in the effective set", name);
		return 0;
	}
	/* raw calls, so that no fault shim over open/read interferes */
	char map[256];
	long got = 0;
	int fd = (int)syscall(SYS_openat, AT_FDCWD, "/proc/self/uid_map",
			      O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		long r;
		while (got < (long)sizeof map - 1 &&
		       (r = syscall(SYS_read, fd, map + got,
				    sizeof map - 1 - (size_t)got)) > 0)
			got += r;
		syscall(SYS_close, fd);
	}
	if (fd < 0 || got <= 0) {
		snprintf(reason, sizeof reason,
			 "cannot read /proc/self/uid_map (%s; /proc not mounted?),"
			 " so cannot tell whether this is the initial user "
			 "namespace, where the kernel checks %s",
			 fd < 0 ? ft_errno_name(errno) : "empty", name);
		return -1;
	}
	map[got] = 0;
	unsigned long long in = 1, out = 1, len = 0;
	int end = 0;
	if (sscanf(map, " %llu %llu %llu %n", &in, &out, &len, &end) == 3 &&
	    map[end] == 0 && in == 0 && out == 0 && len == 4294967295ULL)
		return 1;
	snprintf(reason, sizeof reason,
		 "%s is held only in a user namespace (/proc/self/uid_map "
		 "starts \"%llu %llu %llu\"); the kernel checks it in the "
		 "initial one", name, in, out, len);
	return 0;
}

/* ---- rows for tables ------------------------------------------------------ */

static int ft__dup(int fd) { return dup(fd); }
static int ft__dup2(int fd) { return dup2(fd, ft_lowest_free()); }
static int ft__dup3(int fd) { return dup3(fd, ft_lowest_free(), 0); }
static int ft__dup3_cloexec(int fd)
{
	return dup3(fd, ft_lowest_free(), O_CLOEXEC);
}
static int ft__f_dupfd(int fd) { return fcntl(fd, F_DUPFD, 0); }
static int ft__f_dupfd_cloexec(int fd) { return fcntl(fd, F_DUPFD_CLOEXEC, 0); }

const struct ft_dup_kind ft_dup_kinds[FT_NDUP_KINDS] = {
	{ "dup", ft__dup, 0 },
	{ "dup2", ft__dup2, 0 },
	{ "dup3", ft__dup3, 0 },
	{ "dup3_cloexec", ft__dup3_cloexec, 1 },
	{ "f_dupfd", ft__f_dupfd, 0 },
	{ "f_dupfd_cloexec", ft__f_dupfd_cloexec, 1 },
};

#define FT__MADE(expr) FT_SYS_AT(__FILE__, __LINE__, expr)
static int ft__k_reg(void) { return ft_tmpfile("data", NULL); }
static int ft__k_dir(void) { return FT__MADE(open(".", O_RDONLY | O_DIRECTORY)); }
static int ft__k_pipe(int end)
{
	int p[2];
	FT__MADE(pipe(p));
	close(p[1 - end]);
	return p[end];
}
static int ft__k_pipe_read(void) { return ft__k_pipe(0); }
static int ft__k_pipe_write(void) { return ft__k_pipe(1); }
static int ft__k_fifo(void)
{
	static int n;
	char name[32];
	snprintf(name, sizeof name, "fifo.%d.%d", (int)getpid(), n++);
	FT__MADE(mkfifo(name, 0600));
	int fd = FT__MADE(open(name, O_RDWR)); /* Linux: never blocks, fifo(7) */
	unlink(name);
	return fd;
}
static int ft__k_unix_stream(void) { return FT__MADE(socket(AF_UNIX, SOCK_STREAM, 0)); }
static int ft__k_unix_dgram(void) { return FT__MADE(socket(AF_UNIX, SOCK_DGRAM, 0)); }
static int ft__k_dev_null(void) { return FT__MADE(open("/dev/null", O_RDWR)); }
static int ft__k_eventfd(void) { return FT__MADE(eventfd(0, 0)); }
static int ft__k_timerfd(void) { return FT__MADE(timerfd_create(CLOCK_MONOTONIC, 0)); }
static int ft__k_signalfd(void)
{
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	return FT__MADE(signalfd(-1, &m, 0));
}
static int ft__k_epoll(void) { return FT__MADE(epoll_create1(0)); }
static int ft__k_inotify(void) { return FT__MADE(inotify_init1(0)); }
static int ft__k_memfd(void)
{
	return FT_NEED_CALL((int)syscall(SYS_memfd_create, "fdsuite", 0),
			    "memfd_create", "Linux 3.17");
}
static int ft__k_pidfd(void)
{
	int fd = FT_NEED_CALL((int)syscall(SYS_pidfd_open, getpid(), 0),
			      "pidfd_open", "Linux 5.3");
	/* pidfd_open(2) always sets close-on-exec; the rows promise it clear */
	FT__MADE(fcntl(fd, F_SETFD, 0));
	return fd;
}

const struct ft_fd_kind ft_fd_kinds[FT_NFD_KINDS] = {
	{ "reg", ft__k_reg, "reg" },
	{ "dir", ft__k_dir, "dir" },
	{ "pipe_read", ft__k_pipe_read, "fifo" },
	{ "pipe_write", ft__k_pipe_write, "fifo" },
	{ "fifo", ft__k_fifo, "fifo" },
	{ "unix_stream", ft__k_unix_stream, "sock" },
	{ "unix_dgram", ft__k_unix_dgram, "sock" },
	{ "dev_null", ft__k_dev_null, "chr" },
	{ "eventfd", ft__k_eventfd, "anon" },
	{ "timerfd", ft__k_timerfd, "anon" },
	{ "signalfd", ft__k_signalfd, "anon" },
	{ "epoll", ft__k_epoll, "anon" },
	{ "inotify", ft__k_inotify, "anon" },
	{ "memfd", ft__k_memfd, "reg" },
	{ "pidfd", ft__k_pidfd, NULL }, /* anon before Linux 6.9, pidfs since */
};

/* ---- declared requirements ---------------------------------------------- */

void ft_require(unsigned mask)
{
	struct stat st;
	if ((mask & FT_NEEDS_PROC) && stat("/proc/self", &st) == -1 &&
	    errno == ENOENT)
		ft_skip("needs /proc: proc(5) is not mounted (stat /proc/self: ENOENT)");
	if ((mask & FT_NEEDS_DEV_FD) && stat("/dev/fd", &st) == -1)
		ft_skip("needs /dev/fd: stat /dev/fd: %s", ft_errno_name(errno));
	if (mask & FT_NEEDS_OFD_LOCKS) {
		char path[FT_PATH_MAX];
		int fd = ft_tmpfile("", path);
		unlink(path);
		struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET,
				    .l_len = 1 };
		FT_NEED_FLAG(fcntl(fd, F_OFD_GETLK, &fl),
			     "open file description locks (F_OFD_*)", "Linux 3.15");
		close(fd);
	}
	if (mask & FT_NEEDS_PIDFD)
		close(FT_NEED_CALL((int)syscall(SYS_pidfd_open, getpid(), 0),
				   "pidfd_open", "Linux 5.3"));
	const char *why;
	if ((mask & FT_NEEDS_ROOT) && ft_has_init_cap(CAP_SYS_ADMIN, &why) != 1)
		ft_skip("needs root: %s", why);
}

/* ---- processes ---------------------------------------------------------- */

pid_t ft_fork_at(const char *file, int line)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid == -1)
		ft_fail_(file, line, "fork()", "success", "-1", errno,
			 NULL);
	return pid;
}

/* poll(2) of one descriptor by the system call, so that a fault shim over
   poll() cannot disturb the library's own waiting; ms < 0 waits forever. */
static int ft__sys_poll1(int fd, short events, int ms)
{
	struct pollfd p = { .fd = fd, .events = events };
	struct timespec ts, *tp = NULL;
	if (ms >= 0) {
		ts.tv_sec = ms / 1000;
		ts.tv_nsec = (long)(ms % 1000) * 1000000L;
		tp = &ts;
	}
	return (int)syscall(SYS_ppoll, &p, 1, tp, NULL, (size_t)(_NSIG / 8));
}

static int ft__ms_left(double deadline)
{
	double left = deadline - ft__now_ms();
	return left <= 0 ? 0 : (int)left + 1;
}

/* Waits for SIGCHLD (blocked by the caller) until the deadline, in slices
   of at most 50 ms: in a process with threads another thread may take the
   signal.  1 if one was taken. */
static int ft__sigchld_until(const sigset_t *chld, double deadline)
{
	int ms = ft__ms_left(deadline);
	if (ms > 50)
		ms = 50;
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	return sigtimedwait(chld, NULL, &ts) == SIGCHLD;
}

/* A SIGCHLD the library took from the point: pending again afterwards if
   the point blocks it or handles it. */
static void ft__give_back_sigchld(int taken, const sigset_t *old)
{
	struct sigaction sa;
	if (!taken || sigaction(SIGCHLD, NULL, &sa) == -1)
		return;
	if (sigismember(old, SIGCHLD) ||
	    (sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN))
		raise(SIGCHLD);
}

/* One look at pid: 1 reaped (*st set), -1 waitpid failed, 0 running. */
static int ft__reaped(pid_t pid, int *st)
{
	pid_t r = waitpid(pid, st, WNOHANG);
	if (r == pid)
		return 1;
	return r == -1 && errno != EINTR ? -1 : 0;
}

/* Reaps pid by the deadline (CLOCK_MONOTONIC ms): 1 reaped (*st set), 0
   still running at the deadline, -1 waitpid failed (errno).  Sleeps in
   poll on a pidfd (Linux 5.3) if use_pidfd; else, or where there is none
   (ENOSYS: old kernels, gVisor, valgrind; EMFILE: a full table), in
   sigtimedwait for SIGCHLD. */
static int ft__reap_by(pid_t pid, int *st, double deadline, int use_pidfd)
{
	int res = ft__reaped(pid, st);
	if (res)
		return res;
	/* valgrind does not know pidfd_open and warns on every call */
	static int no_pidfd = -1;
	if (no_pidfd == -1)
		no_pidfd = fd_env_runtime_in(ft_runtime(), "valgrind");
	int pfd = no_pidfd || !use_pidfd ? -1
					 : (int)syscall(SYS_pidfd_open, pid, 0);
	if (pfd == -1 && errno == ENOSYS)
		no_pidfd = 1;
	sigset_t chld, old;
	int taken = 0;
	if (pfd < 0) {
		sigemptyset(&chld);
		sigaddset(&chld, SIGCHLD);
		sigprocmask(SIG_BLOCK, &chld, &old);
	}
	while ((res = ft__reaped(pid, st)) == 0 && ft__ms_left(deadline) > 0) {
		if (pfd >= 0) /* EINTR: look again */
			ft__sys_poll1(pfd, POLLIN, ft__ms_left(deadline));
		else
			taken |= ft__sigchld_until(&chld, deadline);
	}
	int e = errno;
	if (pfd >= 0) {
		syscall(SYS_close, pfd);
	} else {
		ft__give_back_sigchld(taken, &old);
		sigprocmask(SIG_SETMASK, &old, NULL);
	}
	errno = e;
	return res;
}

static volatile sig_atomic_t ft__woken;

static void ft__wake(int sig)
{
	(void)sig; /* only ends a waitpid at its deadline */
	ft__woken = 1;
}

/* A blocking waitpid(pid) that a timer ends at the deadline: 1 reaped, 0
   still running at the deadline, -1 waitpid failed, -2 no timer here.
   For a point and its children.  It opens no descriptor: the point's
   table may be shared (threads, CLONE_FILES) and its numbers watched.
   The timer (timer_create by system call: no -lrt on older glibc) sends
   SIGRTMAX to this thread only; its handler is installed, and the signal
   unblocked, for the wait alone. */
static int ft__waitpid_by(pid_t pid, int *st, double deadline)
{
	struct {
		union sigval value;
		int signo, notify, tid;
		int pad[13];
	} ev; /* the kernel's struct sigevent with SIGEV_THREAD_ID */
	int sig = SIGRTMAX, timer = -1, res = -2;
	sigset_t wake, old;
	sigemptyset(&wake);
	sigaddset(&wake, sig);
	sigprocmask(SIG_BLOCK, &wake, &old);
	struct sigaction sa, old_sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ft__wake; /* no SA_RESTART: waitpid fails with EINTR */
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, &old_sa) == -1)
		goto out_mask;
	memset(&ev, 0, sizeof ev);
	ev.signo = sig;
	ev.notify = 4; /* SIGEV_THREAD_ID */
	ev.tid = (int)syscall(SYS_gettid);
	if (syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &timer) == -1)
		goto out_action;
	int ms = ft__ms_left(deadline);
	struct itimerspec its = { { 0, 0 },
				  { ms / 1000, (long)(ms % 1000) * 1000000L } };
	if (syscall(SYS_timer_settime, timer, 0, &its, NULL) == -1)
		goto out_timer;
	ft__woken = 0;
	sigset_t during = old;
	sigdelset(&during, sig);
	sigprocmask(SIG_SETMASK, &during, NULL);
	for (;;) {
		pid_t r = waitpid(pid, st, 0);
		if (r == pid) {
			res = 1;
			break;
		}
		if (r == -1 && errno != EINTR) {
			res = -1;
			break;
		}
		if (ft__woken) {
			res = 0;
			break;
		}
	}
	sigprocmask(SIG_BLOCK, &wake, NULL);
out_timer:;
	int e = errno;
	syscall(SYS_timer_delete, timer);
	struct timespec zero = { 0, 0 };
	while (sigtimedwait(&wake, NULL, &zero) == sig)
		; /* a late expiry */
	errno = e;
out_action:
	sigaction(sig, &old_sa, NULL);
out_mask:
	e = errno;
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return res;
}

int ft_wait_at(const char *file, int line, pid_t pid, int timeout_ms)
{
	if (timeout_ms <= 0)
		timeout_ms = FT_DEFAULT_TIMEOUT_MS / 2;
	int st = 0;
	double deadline = ft__now_ms() + ft_scaled_ms(timeout_ms);
	int r = ft__waitpid_by(pid, &st, deadline);
	if (r == -2) /* no timer: SIGCHLD */
		r = ft__reap_by(pid, &st, deadline, 0);
	if (r == 1)
		return st;
	if (r == -1)
		ft_fail_(file, line, "waitpid", "the child", "-1", errno,
			 "waitpid(%d) failed", (int)pid);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	ft_fail_(file, line, "waitpid", "child exits in time",
		 "still running", -1,
		 "child %d did not finish within %d ms; killed", (int)pid,
		 ft_scaled_ms(timeout_ms));
}

/* Reads a small /proc file by system calls (no fault shim in the way):
   its length, or -1 with errno. */
static int ft__read_proc(const char *path, char *buf, size_t n)
{
	int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	long r = syscall(SYS_read, fd, buf, n - 1);
	int e = errno;
	syscall(SYS_close, fd);
	errno = e;
	if (r < 0)
		return -1;
	buf[r] = 0;
	return (int)r;
}

/* Whether /proc/.../syscall numbers are this program's: it shows the
   kernel's view, which under an emulator (qemu-user running another
   architecture) is the host's numbering.  Our own read of it reads as
   the call we made to read it. */
static int ft__calls_comparable(void)
{
	static int known = -1;
	if (known == -1) {
		char path[64], buf[256];
		snprintf(path, sizeof path, "/proc/self/task/%ld/syscall",
			 (long)syscall(SYS_gettid));
		char *end;
		known = ft__read_proc(path, buf, sizeof buf) > 0 &&
			strtol(buf, &end, 10) == SYS_read && end != buf;
	}
	return known;
}

int ft_wait_blocked(pid_t tid, long nr, int timeout_ms)
{
	char stat[96], call[96], buf[512];
	if (timeout_ms <= 0)
		timeout_ms = FT_DEFAULT_TIMEOUT_MS / 2;
	if (ft__read_proc("/proc/self/stat", buf, sizeof buf) < 0) {
		ft_note("no /proc here: waited a fixed %d ms window for task %d "
			"to block instead of seeing it asleep in its call",
			ft_scaled_ms(FT_BLOCK_WINDOW_MS), (int)tid);
		ft_msleep(ft_scaled_ms(FT_BLOCK_WINDOW_MS));
		return 1;
	}
	/* a thread of this process, else a process (its main thread) */
	snprintf(stat, sizeof stat, "/proc/self/task/%d/stat", (int)tid);
	snprintf(call, sizeof call, "/proc/self/task/%d/syscall", (int)tid);
	if (ft__read_proc(stat, buf, sizeof buf) < 0) {
		snprintf(stat, sizeof stat, "/proc/%d/task/%d/stat", (int)tid,
			 (int)tid);
		snprintf(call, sizeof call, "/proc/%d/task/%d/syscall",
			 (int)tid, (int)tid);
	}
	int by_call = nr >= 0 && ft__calls_comparable();
	double deadline = ft__now_ms() + ft_scaled_ms(timeout_ms);
	char state = '?';
	long in = -1;
	for (int round = 0;; round++) {
		if (ft__read_proc(stat, buf, sizeof buf) < 0)
			return 0; /* gone: the thread exited */
		char *e = strrchr(buf, ')');
		state = e && e[1] == ' ' ? e[2] : '?';
		if (state == 'Z' || state == 'X')
			return 0;
		if (state == 'S') {
			if (!by_call)
				return 1;
			if (ft__read_proc(call, buf, sizeof buf) <= 0) {
				by_call = 0; /* unreadable here: the state will do */
				return 1;
			}
			char *end;
			in = strtol(buf, &end, 10);
			if (end == buf)
				in = -1; /* "running" */
			else if (in == nr)
				return 1;
		}
		if (ft__now_ms() > deadline)
			ft_fail_(__FILE__, __LINE__, "ft_wait_blocked",
				 "asleep in the call", "not blocked", -1,
				 "task %d did not block in system call %ld "
				 "within %d ms (state %c, in call %ld)",
				 (int)tid, nr, ft_scaled_ms(timeout_ms), state,
				 in);
		/* the polling of this wait: yield first, then naps from
		   10 us up to 1 ms, bounded by the deadline */
		if (round < 20) {
			sched_yield();
		} else {
			long us = 10L << (round - 20 < 7 ? round - 20 : 7);
			struct timespec ts = { 0, (us > 1000 ? 1000 : us) * 1000L };
			nanosleep(&ts, NULL);
		}
	}
}

int ft_wait_exit_at(const char *file, int line, pid_t pid, int timeout_ms)
{
	int st = ft_wait_at(file, line, pid, timeout_ms);
	if (WIFSIGNALED(st)) {
		char obs[64];
		snprintf(obs, sizeof obs, "killed by %s",
			 ft_signal_name(WTERMSIG(st)));
		ft_fail_(file, line, "wait for child", "normal exit",
			 obs, -1, "child %d was %s", (int)pid, obs);
	}
	return WEXITSTATUS(st);
}

int ft_poll_in_at(const char *file, int line, int fd, int timeout_ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	double deadline = ft__now_ms() + ft_scaled_ms(timeout_ms);
	for (;;) {
		int left = (int)(deadline - ft__now_ms());
		int r = poll(&p, 1, left < 0 ? 0 : left);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1)
			ft_fail_(file, line, "poll", "success", "-1",
				 errno, NULL);
		return r > 0;
	}
}

/* ---- fdprobe ------------------------------------------------------------- */

const char *ft_fixture(const char *name)
{
	static char path[PATH_MAX];
	const char *dir = getenv("FDSUITE_FIXTURES");
	if (dir && *dir) {
		snprintf(path, sizeof path, "%s/%s", dir, name);
		return path;
	}
	/* build/cases/AREA/CASE -> build/fixtures/NAME */
	char exe[PATH_MAX];
	ssize_t r = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (r > 0) {
		exe[r] = 0;
		for (int i = 0; i < 3; i++) {
			char *s = strrchr(exe, '/');
			if (s)
				*s = 0;
		}
		snprintf(path, sizeof path, "%s/fixtures/%s", exe, name);
		if (access(path, X_OK) == 0)
			return path;
	}
	snprintf(path, sizeof path, "fixtures/%s", name);
	return path;
}

void ft_probe_parse_at(const char *file, int line, const char *text,
		       struct ft_probe *out)
{
	out->n = 0;
	for (const char *l = text; *l;) {
		struct ft_probe_fd f = { 0 };
		char type[16] = "";
		if (sscanf(l, "fd=%d fdflags=%d flflags=%d offset=%lld type=%15s ino=%llu",
			   &f.fd, &f.fdflags, &f.flflags, &f.offset, type,
			   &f.ino) == 6 &&
		    out->n < FT_PROBE_MAX) {
			if (f.fdflags == -1 || f.flflags == -1)
				ft_fail_(file, line, "fdprobe report",
					 "the flags of every descriptor",
					 "-1 (F_GETFD or F_GETFL failed)", -1,
					 "fdprobe could not read the flags of fd %d in the new image",
					 f.fd);
			ft__copy(f.type, sizeof f.type, type);
			out->fds[out->n++] = f;
		}
		const char *nl = strchr(l, '\n');
		if (!nl)
			break;
		l = nl + 1;
	}
}

void ft_exec_probe_at(const char *file, int line, struct ft_probe *out,
		      void (*prep)(void *), void *arg)
{
	static int seq;
	char report[PATH_MAX];
	snprintf(report, sizeof report, "%s/fdprobe.%d.%d.out",
		 ft__scratch[0] ? ft__scratch : "/tmp", (int)getpid(), seq++);
#ifdef FT_STANDALONE
	/* a standalone reproducer is its own probe */
	const char *probe = "/proc/self/exe";
#else
	const char *probe = ft_fixture("fdprobe");
#endif
	pid_t pid = ft_fork_at(file, line);
	if (pid == 0) {
		if (prep)
			prep(arg);
#ifdef FT_STANDALONE
		execl(probe, "fdprobe", "--fdprobe", report, (char *)NULL);
#else
		execl(probe, "fdprobe", report, (char *)NULL);
#endif
		ft_fail_(file, line, "execl(fdprobe)", "success", "-1",
			 errno, "cannot exec %s", probe);
	}
	int code = ft_wait_exit_at(file, line, pid, 0);
	if (code != 0)
		ft_fail_(file, line, "fdprobe", "exit 0", "non-zero",
			 -1, "fdprobe exited with %d", code);
	char text[FT_PROBE_MAX * 96 + 64];
	int fd = (int)syscall(SYS_openat, AT_FDCWD, report, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		ft_fail_(file, line, "open(fdprobe report)", "success",
			 "-1", errno, "fdprobe left no report at %s", report);
	size_t got = 0;
	long r;
	while (got + 1 < sizeof text &&
	       (r = syscall(SYS_read, fd, text + got, sizeof text - 1 - got)) > 0)
		got += (size_t)r;
	text[got] = 0;
	syscall(SYS_close, fd);
	syscall(SYS_unlinkat, AT_FDCWD, report, 0);
	if (!strstr(text, "end\n"))
		ft_fail_(file, line, "fdprobe report", "complete",
			 "truncated", -1, "fdprobe report is incomplete");
	ft_probe_parse_at(file, line, text, out);
}

const struct ft_probe_fd *ft_probe_find(const struct ft_probe *p, int fd)
{
	for (int i = 0; i < p->n; i++)
		if (p->fds[i].fd == fd)
			return &p->fds[i];
	return NULL;
}

/* ---- running points ------------------------------------------------------ */

static void ft__yaml_str(const char *key, const char *v)
{
	printf("  %s: \"", key);
	for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p == '\n')
			printf("\\n");
		else if (*p < 32 || *p == 127)
			printf("\\x%02x", *p);
		else
			putchar(*p);
	}
	printf("\"\n");
}

static const char *ft__scratch_base(void)
{
	const char *t = getenv("TMPDIR");
	return t && *t ? t : "/tmp";
}

/* In the point's child: run it, then check it left no descriptor open. */
static void ft__point_child(const struct ft_point *p)
{
	static int before[4096], after[4096];
	setpgid(0, 0);
	sigset_t none; /* dispositions were reset once in main() */
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	if (chdir(ft__scratch) == -1)
		ft_fail_(__FILE__, __LINE__, "chdir(scratch directory)", "success", "-1",
			 errno, "cannot enter %s", ft__scratch);
	ft_require(ft_case_needs | p->opts->needs);
	int nb = ft__list_fds_raw(before, 4096);
	if (p->rowfn)
		p->rowfn(p->row);
	else
		p->fn();
	int na = ft__list_fds_raw(after, 4096);
	char left[512] = "";
	for (int i = 0; i < na; i++) {
		int seen = 0;
		for (int j = 0; j < nb && !seen; j++)
			seen = before[j] == after[i];
		if (!seen && strlen(left) < sizeof left - 16)
			snprintf(left + strlen(left), sizeof left - strlen(left),
				 "%s%d", left[0] ? " " : "", after[i]);
	}
	if (left[0])
		ft_fail_(__FILE__, __LINE__, "fd table after the point",
			 "as before the point", left, -1,
			 "case defect: the point left fd(s) %s open", left);
	_exit(0);
}

/* Reap whatever is left in the point's process group (and orphans that
   were reparented to us).  Returns how many were still running. */
static int ft__sweep_group(pid_t pgid)
{
	/* Members still running are children of the point's processes or,
	   orphaned, ours (we are a subreaper): each exit of ours raises
	   SIGCHLD, which is blocked so that none is lost between looks. */
	sigset_t chld, old;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &old);
	int left = 0;
	double until = ft__now_ms() + 200;
	for (;;) {
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		if (kill(-pgid, 0) != 0)
			break;
		if (ft__now_ms() > until) {
			if (left)
				break;
			left = 1;
			kill(-pgid, SIGKILL);
			until = ft__now_ms() + 2000;
		}
		ft__sigchld_until(&chld, until);
	}
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	sigprocmask(SIG_SETMASK, &old, NULL);
	return left;
}

static int ft__run_point(int num, const struct ft_point *p)
{
	memset(ft__shared, 0, sizeof *ft__shared);
	snprintf(ft__scratch, sizeof ft__scratch, "%s/fdtest.XXXXXX", ft__scratch_base());
	if (!mkdtemp(ft__scratch)) {
		int e = errno;
		char why[PATH_MAX + 64];
		snprintf(why, sizeof why, "cannot create a scratch directory "
			 "in %s: %s", ft__scratch_base(), ft_errno_name(e));
		printf("not ok %d - %s/%s\n", num, ft__case_name, p->name);
		printf("  ---\n");
		ft__yaml_str("message", why);
		printf("  ...\n");
		ft__scratch[0] = 0;
		return 1;
	}
	int timeout = ft_scaled_ms(p->opts->timeout_ms > 0
					   ? p->opts->timeout_ms
					   : FT_DEFAULT_TIMEOUT_MS);
	fflush(NULL);
	double t0 = ft__now_ms();
	pid_t pid = fork();
	int fork_errno = errno; /* the cleanup below overwrites errno */
	if (pid == 0)
		ft__point_child(p);
	int st = 0, timed_out = 0, forked = pid > 0;
	if (forked) {
		setpgid(pid, pid); /* as the child does: no race either way */
		int r = ft__reap_by(pid, &st, t0 + timeout, 1);
		if (r != 1) {
			timed_out = r == 0;
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
		}
	}
	double dur = ft__now_ms() - t0;
	int strays = forked ? ft__sweep_group(pid) : 0;
	fd_remove_tree(ft__scratch);
	ft__scratch[0] = 0;

	/* verdict */
	const char *reason = NULL;
	char why[256];
	int fail = 0;
	if (!forked) {
		fail = 1;
		snprintf(why, sizeof why, "fork failed: %s",
			 ft_errno_name(fork_errno));
		reason = why;
	} else if (timed_out) {
		fail = 1;
		snprintf(why, sizeof why,
			 "timed out: the point did not finish within %d ms",
			 timeout);
		reason = why;
	} else if (ft__shared->claimed && ft__shared->kind == ft__R_FAIL) {
		fail = 1;
	} else if (ft__shared->claimed && ft__shared->kind == ft__R_SKIP) {
		fail = 0;
	} else if (WIFSIGNALED(st)) {
		fail = 1;
		snprintf(why, sizeof why, "the point was killed by %s",
			 ft_signal_name(WTERMSIG(st)));
		reason = why;
	} else if (WEXITSTATUS(st) != 0) {
		fail = 1;
		snprintf(why, sizeof why, "the point exited with status %d",
			 WEXITSTATUS(st));
		reason = why;
	} else if (strays) {
		fail = 1;
		reason = "case defect: the point left processes running "
			 "(killed)";
	}
	int skipped = !fail && ft__shared->claimed && ft__shared->kind == ft__R_SKIP;

	const char *xf = p->opts->xfail;
	int expected = xf && fd_env_runtime_in(ft_runtime(), xf);
	printf("%s %d - %s/%s", fail ? "not ok" : "ok", num, ft__case_name,
	       p->name);
	if (skipped)
		printf(" # SKIP %s", ft__shared->message);
	else if (expected)
		printf(" # TODO expected to fail under %s", xf);
	printf("\n");
	if (fail || getenv("FT_TIMING")) {
		printf("  ---\n");
		if (fail) {
			if (reason)
				ft__yaml_str("message", reason);
			else if (ft__shared->message[0])
				ft__yaml_str("message", ft__shared->message);
			if (ft__shared->call[0])
				ft__yaml_str("call", ft__shared->call);
			if (ft__shared->expected[0])
				ft__yaml_str("expected", ft__shared->expected);
			if (ft__shared->observed[0])
				ft__yaml_str("observed", ft__shared->observed);
			if (ft__shared->err > 0)
				ft__yaml_str("errno", ft_errno_name(ft__shared->err));
			if (ft__shared->at[0])
				ft__yaml_str("at", ft__shared->at);
			ft__yaml_str("cite", ft_case_info.cite);
			ft__yaml_str("runtime", ft_runtime());
		}
		printf("  duration_ms: %.3f\n", dur);
		printf("  ...\n");
	}
	if (ft__shared->notes_len > 0) {
		int n = ft__shared->notes_len < (int)sizeof ft__shared->notes
				? ft__shared->notes_len
				: (int)sizeof ft__shared->notes;
		for (char *l = ft__shared->notes; l < ft__shared->notes + n;) {
			char *nl = memchr(l, '\n', (size_t)(ft__shared->notes + n - l));
			int len = nl ? (int)(nl - l) : (int)(ft__shared->notes + n - l);
			printf("# %.*s\n", len, l);
			l += len + 1;
		}
	}
	fflush(stdout);
	return fail && !expected;
}

static int ft__by_line(const void *a, const void *b)
{
	const struct ft_point *pa = a, *pb = b;
	return pa->line != pb->line ? pa->line - pb->line : pa->seq - pb->seq;
}

static void ft__derive_case_name(void)
{
	const char *f = ft_case_info.file;
	const char *c = NULL;
	for (const char *p = f; (p = strstr(p, "cases/")); p++)
		c = p + 6;
	if (!c) {
		c = strrchr(f, '/');
		c = c ? c + 1 : f;
	}
	snprintf(ft__case_name, sizeof ft__case_name, "%s", c);
	size_t n = strlen(ft__case_name);
	if (n > 2 && strcmp(ft__case_name + n - 2, ".c") == 0)
		ft__case_name[n - 2] = 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--fdprobe") == 0)
		return ft_fdprobe_main(argv[2]);
	ft__derive_case_name();
	qsort(ft__points, (size_t)ft__npoints, sizeof ft__points[0], ft__by_line);
	int sel[FT_MAX_POINTS], nsel = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--list") == 0) {
			for (int j = 0; j < ft__npoints; j++)
				printf("%s/%s\n", ft__case_name, ft__points[j].name);
			return 0;
		}
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			printf("usage: %s [--list] [POINT...]\n%s\n  %s\n  cite: %s\n",
			       argv[0], ft__case_name, ft_case_info.summary,
			       ft_case_info.cite);
			return 0;
		}
		const char *want = argv[i];
		const char *slash = strrchr(want, '/');
		if (slash)
			want = slash + 1;
		int found = -1;
		for (int j = 0; j < ft__npoints; j++)
			if (strcmp(ft__points[j].name, want) == 0)
				found = j;
		if (found < 0) {
			fprintf(stderr, "%s: no point named '%s' (try --list)\n",
				ft__case_name, argv[i]);
			return 2;
		}
		sel[nsel++] = found;
	}
#ifdef FT_DEFAULT_POINT
	for (int j = 0; nsel == 0 && j < ft__npoints; j++)
		if (strcmp(ft__points[j].name, FT_DEFAULT_POINT) == 0)
			sel[nsel++] = j;
#endif
	if (nsel == 0)
		for (int j = 0; j < ft__npoints; j++)
			sel[nsel++] = j;

	fd_reset_signals();
	umask(022); /* files get the modes the points ask for */
	(void)ft_runtime(); /* detected once, before any point fills its table */
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	ft__shared = mmap(NULL, sizeof *ft__shared, PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (ft__shared == MAP_FAILED) {
		printf("TAP version 13\n1..0 # SKIP cannot map the memory shared with the points\n");
		return 1;
	}
	printf("TAP version 13\n1..%d\n# case: %s\n# cite: %s\n", nsel,
	       ft_case_info.summary, ft_case_info.cite);
	fflush(stdout);
	int failed = 0;
	for (int i = 0; i < nsel; i++)
		failed += ft__run_point(i + 1, &ft__points[sel[i]]);
	return failed ? 1 : 0;
}
