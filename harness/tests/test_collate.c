/* Unit tests of collation into the report (harness/collate.c). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "collate.h"

static void env(struct results *r, const char *name, const char *repro,
		const char *ids[], const enum tap_status st[], int n)
{
	memset(r, 0, sizeof *r);
	snprintf(r->name, sizeof r->name, "%s", name);
	snprintf(r->repro, sizeof r->repro, "%s", repro);
	strcpy(r->env.kernel_release, "6.1.0");
	strcpy(r->env.runtime, "native");
	r->ncases = 1;
	r->cases = calloc(1, sizeof *r->cases);
	r->cases[0].name = strdup("pipe/eof");
	r->cases[0].cite = strdup("pipe(7) \"I/O on pipes and FIFOs\"");
	r->points = calloc((size_t)n, sizeof *r->points);
	for (int i = 0; i < n; i++) {
		r->points[i].id = strdup(ids[i]);
		r->points[i].status = st[i];
		if (st[i] == TAP_FAIL)
			r->points[i].message = strdup("read returned 1, expected 0");
		if (st[i] == TAP_SKIP)
			r->points[i].reason = strdup("close_range not supported (Linux 5.9)");
	}
	r->npoints = n;
	results_count(r);
}

static char *report(struct results *rs, int n, const char *findings, struct collate_stats *st)
{
	struct findings f;
	findings_parse(findings, &f);
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	cr_assert_eq(collate_report(out, rs, n, &f, st), 0);
	fclose(out);
	findings_free(&f);
	return text;
}

Test(collate, disagreement_with_finding_and_repro)
{
	const char *ids[] = { "pipe/eof/a", "pipe/eof/b", "pipe/eof/c" };
	enum tap_status h[] = { TAP_PASS, TAP_PASS, TAP_SKIP };
	enum tap_status g[] = { TAP_PASS, TAP_FAIL, TAP_SKIP };
	struct results rs[2];
	env(&rs[0], "host", "", ids, h, 3);
	env(&rs[1], "gvisor", "runsc --rootless do", ids, g, 3);
	struct collate_stats st;
	char *t = report(rs, 2, "# Findings\n\n## `pipe/eof/b`\n\nEnvironments: gvisor\nClass: divergence\n\nReal divergence: gVisor keeps the pipe open.\n", &st);
	cr_expect_eq(st.disagreements, 1);
	cr_expect_eq(st.unexplained, 0);
	cr_expect(strstr(t, "| `pipe/eof/b` | pass | **FAIL** |") != NULL, "%s", t);
	cr_expect(strstr(t, "Real divergence: gVisor keeps the pipe open.") != NULL);
	cr_expect(strstr(t, "`runsc --rootless do build/cases/pipe/eof b`") != NULL, "%s", t);
	cr_expect(strstr(t, "Documented in: pipe(7) \"I/O on pipes and FIFOs\"") != NULL);
	cr_expect(strstr(t, "| `pipe/eof/a` |") == NULL, "agreeing points are not listed");
	cr_expect(strstr(t, "- gvisor: 1 point: close_range not supported (Linux 5.9)") != NULL, "%s", t);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, pattern_finding_printed_once_and_passes_grouped)
{
	const char *ids[] = { "pipe/eof/a", "pipe/eof/b" };
	enum tap_status h[] = { TAP_PASS, TAP_PASS };
	enum tap_status g[] = { TAP_FAIL, TAP_FAIL };
	struct results rs[3];
	env(&rs[0], "host", "", ids, h, 2);
	env(&rs[1], "gvisor", "", ids, g, 2);
	env(&rs[2], "kernel", "", ids, h, 2);
	struct collate_stats st;
	char *t = report(rs, 3, "# Findings\n\n## `pipe/eof/*`\n\nEnvironments: gvisor\nClass: divergence\n\nBoth points: one divergence.\n", &st);
	cr_expect_eq(st.disagreements, 2);
	cr_expect_eq(st.unexplained, 0);
	const char *first = strstr(t, "Both points: one divergence.");
	cr_assert(first != NULL, "%s", t);
	cr_expect(strstr(first + 1, "Both points: one divergence.") == NULL, "body repeated:\n%s", t);
	cr_expect(strstr(t, "**Divergence** in gvisor (finding `pipe/eof/*`, environments: gvisor): "
			    "explained under `pipe/eof/a` above.") != NULL, "%s", t);
	cr_expect(strstr(t, "- pass (2): host, kernel\n") != NULL, "%s", t);
	cr_expect(strstr(t, "- host: pass") == NULL, "%s", t);
	free(t);
	for (int i = 0; i < 3; i++)
		results_free(&rs[i]);
}

Test(collate, reproduce_names_the_environments_build)
{
	const char *ids[] = { "pipe/eof/a" };
	enum tap_status h[] = { TAP_PASS };
	enum tap_status m[] = { TAP_FAIL };
	struct results rs[2];
	env(&rs[0], "glibc", "", ids, h, 1);
	env(&rs[1], "musl", "", ids, m, 1);
	snprintf(rs[1].build, sizeof rs[1].build, "build-musl");
	struct collate_stats st;
	char *t = report(rs, 2, "", &st);
	cr_expect(strstr(t, "reproduce: `build-musl/cases/pipe/eof a`") != NULL, "%s", t);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, unexplained_and_common_failures_are_counted)
{
	const char *ids[] = { "pipe/eof/a", "pipe/eof/b" };
	enum tap_status h[] = { TAP_FAIL, TAP_PASS };
	enum tap_status g[] = { TAP_FAIL, TAP_TIMEOUT };
	struct results rs[2];
	env(&rs[0], "host", "", ids, h, 2);
	env(&rs[1], "gvisor", "", ids, g, 2);
	struct collate_stats st;
	char *t = report(rs, 2, "", &st);
	cr_expect_eq(st.disagreements, 1);
	cr_expect_eq(st.common_failures, 1);
	cr_expect_eq(st.unexplained, 2);
	cr_expect(strstr(t, "### `pipe/eof/a` (fails in every environment)") != NULL, "%s", t);
	cr_expect(strstr(t, "**Unexplained**") != NULL);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, skip_against_pass_is_explained_by_its_reason)
{
	const char *ids[] = { "pipe/eof/a" };
	enum tap_status h[] = { TAP_PASS };
	enum tap_status g[] = { TAP_SKIP };
	struct results rs[2];
	env(&rs[0], "host", "", ids, h, 1);
	env(&rs[1], "old", "", ids, g, 1);
	struct collate_stats st;
	char *t = report(rs, 2, "", &st);
	cr_expect_eq(st.disagreements, 1);
	cr_expect_eq(st.unexplained, 0);
	cr_expect(strstr(t, "Explained by the skip reason") != NULL, "%s", t);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, points_missing_in_one_environment_are_not_disagreements)
{
	const char *ids[] = { "pipe/eof/a", "pipe/eof/b" };
	enum tap_status s[] = { TAP_PASS, TAP_PASS };
	struct results rs[2];
	env(&rs[0], "host", "", ids, s, 2);
	env(&rs[1], "old", "", ids, s, 1);
	struct collate_stats st;
	char *t = report(rs, 2, "", &st);
	cr_expect_eq(st.disagreements, 0);
	cr_expect(strstr(t, "None: every test point has the same outcome") != NULL);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, findings_patterns)
{
	struct findings f;
	findings_parse("intro\n## proc/*\nall of proc\n\n## `pipe/eof/b`\nexact\n", &f);
	cr_assert_eq(f.n, 2);
	cr_expect_str_eq(findings_match(&f, "proc/fd_list/x")->body, "all of proc");
	cr_expect_str_eq(findings_match(&f, "pipe/eof/b")->body, "exact");
	cr_expect_null(findings_match(&f, "pipe/eof/c"));
	findings_free(&f);
}

/* One environment for the binding tests: name, runtimes, libc and version. */
static void env_as(struct results *r, const char *name, const char *runtime,
		   const char *libc, const char *libc_version)
{
	memset(r, 0, sizeof *r);
	snprintf(r->name, sizeof r->name, "%s", name);
	snprintf(r->env.runtime, sizeof r->env.runtime, "%s", runtime);
	snprintf(r->env.libc, sizeof r->env.libc, "%s", libc);
	snprintf(r->env.libc_version, sizeof r->env.libc_version, "%s", libc_version);
}

static int names(const char *envs, const struct results *r)
{
	struct finding fd = { .pattern = "x", .body = "", .envs = (char *)envs };
	return finding_names_env(&fd, r);
}

Test(collate, environments_name_runtimes_libcs_and_versions)
{
	struct results q72, q10, qa64, gv, musl, musl124, host;
	env_as(&q72, "qemu-user-7.2.22-x86_64", "qemu-user,container", "glibc", "2.36");
	env_as(&q10, "qemu-user-10.0.13-x86_64", "qemu-user,container", "glibc", "2.36");
	env_as(&qa64, "qemu-user-7.2.22-aarch64", "qemu-user,container", "glibc", "2.36");
	env_as(&gv, "gvisor-20240729.0", "gvisor,container", "glibc", "2.36");
	env_as(&musl, "host-x86_64-musl", "container", "musl", "1.2.3-1");
	env_as(&musl124, "other-musl", "container", "musl", "1.2.4");
	env_as(&host, "host-x86_64-glibc", "container", "glibc", "2.36");

	/* a runtime, any version */
	cr_expect(names("qemu-user", &q72));
	cr_expect(names("qemu-user", &q10));
	cr_expect_not(names("qemu-user", &gv));
	cr_expect_not(names("qemu-user", &host));
	/* a runtime's version comes from the environment's name, numerically */
	cr_expect(names("qemu-user >= 7.2", &q10));
	cr_expect(names("qemu-user >= 7.2", &q72), "7.2.22 >= 7.2");
	cr_expect(names("qemu-user < 8", &q72));
	cr_expect_not(names("qemu-user < 8", &q10), "10 is not below 8");
	cr_expect(names("qemu-user >= 7.2 < 10.0.14", &q10));
	cr_expect_not(names("qemu-user >= 7.2 < 10.0.13", &q10));
	cr_expect_not(names("qemu-user <= 7.2", &q72), "7.2.22 is above 7.2");
	cr_expect(names("gvisor = 20240729.0", &gv));
	cr_expect(names("gvisor=20240729", &gv), "a missing part counts as 0");
	cr_expect_not(names("gvisor < 20240729", &gv));
	/* a libc, with its own version */
	cr_expect(names("musl < 1.2.4", &musl));
	cr_expect_not(names("musl < 1.2.4", &musl124));
	cr_expect_not(names("musl", &host));
	/* a pattern of the environment's name */
	cr_expect(names("qemu-user-*-aarch64", &qa64));
	cr_expect_not(names("qemu-user-*-aarch64", &q72));
	/* bounds on a name pattern: no version to compare, names nothing */
	cr_expect_not(names("host-* >= 1", &host));
	/* lists, everything, nothing, and what is not a bound */
	cr_expect(names("gvisor, valgrind, qemu-user < 8", &q72));
	cr_expect_not(names("gvisor, valgrind, qemu-user < 8", &q10));
	cr_expect(names("*", &host));
	cr_expect_not(names(NULL, &host));
	cr_expect_not(names("", &host));
	cr_expect_not(names("qemu-user 7.2", &q72), "a version without an operator");
}

Test(collate, findings_read_environments_and_class)
{
	struct findings f;
	cr_assert_eq(findings_parse("# F\n\n## `a/b/*`\n\nEnvironments: gvisor, musl < 1.2.4\n"
				    "Class: permitted difference\n\nText.\n\n"
				    "## `a/b/c`\n\nClass: Environment limit.\nEnvironments:   valgrind  \n\nMore.\n"
				    "## `a/b/d`\n\nClass: something else\n\nNone.\n", &f), 0);
	cr_assert_eq(f.n, 3);
	cr_expect_str_eq(f.f[0].envs, "gvisor, musl < 1.2.4");
	cr_expect_eq(f.f[0].cls, FINDING_PERMITTED);
	cr_expect_str_eq(f.f[0].body, "Text.", "the two lines leave the body: '%s'", f.f[0].body);
	cr_expect_str_eq(f.f[1].envs, "valgrind");
	cr_expect_eq(f.f[1].cls, FINDING_ENV_LIMIT);
	cr_expect_str_eq(f.f[1].body, "More.");
	cr_expect_null(f.f[2].envs);
	cr_expect_eq(f.f[2].cls, FINDING_UNCLASSIFIED);
	cr_expect_str_eq(finding_class_name(FINDING_DIVERGENCE), "divergence");
	cr_expect_str_eq(finding_class_name(FINDING_PERMITTED), "permitted difference");
	cr_expect_str_eq(finding_class_name(FINDING_ENV_LIMIT), "environment limit");
	findings_free(&f);
}

/* A finding explains a point only in the environments it names: the same
   point failing elsewhere is unexplained, and says which environments the
   finding that matched the point does name. */
Test(collate, finding_explains_only_the_environments_it_names)
{
	const char *ids[] = { "pipe/eof/a" };
	enum tap_status ok[] = { TAP_PASS }, bad[] = { TAP_FAIL };
	struct results rs[3];
	env(&rs[0], "host", "", ids, ok, 1);
	env(&rs[1], "gvisor-20240729.0", "", ids, bad, 1);
	env(&rs[2], "qemu-user-7.2.22-x86_64", "", ids, bad, 1);
	strcpy(rs[1].env.runtime, "gvisor,container");
	strcpy(rs[2].env.runtime, "qemu-user,container");
	struct collate_stats st;
	char *t = report(rs, 3, "## `pipe/eof/*`\n\nEnvironments: gvisor\nClass: divergence\n\n"
				"No mnt_id line.\n", &st);
	cr_expect_eq(st.unexplained, 1);
	cr_expect_eq(st.unexplained_failures, 1);
	cr_expect_eq(st.classes[FINDING_DIVERGENCE], 1);
	cr_expect(strstr(t, "**Divergence** in gvisor-20240729.0 (finding `pipe/eof/*`, "
			    "environments: gvisor)\n\nNo mnt_id line.") != NULL, "%s", t);
	cr_expect(strstr(t, "**Unexplained** in qemu-user-7.2.22-x86_64: no finding in "
			    "`results/FINDINGS.md` names this environment for this point "
			    "(finding `pipe/eof/*` names gvisor).") != NULL, "%s", t);
	free(t);

	/* a second heading with the same pattern for the other environment */
	t = report(rs, 3, "## `pipe/eof/*`\n\nEnvironments: gvisor\nClass: divergence\n\nOne.\n\n"
			  "## `pipe/eof/a`\n\nEnvironments: qemu-user\nClass: environment limit\n\nTwo.\n", &st);
	cr_expect_eq(st.unexplained, 0);
	cr_expect_eq(st.unexplained_failures, 0);
	cr_expect_eq(st.classes[FINDING_DIVERGENCE], 1);
	cr_expect_eq(st.classes[FINDING_ENV_LIMIT], 1);
	cr_expect(strstr(t, "One.") && strstr(t, "Two."), "%s", t);
	free(t);

	/* a finding without an Environments line explains nothing */
	t = report(rs, 3, "## `pipe/eof/*`\n\nClass: divergence\n\nNowhere.\n", &st);
	cr_expect_eq(st.unexplained, 1);
	cr_expect_eq(st.unexplained_failures, 2);
	cr_expect(strstr(t, "(finding `pipe/eof/*` names no environment)") != NULL, "%s", t);
	free(t);
	for (int i = 0; i < 3; i++)
		results_free(&rs[i]);
}

/* The report counts failures per environment by the class of the finding
   that explains them, and the unexplained ones beside them. */
Test(collate, failures_counted_by_class)
{
	const char *ids[] = { "a/x/1", "a/x/2", "b/y/1", "c/z/1" };
	enum tap_status ok[] = { TAP_PASS, TAP_PASS, TAP_PASS, TAP_PASS };
	enum tap_status m[] = { TAP_FAIL, TAP_FAIL, TAP_FAIL, TAP_PASS };
	enum tap_status v[] = { TAP_PASS, TAP_TIMEOUT, TAP_PASS, TAP_FAIL };
	struct results rs[3];
	env(&rs[0], "glibc", "", ids, ok, 4);
	env(&rs[1], "musl", "", ids, m, 4);
	env(&rs[2], "valgrind-3.19.0", "", ids, v, 4);
	strcpy(rs[1].env.libc, "musl");
	strcpy(rs[1].env.libc_version, "1.2.3");
	strcpy(rs[2].env.runtime, "valgrind");
	struct collate_stats st;
	char *t = report(rs, 3,
			 "## `a/x/*`\n\nEnvironments: musl < 1.2.4\nClass: divergence\n\nA.\n\n"
			 "## `a/x/*`\n\nEnvironments: valgrind\nClass: environment limit\n\nB.\n\n"
			 "## `b/y/1`\n\nEnvironments: musl\nClass: permitted difference\n\nC.\n", &st);
	cr_expect_eq(st.classes[FINDING_DIVERGENCE], 2);
	cr_expect_eq(st.classes[FINDING_ENV_LIMIT], 1);
	cr_expect_eq(st.classes[FINDING_PERMITTED], 1);
	cr_expect_eq(st.classes[FINDING_UNCLASSIFIED], 0);
	cr_expect_eq(st.unexplained_failures, 1, "c/z/1 in valgrind");
	cr_expect_eq(st.unexplained, 1);
	cr_expect(strstr(t, "| Environment | Divergence | Permitted difference | Environment limit | Unexplained |\n") != NULL, "%s", t);
	cr_expect(strstr(t, "| musl | 2 | 1 | 0 | 0 |\n") != NULL, "%s", t);
	cr_expect(strstr(t, "| valgrind-3.19.0 | 0 | 0 | 1 | 1 |\n") != NULL, "%s", t);
	cr_expect(strstr(t, "| **all** | 2 | 1 | 1 | 1 |\n") != NULL, "%s", t);
	cr_expect(strstr(t, "\n| glibc | 0 | 0 | 0 | 0 |") == NULL,
		  "an environment without failures has no row:\n%s", t);
	free(t);
	for (int i = 0; i < 3; i++)
		results_free(&rs[i]);
}
