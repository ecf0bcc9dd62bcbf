/* diff.c - what changed between two runs (see diff.h). */
#include "diff.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "collate.h"

static int passed(enum tap_status s)
{
	return s == TAP_PASS || s == TAP_XPASS;
}

static int failed(enum tap_status s)
{
	return s == TAP_FAIL || s == TAP_TIMEOUT;
}

static int classify(const struct res_point *o, const struct res_point *n)
{
	if (!n)
		return DIFF_VANISHED;
	if (!o)
		return DIFF_NEW;
	if (failed(o->status) && failed(n->status))
		return DIFF_STILL_FAILING;
	if (o->status == n->status)
		return -1;
	if (passed(o->status) && failed(n->status))
		return DIFF_REGRESSION;
	if (failed(o->status) && passed(n->status))
		return DIFF_FIXED;
	if (n->status == TAP_SKIP)
		return DIFF_SKIPPED;
	if (o->status == TAP_SKIP)
		return DIFF_UNSKIPPED;
	return DIFF_CHANGED;
}

static int cmp_point_ptr(const void *a, const void *b)
{
	return strcmp((*(const struct res_point *const *)a)->id,
		      (*(const struct res_point *const *)b)->id);
}

static int cmp_entry(const void *a, const void *b)
{
	const struct diff_entry *x = a, *y = b;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* r's points sorted by id, without reordering r. */
static const struct res_point **by_id(const struct results *r)
{
	const struct res_point **p = malloc(((size_t)r->npoints + 1) * sizeof *p);
	if (!p)
		return NULL;
	for (int i = 0; i < r->npoints; i++)
		p[i] = &r->points[i];
	qsort(p, (size_t)r->npoints, sizeof *p, cmp_point_ptr);
	return p;
}

int results_diff(const struct results *old, const struct results *new,
		 struct diff *d)
{
	memset(d, 0, sizeof *d);
	const struct res_point **a = by_id(old), **b = by_id(new);
	d->e = malloc(((size_t)old->npoints + (size_t)new->npoints + 1) * sizeof *d->e);
	if (!a || !b || !d->e) {
		free(a);
		free(b);
		diff_free(d);
		errno = ENOMEM;
		return -1;
	}
	int i = 0, j = 0;
	while (i < old->npoints || j < new->npoints) {
		int c = i == old->npoints ? 1 : j == new->npoints ? -1
			: strcmp(a[i]->id, b[j]->id);
		const struct res_point *o = c <= 0 ? a[i++] : NULL;
		const struct res_point *n = c >= 0 ? b[j++] : NULL;
		int k = classify(o, n);
		if (k < 0) {
			d->unchanged++;
			continue;
		}
		d->e[d->n++] = (struct diff_entry){ (enum diff_kind)k, o ? o->id : n->id, o, n };
		d->count[k]++;
	}
	qsort(d->e, (size_t)d->n, sizeof *d->e, cmp_entry);
	free(a);
	free(b);
	return 0;
}

void diff_free(struct diff *d)
{
	free(d->e);
	memset(d, 0, sizeof *d);
}

int diff_status(const struct diff *d)
{
	return d->count[DIFF_REGRESSION] > 0;
}

static const struct {
	const char *title, *what;
} kinds[DIFF_NKINDS] = {
	[DIFF_REGRESSION] = { "Regressions", "passed in OLD, fail or time out in NEW" },
	[DIFF_FIXED] = { "Fixed", "failed or timed out in OLD, pass in NEW" },
	[DIFF_SKIPPED] = { "Newly skipped", "run in OLD, skipped in NEW" },
	[DIFF_UNSKIPPED] = { "No longer skipped", "skipped in OLD, run in NEW" },
	[DIFF_VANISHED] = { "Vanished", "in OLD, not in NEW" },
	[DIFF_NEW] = { "New", "in NEW, not in OLD" },
	[DIFF_CHANGED] = { "Changed otherwise", "another change of status" },
	[DIFF_STILL_FAILING] = { "Still failing", "fail or time out in both: known, not a regression" },
};

static const char *status_md(const struct res_point *p)
{
	static const char *c[] = { "pass", "**FAIL**", "skip", "**TIMEOUT**", "xfail", "xpass" };
	return p ? c[p->status] : "—";
}

/* What the point said: in NEW, or else in OLD (a fixed failure's
   message); *from names which. */
static const char *why(const struct diff_entry *e, const char **from)
{
	const struct res_point *p[2] = { e->new, e->old };
	for (int i = 0; i < 2; i++) {
		const char *w = !p[i] ? NULL : p[i]->message ? p[i]->message : p[i]->reason;
		if (w) {
			*from = i ? "OLD" : "NEW";
			return w;
		}
	}
	return NULL;
}

static void environment(FILE *out, const char *label, const struct results *r)
{
	fprintf(out, "%s: %s (kernel %s, %s, revision %s, %s)\n", label, r->name,
		r->env.kernel_release, r->env.arch, r->env.revision, r->env.date);
}

static void print_text(FILE *out, const struct diff *d, const struct results *old,
		       const struct results *new)
{
	environment(out, "OLD", old);
	environment(out, "NEW", new);
	for (int i = 0; i < d->n; i++) {
		const struct diff_entry *e = &d->e[i];
		if (i == 0 || d->e[i - 1].kind != e->kind)
			fprintf(out, "\n%s: %d (%s)\n", kinds[e->kind].title,
				d->count[e->kind], kinds[e->kind].what);
		fprintf(out, "  %s: %s -> %s", e->id,
			e->old ? tap_status_name(e->old->status) : "absent",
			e->new ? tap_status_name(e->new->status) : "absent");
		const char *from, *w = why(e, &from);
		if (w) {
			fprintf(out, " — %s: ", from);
			for (; *w; w++) /* one line per point */
				fputc(*w == '\n' ? ' ' : *w, out);
		}
		fputc('\n', out);
	}
	fprintf(out, "\n%d points in OLD, %d in NEW: %d regression%s, %d fixed, %d newly skipped, "
		     "%d no longer skipped, %d vanished, %d new, %d changed otherwise, "
		     "%d still failing, %d unchanged\n",
		old->npoints, new->npoints, d->count[DIFF_REGRESSION],
		d->count[DIFF_REGRESSION] == 1 ? "" : "s", d->count[DIFF_FIXED],
		d->count[DIFF_SKIPPED], d->count[DIFF_UNSKIPPED], d->count[DIFF_VANISHED],
		d->count[DIFF_NEW], d->count[DIFF_CHANGED], d->count[DIFF_STILL_FAILING],
		d->unchanged);
}

static void print_markdown(FILE *out, const struct diff *d, const struct results *old,
			   const struct results *new)
{
	fprintf(out, "### fdsuite: %s → %s\n\n", old->name, new->name);
	fprintf(out, "| | OLD | NEW |\n|---|---|---|\n");
	fprintf(out, "| Environment | %s | %s |\n", old->name, new->name);
	fprintf(out, "| Kernel | `%s` | `%s` |\n", old->env.kernel_release, new->env.kernel_release);
	fprintf(out, "| Arch | %s | %s |\n", old->env.arch, new->env.arch);
	fprintf(out, "| libc | %s %s | %s %s |\n", old->env.libc, old->env.libc_version,
		new->env.libc, new->env.libc_version);
	fprintf(out, "| Runtime | %s | %s |\n", old->env.runtime, new->env.runtime);
	fprintf(out, "| fdsuite revision | %s | %s |\n", old->env.revision, new->env.revision);
	fprintf(out, "| Date | %s | %s |\n", old->env.date, new->env.date);
	fprintf(out, "| Points | %d | %d |\n", old->npoints, new->npoints);
	if (d->count[DIFF_REGRESSION] == 0)
		fprintf(out, "\nNo regression: no point that passed in OLD fails or times out in NEW.\n");
	for (int i = 0; i < d->n; i++) {
		const struct diff_entry *e = &d->e[i];
		int reg = e->kind == DIFF_REGRESSION;
		if (i == 0 || d->e[i - 1].kind != e->kind)
			fprintf(out, "\n**%s: %d** (%s)\n\n| Point | OLD | NEW | %s |\n|---|---|---|---|\n",
				kinds[e->kind].title, d->count[e->kind], kinds[e->kind].what,
				reg ? "Message; reproduce in NEW" : "Message");
		fprintf(out, "| `%s` | %s | %s | ", e->id, status_md(e->old), status_md(e->new));
		const char *from, *w = why(e, &from);
		if (w) {
			fprintf(out, "%s: ", from);
			md_inline(out, w);
		}
		if (reg) {
			fputs(w ? "; " : "", out);
			md_reproduce(out, new, e->id);
		}
		fputs(" |\n", out);
	}
	fprintf(out, "\n%d unchanged.\n", d->unchanged);
}

int diff_print(FILE *out, const struct diff *d, const struct results *old,
	       const struct results *new, int markdown)
{
	if (markdown)
		print_markdown(out, d, old, new);
	else
		print_text(out, d, old, new);
	return ferror(out) ? -1 : 0;
}

int diff_files(const char *old_path, const char *new_path, int markdown, FILE *out,
	       char *err, size_t errlen)
{
	struct results old, new;
	struct diff d;
	if (results_read(old_path, &old, err, errlen))
		return 2;
	if (results_read(new_path, &new, err, errlen)) {
		results_free(&old);
		return 2;
	}
	int rc = 2;
	if (results_diff(&old, &new, &d))
		snprintf(err, errlen, "out of memory comparing %s with %s", old_path, new_path);
	else if (diff_print(out, &d, &old, &new, markdown) || fflush(out))
		snprintf(err, errlen, "cannot write the comparison: %s", strerror(errno));
	else
		rc = diff_status(&d);
	diff_free(&d);
	results_free(&old);
	results_free(&new);
	return rc;
}
