/* Unit tests of results files: writing (results.c), reading (collate.c). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "collate.h"

static void sample(struct results *r)
{
	memset(r, 0, sizeof *r);
	strcpy(r->name, "host");
	strcpy(r->repro, "runsc do");
	strcpy(r->build, "build-static");
	fd_env_collect(&r->env);
	r->wall_seconds = 1.5;
	r->jobs = 2;
	r->case_timeout = 120;
	r->ncases = 1;
	r->cases = calloc(1, sizeof *r->cases);
	r->cases[0].name = strdup("dup/x");
	r->cases[0].cite = strdup("dup(2) \"DESCRIPTION\"");
	r->cases[0].exit = strdup("1");
	r->npoints = 2;
	r->points = calloc(2, sizeof *r->points);
	r->points[0].id = strdup("dup/x/a");
	r->points[0].status = TAP_PASS;
	r->points[1].id = strdup("dup/x/b");
	r->points[1].status = TAP_FAIL;
	r->points[1].message = strdup("tab\there \"quoted\" \\ new\nline \x01");
	r->points[1].diag = strdup("errno: \"EBADF\"\n");
	results_count(r);
}

Test(results, round_trip)
{
	struct results w, r;
	sample(&w);
	char *text;
	size_t len;
	FILE *f = open_memstream(&text, &len);
	cr_assert_eq(results_emit(f, &w), 0);
	fclose(f);
	char err[256];
	cr_assert_eq(results_parse("mem", text, &r, err, sizeof err), 0, "%s", err);
	cr_expect_str_eq(r.name, "host");
	cr_expect_str_eq(r.repro, "runsc do");
	cr_expect_str_eq(r.build, "build-static");
	cr_expect_str_eq(r.env.kernel_release, w.env.kernel_release);
	cr_expect_str_eq(r.env.runtime, w.env.runtime);
	cr_expect_eq(r.npoints, 2);
	cr_expect_eq(r.points[1].status, TAP_FAIL);
	cr_expect_str_eq(r.points[1].message, w.points[1].message);
	cr_expect_str_eq(r.cases[0].cite, "dup(2) \"DESCRIPTION\"");
	cr_expect_eq(r.counts[TAP_PASS], 1);
	cr_expect_eq(r.counts[TAP_FAIL], 1);
	cr_expect_float_eq(r.wall_seconds, 1.5, 1e-9);
	results_free(&w);
	results_free(&r);
	free(text);
}

Test(results, write_file_is_atomic_and_reports_errors)
{
	struct results w, r;
	sample(&w);
	char dir[] = "/tmp/fdresults.XXXXXX", path[128], err[256];
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/r.json", dir);
	cr_assert_eq(results_write_file(&w, path, err, sizeof err), 0, "%s", err);
	cr_assert_eq(results_read(path, &r, err, sizeof err), 0, "%s", err);
	results_free(&r);
	unlink(path);
	/* unwritable location: one line naming the file, nothing left */
	snprintf(path, sizeof path, "%s/missing/r.json", dir);
	cr_expect_eq(results_write_file(&w, path, err, sizeof err), -1);
	cr_expect(strstr(err, path) != NULL, "%s", err);
	cr_expect(strchr(err, '\n') == NULL);
	cr_expect_eq(rmdir(dir), 0, "the directory must be left empty");
	results_free(&w);
}

Test(results, malformed_files_are_named)
{
	struct results r;
	char err[256];
	cr_expect_eq(results_parse("a.json", "{\"format\": ", &r, err, sizeof err), -1);
	cr_expect(strncmp(err, "a.json: malformed JSON: line 1", 30) == 0, "%s", err);
	cr_expect_eq(results_parse("b.json", "{\"format\": \"other\"}", &r, err, sizeof err), -1);
	cr_expect(strstr(err, "b.json: not an fdsuite results file") != NULL, "%s", err);
	cr_expect_eq(results_parse("c.json", "{\"format\": \"fdsuite-results/1\", \"environment\": {\"name\": \"x\"}}",
				   &r, err, sizeof err), -1);
	cr_expect(strstr(err, "\"points\"") != NULL, "%s", err);
	cr_expect_eq(results_parse("d.json", "{\"format\": \"fdsuite-results/1\", \"environment\": {\"name\": \"x\"},"
				   " \"points\": [{\"id\": \"a/b/c\", \"status\": \"great\"}]}",
				   &r, err, sizeof err), -1);
	cr_expect(strstr(err, "unknown status") != NULL, "%s", err);
	cr_expect_eq(results_read("/nonexistent/e.json", &r, err, sizeof err), -1);
	cr_expect(strstr(err, "/nonexistent/e.json: cannot read") != NULL, "%s", err);
}
