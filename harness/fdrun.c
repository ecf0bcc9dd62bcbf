/*
 * fdrun - runs the built case programs and collates one TAP 13 stream and
 * one results file for this environment.
 *
 * Each case runs with a fresh private scratch directory (its cwd and
 * TMPDIR), a known descriptor table (0 = /dev/null, 1 and 2 = pipes to the
 * runner, nothing else), default signal dispositions and an empty signal
 * mask, in its own process group, under a time limit.  Nothing is left
 * behind: the group is killed after the case and the scratch is removed.
 *
 * Exit status: 0 when every point passed, was skipped or failed as
 * expected; 1 when a point failed; 2 on bad usage or a results file that
 * cannot be written.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "audit.h"
#include "fdenv.h"
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
static char startup_audit_path[PATH_MAX]; /* FDSUITE_STARTUP_AUDIT for the cases */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void die_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", prog);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (see %s --help)\n", prog);
	exit(2);
}

static void usage(void)
{
	printf("usage: %s [options] [CASE|AREA ...]\n"
	       "Runs fdsuite case programs; prints one TAP 13 stream.\n\n"
	       "  -b, --build DIR       build directory holding cases/ and fixtures/ (build)\n"
	       "  -j, --jobs N          cases run in parallel (1)\n"
	       "  -t, --timeout SEC     time limit per case program (120, times FT_TIMEOUT_SCALE)\n"
	       "  -o, --output FILE     write the results file (JSON) there\n"
	       "  -n, --name NAME       name of this environment in the results (host)\n"
	       "  -r, --repro PREFIX    command prefix that reruns a case in this environment\n"
	       "  -B, --repro-build DIR the build directory that command names (the last\n"
	       "                        component of -b)\n"
	       "  -w, --wrap CMD        run every program as CMD PROGRAM (an emulator, e.g. qemu-x86_64)\n"
	       "  -f, --fixtures DIR    fixture programs the cases exec (BUILD/fixtures)\n"
	       "  -q, --quiet           no progress line\n"
	       "  -l, --list            list the cases that would run and exit\n"
	       "  -h, --help            this text\n\n"
	       "CASE is area/behavior (e.g. dup/shares_offset); AREA runs all its cases.\n"
	       "Exit status: 0 all passed or skipped, 1 a failure, 2 bad usage.\n",
	       prog);
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *d = realloc(b->data, cap);
		if (!d) {
			fprintf(stderr, "%s: out of memory\n", prog);
			exit(2);
		}
		b->data = d;
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
		exit(2);
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
				cases = realloc(cases, (size_t)capcases * sizeof *cases);
				if (!cases)
					exit(2);
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
	char *keep = calloc((size_t)ncases + 1, 1);
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
			exit(2);
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

static void close_from_3(void)
{
#ifdef SYS_close_range
	if (syscall(SYS_close_range, 3U, ~0U, 0U) == 0)
		return;
#endif
	int fds[4096], n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)) && n < 4096)
			if (e->d_name[0] >= '0' && e->d_name[0] <= '9')
				fds[n++] = atoi(e->d_name);
		int self = dirfd(d);
		for (int i = 0; i < n; i++)
			if (fds[i] >= 3 && fds[i] != self)
				close(fds[i]);
		closedir(d);
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

/* execv path (or "WRAP... path") with extra arguments; returns on error */
static void exec_wrapped(const char *path, const char *arg)
{
	char *argv[20];
	int n = 0;
	for (int i = 0; i < nwrap; i++)
		argv[n++] = wrap_argv[i];
	argv[n++] = (char *)path;
	if (arg)
		argv[n++] = (char *)arg;
	argv[n] = NULL;
	if (nwrap)
		execvp(argv[0], argv);
	else
		execv(path, argv);
}

static int start_job(struct job *j, struct kase *k)
{
	int o[2], e[2];
	memset(j, 0, sizeof *j);
	j->k = k;
	snprintf(j->scratch, sizeof j->scratch, "%s/case.XXXXXX", scratch_root);
	if (!mkdtemp(j->scratch)) {
		fprintf(stderr, "%s: cannot create scratch directory: %s\n",
			prog, strerror(errno));
		return -1;
	}
	if (pipe2(o, O_CLOEXEC) || pipe2(e, O_CLOEXEC)) {
		fprintf(stderr, "%s: pipe: %s\n", prog, strerror(errno));
		return -1;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid == -1) {
		fprintf(stderr, "%s: fork: %s\n", prog, strerror(errno));
		return -1;
	}
	if (pid == 0) {
		setpgid(0, 0);
		fd_reset_signals();
		int devnull = open("/dev/null", O_RDONLY);
		if (devnull == -1 || dup2(devnull, 0) == -1 || dup2(o[1], 1) == -1 ||
		    dup2(e[1], 2) == -1)
			_exit(126);
		close_from_3();
		if (chdir(j->scratch) == -1)
			_exit(126);
		setenv("TMPDIR", j->scratch, 1);
		setenv("FT_TIMING", "1", 1);
		if (startup_audit_path[0])
			setenv("FDSUITE_STARTUP_AUDIT", startup_audit_path, 1);
		if (fixtures_dir)
			setenv("FDSUITE_FIXTURES", fixtures_dir, 1);
		exec_wrapped(k->path, NULL);
		fprintf(stderr, "%s: cannot execute %s: %s\n", prog,
			nwrap ? wrap_argv[0] : k->path, strerror(errno));
		_exit(127);
	}
	setpgid(pid, pid);
	close(o[1]);
	close(e[1]);
	j->pid = pid;
	j->out = o[0];
	j->err = e[0];
	j->start = now_ms();
	return 0;
}

/* ---- finishing a case ------------------------------------------------------ */

/* Names of the points the case declares, from "CASE --list". */
static int list_points(struct kase *k, char ***ids)
{
	int p[2];
	*ids = NULL;
	if (pipe2(p, O_CLOEXEC))
		return 0;
	pid_t pid = fork();
	if (pid == 0) {
		dup2(p[1], 1);
		int dn = open("/dev/null", O_WRONLY);
		if (dn >= 0)
			dup2(dn, 2);
		exec_wrapped(k->path, "--list");
		_exit(127);
	}
	close(p[1]);
	struct buf b = { 0 };
	char chunk[4096];
	ssize_t r;
	struct pollfd pf = { p[0], POLLIN, 0 };
	double until = now_ms() + 5000;
	while (now_ms() < until && poll(&pf, 1, 100) >= 0) {
		if (!(pf.revents & (POLLIN | POLLHUP)))
			continue;
		r = read(p[0], chunk, sizeof chunk);
		if (r <= 0)
			break;
		buf_add(&b, chunk, (size_t)r);
	}
	close(p[0]);
	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	int n = 0;
	for (char *l = b.data; l && *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		if (*l) {
			*ids = realloc(*ids, (size_t)(n + 1) * sizeof **ids);
			(*ids)[n++] = strdup(l);
		}
		if (!nl)
			break;
		l = nl + 1;
	}
	free(b.data);
	return n;
}

static void finish_job(struct job *j, int case_timeout_ms)
{
	struct kase *k = j->k;
	k->wall_ms = now_ms() - j->start;
	/* nothing of the case may outlive it */
	kill(-j->pid, SIGKILL);
	fd_remove_tree(j->scratch);
	k->tap = j->obuf.data ? j->obuf.data : strdup("");
	j->obuf.data = NULL;
	if (tap_parse(k->tap, &k->parsed)) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(2);
	}
	if (j->timed_out)
		snprintf(k->exit, sizeof k->exit, "timeout after %d ms",
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
			k->extra_ids = realloc(k->extra_ids, (size_t)(k->nextra + 1) * sizeof(char *));
			k->extra_msgs = realloc(k->extra_msgs, (size_t)(k->nextra + 1) * sizeof(char *));
			k->extra_ids[k->nextra] = ids[i];
			k->extra_msgs[k->nextra++] = strdup(msg);
		}
		free(ids);
		if (n == 0 && k->parsed.npoints == 0) {
			char id[300];
			snprintf(id, sizeof id, "%s/(program)", k->name);
			k->extra_ids = realloc(k->extra_ids, sizeof(char *));
			k->extra_msgs = realloc(k->extra_msgs, sizeof(char *));
			k->extra_ids[0] = strdup(id);
			snprintf(msg, sizeof msg,
				 "the case program printed no points and could not list them (%s)",
				 k->exit);
			k->extra_msgs[0] = strdup(msg);
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
		printf("not ok %d - %s\n  ---\n  message: \"%s\"\n  ...\n",
		       ++emitted_points, k->extra_ids[i], k->extra_msgs[i]);
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

static void progress(int done, int total, int running, const char *name)
{
	int failed = counts[TAP_FAIL] + counts[TAP_TIMEOUT];
	fprintf(stderr, "\r\033[K[%d/%d] %d running, %d failed  %s", done, total,
		running, failed, name ? name : "");
}

/* ---- results ---------------------------------------------------------------- */

static void fill_results(struct results *r)
{
	int np = 0;
	for (int i = 0; i < ncases; i++)
		np += cases[i].parsed.npoints + cases[i].nextra;
	r->cases = calloc((size_t)ncases + 1, sizeof *r->cases);
	r->points = calloc((size_t)np + 1, sizeof *r->points);
	for (int i = 0; i < ncases; i++) {
		struct kase *k = &cases[i];
		struct res_case *c = &r->cases[r->ncases++];
		c->name = strdup(k->name);
		c->summary = k->parsed.summary ? strdup(k->parsed.summary) : NULL;
		c->cite = k->parsed.cite ? strdup(k->parsed.cite) : NULL;
		c->exit = strdup(k->exit);
		c->wall_ms = k->wall_ms;
		c->stderr_text = k->err.data ? strdup(k->err.data) : NULL;
		for (int p = 0; p < k->parsed.npoints; p++) {
			struct tap_point *t = &k->parsed.points[p];
			struct res_point *o = &r->points[r->npoints++];
			o->id = strdup(t->id);
			o->status = t->status;
			o->duration_ms = t->duration_ms;
			o->message = t->message ? strdup(t->message) : NULL;
			o->reason = t->reason ? strdup(t->reason) : NULL;
			int bad = t->status != TAP_PASS && t->status != TAP_SKIP;
			o->diag = bad && t->yaml ? strdup(t->yaml) : NULL;
			o->notes = t->notes ? strdup(t->notes) : NULL;
		}
		for (int p = 0; p < k->nextra; p++) {
			struct res_point *o = &r->points[r->npoints++];
			o->id = strdup(k->extra_ids[p]);
			o->status = strncmp(k->exit, "timeout", 7) == 0
					    ? TAP_TIMEOUT
					    : TAP_FAIL;
			o->duration_ms = -1;
			o->message = strdup(k->extra_msgs[p]);
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
	if (pid == 0) {
		dup2(p[1], 1);
		exec_wrapped(path, NULL);
		_exit(127);
	}
	close(p[1]);
	struct buf b = { 0 };
	char chunk[1024];
	ssize_t r;
	while ((r = read(p[0], chunk, sizeof chunk)) > 0)
		buf_add(&b, chunk, (size_t)r);
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
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

static void on_signal(int sig)
{
	interrupted = sig;
}

int main(int argc, char **argv)
{
	/* the start-up audit: what this process was handed, recorded before
	   anything here changes it; the cases under startup/ judge it */
	static struct audit startup_audit;
	audit_capture(&startup_audit);

	const char *build = "build", *output = NULL, *name = "host",
		   *repro = "", *repro_build = NULL;
	const char *fixtures_arg = NULL;
	int jobs = 1, timeout_s = 120, quiet = 0, list = 0;
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
		{ "quiet", no_argument, 0, 'q' },
		{ "list", no_argument, 0, 'l' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 }
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":b:j:t:o:n:r:B:w:f:qlh", opts, NULL)) != -1) {
		char *end;
		switch (c) {
		case 'b': build = optarg; break;
		case 'j':
			jobs = (int)strtol(optarg, &end, 10);
			if (*end || jobs < 1 || jobs > MAX_JOBS)
				die_usage("-j wants a number of jobs from 1 to 64, not '%s'", optarg);
			break;
		case 't':
			timeout_s = (int)strtol(optarg, &end, 10);
			if (*end || timeout_s < 1)
				die_usage("-t wants a positive number of seconds, not '%s'", optarg);
			break;
		case 'o': output = optarg; break;
		case 'n': name = optarg; break;
		case 'r': repro = optarg; break;
		case 'B': repro_build = optarg; break;
		case 'w': {
			char *w = strdup(optarg), *save = NULL;
			for (char *t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
				if (nwrap == 15)
					die_usage("--wrap '%s' has too many words", optarg);
				wrap_argv[nwrap++] = t;
			}
			if (!nwrap)
				die_usage("--wrap needs a command, not '%s'", optarg);
			break;
		}
		case 'f': fixtures_arg = optarg; break;
		case 'q': quiet = 1; break;
		case 'l': list = 1; break;
		case 'h': usage(); return 0;
		case ':': die_usage("option '%s' needs a value", argv[optind - 1]); break;
		default: die_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	find_cases(build);
	select_cases(argc - optind, argv + optind);
	if (list) {
		for (int i = 0; i < ncases; i++)
			printf("%s\n", cases[i].name);
		return 0;
	}
	if (ncases == 0) {
		fprintf(stderr, "%s: no case programs under %s/cases; run make first\n",
			prog, build);
		return 2;
	}

	/* Fail early, before running anything, if the results cannot be
	   written; the file itself is written whole at the end. */
	if (output) {
		char probe[PATH_MAX];
		snprintf(probe, sizeof probe, "%s.tmp.%d", output, (int)getpid());
		FILE *f = fopen(probe, "w");
		if (!f && errno == ENOENT) {
			char dir[PATH_MAX];
			snprintf(dir, sizeof dir, "%s", output);
			char *s = strrchr(dir, '/');
			if (s) {
				*s = 0;
				for (char *p = dir + 1; *p; p++)
					if (*p == '/') {
						*p = 0;
						mkdir(dir, 0777);
						*p = '/';
					}
				mkdir(dir, 0777);
				f = fopen(probe, "w");
			}
		}
		if (!f) {
			fprintf(stderr, "%s: cannot write results file %s: %s\n",
				prog, output, strerror(errno));
			return 2;
		}
		fclose(f);
		unlink(probe);
	}

	static char fixtures[PATH_MAX];
	char fx[PATH_MAX];
	snprintf(fx, sizeof fx, "%s", fixtures_arg ? fixtures_arg : build);
	if (!fixtures_arg)
		snprintf(fx, sizeof fx, "%s/fixtures", build);
	if (realpath(fx, fixtures))
		fixtures_dir = fixtures;
	else if (fixtures_arg) {
		fprintf(stderr, "%s: fixtures directory %s: %s\n", prog, fixtures_arg, strerror(errno));
		return 2;
	}
	/* absolute case paths: cases run in their scratch directories */
	for (int i = 0; i < ncases; i++) {
		char abs[PATH_MAX];
		if (realpath(cases[i].path, abs))
			snprintf(cases[i].path, sizeof cases[i].path, "%s", abs);
	}

	const char *tmp = getenv("TMPDIR");
	snprintf(scratch_root, sizeof scratch_root, "%s/fdrun.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(scratch_root)) {
		fprintf(stderr, "%s: cannot create a scratch directory under %s: %s\n",
			prog, tmp && *tmp ? tmp : "/tmp", strerror(errno));
		return 2;
	}
	{
		char root[PATH_MAX];
		snprintf(startup_audit_path, sizeof startup_audit_path, "%s/startup-audit",
			 realpath(scratch_root, root) ? root : scratch_root);
		if (audit_write_file(&startup_audit, startup_audit_path) != 0)
			fprintf(stderr, "%s: cannot write %s: %s\n", prog, startup_audit_path,
				strerror(errno));
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	struct results res;
	memset(&res, 0, sizeof res);
	fd_env_collect(&res.env);
	/* the fingerprint of where the cases run, which under a wrapper or
	   another libc is not where the runner runs */
	{
		char fd_dir[PATH_MAX], fd_real[PATH_MAX];
		snprintf(fd_dir, sizeof fd_dir, "%s/fixtures", build);
		const char *keep = fixtures_dir;
		if (realpath(fd_dir, fd_real))
			fixtures_dir = fd_real;
		if (fingerprint_from_fixture(&res.env) != 0 && nwrap)
			fprintf(stderr, "%s: warning: could not run %s/fdenv under the wrapper; the fingerprint is the runner's own\n",
				prog, fd_dir);
		fixtures_dir = keep;
	}
	snprintf(res.name, sizeof res.name, "%s", name);
	snprintf(res.repro, sizeof res.repro, "%s", repro);
	if (repro_build) {
		snprintf(res.build, sizeof res.build, "%s", repro_build);
	} else { /* the -b directory's own name */
		char b[sizeof res.build];
		snprintf(b, sizeof b, "%s", build);
		size_t n = strlen(b);
		while (n > 1 && b[n - 1] == '/')
			b[--n] = 0;
		const char *slash = strrchr(b, '/');
		snprintf(res.build, sizeof res.build, "%s", slash && slash[1] ? slash + 1 : b);
	}
	res.jobs = jobs;
	const char *sc = getenv("FT_TIMEOUT_SCALE");
	double scale = sc && atof(sc) > 0 ? atof(sc) : 1.0;
	int case_timeout_ms = (int)(timeout_s * 1000 * scale);
	res.case_timeout = (int)(timeout_s * scale);

	int show = !quiet && isatty(2);
	printf("TAP version 13\n");
	printf("# fdsuite %s on %s: kernel %s, %s %s %s, runtime %s\n",
	       res.env.revision, name, res.env.kernel_release, res.env.arch,
	       res.env.libc, res.env.libc_version, res.env.runtime);
	fflush(stdout);

	struct job running[MAX_JOBS];
	int nrun = 0, next = 0, ndone = 0, emitted = 0;
	double t0 = now_ms();
	while ((ndone < ncases) && !interrupted) {
		while (nrun < jobs && next < ncases) {
			if (start_job(&running[nrun], &cases[next]) != 0) {
				interrupted = SIGTERM;
				break;
			}
			nrun++;
			next++;
		}
		/* wait for output, an exit, or a deadline */
		struct pollfd pf[2 * MAX_JOBS];
		int np = 0;
		for (int i = 0; i < nrun; i++) {
			if (running[i].out >= 0)
				pf[np++] = (struct pollfd){ running[i].out, POLLIN, 0 };
			if (running[i].err >= 0)
				pf[np++] = (struct pollfd){ running[i].err, POLLIN, 0 };
		}
		poll(pf, (nfds_t)np, 50);
		for (int i = 0; i < nrun; i++) {
			struct job *j = &running[i];
			for (int w = 0; w < 2; w++) {
				int *fd = w ? &j->err : &j->out;
				if (*fd < 0)
					continue;
				struct pollfd q = { *fd, POLLIN, 0 };
				if (poll(&q, 1, 0) <= 0)
					continue;
				char chunk[8192];
				ssize_t r = read(*fd, chunk, sizeof chunk);
				if (r > 0)
					buf_add(w ? &j->k->err : &j->obuf, chunk, (size_t)r);
				else if (r == 0 || errno != EINTR) {
					close(*fd);
					*fd = -1;
				}
			}
		}
		/* reap: our cases, and any orphan if we are init */
		int st;
		pid_t pid;
		while ((pid = waitpid(-1, &st, WNOHANG)) > 0)
			for (int i = 0; i < nrun; i++)
				if (running[i].pid == pid) {
					running[i].status = st;
					running[i].reaped = 1;
					running[i].reaped_at = now_ms();
				}
		for (int i = 0; i < nrun; i++) {
			struct job *j = &running[i];
			double age = now_ms() - j->start;
			if (!j->reaped && age > case_timeout_ms) {
				j->timed_out = 1;
				kill(-j->pid, SIGKILL);
				kill(j->pid, SIGKILL);
				waitpid(j->pid, &j->status, 0);
				j->reaped = 1;
				j->reaped_at = now_ms();
			}
			/* once the case exited, give its pipes a moment to
			   drain; a stray holder of them is killed with the
			   group */
			int drained = j->out < 0 && j->err < 0;
			if (j->reaped && !drained) {
				if (kill(-j->pid, 0) == 0)
					kill(-j->pid, SIGKILL);
				if (now_ms() - j->reaped_at < 2000)
					continue;
				/* held open by something outside the group */
				if (j->out >= 0)
					close(j->out);
				if (j->err >= 0)
					close(j->err);
				j->out = j->err = -1;
			}
			if (!j->reaped)
				continue;
			finish_job(j, case_timeout_ms);
			ndone++;
			running[i] = running[--nrun];
			i--;
		}
		while (emitted < ncases && cases[emitted].done)
			emit_case(&cases[emitted++]);
		if (show)
			progress(ndone, ncases, nrun,
				 nrun ? running[0].k->name : NULL);
	}
	if (interrupted) {
		for (int i = 0; i < nrun; i++) {
			kill(-running[i].pid, SIGKILL);
			waitpid(running[i].pid, NULL, 0);
			fd_remove_tree(running[i].scratch);
		}
		fd_remove_tree(scratch_root);
		if (show)
			fprintf(stderr, "\r\033[K");
		fprintf(stderr, "%s: interrupted by signal %d after %d of %d cases; no results written\n",
			prog, (int)interrupted, ndone, ncases);
		return 2;
	}
	fd_remove_tree(scratch_root);
	if (show)
		fprintf(stderr, "\r\033[K");
	printf("1..%d\n", emitted_points);
	fflush(stdout);

	res.wall_seconds = (now_ms() - t0) / 1000.0;
	fill_results(&res);
	int failed = res.counts[TAP_FAIL] + res.counts[TAP_TIMEOUT];
	fprintf(stderr, "fdrun: %d passed, %d failed, %d skipped\n",
		res.counts[TAP_PASS] + res.counts[TAP_XPASS],
		failed, res.counts[TAP_SKIP]);
	fprintf(stderr, "%s: %s: %d points in %d cases, %d timed out, %d expected failures, %.1f s\n",
		prog, name, res.npoints, ncases, res.counts[TAP_TIMEOUT],
		res.counts[TAP_XFAIL], res.wall_seconds);
	if (output) {
		char err[512];
		if (results_write_file(&res, output, err, sizeof err)) {
			fprintf(stderr, "%s: %s\n", prog, err);
			return 2;
		}
		fprintf(stderr, "%s: results written to %s\n", prog, output);
	}
	results_free(&res);
	return failed ? 1 : 0;
}
