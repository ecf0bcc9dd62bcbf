/*
 * startup.h - what the programs under startup/ share: the start-up audit
 * (harness/audit.h) they judge.
 *
 * Under the runner they judge the runner's own start, recorded in the file
 * FDSUITE_STARTUP_AUDIT names: the runner hands each case a clean
 * descriptor table and signal state, so the case's own start says nothing
 * about the environment.  Run on their own (under prove, as a container's
 * entrypoint, under a fault shim) they judge their own start, captured by
 * a constructor: after the preloaded libraries' constructors, before the
 * case library's main() resets signal dispositions and the mask.
 */
#include "fdtest.h"
#include "audit.h"

static struct audit st_own_start;

__attribute__((constructor(101))) static void st_capture(void)
{
	audit_capture(&st_own_start);
}

static void st_note(const char *line, void *arg)
{
	(void)arg;
	ft_note("%s", line);
}

/* Judges one audit point, "behavior/point".  With facts, first records
   what the process was handed (descriptors, RLIMIT_NOFILE, umask,
   no_new_privs, cwd, id maps) as the point's diagnostics. */
static void st_judge(const char *point, int facts)
{
	static struct audit from_file;
	const struct audit *a = &st_own_start;
	const char *path = getenv("FDSUITE_STARTUP_AUDIT");
	char msg[900];
	if (path && *path) {
		if (audit_read_file(&from_file, path, msg, sizeof msg) != 0)
			FT_FAIL("FDSUITE_STARTUP_AUDIT names no readable audit: %s", msg);
		a = &from_file;
	}
	if (facts) {
		ft_note("audited: %s", path && *path ? "the runner's start (FDSUITE_STARTUP_AUDIT)"
						     : "this program's own start");
		audit_facts(a, st_note, NULL);
	}
	int r = audit_judge(a, point, msg, sizeof msg);
	if (r < 0)
		FT_SKIP("%s", msg);
	if (r == 0)
		FT_FAIL("%s", msg);
}
