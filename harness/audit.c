/*
 * audit.c - the start-up audit (see audit.h): capture, the key=value
 * format, and the judged points.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "audit.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define AUDIT_ON_VALGRIND() RUNNING_ON_VALGRIND
#else
#define AUDIT_ON_VALGRIND() 0
#endif

#ifndef PR_GET_NO_NEW_PRIVS
#define PR_GET_NO_NEW_PRIVS 39
#endif
#define AUDIT_SCAN_MAX (1 << 20) /* F_GETFD scan bound without /proc */

/* ---- capture ---------------------------------------------------------------- */

static const char *audit__type(int fd)
{
	struct stat st;
	if (fstat(fd, &st) != 0)
		return "?";
	switch (st.st_mode & S_IFMT) {
	case S_IFREG: return "reg";
	case S_IFDIR: return "dir";
	case S_IFIFO: return "fifo";
	case S_IFSOCK: return "sock";
	case S_IFCHR: return "chr";
	case S_IFBLK: return "blk";
	case S_IFLNK: return "lnk";
	}
	return "anon";
}

/* a small file's text, newlines turned into "; ", trailing ones dropped */
static void audit__read_joined(const char *path, char *out, size_t n)
{
	char buf[1024];
	snprintf(out, n, "unreadable");
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		snprintf(out, n, "unreadable: %s", strerror(errno));
		return;
	}
	ssize_t r = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (r < 0)
		return;
	buf[r] = 0;
	size_t o = 0;
	out[0] = 0;
	for (char *l = buf; *l && o + 1 < n;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		/* squeeze the column padding */
		char word[256];
		size_t w = 0;
		int space = 0;
		for (char *c = l; *c && w + 1 < sizeof word; c++) {
			if (*c == ' ' || *c == '\t') {
				space = w > 0;
				continue;
			}
			if (space)
				word[w++] = ' ';
			space = 0;
			word[w++] = *c;
		}
		word[w] = 0;
		if (w)
			o += (size_t)snprintf(out + o, n - o, "%s%s", o ? "; " : "", word);
		if (!nl)
			break;
		l = nl + 1;
	}
	if (o >= n)
		out[n - 1] = 0;
}

static int audit__cmp_int(const void *x, const void *y)
{
	return *(const int *)x - *(const int *)y;
}

static void audit__add(struct audit *a, int *nums, int fd)
{
	if (a->fd_count < AUDIT_MAX_FDS)
		nums[a->fd_count] = fd;
	a->fd_count++;
}

void audit_capture(struct audit *a)
{
	int saved = errno;
	memset(a, 0, sizeof *a);
	a->pid = (int)getpid();

	/* Descriptors: from /proc/self/fd where this process is visible in a
	   mounted procfs (the listing's own descriptor left out, and only
	   numbers F_GETFD confirms: valgrind hides its own), else every
	   number below the soft limit (capped) by F_GETFD. */
	int nums[AUDIT_MAX_FDS];
	DIR *d = opendir("/proc/self/fd");
	if (d) {
		struct dirent *e;
		/* valgrind keeps its own descriptors at and above the soft
		   limit it shows the program; they are the tool's, not the
		   program's inheritance */
		struct rlimit rl;
		long tool_from = -1, tool = 0;
		if (AUDIT_ON_VALGRIND() && getrlimit(RLIMIT_NOFILE, &rl) == 0 &&
		    rl.rlim_cur != RLIM_INFINITY)
			tool_from = (long)rl.rlim_cur;
		while ((e = readdir(d)) != NULL) {
			char *end;
			long fd = strtol(e->d_name, &end, 10);
			if (end == e->d_name || *end || fd == dirfd(d))
				continue;
			if (fcntl((int)fd, F_GETFD) == -1)
				continue;
			if (tool_from >= 0 && fd >= tool_from) {
				tool++;
				continue;
			}
			audit__add(a, nums, (int)fd);
		}
		closedir(d);
		if (tool)
			snprintf(a->fd_source, sizeof a->fd_source,
				 "/proc/self/fd; valgrind's %ld left out", tool);
		else
			snprintf(a->fd_source, sizeof a->fd_source, "/proc/self/fd");
	} else {
		struct rlimit rl;
		long lim = 1024;
		if (getrlimit(RLIMIT_NOFILE, &rl) == 0)
			lim = rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > AUDIT_SCAN_MAX
				      ? AUDIT_SCAN_MAX
				      : (long)rl.rlim_cur;
		snprintf(a->fd_source, sizeof a->fd_source,
			 "F_GETFD scan below %ld", lim);
		for (long fd = 0; fd < lim; fd++)
			if (fcntl((int)fd, F_GETFD) != -1)
				audit__add(a, nums, (int)fd);
	}
	a->nfds = a->fd_count < AUDIT_MAX_FDS ? a->fd_count : AUDIT_MAX_FDS;
	qsort(nums, (size_t)a->nfds, sizeof nums[0], audit__cmp_int);
	for (int i = 0; i < a->nfds; i++) {
		struct audit_fd *f = &a->fds[i];
		char link[64];
		f->fd = nums[i];
		f->fdflags = fcntl(f->fd, F_GETFD);
		f->flflags = fcntl(f->fd, F_GETFL);
		snprintf(f->type, sizeof f->type, "%s", audit__type(f->fd));
		snprintf(link, sizeof link, "/proc/self/fd/%d", f->fd);
		ssize_t r = readlink(link, f->target, sizeof f->target - 1);
		f->target[r > 0 ? r : 0] = 0;
		struct stat st;
		if (r <= 0 && fstat(f->fd, &st) == 0) /* no /proc: identify it */
			snprintf(f->target, sizeof f->target, "[dev %u:%u ino %llu]",
				 major(st.st_dev), minor(st.st_dev),
				 (unsigned long long)st.st_ino);
	}

	/* Signals: dispositions and the mask, as inherited. */
	for (int s = 1; s < NSIG && s <= 64; s++) {
		struct sigaction old;
		if (sigaction(s, NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) &&
		    old.sa_handler == SIG_IGN)
			a->ignored |= 1ULL << (s - 1);
	}
	sigset_t mask;
	if (sigprocmask(SIG_BLOCK, NULL, &mask) == 0)
		for (int s = 1; s < NSIG && s <= 64; s++)
			if (sigismember(&mask, s) == 1)
				a->blocked |= 1ULL << (s - 1);

	/* Recorded, not judged. */
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
		if (rl.rlim_cur == RLIM_INFINITY)
			snprintf(a->nofile_soft, sizeof a->nofile_soft, "unlimited");
		else
			snprintf(a->nofile_soft, sizeof a->nofile_soft, "%llu",
				 (unsigned long long)rl.rlim_cur);
		if (rl.rlim_max == RLIM_INFINITY)
			snprintf(a->nofile_hard, sizeof a->nofile_hard, "unlimited");
		else
			snprintf(a->nofile_hard, sizeof a->nofile_hard, "%llu",
				 (unsigned long long)rl.rlim_max);
	} else {
		snprintf(a->nofile_soft, sizeof a->nofile_soft, "unknown");
		snprintf(a->nofile_hard, sizeof a->nofile_hard, "unknown");
	}
	mode_t um = umask(0);
	umask(um);
	snprintf(a->umask, sizeof a->umask, "%04o", (unsigned)um);
	int nnp = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	if (nnp == -1)
		snprintf(a->no_new_privs, sizeof a->no_new_privs, "unknown: %s",
			 strerror(errno));
	else
		snprintf(a->no_new_privs, sizeof a->no_new_privs, "%d", nnp);
	if (!getcwd(a->cwd, sizeof a->cwd))
		snprintf(a->cwd, sizeof a->cwd, "unknown: %s", strerror(errno));
	audit__read_joined("/proc/self/uid_map", a->uid_map, sizeof a->uid_map);
	audit__read_joined("/proc/self/gid_map", a->gid_map, sizeof a->gid_map);
	const char *v;
	if ((v = getenv("LISTEN_FDS")))
		snprintf(a->listen_fds, sizeof a->listen_fds, "%s", v);
	if ((v = getenv("LISTEN_PID")))
		snprintf(a->listen_pid, sizeof a->listen_pid, "%s", v);
	if ((v = getenv("FDSUITE_ALLOW_FDS")))
		snprintf(a->allow_fds, sizeof a->allow_fds, "%s", v);
	errno = saved;
}

/* ---- the text format -------------------------------------------------------- */

struct audit__out {
	char *buf;
	size_t len, cap;
};

static void audit__put(struct audit__out *o, const char *fmt, ...)
{
	va_list ap;
	for (;;) {
		va_start(ap, fmt);
		int n = vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
		va_end(ap);
		if (n < 0)
			return;
		if (o->len + (size_t)n < o->cap) {
			o->len += (size_t)n;
			return;
		}
		size_t cap = o->cap * 2 + (size_t)n;
		char *b = realloc(o->buf, cap);
		if (!b)
			return;
		o->buf = b;
		o->cap = cap;
	}
}

static void audit__put_value(struct audit__out *o, const char *key, const char *v)
{
	audit__put(o, "%s=", key);
	for (; *v; v++) {
		if (*v == '\\')
			audit__put(o, "\\\\");
		else if (*v == '\n')
			audit__put(o, "\\n");
		else
			audit__put(o, "%c", *v);
	}
	audit__put(o, "\n");
}

static void audit__put_sigs(struct audit__out *o, const char *key,
			    unsigned long long set)
{
	audit__put(o, "%s=", key);
	int first = 1;
	for (int s = 1; s <= 64; s++)
		if (set & (1ULL << (s - 1))) {
			audit__put(o, "%s%d", first ? "" : " ", s);
			first = 0;
		}
	audit__put(o, "\n");
}

int audit_write(const struct audit *a, int fd)
{
	struct audit__out o = { malloc(4096), 0, 4096 };
	if (!o.buf)
		return -1;
	o.buf[0] = 0;
	audit__put(&o, "%s\npid=%d\n", AUDIT_FORMAT, a->pid);
	audit__put_value(&o, "fd_source", a->fd_source);
	audit__put(&o, "fd_count=%d\n", a->fd_count);
	for (int i = 0; i < a->nfds; i++) {
		const struct audit_fd *f = &a->fds[i];
		char head[128];
		snprintf(head, sizeof head, "%d fdflags=%#x flflags=%#x type=%s target",
			 f->fd, (unsigned)f->fdflags, (unsigned)f->flflags, f->type);
		audit__put(&o, "fd=%s", head);
		audit__put_value(&o, "", f->target);
	}
	audit__put_sigs(&o, "sig_ignored", a->ignored);
	audit__put_sigs(&o, "sig_blocked", a->blocked);
	audit__put_value(&o, "nofile_soft", a->nofile_soft);
	audit__put_value(&o, "nofile_hard", a->nofile_hard);
	audit__put_value(&o, "umask", a->umask);
	audit__put_value(&o, "no_new_privs", a->no_new_privs);
	audit__put_value(&o, "cwd", a->cwd);
	audit__put_value(&o, "uid_map", a->uid_map);
	audit__put_value(&o, "gid_map", a->gid_map);
	audit__put_value(&o, "listen_fds", a->listen_fds);
	audit__put_value(&o, "listen_pid", a->listen_pid);
	audit__put_value(&o, "allow_fds", a->allow_fds);
	size_t off = 0;
	int rc = 0;
	while (off < o.len) {
		ssize_t w = write(fd, o.buf + off, o.len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			rc = -1;
			break;
		}
		off += (size_t)w;
	}
	free(o.buf);
	return rc;
}

int audit_write_file(const struct audit *a, const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd == -1)
		return -1;
	int rc = audit_write(a, fd);
	if (close(fd) != 0)
		rc = -1;
	return rc;
}

static void audit__unescape(char *dst, size_t n, const char *src)
{
	size_t o = 0;
	for (; *src && o + 1 < n; src++) {
		if (*src == '\\' && src[1] == 'n') {
			dst[o++] = '\n';
			src++;
		} else if (*src == '\\' && src[1] == '\\') {
			dst[o++] = '\\';
			src++;
		} else
			dst[o++] = *src;
	}
	dst[o] = 0;
}

static int audit__parse_sigs(const char *v, unsigned long long *set)
{
	*set = 0;
	while (*v) {
		char *end;
		long s = strtol(v, &end, 10);
		if (end == v || s < 1 || s > 64)
			return -1;
		*set |= 1ULL << (s - 1);
		v = end;
		while (*v == ' ')
			v++;
	}
	return 0;
}

int audit_parse(struct audit *a, const char *text, char *err, size_t errlen)
{
	memset(a, 0, sizeof *a);
	a->pid = -1;
	size_t fl = strlen(AUDIT_FORMAT);
	if (strncmp(text, AUDIT_FORMAT, fl) != 0 || text[fl] != '\n') {
		snprintf(err, errlen, "not an %s file", AUDIT_FORMAT);
		return -1;
	}
	int lineno = 1;
	for (const char *l = text + fl + 1; *l; lineno++) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) : strlen(l);
		char line[1024];
		if (n >= sizeof line) {
			snprintf(err, errlen, "line %d is too long", lineno + 1);
			return -1;
		}
		memcpy(line, l, n);
		line[n] = 0;
		l = nl ? nl + 1 : l + n;
		char *eq = strchr(line, '=');
		if (!eq) {
			snprintf(err, errlen, "line %d has no '='", lineno + 1);
			return -1;
		}
		*eq = 0;
		const char *k = line, *v = eq + 1;
		int bad = 0;
#define AUDIT_STR(name)                                                       \
	else if (strcmp(k, #name) == 0)                                       \
		audit__unescape(a->name, sizeof a->name, v)
		if (strcmp(k, "pid") == 0)
			a->pid = atoi(v);
		else if (strcmp(k, "fd_count") == 0)
			a->fd_count = atoi(v);
		else if (strcmp(k, "fd") == 0) {
			if (a->nfds == AUDIT_MAX_FDS) {
				bad = 1;
			} else {
				struct audit_fd *f = &a->fds[a->nfds];
				unsigned fdf, flf;
				int used = 0;
				if (sscanf(v, "%d fdflags=%x flflags=%x type=%7s target=%n",
					   &f->fd, &fdf, &flf, f->type, &used) != 4 || !used)
					bad = 1;
				else {
					f->fdflags = (int)fdf;
					f->flflags = (int)flf;
					audit__unescape(f->target, sizeof f->target, v + used);
					a->nfds++;
				}
			}
		} else if (strcmp(k, "sig_ignored") == 0)
			bad = audit__parse_sigs(v, &a->ignored);
		else if (strcmp(k, "sig_blocked") == 0)
			bad = audit__parse_sigs(v, &a->blocked);
		AUDIT_STR(fd_source);
		AUDIT_STR(nofile_soft);
		AUDIT_STR(nofile_hard);
		AUDIT_STR(umask);
		AUDIT_STR(no_new_privs);
		AUDIT_STR(cwd);
		AUDIT_STR(uid_map);
		AUDIT_STR(gid_map);
		AUDIT_STR(listen_fds);
		AUDIT_STR(listen_pid);
		AUDIT_STR(allow_fds);
		/* unknown keys are left for later versions */
#undef AUDIT_STR
		if (bad) {
			snprintf(err, errlen, "line %d: bad %s value '%s'", lineno + 1, k, v);
			return -1;
		}
	}
	if (a->pid < 0 || a->fd_count < a->nfds) {
		snprintf(err, errlen, "incomplete audit: %s",
			 a->pid < 0 ? "no pid" : "fd_count below the fd lines");
		return -1;
	}
	return 0;
}

int audit_read_file(struct audit *a, const char *path, char *err, size_t errlen)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap + 1);
	ssize_t r = 0;
	while (buf && len < cap && (r = read(fd, buf + len, cap - len)) > 0)
		len += (size_t)r;
	int e = errno;
	close(fd);
	if (!buf || r < 0) {
		snprintf(err, errlen, "cannot read %s: %s", path, strerror(buf ? e : ENOMEM));
		free(buf);
		return -1;
	}
	buf[len] = 0;
	int rc = audit_parse(a, buf, err, errlen);
	free(buf);
	return rc;
}

/* ---- judging ---------------------------------------------------------------- */

int audit_listen_count(const struct audit *a)
{
	char *end;
	if (!a->listen_pid[0] || !a->listen_fds[0])
		return 0;
	long pid = strtol(a->listen_pid, &end, 10);
	if (*end || pid != a->pid)
		return 0;
	long n = strtol(a->listen_fds, &end, 10);
	if (*end || n < 0 || n > 65536)
		return 0;
	return (int)n;
}

int audit_declared(const struct audit *a, int fd)
{
	if (fd >= 3 && fd < 3 + audit_listen_count(a))
		return 1;
	for (const char *p = a->allow_fds; *p;) {
		char *end;
		long v = strtol(p, &end, 10);
		if (end == p) {
			p++;
			continue;
		}
		if (v == fd)
			return 1;
		p = end;
	}
	return 0;
}

void audit_describe_fd(const struct audit_fd *f, char *buf, size_t n)
{
	char fl[160] = "";
	if (f->flflags == -1)
		snprintf(fl, sizeof fl, "F_GETFL failed");
	else {
		size_t o = 0;
		int acc = f->flflags & O_ACCMODE;
		o += (size_t)snprintf(fl + o, sizeof fl - o, "%s",
				      (f->flflags & O_PATH) ? "O_PATH"
				      : acc == O_RDONLY      ? "O_RDONLY"
				      : acc == O_WRONLY      ? "O_WRONLY"
				      : acc == O_RDWR        ? "O_RDWR"
							     : "O_ACCMODE 3");
		static const struct { int bit; const char *name; } bits[] = {
			{ O_APPEND, "O_APPEND" }, { O_NONBLOCK, "O_NONBLOCK" },
			{ O_DIRECT, "O_DIRECT" }, { O_NOATIME, "O_NOATIME" },
			{ O_SYNC, "O_SYNC" }, { O_DSYNC, "O_DSYNC" },
			{ O_ASYNC, "O_ASYNC" },
		};
		for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
			if ((f->flflags & bits[i].bit) == bits[i].bit &&
			    !(bits[i].bit == O_DSYNC && (f->flflags & O_SYNC) == O_SYNC))
				o += (size_t)snprintf(fl + o, sizeof fl - o, "|%s",
						      bits[i].name);
		if (o >= sizeof fl)
			fl[sizeof fl - 1] = 0;
	}
	snprintf(buf, n, "fd %d -> %s (%s), %s, %s", f->fd,
		 f->target[0] ? f->target : "(target unreadable)", f->type, fl,
		 f->fdflags == -1 ? "F_GETFD failed"
		 : (f->fdflags & FD_CLOEXEC) ? "FD_CLOEXEC"
					      : "no FD_CLOEXEC");
}

const char *const audit_points[] = {
	"standard_fds_open/stdin_open",
	"standard_fds_open/stdout_open",
	"standard_fds_open/stderr_open",
	"inherited_fds/only_declared",
	"inherited_fds/declared_open",
	"inherited_signals/none_ignored",
	"inherited_signals/none_blocked",
	NULL
};

static const struct audit_fd *audit__find(const struct audit *a, int fd)
{
	for (int i = 0; i < a->nfds; i++)
		if (a->fds[i].fd == fd)
			return &a->fds[i];
	return NULL;
}

void audit_signal_name(int s, char *buf, size_t n)
{
	static const char *const names[] = {
		[SIGHUP] = "SIGHUP", [SIGINT] = "SIGINT", [SIGQUIT] = "SIGQUIT",
		[SIGILL] = "SIGILL", [SIGTRAP] = "SIGTRAP", [SIGABRT] = "SIGABRT",
		[SIGBUS] = "SIGBUS", [SIGFPE] = "SIGFPE", [SIGKILL] = "SIGKILL",
		[SIGUSR1] = "SIGUSR1", [SIGSEGV] = "SIGSEGV", [SIGUSR2] = "SIGUSR2",
		[SIGPIPE] = "SIGPIPE", [SIGALRM] = "SIGALRM", [SIGTERM] = "SIGTERM",
		[SIGSTKFLT] = "SIGSTKFLT", [SIGCHLD] = "SIGCHLD", [SIGCONT] = "SIGCONT",
		[SIGSTOP] = "SIGSTOP", [SIGTSTP] = "SIGTSTP", [SIGTTIN] = "SIGTTIN",
		[SIGTTOU] = "SIGTTOU", [SIGURG] = "SIGURG", [SIGXCPU] = "SIGXCPU",
		[SIGXFSZ] = "SIGXFSZ", [SIGVTALRM] = "SIGVTALRM", [SIGPROF] = "SIGPROF",
		[SIGWINCH] = "SIGWINCH", [SIGIO] = "SIGIO", [SIGPWR] = "SIGPWR",
		[SIGSYS] = "SIGSYS",
	};
	if (s > 0 && s < (int)(sizeof names / sizeof names[0]) && names[s])
		snprintf(buf, n, "%s", names[s]);
	else if (s >= 32)
		snprintf(buf, n, "signal %d (real-time)", s);
	else
		snprintf(buf, n, "signal %d", s);
}

/* what inheriting the disposition or the block does to a program */
static const char *audit__sig_effect(int s, int blocked)
{
	switch (s) {
	case SIGPIPE:
		return blocked ? "a write to a pipe or socket with no reader fails with EPIPE and the signal stays pending"
			       : "a write to a pipe or socket with no reader fails with EPIPE instead of ending the program";
	case SIGCHLD:
		return blocked ? "a handler for child exits never runs"
			       : "children are reaped on exit and wait() fails with ECHILD";
	}
	if (blocked)
		return "it stays pending instead of being delivered";
	switch (s) {
	case SIGINT:
	case SIGQUIT:
		return "an interrupt from the terminal does not stop the program (a background job of a shell without job control starts this way)";
	case SIGHUP:
		return "the program outlives its terminal (as under nohup)";
	case SIGTERM:
		return "a polite request to stop is lost";
	case SIGALRM:
		return "timers set with alarm() never fire";
	}
	return "the program never sees it unless it resets the disposition";
}

static int audit__judge_sigs(unsigned long long set, int blocked, char *msg, size_t n)
{
	if (!set)
		return 1;
	size_t o = (size_t)snprintf(msg, n, "%s at start:", blocked ? "blocked" : "ignored");
	for (int s = 1; s <= 64 && o < n; s++)
		if (set & (1ULL << (s - 1))) {
			char name[32];
			audit_signal_name(s, name, sizeof name);
			o += (size_t)snprintf(msg + o, n - o, " %s (%s);", name,
					      audit__sig_effect(s, blocked));
		}
	if (o < n)
		snprintf(msg + o, n - o, " %s",
			 blocked ? "the signal mask is inherited across fork(2) and kept across execve(2), signal(7)"
				 : "an ignored disposition is inherited across fork(2) and kept across execve(2), signal(7)");
	return 0;
}

int audit_judge(const struct audit *a, const char *point, char *msg, size_t n)
{
	static const char *const stdname[] = { "standard input", "standard output",
					       "standard error" };
	msg[0] = 0;
	if (strncmp(point, "standard_fds_open/", 18) == 0) {
		int fd = strcmp(point + 18, "stdin_open") == 0    ? 0
			 : strcmp(point + 18, "stdout_open") == 0 ? 1
			 : strcmp(point + 18, "stderr_open") == 0 ? 2
								   : -1;
		if (fd < 0)
			goto unknown;
		if (audit__find(a, fd))
			return 1;
		static const char *const effect[] = {
			"what it reads as standard input comes from there",
			"what it writes as standard output lands there",
			"what it writes as standard error lands there",
		};
		snprintf(msg, n, "fd %d (%s) was not open at start (%s): the program's "
			 "first open(), pipe() or socket() gets number %d, and %s", fd,
			 stdname[fd], a->fd_source, fd, effect[fd]);
		return 0;
	}
	if (strcmp(point, "inherited_fds/only_declared") == 0) {
		int extra = 0;
		size_t o = 0;
		char one[400];
		for (int i = 0; i < a->nfds; i++) {
			const struct audit_fd *f = &a->fds[i];
			if (f->fd <= 2 || audit_declared(a, f->fd))
				continue;
			audit_describe_fd(f, one, sizeof one);
			if (o < n)
				o += (size_t)snprintf(msg + o, n - o, "%s%s", extra ? "; " : "", one);
			extra++;
		}
		int undescribed = a->fd_count - a->nfds;
		if (!extra && !undescribed)
			return 1;
		if (undescribed > 0 && o < n)
			o += (size_t)snprintf(msg + o, n - o, "%s%d more open descriptors not described",
					      extra ? "; and " : "", undescribed);
		if (o < n)
			o += (size_t)snprintf(msg + o, n - o, " (inherited at start besides 0, 1, 2 and "
					      "undeclared by LISTEN_FDS/LISTEN_PID or FDSUITE_ALLOW_FDS)");
		if (a->listen_fds[0] && !audit_listen_count(a) && o < n)
			snprintf(msg + o, n - o, "; LISTEN_FDS=%s is not for this process: "
				 "LISTEN_PID=%s, the audited pid is %d", a->listen_fds,
				 a->listen_pid[0] ? a->listen_pid : "(unset)", a->pid);
		return 0;
	}
	if (strcmp(point, "inherited_fds/declared_open") == 0) {
		int listen = audit_listen_count(a);
		if (listen == 0) {
			snprintf(msg, n, "no descriptors declared for this process with LISTEN_FDS/LISTEN_PID");
			return -1;
		}
		size_t o = 0;
		int missing = 0;
		for (int fd = 3; fd < 3 + listen; fd++)
			if (!audit__find(a, fd) && o < n) {
				o += (size_t)snprintf(msg + o, n - o, "%s%d", missing ? ", " : "fd ", fd);
				missing++;
			}
		if (!missing)
			return 1;
		if (o < n)
			snprintf(msg + o, n - o, " declared by LISTEN_FDS=%s (fds 3 to %d) but not open",
				 a->listen_fds, 2 + listen);
		return 0;
	}
	if (strcmp(point, "inherited_signals/none_ignored") == 0)
		return audit__judge_sigs(a->ignored, 0, msg, n);
	if (strcmp(point, "inherited_signals/none_blocked") == 0)
		return audit__judge_sigs(a->blocked, 1, msg, n);
unknown:
	snprintf(msg, n, "no start-up audit point named '%s'", point);
	return 0;
}

void audit_facts(const struct audit *a, void (*emit)(const char *, void *),
		 void *arg)
{
	char line[512], one[400];
	snprintf(line, sizeof line, "pid %d at start; %d descriptors open (%s)",
		 a->pid, a->fd_count, a->fd_source);
	emit(line, arg);
	for (int i = 0; i < a->nfds && i < 16; i++) {
		audit_describe_fd(&a->fds[i], one, sizeof one);
		emit(one, arg);
	}
	if (a->nfds > 16) {
		snprintf(line, sizeof line, "(%d more descriptors)", a->fd_count - 16);
		emit(line, arg);
	}
	snprintf(line, sizeof line, "RLIMIT_NOFILE soft %s, hard %s", a->nofile_soft,
		 a->nofile_hard);
	emit(line, arg);
	snprintf(line, sizeof line, "umask %s; no_new_privs %s", a->umask, a->no_new_privs);
	emit(line, arg);
	snprintf(line, sizeof line, "cwd %s", a->cwd);
	emit(line, arg);
	snprintf(line, sizeof line, "uid_map %s", a->uid_map);
	emit(line, arg);
	snprintf(line, sizeof line, "gid_map %s", a->gid_map);
	emit(line, arg);
	if (a->listen_fds[0] || a->listen_pid[0] || a->allow_fds[0]) {
		snprintf(line, sizeof line, "declared: LISTEN_FDS=%s LISTEN_PID=%s FDSUITE_ALLOW_FDS=%s",
			 a->listen_fds, a->listen_pid, a->allow_fds);
		emit(line, arg);
	}
}
