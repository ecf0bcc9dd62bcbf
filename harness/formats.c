/*
 * formats.c - a run's results in the formats CI systems read: JUnit XML
 * (Jenkins, GitLab, GitHub test reporters) and KTAP v1 (KernelCI and the
 * kselftest tooling).
 */
#include <stdio.h>
#include <string.h>

#include "formats.h"

/* Length of the case name in a point id: everything before the last '/'. */
static size_t case_len(const char *id)
{
	const char *s = strrchr(id, '/');
	return s ? (size_t)(s - id) : strlen(id);
}

static int same_case(const char *a, const char *b)
{
	size_t n = case_len(a);
	return n == case_len(b) && strncmp(a, b, n) == 0;
}

/* Length of a valid UTF-8 sequence at s, or 0. */
static int utf8_len(const unsigned char *s)
{
	int n = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
	if (s[0] >= 0xf5)
		return 0;
	for (int i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

/* Text for an XML attribute or element: escaped, with the characters XML
   1.0 cannot hold (most control characters, invalid UTF-8) as '?'. */
static void xml_text(FILE *f, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	const unsigned char *end = p + (s ? n : 0);
	while (p < end && *p) {
		switch (*p) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&apos;", f); break;
		case '\n': case '\t': fputc(*p, f); break;
		default:
			if (*p < 0x20 || *p == 0x7f) {
				fputc('?', f);
			} else if (*p >= 0x80) {
				int l = utf8_len(p);
				if (l == 0 || p + l > end) {
					fputc('?', f);
				} else {
					fwrite(p, 1, (size_t)l, f);
					p += l - 1;
				}
			} else {
				fputc(*p, f);
			}
		}
		p++;
	}
}

static void xml_str(FILE *f, const char *s)
{
	xml_text(f, s, s ? strlen(s) : 0);
}

int results_write_junit(const struct results *r, FILE *f)
{
	int fails = r->counts[TAP_FAIL] + r->counts[TAP_TIMEOUT];
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	fprintf(f, "<testsuites name=\"fdsuite ");
	xml_str(f, r->name);
	fprintf(f, "\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\" time=\"%.3f\">\n",
		r->npoints, fails, r->counts[TAP_SKIP], r->wall_seconds);
	for (int i = 0; i < r->npoints;) {
		int j = i, nf = 0, ns = 0;
		double t = 0;
		for (; j < r->npoints && same_case(r->points[i].id, r->points[j].id); j++) {
			const struct res_point *p = &r->points[j];
			nf += p->status == TAP_FAIL || p->status == TAP_TIMEOUT;
			ns += p->status == TAP_SKIP;
			t += p->duration_ms > 0 ? p->duration_ms : 0;
		}
		size_t cl = case_len(r->points[i].id);
		fprintf(f, "  <testsuite name=\"");
		xml_text(f, r->points[i].id, cl);
		fprintf(f, "\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\" time=\"%.3f\">\n",
			j - i, nf, ns, t / 1000);
		for (int k = i; k < j; k++) {
			const struct res_point *p = &r->points[k];
			fprintf(f, "    <testcase classname=\"");
			xml_text(f, p->id, cl);
			fprintf(f, "\" name=\"");
			xml_str(f, p->id + cl + (p->id[cl] == '/'));
			fprintf(f, "\" time=\"%.3f\"", p->duration_ms > 0 ? p->duration_ms / 1000 : 0);
			switch (p->status) {
			case TAP_FAIL:
			case TAP_TIMEOUT:
				fprintf(f, ">\n      <failure type=\"%s\" message=\"",
					p->status == TAP_FAIL ? "fail" : "timeout");
				xml_str(f, p->message ? p->message : tap_status_name(p->status));
				fprintf(f, "\">");
				xml_str(f, p->diag ? p->diag : p->message);
				fprintf(f, "</failure>\n    </testcase>\n");
				break;
			case TAP_SKIP:
				fprintf(f, ">\n      <skipped message=\"");
				xml_str(f, p->reason);
				fprintf(f, "\"/>\n    </testcase>\n");
				break;
			case TAP_XFAIL:
			case TAP_XPASS:
				fprintf(f, ">\n      <system-out>");
				fprintf(f, "%s: ", p->status == TAP_XFAIL ? "expected failure" : "passed though expected to fail");
				xml_str(f, p->reason);
				fprintf(f, "</system-out>\n    </testcase>\n");
				break;
			default:
				fprintf(f, "/>\n");
			}
		}
		fprintf(f, "  </testsuite>\n");
		i = j;
	}
	fprintf(f, "</testsuites>\n");
	return ferror(f) ? -1 : 0;
}

/* A KTAP description or directive text: one line, no '#'. */
static void ktap_text(FILE *f, const char *s)
{
	for (; s && *s; s++)
		fputc(*s == '\n' || *s == '#' ? ' ' : *s, f);
}

int results_write_ktap(const struct results *r, const char *comment, FILE *f)
{
	int ncases = 0;
	for (int i = 0; i < r->npoints; i++)
		ncases += i == 0 || !same_case(r->points[i - 1].id, r->points[i].id);
	fprintf(f, "KTAP version 1\n1..%d\n", ncases);
	if (comment) {
		fprintf(f, "# ");
		ktap_text(f, comment);
		fprintf(f, "\n");
	}
	int c = 0;
	for (int i = 0; i < r->npoints;) {
		int j = i, bad = 0, all_skip = 1;
		for (; j < r->npoints && same_case(r->points[i].id, r->points[j].id); j++) {
			enum tap_status s = r->points[j].status;
			bad |= s == TAP_FAIL || s == TAP_TIMEOUT;
			all_skip &= s == TAP_SKIP;
		}
		size_t cl = case_len(r->points[i].id);
		fprintf(f, "  KTAP version 1\n  # Subtest: %.*s\n  1..%d\n", (int)cl,
			r->points[i].id, j - i);
		for (int k = i; k < j; k++) {
			const struct res_point *p = &r->points[k];
			int nok = p->status == TAP_FAIL || p->status == TAP_TIMEOUT;
			if (nok && p->message) {
				fprintf(f, "  # ");
				ktap_text(f, p->message);
				fprintf(f, "\n");
			}
			fprintf(f, "  %s %d %s", nok ? "not ok" : "ok", k - i + 1,
				p->id + cl + (p->id[cl] == '/'));
			if (p->status == TAP_SKIP) {
				fprintf(f, " # SKIP ");
				ktap_text(f, p->reason);
			} else if (p->status == TAP_TIMEOUT) {
				fprintf(f, " # TIMEOUT");
			} else if (p->status == TAP_XFAIL || p->status == TAP_XPASS) {
				fprintf(f, " # XFAIL ");
				ktap_text(f, p->reason);
			}
			fprintf(f, "\n");
		}
		fprintf(f, "%s %d %.*s%s\n", bad ? "not ok" : "ok", ++c, (int)cl,
			r->points[i].id, all_skip ? " # SKIP every point skipped" : "");
		i = j;
	}
	return ferror(f) ? -1 : 0;
}
