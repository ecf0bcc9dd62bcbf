/*
 * fdrun - runs the built case programs and collates one TAP 13 stream and
 * one results file for this environment.
 *
 * Each case runs with a fresh private scratch directory (its cwd and
 * TMPDIR), a known descriptor table (0 = /dev/null, 1 and 2 = pipes to the
 * runner, nothing else), default signal dispositions and an empty signal
 * mask, umask 022, in its own process group, under a time limit.  Nothing
 * is left behind: the group is killed after the case, the runner is a child
 * subreaper so a descendant that left the group (setsid, a daemon) comes
 * back to it and is killed, and the scratch is removed.
 *
 * The runner itself may be started in any state (by a shell, a CI agent,
 * an init system, a container runtime): before anything else it opens
 * /dev/null on any of 0, 1, 2 that is closed, sets every signal to its
 * default action with an empty mask, sets umask 022 and raises a low soft
 * RLIMIT_NOFILE towards 1024 (as far as the hard limit allows).
 *
 * It sleeps only in poll(2): on a case's output, on SIGCHLD (a self-pipe),
 * on INT/TERM/HUP, and until the nearest deadline.
 *
 * Exit status: 0 every point passed, was skipped or failed as expected;
 * 1 a point failed or timed out; 2 bad usage (an unknown option or case, a
 * value out of range, a wrapper that cannot be executed, a results file
 * that cannot be written, no built cases); 4 the runner could not do its
 * work (a scratch directory, a pipe or a process could not be made, the
 * results file could not be written at the end, out of memory);
 * 128+N interrupted by signal N (no results file is written).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#include "audit.h"
#include "collate.h"
#include "diff.h"
#include "runenv.h"
#include "formats.h"
#include "results.h"
#include "tap.h"

#define MAX_JOBS 64

struct buf {
	char *data;
	size_t len, cap;
};

struct kase {
	char name[256];
	char path[PATH_MAX];
	int done;
	char *tap;           /* everything it printed on stdout */
	struct buf err;      /* and on stderr */
	struct tap_result parsed;
	char exit[64];
	double wall_ms;
	char **extra_ids;    /* points the case did not report */
	char **extra_msgs;
	int nextra;
};

struct job {
	struct kase *k;
	pid_t pid;
	int out, err;
	struct buf obuf;
	double start;
	int status, reaped, timed_out;
	double reaped_at;
	char scratch[PATH_MAX];
};

static const char *prog = "fdrun";
static volatile sig_atomic_t interrupted;
static char scratch_root[PATH_MAX];
static double timeout_scale = 1.0; /* FT_TIMEOUT_SCALE */
static int ktap; /* KTAP v1 on stdout instead of TAP 13 */
static char startup_audit_path[PATH_MAX]; /* FDSUITE_STARTUP_AUDIT for the cases */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

enum {
	EXIT_PASS = 0,
	EXIT_FAIL = 1,
	EXIT_USAGE = 2,
	EXIT_RUNNER = 4, /* the runner could not do its work */
	EXIT_SIGNAL = 128,
};

static void die_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", prog);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (see %s --help)\n", prog);
	exit(EXIT_USAGE);
}

/* The runner cannot go on: says why, removes what it made, exits 4. */
__attribute__((noreturn, format(printf, 1, 2))) static void fatal(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s: ", prog);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	if (scratch_root[0])
		fd_remove_tree(scratch_root);
	exit(EXIT_RUNNER);
}

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		fatal("out of memory");
	return q;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s ? s : "");
	if (!d)
		fatal("out of memory");
	return d;
}

static void usage(void)
{
	printf("usage: %s [options] [CASE|AREA ...]\n"
	       "Runs fdsuite case programs; prints one TAP 13 stream.\n\n"
	       "  -b, --build DIR       build directory holding cases/ and fixtures/ (build)\n"
	       "  -j, --jobs N          cases run in parallel, 1 to %d (1)\n"
	       "  -t, --timeout SEC     time limit per case program, 1 to 86400 (120, times\n"
	       "                        FT_TIMEOUT_SCALE)\n"
	       "  -o, --output FILE     write the results file (JSON) there\n"
	       "  -n, --name NAME       name of this environment in the results (host)\n"
	       "  -r, --repro PREFIX    command prefix that reruns a case in this environment\n"
	       "  -B, --repro-build DIR the build directory that command names (the last\n"
	       "                        component of -b)\n"
	       "  -w, --wrap CMD        run every program as CMD PROGRAM (an emulator, e.g. qemu-x86_64)\n"
	       "  -f, --fixtures DIR    fixture programs the cases exec (BUILD/fixtures)\n"
	       "      --junit FILE      also write the results as JUnit XML there\n"
	       "      --ktap            KTAP v1 on stdout (one subtest per case) instead of TAP 13\n"
	       "      --baseline FILE   compare with the results file of a known-good run: list\n"
	       "                        what changed, and fail (exit 1) only on a regression\n"
	       "  -q, --quiet           no progress line\n"
	       "  -l, --list            list the cases that would run and exit\n"
	       "  -h, --help            this text\n\n"
	       "CASE is area/behavior (e.g. dup/shares_offset); AREA runs all its cases.\n"
	       "FT_TIMEOUT_SCALE=N (a number from 0.001 to 1000) multiplies every time limit.\n\n"
	       "Exit status: 0 all passed or skipped, 1 a point failed or timed out,\n"
	       "2 bad usage, 4 the runner could not do its work (scratch directory, pipe,\n"
	       "process, results file, memory), 128+N interrupted by signal N.\n",
	       prog, MAX_JOBS);
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->data = xrealloc(b->data, cap);
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = 0;
}

/* ---- finding cases ------------------------------------------------------- */

static struct kase *cases;
static int ncases, capcases;

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct kase *)a)->name,
		      ((const struct kase *)b)->name);
}

static void find_cases(const char *build)
{
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s/cases", build);
	DIR *top = opendir(dir);
	if (!top) {
		fprintf(stderr, "%s: no case programs under %s (%s); run make first\n",
			prog, dir, strerror(errno));
		exit(EXIT_USAGE);
	}
	struct dirent *a;
	while ((a = readdir(top))) {
		if (a->d_name[0] == '.')
			continue;
		char adir[PATH_MAX];
		snprintf(adir, sizeof adir, "%s/%s", dir, a->d_name);
		DIR *ad = opendir(adir);
		if (!ad)
			continue;
		struct dirent *c;
		while ((c = readdir(ad))) {
			char path[PATH_MAX];
			struct stat st;
			snprintf(path, sizeof path, "%s/%s", adir, c->d_name);
			if (c->d_name[0] == '.' || stat(path, &st) != 0 ||
			    !S_ISREG(st.st_mode) || !(st.st_mode & S_IXUSR))
				continue;
			if (ncases == capcases) {
				capcases = capcases ? capcases * 2 : 256;
				cases = xrealloc(cases, (size_t)capcases * sizeof *cases);
			}
			struct kase *k = &cases[ncases++];
			memset(k, 0, sizeof *k);
			snprintf(k->name, sizeof k->name, "%s/%s", a->d_name,
				 c->d_name);
			snprintf(k->path, sizeof k->path, "%s", path);
		}
		closedir(ad);
	}
	closedir(top);
	qsort(cases, (size_t)ncases, sizeof *cases, by_name);
}

/* Keep only the cases named (or in the areas named) by args. */
static void select_cases(int argc, char **argv)
{
	if (argc == 0)
		return;
	char *keep = xrealloc(NULL, (size_t)ncases + 1);
	memset(keep, 0, (size_t)ncases + 1);
	for (int i = 0; i < argc; i++) {
		char want[256];
		snprintf(want, sizeof want, "%s", argv[i]);
		size_t l = strlen(want);
		while (l && want[l - 1] == '/')
			want[--l] = 0;
		int hit = 0;
		for (int j = 0; j < ncases; j++) {
			const char *n = cases[j].name;
			if (strcmp(n, want) == 0 ||
			    (strncmp(n, want, l) == 0 && n[l] == '/')) {
				keep[j] = 1;
				hit = 1;
			}
		}
		if (!hit) {
			fprintf(stderr, "%s: unknown case or area '%s' (no such program under the build's cases/)\n",
				prog, argv[i]);
			exit(EXIT_USAGE);
		}
	}
	int n = 0;
	for (int j = 0; j < ncases; j++)
		if (keep[j])
			cases[n++] = cases[j];
	ncases = n;
	free(keep);
}

/* ---- scratch directories --------------------------------------------------- */

/* ---- starting a case ------------------------------------------------------- */

/* Closes every descriptor from 3 up.  Runs in a vforked child too, so it
   allocates nothing: close_range(2), else the numbers /proc/self/fd lists
   (read with getdents64 into a buffer on the stack), else every number
   below the soft limit. */
static void close_from_3(void)
{
#ifdef SYS_close_range
	if (syscall(SYS_close_range, 3U, ~0U, 0U) == 0)
		return;
#endif
	int dfd = open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		char buf[4096];
		long r;
		int fds[1024], n = 0, more = 1;
		while (more) { /* list, close, and list again until none is left */
			n = 0;
			lseek(dfd, 0, SEEK_SET);
			while ((r = syscall(SYS_getdents64, dfd, buf, sizeof buf)) > 0)
				for (long off = 0; off < r;) {
					struct dirent64 *e = (struct dirent64 *)(buf + off);
					off += e->d_reclen;
					int fd = atoi(e->d_name);
					if (e->d_name[0] >= '0' && e->d_name[0] <= '9' &&
					    fd >= 3 && fd != dfd && n < 1024)
						fds[n++] = fd;
				}
			for (int i = 0; i < n; i++)
				close(fds[i]);
			more = n == 1024;
		}
		close(dfd);
		return;
	}
	struct rlimit rl;
	long lim = 65536;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < (rlim_t)lim)
		lim = (long)rl.rlim_cur;
	for (long fd = 3; fd < lim; fd++)
		close((int)fd);
}

static const char *fixtures_dir;
static char *wrap_argv[16]; /* command prefix every program is run under */
static int nwrap;

/* execv path (or "WRAP... path") with extra arguments, in the environment
   env (NULL: the runner's); returns on error */
static void exec_wrapped_env(const char *path, const char *arg, char **env)
{
	char *argv[20];
	int n = 0;
	for (int i = 0; i < nwrap; i++)
		argv[n++] = wrap_argv[i];
	argv[n++] = (char *)path;
	if (arg)
		argv[n++] = (char *)arg;
	argv[n] = NULL;
	if (!env)
		env = environ;
	if (nwrap)
		execvpe(argv[0], argv, env);
	else
		execve(path, argv, env);
}

static void exec_wrapped(const char *path, const char *arg)
{
	exec_wrapped_env(path, arg, NULL);
}

/* The runner's environment with the NAME=VALUE strings of set[] replacing
   or added to it (one allocation; the strings are not copied). */
static char **env_with(char *const *set, int nset)
{
	size_t n = 0;
	while (environ[n])
		n++;
	char **env = xrealloc(NULL, (n + (size_t)nset + 1) * sizeof *env);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		int replaced = 0;
		for (int j = 0; j < nset && !replaced; j++) {
			size_t len = (size_t)(strchr(set[j], '=') - set[j]) + 1;
			replaced = strncmp(environ[i], set[j], len) == 0;
		}
		if (!replaced)
			env[k++] = environ[i];
	}
	for (int j = 0; j < nset; j++)
		env[k++] = set[j];
	env[k] = NULL;
	return env;
}

/* Makes fd dst refer to src's file, without FD_CLOEXEC, in a child about to
   exec.  dup2(src, src) is a no-op that would keep FD_CLOEXEC. */
static int place_fd(int src, int dst)
{
	if (src == dst) {
		int fl = fcntl(dst, F_GETFD);
		return fl == -1 ? -1 : fcntl(dst, F_SETFD, fl & ~FD_CLOEXEC);
	}
	return dup2(src, dst) == -1 ? -1 : 0;
}

static const char *errno_text(int e) /* no locale, no allocation */
{
	switch (e) {
	case ENOENT: return "No such file or directory";
	case EACCES: return "Permission denied";
	case ENOEXEC: return "Exec format error";
	case ENOTDIR: return "Not a directory";
	case ENOMEM: return "Cannot allocate memory";
	case E2BIG: return "Argument list too long";
	case ETXTBSY: return "Text file busy";
	case ELOOP: return "Too many levels of symbolic links";
	case EPERM: return "Operation not permitted";
	}
	return "exec failed";
}

/* Starts path (under the --wrap prefix) in the environment env with stdin
   on /dev/null, stdout on out, stderr on err, in directory dir, with every
   other descriptor closed, default signal dispositions, an empty mask and
   a process group of its own.  The child is vforked: no copy of the
   runner's page tables is made, which is most of what starting a small
   program costs.  Until it execs the child shares the runner's memory, so
   it only makes system calls, on its own stack, with what was prepared
   here; no handler of the runner may run in it, hence every signal stays
   blocked until fd_reset_signals() has made the dispositions the
   defaults (it then empties the mask).  Returns the pid, or
   -1 with errno set. */
static __attribute__((noinline)) pid_t
spawn_case(const char *path, char **env, int out, int err, const char *dir,
	   const char *failmsg)
{
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, &old);
	pid_t pid = vfork();
	if (pid == 0) {
		/* dispositions to the defaults while everything is blocked,
		   then the empty mask: system calls only */
		fd_reset_signals();
		setpgid(0, 0);
		int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
		if (devnull == -1 || place_fd(devnull, 0) == -1 ||
		    place_fd(out, 1) == -1 || place_fd(err, 2) == -1)
			_exit(126);
		close_from_3();
		if (chdir(dir) == -1)
			_exit(126);
		exec_wrapped_env(path, NULL, env);
		const char *why = errno_text(errno);
		if (write(2, failmsg, strlen(failmsg)) > 0 &&
		    write(2, why, strlen(why)) > 0 && write(2, "\n", 1) > 0)
			_exit(127);
		_exit(127);
	}
	int saved = errno;
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = saved;
	return pid;
}

/* Starts a case.  Returns 0, or -1 with errno set and what failed in
   *what (the job holds nothing then). */
static int start_job(struct job *j, struct kase *k, const char **what)
{
	int o[2], e[2];
	memset(j, 0, sizeof *j);
	j->k = k;
	snprintf(j->scratch, sizeof j->scratch, "%s/case.XXXXXX", scratch_root);
	if (!mkdtemp(j->scratch)) {
		*what = "cannot create a scratch directory";
		return -1;
	}
	if (pipe2(o, O_CLOEXEC)) {
		*what = "cannot make a pipe";
		goto fail_scratch;
	}
	if (pipe2(e, O_CLOEXEC)) {
		*what = "cannot make a pipe";
		goto fail_o;
	}
	/* Everything the child needs is made here: it is vforked (no copy of
	   the runner's page tables, the cost of which dominates starting a
	   small program), so until it execs it shares the runner's memory and
	   may only make system calls on its own stack. */
	char tmpdir[sizeof j->scratch + 8], audit[PATH_MAX + 32], fix[PATH_MAX + 32];
	char *set[4];
	int nset = 0;
	snprintf(tmpdir, sizeof tmpdir, "TMPDIR=%s", j->scratch);
	set[nset++] = tmpdir;
	set[nset++] = "FT_TIMING=1";
	if (startup_audit_path[0]) {
		snprintf(audit, sizeof audit, "FDSUITE_STARTUP_AUDIT=%s", startup_audit_path);
		set[nset++] = audit;
	}
	if (fixtures_dir) {
		snprintf(fix, sizeof fix, "FDSUITE_FIXTURES=%s", fixtures_dir);
		set[nset++] = fix;
	}
	char **env = env_with(set, nset);
	char failmsg[PATH_MAX + 128];
	snprintf(failmsg, sizeof failmsg, "%s: cannot execute %s: ", prog,
		 nwrap ? wrap_argv[0] : k->path);
	pid_t pid = spawn_case(k->path, env, o[1], e[1], j->scratch, failmsg);
	int fork_errno = errno;
	free(env);
	if (pid == -1) {
		errno = fork_errno;
		*what = "cannot fork";
		goto fail_e;
	}
	setpgid(pid, pid);
	close(o[1]);
	close(e[1]);
	j->pid = pid;
	j->out = o[0];
	j->err = e[0];
	j->start = now_ms();
	return 0;
fail_e:;
	int saved = errno;
	close(e[0]);
	close(e[1]);
	errno = saved;
fail_o:
	saved = errno;
	close(o[0]);
	close(o[1]);
	errno = saved;
fail_scratch:
	saved = errno;
	rmdir(j->scratch);
	errno = saved;
	return -1;
}

/* ---- finishing a case ------------------------------------------------------ */

/* Names of the points the case declares, from "CASE --list". */
static int list_points(struct kase *k, char ***ids)
{
	int p[2];
	*ids = NULL;
	if (pipe2(p, O_CLOEXEC))
		return 0;
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		fd_reset_signals();
		int dn = open("/dev/null", O_RDWR | O_CLOEXEC);
		if (place_fd(p[1], 1) == -1 || dn == -1 || place_fd(dn, 2) == -1 ||
		    place_fd(dn, 0) == -1)
			_exit(126);
		exec_wrapped(k->path, "--list");
		_exit(127);
	}
	close(p[1]);
	struct buf b = { 0 };
	char chunk[4096];
	ssize_t r;
	struct pollfd pf = { p[0], POLLIN, 0 };
	double until = now_ms() + 5000 * timeout_scale;
	while (pid > 0) {
		double left = until - now_ms();
		if (left <= 0)
			break;
		int n = poll(&pf, 1, left > INT_MAX ? INT_MAX : (int)left + 1);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		r = read(p[0], chunk, sizeof chunk);
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		buf_add(&b, chunk, (size_t)r);
	}
	close(p[0]);
	if (pid > 0) {
		kill(pid, SIGKILL);
		while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
			;
	}
	int n = 0;
	for (char *l = b.data; l && *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		if (*l) {
			*ids = xrealloc(*ids, (size_t)(n + 1) * sizeof **ids);
			(*ids)[n++] = xstrdup(l);
		}
		if (!nl)
			break;
		l = nl + 1;
	}
	free(b.data);
	return n;
}

static void finish_job(struct job *j, long long case_timeout_ms)
{
	struct kase *k = j->k;
	k->wall_ms = now_ms() - j->start;
	/* nothing of the case may outlive it */
	kill(-j->pid, SIGKILL);
	fd_remove_tree(j->scratch);
	k->tap = j->obuf.data ? j->obuf.data : xstrdup("");
	j->obuf.data = NULL;
	if (tap_parse(k->tap, &k->parsed))
		fatal("out of memory");
	if (j->timed_out)
		snprintf(k->exit, sizeof k->exit, "timeout after %lld ms",
			 case_timeout_ms);
	else if (WIFSIGNALED(j->status))
		snprintf(k->exit, sizeof k->exit, "killed by signal %d",
			 WTERMSIG(j->status));
	else
		snprintf(k->exit, sizeof k->exit, "%d", WEXITSTATUS(j->status));

	/* Points the case declared but never reported count as failures
	   (as timeouts when the case ran out of time). */
	int complete = k->parsed.planned >= 0 &&
		       k->parsed.npoints == k->parsed.planned;
	if (!complete || (WIFSIGNALED(j->status) && !j->timed_out) ||
	    j->timed_out) {
		char **ids;
		int n = list_points(k, &ids);
		char msg[512];
		snprintf(msg, sizeof msg,
			 "not reported: the case program ended (%s) before this point",
			 k->exit);
		for (int i = 0; i < n; i++) {
			int seen = 0;
			for (int p = 0; p < k->parsed.npoints && !seen; p++)
				seen = strcmp(k->parsed.points[p].id, ids[i]) == 0;
			if (seen) {
				free(ids[i]);
				continue;
			}
			k->extra_ids = xrealloc(k->extra_ids, (size_t)(k->nextra + 1) * sizeof(char *));
			k->extra_msgs = xrealloc(k->extra_msgs, (size_t)(k->nextra + 1) * sizeof(char *));
			k->extra_ids[k->nextra] = ids[i];
			k->extra_msgs[k->nextra++] = xstrdup(msg);
		}
		free(ids);
		if (n == 0 && k->parsed.npoints == 0) {
			char id[300];
			snprintf(id, sizeof id, "%s/(program)", k->name);
			k->extra_ids = xrealloc(k->extra_ids, sizeof(char *));
			k->extra_msgs = xrealloc(k->extra_msgs, sizeof(char *));
			k->extra_ids[0] = xstrdup(id);
			snprintf(msg, sizeof msg,
				 "the case program printed no points and could not list them (%s)",
				 k->exit);
			k->extra_msgs[0] = xstrdup(msg);
			k->nextra = 1;
		}
	}
	k->done = 1;
}

/* ---- output ---------------------------------------------------------------- */

static int emitted_points;
static int counts[TAP_NSTATUS];

static void print_yaml(const char *yaml)
{
	printf("  ---\n");
	for (const char *l = yaml; *l;) {
		const char *nl = strchr(l, '\n');
		int n = nl ? (int)(nl - l) : (int)strlen(l);
		printf("  %.*s\n", n, l);
		if (!nl)
			break;
		l = nl + 1;
	}
	printf("  ...\n");
}

static void emit_case(struct kase *k)
{
	if (ktap) { /* written whole at the end; only counted here */
		for (int i = 0; i < k->parsed.npoints; i++)
			counts[k->parsed.points[i].status]++;
		for (int i = 0; i < k->nextra; i++)
			counts[strncmp(k->exit, "timeout", 7) == 0 ? TAP_TIMEOUT : TAP_FAIL]++;
		return;
	}
	for (int i = 0; i < k->parsed.npoints; i++) {
		struct tap_point *p = &k->parsed.points[i];
		int bad = p->status == TAP_FAIL || p->status == TAP_TIMEOUT ||
			  p->status == TAP_XFAIL;
		counts[p->status]++;
		printf("%s %d - %s", bad ? "not ok" : "ok", ++emitted_points,
		       p->id);
		if (p->status == TAP_SKIP)
			printf(" # SKIP %s", p->reason ? p->reason : "");
		else if (p->status == TAP_XFAIL || p->status == TAP_XPASS)
			printf(" # TODO %s", p->reason ? p->reason : "");
		printf("\n");
		if (bad && p->yaml)
			print_yaml(p->yaml);
		for (const char *l = p->notes; l && *l;) { /* its diagnostics */
			const char *nl = strchr(l, '\n');
			int n = nl ? (int)(nl - l) : (int)strlen(l);
			printf("# %.*s\n", n, l);
			l = nl ? nl + 1 : l + n;
		}
	}
	for (int i = 0; i < k->nextra; i++) {
		int to = strncmp(k->exit, "timeout", 7) == 0;
		counts[to ? TAP_TIMEOUT : TAP_FAIL]++;
		printf("not ok %d - %s\n  ---\n  message: ", ++emitted_points,
		       k->extra_ids[i]);
		json_string(stdout, k->extra_msgs[i]); /* JSON strings are YAML */
		printf("\n  ...\n");
	}
	if (k->err.len)
		for (char *l = k->err.data; *l;) {
			char *nl = strchr(l, '\n');
			int n = nl ? (int)(nl - l) : (int)strlen(l);
			printf("# %s stderr: %.*s\n", k->name, n, l);
			if (!nl)
				break;
			l = nl + 1;
		}
	fflush(stdout);
}

/* ---- results ---------------------------------------------------------------- */

static void fill_results(struct results *r)
{
	int np = 0;
	for (int i = 0; i < ncases; i++)
		np += cases[i].parsed.npoints + cases[i].nextra;
	r->cases = xrealloc(NULL, ((size_t)ncases + 1) * sizeof *r->cases);
	memset(r->cases, 0, ((size_t)ncases + 1) * sizeof *r->cases);
	r->points = xrealloc(NULL, ((size_t)np + 1) * sizeof *r->points);
	memset(r->points, 0, ((size_t)np + 1) * sizeof *r->points);
	for (int i = 0; i < ncases; i++) {
		struct kase *k = &cases[i];
		struct res_case *c = &r->cases[r->ncases++];
		c->name = xstrdup(k->name);
		c->summary = k->parsed.summary ? xstrdup(k->parsed.summary) : NULL;
		c->cite = k->parsed.cite ? xstrdup(k->parsed.cite) : NULL;
		c->exit = xstrdup(k->exit);
		c->wall_ms = k->wall_ms;
		c->stderr_text = k->err.data ? xstrdup(k->err.data) : NULL;
		for (int p = 0; p < k->parsed.npoints; p++) {
			struct tap_point *t = &k->parsed.points[p];
			struct res_point *o = &r->points[r->npoints++];
			o->id = xstrdup(t->id);
			o->status = t->status;
			o->duration_ms = t->duration_ms;
			o->message = t->message ? xstrdup(t->message) : NULL;
			o->reason = t->reason ? xstrdup(t->reason) : NULL;
			int bad = t->status != TAP_PASS && t->status != TAP_SKIP;
			o->diag = bad && t->yaml ? xstrdup(t->yaml) : NULL;
			o->notes = t->notes ? xstrdup(t->notes) : NULL;
		}
		for (int p = 0; p < k->nextra; p++) {
			struct res_point *o = &r->points[r->npoints++];
			o->id = xstrdup(k->extra_ids[p]);
			o->status = strncmp(k->exit, "timeout", 7) == 0
					    ? TAP_TIMEOUT
					    : TAP_FAIL;
			o->duration_ms = -1;
			o->message = xstrdup(k->extra_msgs[p]);
		}
	}
	results_count(r);
}

/* The fingerprint as the cases see it: fixtures/fdenv run the way the
   cases are (same wrapper, same libc).  Returns 0 if it could be read. */
static int fingerprint_from_fixture(struct fd_env *e)
{
	if (!fixtures_dir)
		return -1;
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/fdenv", fixtures_dir);
	if (access(path, X_OK) != 0)
		return -1;
	int p[2];
	if (pipe2(p, O_CLOEXEC))
		return -1;
	fflush(NULL);
	pid_t pid = fork();
	if (pid == -1) {
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (pid == 0) {
		fd_reset_signals();
		if (place_fd(p[1], 1) == -1)
			_exit(126);
		exec_wrapped(path, NULL);
		_exit(127);
	}
	close(p[1]);
	struct buf b = { 0 };
	char chunk[1024];
	ssize_t r;
	while ((r = read(p[0], chunk, sizeof chunk)) > 0 ||
	       (r == -1 && errno == EINTR))
		if (r > 0)
			buf_add(&b, chunk, (size_t)r);
	close(p[0]);
	int st = 0;
	while (waitpid(pid, &st, 0) == -1 && errno == EINTR)
		;
	if (!b.data || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		free(b.data);
		return -1;
	}
	struct { const char *key; char *dst; size_t n; } f[] = {
		{ "kernel_release", e->kernel_release, sizeof e->kernel_release },
		{ "kernel_version", e->kernel_version, sizeof e->kernel_version },
		{ "arch", e->arch, sizeof e->arch },
		{ "libc", e->libc, sizeof e->libc },
		{ "libc_version", e->libc_version, sizeof e->libc_version },
		{ "distro", e->distro, sizeof e->distro },
		{ "runtime", e->runtime, sizeof e->runtime },
	};
	for (char *l = b.data; *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		char *eq = strchr(l, '=');
		if (eq) {
			*eq = 0;
			for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
				if (strcmp(l, f[i].key) == 0)
					snprintf(f[i].dst, f[i].n, "%s", eq + 1);
			if (strcmp(l, "uid") == 0)
				e->uid = (unsigned)atoi(eq + 1);
		}
		if (!nl)
			break;
		l = nl + 1;
	}
	free(b.data);
	return 0;
}

/* ---- start-up ---------------------------------------------------------- */

static int wake_pipe[2] = { -1, -1 }; /* written by signal handlers */

static void wake(void)
{
	int e = errno;
	if (wake_pipe[1] >= 0 && write(wake_pipe[1], "", 1) == -1) {
		/* full: the loop wakes anyway */
	}
	errno = e;
}

static void on_signal(int sig)
{
	interrupted = sig;
	wake();
}

static void on_child(int sig)
{
	(void)sig;
	wake();
}

/* What the runner needs, whatever state it was started in (see the top of
   this file).  Runs before anything else opens a descriptor. */
static void normalize_start(void)
{
	for (int fd = 0; fd < 3; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		int n = open("/dev/null", fd ? O_WRONLY : O_RDONLY);
		if (n == -1) { /* no /dev/null: an empty pipe stands in */
			int p[2];
			if (pipe(p) == -1)
				continue;
			n = fd ? p[1] : p[0];
			close(fd ? p[0] : p[1]);
		}
		if (n != fd) {
			dup2(n, fd);
			close(n);
		}
	}
	fd_reset_signals();
	umask(022);
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 1024) {
		rl.rlim_cur = rl.rlim_max < 1024 ? rl.rlim_max : 1024;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

/* The handlers the loop relies on, and the subreaper bit: a descendant
   whose parent exits comes back to the runner rather than to init. */
static void install_handlers(void)
{
	if (pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) == -1)
		fatal("cannot make a pipe: %s", strerror(errno));
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_child;
	sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
	sigaction(SIGCHLD, &sa, NULL);
	/* a closed TAP reader must not stop the run: the results file is
	   still written */
	signal(SIGPIPE, SIG_IGN);
	prctl(PR_SET_CHILD_SUBREAPER, 1);
}

/* ---- option checks ------------------------------------------------------ */

static long long parse_whole(const char *opt, const char *arg, long long lo,
			     long long hi)
{
	char *end;
	errno = 0;
	long long v = strtoll(arg, &end, 10);
	if (errno || end == arg || *end || v < lo || v > hi) {
		fprintf(stderr, "%s: %s wants a whole number from %lld to %lld, not '%s' (see %s --help)\n",
			prog, opt, lo, hi, arg, prog);
		exit(EXIT_USAGE);
	}
	return v;
}

/* FT_TIMEOUT_SCALE, which the case programs read too. */
static double parse_scale(void)
{
	const char *sc = getenv("FT_TIMEOUT_SCALE");
	if (!sc || !*sc)
		return 1.0;
	char *end;
	errno = 0;
	double v = strtod(sc, &end);
	if (errno || end == sc || *end || !isfinite(v) || v < 0.001 || v > 1000)
		die_usage("FT_TIMEOUT_SCALE wants a number from 0.001 to 1000, not '%s'", sc);
	return v;
}

/* The wrapper must be executable now, not found missing by every case. */
static void check_wrap(void)
{
	if (!nwrap)
		return;
	const char *cmd = wrap_argv[0];
	char path[PATH_MAX];
	struct stat st;
	int found = 0;
	if (strchr(cmd, '/')) {
		found = stat(cmd, &st) == 0 && S_ISREG(st.st_mode) &&
			access(cmd, X_OK) == 0;
	} else {
		const char *env = getenv("PATH");
		char dirs[8192];
		snprintf(dirs, sizeof dirs, "%s", env && *env ? env : "/usr/local/bin:/usr/bin:/bin");
		char *save = NULL;
		for (char *d = strtok_r(dirs, ":", &save); d && !found;
		     d = strtok_r(NULL, ":", &save)) {
			snprintf(path, sizeof path, "%s/%s", *d ? d : ".", cmd);
			found = stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
				access(path, X_OK) == 0;
		}
	}
	if (!found)
		die_usage("--wrap: cannot execute '%s' (no such executable file)", cmd);
}

/* The results file must be writable where it is named, before anything
   runs: an existing directory, a writable place, no directories made. */
static void check_output(const char *output, const char *opt)
{
	if (!output)
		return;
	struct stat st;
	if (!*output || (stat(output, &st) == 0 && S_ISDIR(st.st_mode))) {
		fprintf(stderr, "%s: %s wants the name of a file, not '%s'%s (see %s --help)\n",
			prog, opt, output, *output ? ", a directory" : "", prog);
		exit(EXIT_USAGE);
	}
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", output);
	char *slash = strrchr(dir, '/');
	if (!slash)
		snprintf(dir, sizeof dir, ".");
	else if (slash == dir)
		dir[1] = 0;
	else
		*slash = 0;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		fprintf(stderr, "%s: cannot write results file %s: directory %s does not exist (see %s --help)\n",
			prog, output, dir, prog);
		exit(EXIT_USAGE);
	}
	char probe[PATH_MAX + 32];
	snprintf(probe, sizeof probe, "%s.tmp.%d", output, (int)getpid());
	int fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd == -1) {
		fprintf(stderr, "%s: cannot write results file %s: %s (see %s --help)\n",
			prog, output, strerror(errno), prog);
		exit(EXIT_USAGE);
	}
	close(fd);
	unlink(probe);
}

/* ---- the run -------------------------------------------------------------- */

/* Kills every child of the runner that is not a running case: only a
   descendant of a case that has ended can be one (while a case runs, its
   program is the subreaper of its own descendants).  Needs /proc; returns
   how many it killed. */
static int sweep_escaped(const struct job *running, int nrun)
{
	DIR *d = opendir("/proc/self/task");
	if (!d)
		return 0;
	int killed = 0;
	struct dirent *t;
	while ((t = readdir(d))) {
		if (t->d_name[0] < '0' || t->d_name[0] > '9')
			continue;
		char path[300], buf[8192];
		snprintf(path, sizeof path, "/proc/self/task/%s/children", t->d_name);
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd == -1)
			continue;
		ssize_t n = read(fd, buf, sizeof buf - 1);
		close(fd);
		if (n <= 0)
			continue;
		buf[n] = 0;
		for (char *p = buf, *e; *p; p = e) {
			long pid = strtol(p, &e, 10);
			if (e == p)
				break;
			int ours = 0;
			for (int i = 0; i < nrun && !ours; i++)
				ours = running[i].pid == pid && !running[i].reaped;
			if (!ours && pid > 1 && kill((pid_t)pid, SIGKILL) == 0)
				killed++;
		}
	}
	closedir(d);
	return killed;
}

static void drain_wake_pipe(void)
{
	char b[256];
	while (read(wake_pipe[0], b, sizeof b) > 0)
		;
}

static void stop_all(struct job *running, int nrun)
{
	for (int i = 0; i < nrun; i++) {
		kill(-running[i].pid, SIGKILL);
		kill(running[i].pid, SIGKILL);
		if (!running[i].reaped)
			while (waitpid(running[i].pid, NULL, 0) == -1 && errno == EINTR)
				;
		if (running[i].out >= 0)
			close(running[i].out);
		if (running[i].err >= 0)
			close(running[i].err);
		fd_remove_tree(running[i].scratch);
	}
	while (sweep_escaped(NULL, 0) > 0)
		while (waitpid(-1, NULL, 0) > 0)
			;
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
}

static void progress(int done, int total, int running, const char *name,
		     double t0)
{
	int failed = counts[TAP_FAIL] + counts[TAP_TIMEOUT];
	char eta[32] = "";
	if (done > 0 && done < total) {
		double left = (now_ms() - t0) / done * (total - done) / 1000;
		snprintf(eta, sizeof eta, ", about %.0f s left", left + 0.5);
	}
	fprintf(stderr, "\r\033[K[%d/%d] %d running, %d failed%s  %s", done,
		total, running, failed, eta, name ? name : "");
}

#define DRAIN_MS 2000 /* after a case exits, for its pipes to reach EOF */

/* The state of the run: the cases running now, and how far the run is. */
struct run {
	int jobs;
	long long case_timeout_ms;
	int show; /* the progress line */
	struct job running[MAX_JOBS];
	int nrun;
	int next;    /* the next case to start */
	int ndone;   /* cases finished */
	int emitted; /* cases written to the TAP stream, in order */
	int hold;    /* out of processes or descriptors: wait for an end */
	double t0;
};

/* Starts cases until jobs of them run (or none is left). */
static void start_jobs(struct run *run)
{
	while (!run->hold && run->nrun < run->jobs && run->next < ncases) {
		const char *what = "";
		if (start_job(&run->running[run->nrun], &cases[run->next], &what) == 0) {
			run->nrun++;
			run->next++;
			continue;
		}
		int e = errno;
		/* out of processes or descriptors for now: go on
		   when a running case has ended */
		if (run->nrun > 0 && (e == EAGAIN || e == ENOMEM ||
				      e == EMFILE || e == ENFILE)) {
			run->hold = 1;
			break;
		}
		stop_all(run->running, run->nrun);
		if (run->show)
			fprintf(stderr, "\r\033[K");
		fatal("%s for %s: %s", what, cases[run->next].name, strerror(e));
	}
}

/* The pipes poll(2) watches: the wake pipe, then each running case's
   stdout and stderr; pj[q] is 2 * job (+ 1 for stderr), -1 for the wake
   pipe.  Returns how many there are. */
#define MAX_POLL (1 + 2 * MAX_JOBS)
static int watched_pipes(const struct run *run, struct pollfd *pf, int *pj)
{
	int np = 0;
	pf[np] = (struct pollfd){ wake_pipe[0], POLLIN, 0 };
	pj[np++] = -1;
	for (int i = 0; i < run->nrun; i++) {
		const struct job *j = &run->running[i];
		if (j->out >= 0) {
			pf[np] = (struct pollfd){ j->out, POLLIN, 0 };
			pj[np++] = 2 * i;
		}
		if (j->err >= 0) {
			pf[np] = (struct pollfd){ j->err, POLLIN, 0 };
			pj[np++] = 2 * i + 1;
		}
	}
	return np;
}

/* Milliseconds until the nearest deadline (a case's time limit, or the
   end of the wait for its pipes after it exited), for poll(2); -1: none. */
static int next_deadline(const struct run *run)
{
	double deadline = -1;
	for (int i = 0; i < run->nrun; i++) {
		const struct job *j = &run->running[i];
		double d = j->reaped ? j->reaped_at + DRAIN_MS
				     : j->start + (double)run->case_timeout_ms;
		if (deadline < 0 || d < deadline)
			deadline = d;
	}
	if (deadline < 0)
		return -1;
	double left = deadline - now_ms();
	return left <= 0 ? 0 : left >= INT_MAX ? INT_MAX : (int)left + 1;
}

/* Reads what the cases printed on the pipes poll(2) found ready; a pipe
   at its end (or broken) is closed. */
static void read_output(struct run *run, const struct pollfd *pf, const int *pj, int np)
{
	for (int q = 1; q < np; q++) {
		if (!pf[q].revents)
			continue;
		struct job *j = &run->running[pj[q] / 2];
		int w = pj[q] % 2;
		int *fd = w ? &j->err : &j->out;
		char chunk[65536];
		ssize_t r = read(*fd, chunk, sizeof chunk);
		if (r > 0)
			buf_add(w ? &j->k->err : &j->obuf, chunk, (size_t)r);
		else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
			close(*fd);
			*fd = -1;
		}
	}
}

/* Sleeps until output, a child's exit, a signal or a deadline, and reads
   the output. */
static void wait_for_events(struct run *run)
{
	struct pollfd pf[MAX_POLL];
	int pj[MAX_POLL];
	int np = watched_pipes(run, pf, pj);
	int timeout = next_deadline(run);
	if (poll(pf, (nfds_t)np, timeout) == -1 && errno != EINTR)
		fatal("poll: %s", strerror(errno));
	drain_wake_pipe();
	read_output(run, pf, pj, np);
}

/* Reaps our cases, and whatever else came back to us; returns 1 if
   something that was not a running case was reaped. */
static int reap_children(struct run *run)
{
	int st, swept = 0;
	pid_t pid;
	while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
		int mine = 0;
		for (int i = 0; i < run->nrun; i++)
			if (run->running[i].pid == pid && !run->running[i].reaped) {
				run->running[i].status = st;
				run->running[i].reaped = 1;
				run->running[i].reaped_at = now_ms();
				mine = 1;
			}
		if (!mine)
			swept = 1;
	}
	return swept;
}

/* A case past its time limit is killed with its group, and reaped. */
static void enforce_time_limit(struct job *j, long long case_timeout_ms)
{
	if (j->reaped || now_ms() - j->start < (double)case_timeout_ms)
		return;
	j->timed_out = 1;
	kill(-j->pid, SIGKILL);
	kill(j->pid, SIGKILL);
	while (waitpid(j->pid, &j->status, 0) == -1 && errno == EINTR)
		;
	j->reaped = 1;
	j->reaped_at = now_ms();
}

/* Whether a case that exited can be finished: its pipes have reached
   EOF, or have been given up on.  What is left of its group goes now, so
   that its pipes reach EOF. */
static int output_ended(const struct run *run, struct job *j)
{
	if (j->out < 0 && j->err < 0)
		return 1;
	if (kill(-j->pid, 0) == 0)
		kill(-j->pid, SIGKILL);
	if (sweep_escaped(run->running, run->nrun) > 0)
		return 0;
	if (now_ms() - j->reaped_at < DRAIN_MS)
		return 0;
	/* held open by something the runner cannot find (no /proc) */
	if (j->out >= 0)
		close(j->out);
	if (j->err >= 0)
		close(j->err);
	j->out = j->err = -1;
	return 1;
}

/* Finishes every case that has ended (or run out of time); returns 1 if
   one was finished. */
static int finish_ended(struct run *run)
{
	int finished = 0;
	for (int i = 0; i < run->nrun; i++) {
		struct job *j = &run->running[i];
		enforce_time_limit(j, run->case_timeout_ms);
		if (!j->reaped || !output_ended(run, j))
			continue;
		finish_job(j, run->case_timeout_ms);
		run->ndone++;
		finished = 1;
		run->running[i] = run->running[--run->nrun];
		i--;
	}
	return finished;
}

/* Writes the finished cases to the TAP stream in their order. */
static void emit_finished(struct run *run)
{
	while (run->emitted < ncases && cases[run->emitted].done)
		emit_case(&cases[run->emitted++]);
}

/* Runs every selected case; returns normally when all are done or the run
   was interrupted (interrupted is then set). */
static void run_cases(int jobs, long long case_timeout_ms, int show)
{
	struct run run = { .jobs = jobs, .case_timeout_ms = case_timeout_ms,
			   .show = show, .t0 = now_ms() };
	while (run.ndone < ncases && !interrupted) {
		start_jobs(&run);
		wait_for_events(&run);
		int swept = reap_children(&run);
		if (finish_ended(&run) || swept) {
			run.hold = 0;
			sweep_escaped(run.running, run.nrun);
		}
		emit_finished(&run);
		if (show)
			progress(run.ndone, ncases, run.nrun,
				 run.nrun ? run.running[0].k->name : NULL, run.t0);
	}
	if (interrupted) {
		stop_all(run.running, run.nrun);
		if (show)
			fprintf(stderr, "\r\033[K");
		fprintf(stderr, "%s: interrupted by signal %d (%s) after %d of %d cases; no results written\n",
			prog, (int)interrupted, strsignal((int)interrupted), run.ndone, ncases);
	}
	if (show)
		fprintf(stderr, "\r\033[K");
}

/* Drops the baseline's points of cases this run did not select, so that a
   partial run is compared with the same part of the baseline. */
static void keep_selected(struct results *b)
{
	int n = 0;
	for (int i = 0; i < b->npoints; i++) {
		struct res_point *p = &b->points[i];
		const char *slash = strrchr(p->id, '/');
		size_t cl = slash ? (size_t)(slash - p->id) : strlen(p->id);
		int sel = 0;
		for (int c = 0; c < ncases && !sel; c++)
			sel = strlen(cases[c].name) == cl && strncmp(cases[c].name, p->id, cl) == 0;
		if (sel) {
			b->points[n++] = *p;
			continue;
		}
		free(p->id);
		free(p->message);
		free(p->reason);
		free(p->diag);
	}
	b->npoints = n;
}

/* One screen at the end: the failures grouped by area, and how to turn
   one into a report. */
static void print_summary(const struct results *r, const char *output)
{
	int shown_areas = 0, nbad = 0;
	for (int i = 0; i < r->npoints; i++) {
		const struct res_point *p = &r->points[i];
		if (p->status != TAP_FAIL && p->status != TAP_TIMEOUT)
			continue;
		nbad++;
		size_t al = strcspn(p->id, "/");
		int first = 1; /* first failure of its area? */
		for (int k = 0; k < i && first; k++)
			first = !((r->points[k].status == TAP_FAIL ||
				   r->points[k].status == TAP_TIMEOUT) &&
				  strncmp(r->points[k].id, p->id, al + 1) == 0);
		if (!first)
			continue;
		if (shown_areas++ == 0)
			fprintf(stderr, "%s: failures by area:\n", prog);
		if (shown_areas > 12)
			continue;
		int n = 0;
		for (int k = i; k < r->npoints; k++)
			n += (r->points[k].status == TAP_FAIL ||
			      r->points[k].status == TAP_TIMEOUT) &&
			     strncmp(r->points[k].id, p->id, al + 1) == 0;
		fprintf(stderr, "  %.*s (%d): ", (int)al, p->id, n);
		int listed = 0;
		for (int k = i; k < r->npoints && listed < 3; k++)
			if ((r->points[k].status == TAP_FAIL ||
			     r->points[k].status == TAP_TIMEOUT) &&
			    strncmp(r->points[k].id, p->id, al + 1) == 0)
				fprintf(stderr, "%s%s%s", listed++ ? ", " : "",
					r->points[k].id,
					r->points[k].status == TAP_TIMEOUT ? " (timeout)" : "");
		fprintf(stderr, "%s\n", n > 3 ? ", ..." : "");
	}
	if (shown_areas > 12)
		fprintf(stderr, "  ... and %d more areas\n", shown_areas - 12);
	if (!nbad)
		return;
	const char *first = NULL;
	for (int i = 0; i < r->npoints && !first; i++)
		if (r->points[i].status == TAP_FAIL || r->points[i].status == TAP_TIMEOUT)
			first = r->points[i].id;
	if (output)
		fprintf(stderr, "%s: a paste-ready report of one: fdreport cite %s %s\n",
			prog, first, output);
	else
		fprintf(stderr, "%s: run with -o FILE to keep the results; then fdreport cite ID FILE writes a paste-ready report\n",
			prog);
}

static void set_build_name(struct results *res, const char *build,
			   const char *repro_build)
{
	if (repro_build) {
		snprintf(res->build, sizeof res->build, "%s", repro_build);
		return;
	}
	/* the -b directory's own name */
	char b[sizeof res->build];
	snprintf(b, sizeof b, "%s", build);
	size_t n = strlen(b);
	while (n > 1 && b[n - 1] == '/')
		b[--n] = 0;
	const char *slash = strrchr(b, '/');
	snprintf(res->build, sizeof res->build, "%s", slash && slash[1] ? slash + 1 : b);
}

/* ---- options ---------------------------------------------------------------- */

struct options {
	const char *build, *output, *name, *repro, *repro_build;
	const char *fixtures, *junit, *baseline;
	int jobs, timeout_s, quiet, list;
};

/* --wrap CMD: the words of CMD become the prefix of every program. */
static void parse_wrap(const char *arg)
{
	char *w = xstrdup(arg), *save = NULL;
	nwrap = 0;
	for (char *t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		if (nwrap == 15)
			die_usage("--wrap '%s' has too many words", arg);
		wrap_argv[nwrap++] = t;
	}
	if (!nwrap)
		die_usage("--wrap needs a command, not '%s'", arg);
}

/* The options into *o; returns the index of the first operand.  --help
   and a bad option end the program here. */
static int parse_options(int argc, char **argv, struct options *o)
{
	*o = (struct options){ .build = "build", .name = "host", .repro = "",
			       .jobs = 1, .timeout_s = 120 };
	static const struct option opts[] = {
		{ "build", required_argument, 0, 'b' },
		{ "jobs", required_argument, 0, 'j' },
		{ "timeout", required_argument, 0, 't' },
		{ "output", required_argument, 0, 'o' },
		{ "name", required_argument, 0, 'n' },
		{ "repro", required_argument, 0, 'r' },
		{ "repro-build", required_argument, 0, 'B' },
		{ "wrap", required_argument, 0, 'w' },
		{ "fixtures", required_argument, 0, 'f' },
		{ "junit", required_argument, 0, 'J' },
		{ "ktap", no_argument, 0, 'K' },
		{ "baseline", required_argument, 0, 'L' },
		{ "quiet", no_argument, 0, 'q' },
		{ "list", no_argument, 0, 'l' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 }
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":b:j:t:o:n:r:B:w:f:qlh", opts, NULL)) != -1) {
		switch (c) {
		case 'b': o->build = optarg; break;
		case 'j': o->jobs = (int)parse_whole("-j", optarg, 1, MAX_JOBS); break;
		case 't': o->timeout_s = (int)parse_whole("-t", optarg, 1, 86400); break;
		case 'o': o->output = optarg; break;
		case 'n': o->name = optarg; break;
		case 'r': o->repro = optarg; break;
		case 'B': o->repro_build = optarg; break;
		case 'w': parse_wrap(optarg); break;
		case 'f': o->fixtures = optarg; break;
		case 'J': o->junit = optarg; break;
		case 'K': ktap = 1; break;
		case 'L': o->baseline = optarg; break;
		case 'q': o->quiet = 1; break;
		case 'l': o->list = 1; break;
		case 'h': usage(); exit(EXIT_PASS);
		case ':': die_usage("option '%s' needs a value", argv[optind - 1]); break;
		default: die_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	return optind;
}

/* The cases the operands name; --list prints them and ends the program
   here, as does finding none. */
static void choose_cases(const struct options *o, int argc, char **argv)
{
	timeout_scale = parse_scale();
	check_wrap();
	find_cases(o->build);
	select_cases(argc, argv);
	if (o->list) {
		for (int i = 0; i < ncases; i++)
			printf("%s\n", cases[i].name);
		exit(EXIT_PASS);
	}
	if (ncases == 0) {
		fprintf(stderr, "%s: no case programs under %s/cases; run make first\n",
			prog, o->build);
		exit(EXIT_USAGE);
	}
}

/* The files the run reads and writes, checked before anything runs: the
   baseline is read into *baseline, the outputs must be writable, an
   explicit fixtures directory must exist. */
static void check_files(const struct options *o, struct results *baseline)
{
	if (o->baseline) { /* read now: a bad baseline is found before the run */
		char err[1024];
		if (results_read(o->baseline, baseline, err, sizeof err) != 0) {
			fprintf(stderr, "%s: --baseline: %s (see %s --help)\n", prog, err, prog);
			exit(EXIT_USAGE);
		}
	}
	check_output(o->output, "-o");
	check_output(o->junit, "--junit");

	static char fixtures[PATH_MAX];
	char fx[PATH_MAX];
	snprintf(fx, sizeof fx, "%s", o->fixtures ? o->fixtures : o->build);
	if (!o->fixtures)
		snprintf(fx, sizeof fx, "%s/fixtures", o->build);
	if (realpath(fx, fixtures))
		fixtures_dir = fixtures;
	else if (o->fixtures) {
		fprintf(stderr, "%s: fixtures directory %s: %s\n", prog, o->fixtures, strerror(errno));
		exit(EXIT_USAGE);
	}
}

/* ---- preparing the run ------------------------------------------------------ */

/* Absolute case paths: cases run in their scratch directories. */
static void absolute_case_paths(void)
{
	for (int i = 0; i < ncases; i++) {
		char abs[PATH_MAX];
		if (realpath(cases[i].path, abs))
			snprintf(cases[i].path, sizeof cases[i].path, "%s", abs);
	}
}

/* The scratch root under $TMPDIR that holds every case's scratch
   directory, and in it the start-up audit the cases under startup/ read. */
static void make_scratch_root(const struct audit *startup_audit)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(scratch_root, sizeof scratch_root, "%s/fdrun.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(scratch_root)) {
		int e = errno;
		scratch_root[0] = 0;
		fatal("cannot create a scratch directory under %s: %s",
		      tmp && *tmp ? tmp : "/tmp", strerror(e));
	}
	char root[PATH_MAX];
	snprintf(startup_audit_path, sizeof startup_audit_path, "%s/startup-audit",
		 realpath(scratch_root, root) ? root : scratch_root);
	if (audit_write_file(startup_audit, startup_audit_path) != 0)
		fprintf(stderr, "%s: cannot write %s: %s\n", prog, startup_audit_path,
			strerror(errno));
}

/* The fingerprint of where the cases run, which under a wrapper or
   another libc is not where the runner runs. */
static void fingerprint(struct fd_env *env, const char *build)
{
	fd_env_collect(env);
	char fd_dir[PATH_MAX], fd_real[PATH_MAX];
	snprintf(fd_dir, sizeof fd_dir, "%s/fixtures", build);
	const char *keep = fixtures_dir;
	if (realpath(fd_dir, fd_real))
		fixtures_dir = fd_real;
	if (fingerprint_from_fixture(env) != 0 && nwrap)
		fprintf(stderr, "%s: warning: could not run %s/fdenv under the wrapper; the fingerprint is the runner's own\n",
			prog, fd_dir);
	fixtures_dir = keep;
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
}

/* What the results say about the run before it starts: the environment
   and its names, the jobs and the time limit.  Returns the time limit
   per case in milliseconds. */
static long long describe_run(struct results *res, const struct options *o)
{
	memset(res, 0, sizeof *res);
	fingerprint(&res->env, o->build);
	snprintf(res->name, sizeof res->name, "%s", o->name);
	snprintf(res->repro, sizeof res->repro, "%s", o->repro);
	set_build_name(res, o->build, o->repro_build);
	res->jobs = o->jobs;
	long long case_timeout_ms = (long long)(o->timeout_s * 1000.0 * timeout_scale);
	if (case_timeout_ms < 1)
		case_timeout_ms = 1;
	res->case_timeout = (int)(case_timeout_ms / 1000);
	return case_timeout_ms;
}

/* The line naming the run and where it runs. */
#define RUN_LINE "fdsuite %s on %s: kernel %s, %s %s %s, runtime %s"
#define RUN_LINE_ARGS(res, name) (res)->env.revision, (name), (res)->env.kernel_release, \
	(res)->env.arch, (res)->env.libc, (res)->env.libc_version, (res)->env.runtime

/* ---- finishing the run ------------------------------------------------------ */

/* Removes the scratch root and puts away the self-pipe. */
static void end_run(void)
{
	fd_remove_tree(scratch_root);
	signal(SIGCHLD, SIG_DFL); /* the self-pipe is done with */
	close(wake_pipe[0]);
	close(wake_pipe[1]);
	wake_pipe[0] = wake_pipe[1] = -1;
}

/* The end of the stream on stdout: the plan of the TAP stream, or the
   whole KTAP document. */
static void end_stream(const struct results *res, const char *name)
{
	if (ktap) {
		char fp[1024];
		snprintf(fp, sizeof fp, RUN_LINE, RUN_LINE_ARGS(res, name));
		results_write_ktap(res, fp, stdout);
	} else {
		printf("1..%d\n", emitted_points);
	}
	fflush(stdout);
}

/* The count lines on stderr. */
static void print_totals(const struct results *res, const char *name)
{
	fprintf(stderr, "fdrun: %d passed, %d failed, %d skipped\n",
		res->counts[TAP_PASS] + res->counts[TAP_XPASS],
		res->counts[TAP_FAIL] + res->counts[TAP_TIMEOUT], res->counts[TAP_SKIP]);
	fprintf(stderr, "%s: %s: %d points in %d cases, %d timed out, %d expected failures, %.1f s\n",
		prog, name, res->npoints, ncases, res->counts[TAP_TIMEOUT],
		res->counts[TAP_XFAIL], res->wall_seconds);
}

/* The results file and the JUnit file, where asked for; returns 0, or -1
   (said why) when one could not be written. */
static int write_outputs(const struct results *res, const struct options *o)
{
	if (o->output) {
		char err[512];
		if (results_write_file(res, o->output, err, sizeof err)) {
			fprintf(stderr, "%s: %s\n", prog, err);
			return -1;
		}
		fprintf(stderr, "%s: results written to %s\n", prog, o->output);
	}
	if (o->junit) {
		FILE *f = fopen(o->junit, "w");
		if (!f || results_write_junit(res, f) != 0 || fclose(f) != 0) {
			fprintf(stderr, "%s: cannot write JUnit file %s: %s\n", prog,
				o->junit, strerror(errno));
			return -1;
		}
		fprintf(stderr, "%s: JUnit XML written to %s\n", prog, o->junit);
	}
	return 0;
}

/* What changed against the baseline (which is freed); returns the exit
   status: a failure only on a regression. */
static int compare_with_baseline(struct results *baseline, const char *path,
				 const struct results *res)
{
	keep_selected(baseline);
	struct diff d;
	if (results_diff(baseline, res, &d) != 0)
		fatal("out of memory");
	fprintf(stderr, "%s: against the baseline %s:\n", prog, path);
	diff_print(stderr, &d, baseline, res, 0);
	int status = diff_status(&d) ? EXIT_FAIL : EXIT_PASS;
	fprintf(stderr, "%s: %s\n", prog, status ? "a regression against the baseline"
			: "no regression against the baseline (failures that fail there too are known)");
	diff_free(&d);
	results_free(baseline);
	return status;
}

int main(int argc, char **argv)
{
	/* the start-up audit: what this process was handed, recorded before
	   anything here changes it; the cases under startup/ judge it */
	static struct audit startup_audit;
	audit_capture(&startup_audit);
	normalize_start();
	struct options o;
	int first = parse_options(argc, argv, &o);
	struct results baseline;
	memset(&baseline, 0, sizeof baseline);
	choose_cases(&o, argc - first, argv + first);
	check_files(&o, &baseline);

	absolute_case_paths();
	make_scratch_root(&startup_audit);
	install_handlers();
	struct results res;
	long long case_timeout_ms = describe_run(&res, &o);
	if (!ktap) {
		printf("TAP version 13\n");
		printf("# " RUN_LINE "\n", RUN_LINE_ARGS(&res, o.name));
		fflush(stdout);
	}

	double t0 = now_ms();
	run_cases(o.jobs, case_timeout_ms, !o.quiet && isatty(2));
	end_run();
	if (interrupted)
		return EXIT_SIGNAL + (int)interrupted;
	res.wall_seconds = (now_ms() - t0) / 1000.0;
	fill_results(&res);
	end_stream(&res, o.name);
	print_summary(&res, o.output);
	print_totals(&res, o.name);
	if (write_outputs(&res, &o) != 0)
		return EXIT_RUNNER;
	int failed = res.counts[TAP_FAIL] + res.counts[TAP_TIMEOUT];
	int status = failed ? EXIT_FAIL : EXIT_PASS;
	if (o.baseline)
		status = compare_with_baseline(&baseline, o.baseline, &res);
	results_free(&res);
	return status;
}
