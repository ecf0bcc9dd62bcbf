/* Unit tests of what the results reader (harness/collate.c) refuses. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "collate.h"

#define HEAD "{\"format\": \"fdsuite-results/1\", \"environment\": {\"name\": \"host\"}, "

/* text must be refused, naming the file and containing what; when at is
   not NULL, naming the byte offset where at starts in text. */
static void refused_at(const char *text, const char *at, const char *what)
{
	struct results r;
	char err[512];
	if (at) {
		char want[64];
		const char *p = strstr(text, at);
		cr_assert_not_null(p);
		snprintf(want, sizeof want, "(byte offset %zu): ", (size_t)(p - text));
		refused_at(text, NULL, want);
	}
	cr_expect_eq(results_parse("f.json", text, &r, err, sizeof err), -1, "accepted: %s", text);
	cr_expect(strncmp(err, "f.json: ", 8) == 0, "%s", err);
	cr_expect(strstr(err, what) != NULL, "%s\nwanted: %s", err, what);
	cr_expect(strchr(err, '\n') == NULL, "one line: %s", err);
	cr_expect_eq(r.npoints, 0);
	cr_expect_null(r.points);
}

static void refused(const char *text, const char *what)
{
	refused_at(text, NULL, what);
}

Test(reader, duplicate_point_id_is_refused)
{
	/* the report would say FAIL and cite would say "passes" */
	refused(HEAD "\"points\": [{\"id\": \"dup/x/a\", \"status\": \"fail\"}, "
		"{\"id\": \"dup/x/b\", \"status\": \"pass\"}, {\"id\": \"dup/x/a\", \"status\": \"pass\"}]}",
		"inconsistent results: point id dup/x/a given twice (points 1 and 3, with different statuses)");
	refused(HEAD "\"points\": [{\"id\": \"dup/x/a\", \"status\": \"pass\"}, "
		"{\"id\": \"dup/x/a\", \"status\": \"pass\"}]}",
		"point id dup/x/a given twice (points 1 and 2)");
}

Test(reader, duplicate_case_is_refused)
{
	refused(HEAD "\"cases\": [{\"name\": \"dup/x\", \"cite\": \"a\"}, {\"name\": \"dup/x\", \"cite\": \"b\"}], "
		"\"points\": []}", "case dup/x given twice");
}

Test(reader, summary_must_count_the_points)
{
	refused(HEAD "\"summary\": {\"pass\": 2, \"fail\": 0, \"total\": 2}, "
		"\"points\": [{\"id\": \"dup/x/a\", \"status\": \"pass\"}, {\"id\": \"dup/x/b\", \"status\": \"fail\"}]}",
		"the summary says pass 2, the points say 1");
	refused(HEAD "\"summary\": {\"pass\": 1, \"total\": 3}, "
		"\"points\": [{\"id\": \"dup/x/a\", \"status\": \"pass\"}]}",
		"the summary says total 3, the points say 1");
}

Test(reader, a_key_given_twice_is_refused)
{
	refused_at(HEAD "\"points\": [{\"id\": \"dup/x/a\", \"status\": \"pass\", \"status\": \"fail\"}]}",
		   "\"status\": \"fail\"", "malformed JSON: line 1 column ");
	refused(HEAD "\"points\": [{\"id\": \"dup/x/a\", \"status\": \"pass\", \"status\": \"fail\"}]}",
		"key \"status\" given twice in one object");
}

Test(reader, nan_and_infinity_are_refused)
{
	refused_at(HEAD "\"points\": [{\"id\": \"dup/x/a\", \"status\": \"pass\", \"duration_ms\": NaN}]}",
		   "NaN", "NaN or infinity");
	refused(HEAD "\"run\": {\"wall_seconds\": -Infinity}, \"points\": []}", "NaN or infinity");
	refused(HEAD "\"run\": {\"wall_seconds\": 1e309}, \"points\": []}", "too large");
}

Test(reader, nul_is_refused)
{
	refused_at(HEAD "\"points\": [{\"id\": \"dup/x/a\", \"status\": \"skip\", \"reason\": \"a\\u0000b\"}]}",
		   "\\u0000", "\\u0000 in a string");
	static const char text[] = HEAD "\"points\": []}\0, \"junk\": 1}";
	struct results r;
	char err[256];
	cr_expect_eq(results_parse_n("f.json", text, sizeof text - 1, &r, err, sizeof err), -1);
	char want[128];
	snprintf(want, sizeof want, "f.json: malformed JSON: line 1 column %zu (byte offset %zu): NUL byte",
		 strlen(text) + 1, strlen(text));
	cr_expect(strstr(err, want) != NULL, "%s", err);
}

Test(reader, invalid_utf8_is_refused)
{
	refused_at(HEAD "\"points\": [{\"id\": \"dup/x/a\", \"status\": \"fail\", \"message\": \"bad \xff byte\"}]}",
		   "\xff", "invalid UTF-8 in a string");
	refused(HEAD "\"points\": [{\"id\": \"dup/x/\xc3\", \"status\": \"fail\"}]}", "invalid UTF-8");
}

Test(reader, data_after_the_value_is_refused)
{
	refused_at(HEAD "\"points\": []} {\"more\": 1}", "{\"more", "trailing characters after the value");
}

Test(reader, ids_and_fields_a_report_cannot_show_are_refused)
{
	refused(HEAD "\"points\": [{\"id\": \"\", \"status\": \"pass\"}]}", "point 1 has an empty id");
	refused(HEAD "\"points\": [{\"id\": \"a/b/c\", \"status\": \"pass\"}, {\"id\": \"a/b/`x\", \"status\": \"pass\"}]}",
		"point 2 has an empty id or one with a control character");
	refused(HEAD "\"points\": [{\"id\": \"a/b/\\nc\", \"status\": \"pass\"}]}", "control character");
	char text[1024];
	snprintf(text, sizeof text, "{\"format\": \"fdsuite-results/1\", \"environment\": "
		 "{\"name\": \"%0200d\"}, \"points\": []}", 7);
	refused(text, "environment field \"name\" is longer than 127 bytes");
	refused("{\"format\": \"fdsuite-results/1\", \"environment\": {\"name\": \"h\", \"arch\": 64}, "
		"\"points\": []}", "environment field \"arch\" is not a string");
}

Test(reader, a_directory_says_so)
{
	struct results r;
	char err[512];
	char dir[] = "/tmp/fdreader.XXXXXX";
	cr_assert_not_null(mkdtemp(dir));
	cr_expect_eq(results_read(dir, &r, err, sizeof err), -1);
	char want[600];
	snprintf(want, sizeof want, "%s: is a directory", dir);
	cr_expect(strstr(err, want) != NULL, "%s", err);
	char *text;
	size_t len;
	cr_expect_eq(read_whole_file(dir, &text, &len, err, sizeof err), -1);
	cr_expect(strstr(err, "is a directory") != NULL, "%s", err);
	rmdir(dir);
}

Test(reader, read_from_a_pipe_and_a_file)
{
	/* a regular file is read in one buffer of its size, a pipe grows */
	struct results w;
	memset(&w, 0, sizeof w);
	strcpy(w.name, "host");
	w.npoints = 3000;
	w.points = calloc(3000, sizeof *w.points);
	for (int i = 0; i < 3000; i++) {
		char id[64];
		snprintf(id, sizeof id, "dup/x/p%d", i);
		w.points[i].id = strdup(id);
	}
	results_count(&w);
	char path[] = "/tmp/fdreader.XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	FILE *f = fdopen(fd, "w");
	cr_assert_eq(results_emit(f, &w), 0);
	fclose(f);
	struct results r;
	char err[512];
	cr_assert_eq(results_read(path, &r, err, sizeof err), 0, "%s", err);
	cr_expect_eq(r.npoints, 3000);
	cr_expect_str_eq(r.points[2999].id, "dup/x/p2999");
	results_free(&r);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "cat %s", path);
	FILE *p = popen(cmd, "r");
	char dev[64];
	snprintf(dev, sizeof dev, "/dev/fd/%d", fileno(p));
	cr_assert_eq(results_read(dev, &r, err, sizeof err), 0, "%s", err);
	cr_expect_eq(r.npoints, 3000);
	results_free(&r);
	pclose(p);
	unlink(path);
	results_free(&w);
}

Test(reader, writer_output_is_always_readable)
{
	/* what a case printed may be any bytes, and a clock may give NaN */
	struct results w;
	memset(&w, 0, sizeof w);
	strcpy(w.name, "host");
	w.wall_seconds = 0.0 / 0.0;
	w.npoints = 1;
	w.points = calloc(1, sizeof *w.points);
	w.points[0].id = strdup("dup/x/a");
	w.points[0].status = TAP_FAIL;
	w.points[0].duration_ms = 1.0 / 0.0;
	w.points[0].message = strdup("read \xff\xfe, \xc3\xa9 and \xe2\x82 cut");
	results_count(&w);
	char *text;
	size_t len;
	FILE *f = open_memstream(&text, &len);
	cr_assert_eq(results_emit(f, &w), 0);
	fclose(f);
	struct results r;
	char err[512];
	cr_assert_eq(results_parse("mem", text, &r, err, sizeof err), 0, "%s\n%s", err, text);
	cr_expect_str_eq(r.points[0].message,
			 "read \xef\xbf\xbd\xef\xbf\xbd, \xc3\xa9 and \xef\xbf\xbd\xef\xbf\xbd cut");
	cr_expect_float_eq(r.points[0].duration_ms, 0.0, 1e-9);
	cr_expect_float_eq(r.wall_seconds, 0.0, 1e-9);
	results_free(&r);
	results_free(&w);
	free(text);
}
