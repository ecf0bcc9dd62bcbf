/*
 * Memory running out while reading results files and writing the report
 * must be said as "out of memory": never a crash, never "malformed".
 *
 * Two ways: every allocation in turn is made to fail (malloc, calloc and
 * realloc are replaced in this test program by versions that fail the Nth
 * call when armed, and otherwise call glibc's own), and a real address
 * space limit (RLIMIT_AS, what `ulimit -v` sets).  Each attempt runs in a
 * forked child, so a crash is a failure naming the allocation.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cite.h"
#include "collate.h"
#include "diff.h"
#include "json.h"

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static long fail_at = -1; /* the allocation that fails; -1: none */
static long nalloc;

static int injected(void)
{
	return fail_at >= 0 && nalloc++ == fail_at;
}

void *malloc(size_t n)
{
	if (injected()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_malloc(n);
}

void *calloc(size_t a, size_t b)
{
	if (injected()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
	if (injected()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_realloc(p, n);
}

/* What one attempt reports through the pipe. */
struct outcome {
	int rc;        /* 0 success, -1 refused */
	int same;      /* on success: the result is the one without failures */
	int reached;   /* the armed allocation was made */
	char err[256];
};

typedef void (*attempt_fn)(struct outcome *o);

/* The outcome the child pid writes to pipe p, after it exited. */
static struct outcome outcome_of(pid_t pid, int p[2], long n)
{
	close(p[1]);
	struct outcome o;
	ssize_t got = read(p[0], &o, sizeof o);
	close(p[0]);
	int status;
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0 && got == sizeof o,
		  "the child died (status 0x%x; the allocation made to fail: %ld, -1 for none)", status, n);
	return o;
}

/* Runs fn in a child with allocation number n failing. */
static struct outcome attempt(attempt_fn fn, long n)
{
	int p[2];
	cr_assert_eq(pipe(p), 0);
	fflush(NULL);
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		struct outcome o = { 0 };
		nalloc = 0;
		fail_at = n;
		fn(&o);
		o.reached = n >= 0 && nalloc > n;
		fail_at = -1;
		_exit(write(p[1], &o, sizeof o) == sizeof o ? 0 : 1);
	}
	return outcome_of(pid, p, n);
}

/* Fails each allocation fn makes in turn: every attempt must either give
   the same result as without failures, or say "out of memory". */
static void sweep(attempt_fn fn)
{
	struct outcome base = attempt(fn, -1);
	cr_assert_eq(base.rc, 0, "%s", base.err);
	long n;
	for (n = 0; n < 100000; n++) {
		struct outcome o = attempt(fn, n);
		if (!o.reached) {
			cr_expect_eq(o.rc, 0, "%s", o.err);
			break;
		}
		if (o.rc == 0)
			cr_expect(o.same, "allocation %ld failed: a different result without an error", n);
		else
			cr_expect(strstr(o.err, "out of memory") != NULL,
				  "allocation %ld failed: \"%s\"", n, o.err);
	}
	cr_expect_gt(n, 10, "only %ld allocations were tried", n);
}

static const char sample[] =
	"{\"format\": \"fdsuite-results/1\",\n"
	" \"environment\": {\"name\": \"host\", \"kernel_release\": \"6.1.0\", \"repro\": \"runsc do\"},\n"
	" \"run\": {\"wall_seconds\": 1.5, \"jobs\": 2, \"case_timeout_seconds\": 120},\n"
	" \"summary\": {\"pass\": 1, \"fail\": 1, \"skip\": 1, \"total\": 3},\n"
	" \"cases\": [{\"name\": \"dup/x\", \"summary\": \"dup shares the offset\", \"cite\": \"dup(2)\", \"exit\": \"1\", \"wall_ms\": 3.5},\n"
	"           {\"name\": \"pipe/eof\", \"cite\": \"pipe(7)\", \"exit\": \"0\"}],\n"
	" \"points\": [{\"id\": \"dup/x/a\", \"status\": \"pass\", \"duration_ms\": 0.5},\n"
	"            {\"id\": \"dup/x/b\", \"status\": \"fail\", \"message\": \"read returned 1\\u00e9\", \"diag\": \"errno: EBADF\\n\"},\n"
	"            {\"id\": \"pipe/eof/c\", \"status\": \"skip\", \"reason\": \"close_range (Linux 5.9)\"}]}\n";

static int same_results(const struct results *r)
{
	return r->npoints == 3 && r->ncases == 2 && !strcmp(r->name, "host") &&
	       !strcmp(r->points[1].id, "dup/x/b") && !strcmp(r->points[1].message, "read returned 1\xc3\xa9") &&
	       !strcmp(r->points[2].reason, "close_range (Linux 5.9)") &&
	       !strcmp(r->cases[0].summary, "dup shares the offset") && r->counts[TAP_FAIL] == 1;
}

static void parse_sample(struct outcome *o)
{
	struct results r;
	o->rc = results_parse("s.json", sample, &r, o->err, sizeof o->err);
	if (o->rc == 0) {
		o->same = same_results(&r);
		results_free(&r);
	}
}

Test(oom, reading_a_results_text)
{
	sweep(parse_sample);
}

static char sample_path[64];

static void read_sample(struct outcome *o)
{
	struct results r;
	o->rc = results_read(sample_path, &r, o->err, sizeof o->err);
	if (o->rc == 0) {
		o->same = same_results(&r);
		results_free(&r);
	}
}

Test(oom, reading_a_results_file)
{
	strcpy(sample_path, "/tmp/fdoom.XXXXXX");
	int fd = mkstemp(sample_path);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, sample, sizeof sample - 1), (ssize_t)sizeof sample - 1);
	close(fd);
	sweep(read_sample);
	unlink(sample_path);
}

/* A file for output whose stdio buffer is not allocated: the file is the
   test's, not the code's, so it is opened with no allocation failing. */
static FILE *unarmed_tmpfile(void)
{
	static char buf[BUFSIZ];
	long armed = fail_at;
	fail_at = -1;
	FILE *f = tmpfile();
	fail_at = armed;
	if (f)
		setvbuf(f, buf, _IOFBF, sizeof buf);
	return f;
}

/* What was written to f, which is closed. */
static char *read_back(FILE *f)
{
	long len = ftell(f);
	rewind(f);
	char *t = __libc_malloc((size_t)len + 1);
	t[fread(t, 1, (size_t)len, f)] = 0;
	fclose(f);
	return t;
}

/* A sweep over code that writes a text: each attempt's text must be the
   one written with no allocation failing, or the attempt must say "out of
   memory". */
typedef char *(*text_fn)(struct outcome *o);
static text_fn writer;
static char *reference_text;

static void write_text(struct outcome *o)
{
	char *t = writer(o);
	o->rc = t ? 0 : -1;
	o->same = t && strcmp(t, reference_text) == 0;
	free(t);
}

static void sweep_text(text_fn fn, const char *must_contain)
{
	struct outcome o = { 0 };
	writer = fn;
	reference_text = fn(&o);
	cr_assert_not_null(reference_text, "%s", o.err);
	cr_assert(strstr(reference_text, must_contain) != NULL, "%s", reference_text);
	sweep(write_text);
	free(reference_text);
}

/* The report from two environments. */

static char *report_of_sample(struct outcome *o)
{
	struct results rs[2];
	if (results_parse("s.json", sample, &rs[0], o->err, sizeof o->err))
		return NULL;
	char other[sizeof sample];
	strcpy(other, sample);
	memcpy(strstr(other, "\"host\""), "\"hos2\"", 6);
	memcpy(strstr(other, "\"fail\", \"message\""), "\"pass\"", 6);
	memcpy(strstr(other, "\"fail\": 1"), "\"fail\": 0", 9);
	memcpy(strstr(other, "\"pass\": 1"), "\"pass\": 2", 9);
	if (results_parse("o.json", other, &rs[1], o->err, sizeof o->err)) {
		results_free(&rs[0]);
		return NULL;
	}
	struct findings f;
	char *text = NULL;
	if (findings_parse("# Findings\n\n## `dup/x/b`\n\nExplained.\n", &f)) {
		snprintf(o->err, sizeof o->err, "findings: out of memory");
		goto out;
	}
	FILE *out = unarmed_tmpfile();
	if (!out) {
		snprintf(o->err, sizeof o->err, "tmpfile: %s", strerror(errno));
		goto out_f;
	}
	struct collate_stats st;
	if (collate_report(out, rs, 2, &f, &st)) {
		snprintf(o->err, sizeof o->err, "report: %s", errno == ENOMEM ? "out of memory" : strerror(errno));
		fclose(out);
		goto out_f;
	}
	text = read_back(out);
out_f:
	findings_free(&f);
out:
	results_free(&rs[0]);
	results_free(&rs[1]);
	return text;
}

Test(oom, writing_the_report)
{
	sweep_text(report_of_sample, "| `dup/x/b` | **FAIL** | pass |");
}

static void diff_sample(struct outcome *o)
{
	struct results a, b;
	struct diff d;
	o->rc = -1;
	if (results_parse("s.json", sample, &a, o->err, sizeof o->err))
		return;
	char other[sizeof sample];
	strcpy(other, sample);
	memcpy(strstr(other, "\"pass\", \"duration_ms\""), "\"fail\"", 6);
	memcpy(strstr(other, "\"fail\": 1"), "\"fail\": 2", 9);
	memcpy(strstr(other, "\"pass\": 1"), "\"pass\": 0", 9);
	if (results_parse("o.json", other, &b, o->err, sizeof o->err)) {
		results_free(&a);
		return;
	}
	if (results_diff(&a, &b, &d))
		snprintf(o->err, sizeof o->err, "diff: %s", errno == ENOMEM ? "out of memory" : "?");
	else {
		o->rc = 0;
		o->same = d.n == 2 && d.count[DIFF_REGRESSION] == 1 && d.count[DIFF_STILL_FAILING] == 1 &&
			  d.unchanged == 1 && !strcmp(d.e[0].id, "dup/x/a");
		diff_free(&d);
	}
	results_free(&a);
	results_free(&b);
}

Test(oom, comparing_two_runs)
{
	sweep(diff_sample);
}

/* The bug report for one point, with its reproducer from the tree's own
   sources (the tests run from the top of the tree). */

static char *cite_of_sample(struct outcome *o)
{
	static const char text[] =
		"{\"format\": \"fdsuite-results/1\", \"environment\": {\"name\": \"host\"},"
		" \"cases\": [{\"name\": \"dup/shares_offset\", \"cite\": \"dup(2)\"}],"
		" \"points\": [{\"id\": \"dup/shares_offset/read_moves_both\", \"status\": \"fail\","
		" \"message\": \"offset 0\", \"diag\": \"call: read\\nerrno: EBADF\\n\"}]}";
	struct results r;
	if (results_parse("c.json", text, &r, o->err, sizeof o->err))
		return NULL;
	FILE *out = unarmed_tmpfile();
	char *t = NULL;
	if (!out)
		snprintf(o->err, sizeof o->err, "tmpfile: %s", strerror(errno));
	else if (cite_report(out, &r, ".", "dup/shares_offset/read_moves_both", CITE_MARKDOWN, o->err, sizeof o->err) == 0)
		t = read_back(out);
	else
		fclose(out);
	results_free(&r);
	return t;
}

Test(oom, citing_a_point)
{
	sweep_text(cite_of_sample, "fails on host");
}

/* A real limit on the address space, as `ulimit -v` sets: a text of some
   megabytes cannot be read in the little room left. */
static void under_rlimit_as(struct outcome *o)
{
	/* the text in one mapping, and no free heap left behind that the
	   parser could use under the limit */
	size_t cap = 4 << 20, len = 0;
	char *text = __libc_malloc(cap);
	len += (size_t)snprintf(text, cap, "{\"format\": \"fdsuite-results/1\", "
				"\"environment\": {\"name\": \"host\"}, \"points\": [");
	for (int i = 0; i < 40000; i++)
		len += (size_t)snprintf(text + len, cap - len,
					"%s{\"id\": \"dup/shares_offset/p%d\", \"status\": \"pass\"}\n",
					i ? "," : "", i);
	len += (size_t)snprintf(text + len, cap - len, "]}");
	/* the stack the parser needs is there before the limit */
	volatile char stack[1 << 18];
	memset((char *)stack, 1, sizeof stack);
	long pages = 0;
	FILE *statm = fopen("/proc/self/statm", "r");
	if (!statm || fscanf(statm, "%ld", &pages) != 1) {
		snprintf(o->err, sizeof o->err, "no /proc/self/statm");
		o->rc = -2;
		return;
	}
	fclose(statm);
	struct rlimit rl = { (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + (1 << 20), RLIM_INFINITY };
	getrlimit(RLIMIT_AS, &rl);
	rl.rlim_cur = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + (1 << 20);
	if (setrlimit(RLIMIT_AS, &rl)) {
		snprintf(o->err, sizeof o->err, "setrlimit: %s", strerror(errno));
		o->rc = -2;
		return;
	}
	struct results r;
	o->rc = results_parse_n("big.json", text, len, &r, o->err, sizeof o->err);
	if (o->rc == 0)
		results_free(&r);
}

/* Run in a fresh process (this program run again): a criterion test runs
   in a thread whose malloc arena has reserved its address space already,
   so a limit would not bite there. */
#define RLIMIT_CHILD "FDSUITE_TEST_UNDER_RLIMIT_AS"

__attribute__((constructor)) static void rlimit_child(void)
{
	if (!getenv(RLIMIT_CHILD))
		return;
	struct outcome o = { 0 };
	under_rlimit_as(&o);
	_exit(write(1, &o, sizeof o) == sizeof o ? 0 : 1);
}

Test(oom, under_an_address_space_limit)
{
	int p[2];
	cr_assert_eq(pipe(p), 0);
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		dup2(p[1], 1);
		setenv(RLIMIT_CHILD, "1", 1);
		execl("/proc/self/exe", "unit-oom", (char *)NULL);
		_exit(127);
	}
	struct outcome o = outcome_of(pid, p, -1);
	cr_assert_neq(o.rc, -2, "%s", o.err);
	cr_expect_eq(o.rc, -1, "a text of some megabytes was read in 1 MiB");
	cr_expect_str_eq(o.err, "big.json: out of memory");
}
