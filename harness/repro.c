/* repro.c - minimal standalone reproducers (see repro.h). */
#include "repro.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_NAMES 64

/* strerror(e), but memory running out is said as such. */
static const char *why(int e)
{
	return e == ENOMEM ? "out of memory" : strerror(e);
}

/* A top-level piece of text: a definition of the case (or its area's
   header), or a chunk of harness/repro_lib.c. */
struct piece {
	const char *text;
	size_t len;
	char names[MAX_NAMES][64]; /* what it defines (chunks: what takes it) */
	int nnames;
	char needs[MAX_NAMES][64]; /* chunks: taken along */
	int nneeds;
	char includes[MAX_NAMES][64]; /* chunks: headers */
	int nincludes;
	char with[64]; /* chunks: kept only with this chunk ("with:"), or */
	int without;   /* only without it ("without:"): two forms of one macro */
	enum { P_DEF, P_INCLUDE, P_POINT, P_CASE, P_CHUNK, P_GEN, P_NEEDS } kind;
	int timeout_ms; /* P_POINT */
	char pname[64]; /* P_GEN: FT_TABLE(pname, rows) */
	int taken;
};

struct pieces {
	struct piece *v;
	int n, cap;
};

static struct piece *add_piece(struct pieces *ps, const char *text, size_t len, int kind)
{
	if (ps->n == ps->cap) {
		int cap = ps->cap ? ps->cap * 2 : 64;
		struct piece *v = realloc(ps->v, (size_t)cap * sizeof *v);
		if (!v) {
			errno = ENOMEM;
			return NULL;
		}
		ps->v = v;
		ps->cap = cap;
	}
	struct piece *p = &ps->v[ps->n++];
	memset(p, 0, sizeof *p);
	p->text = text;
	p->len = len;
	p->kind = kind;
	return p;
}

static void add_name(char (*names)[64], int *n, const char *s, size_t len)
{
	if (*n < MAX_NAMES && len < 64) {
		memcpy(names[*n], s, len);
		names[(*n)++][len] = 0;
	}
}

static int is_id0(int c)
{
	return isalpha(c) || c == '_';
}

static int is_id(int c)
{
	return isalnum(c) || c == '_';
}

/* Length of the comment, string or character literal at s, else 0. */
static size_t skip_lit(const char *s, const char *end)
{
	const char *p = s;
	if (p + 1 < end && p[0] == '/' && p[1] == '*') {
		for (p += 2; p + 1 < end && !(p[0] == '*' && p[1] == '/'); p++)
			;
		return (size_t)(p + 2 <= end ? p + 2 - s : end - s);
	}
	if (p + 1 < end && p[0] == '/' && p[1] == '/') {
		while (p < end && *p != '\n')
			p++;
		return (size_t)(p - s);
	}
	if (*p == '"' || *p == '\'') {
		char q = *p++;
		while (p < end && *p != q)
			p += *p == '\\' ? 2 : 1;
		return (size_t)(p + 1 <= end ? p + 1 - s : end - s);
	}
	return 0;
}

/* Calls fn for every identifier of text outside comments and literals. */
static void each_ident(const char *s, size_t len, void (*fn)(const char *, size_t, void *),
		       void *arg)
{
	const char *end = s + len;
	for (const char *p = s; p < end;) {
		size_t k = skip_lit(p, end);
		if (k) {
			p += k;
		} else if (is_id0((unsigned char)*p) && (p == s || !is_id((unsigned char)p[-1]))) {
			const char *b = p;
			while (p < end && is_id((unsigned char)*p))
				p++;
			fn(b, (size_t)(p - b), arg);
		} else {
			p++;
		}
	}
}

/* End of the preprocessor line at p (continuations included). */
static const char *line_end(const char *p, const char *end)
{
	while (p < end && *p != '\n')
		p += (*p == '\\' && p + 1 < end) ? 2 : 1;
	return p < end ? p + 1 : end;
}

static const char *directive(const char *p, const char *end, char *word, size_t n)
{
	p++;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	size_t i = 0;
	while (p < end && is_id((unsigned char)*p) && i + 1 < n)
		word[i++] = *p++;
	word[i] = 0;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

struct defscan {
	struct piece *pc;
};

/* What a C definition defines: a function's name; a declaration's
   declarators; a struct, union or enum tag and enum constants. */
static void c_names(struct piece *pc)
{
	const char *s = pc->text, *end = s + pc->len, *lastid = NULL;
	size_t lastlen = 0;
	int paren = 0, brace = 0, brack = 0, isenum = 0, after_tag = 0, fn = 0, eq = 0;
	for (const char *p = s; p < end;) {
		size_t k = skip_lit(p, end);
		if (k) {
			p += k;
			continue;
		}
		if (*p == '#') { /* a directive inside a definition */
			p = line_end(p, end);
			continue;
		}
		if (is_id0((unsigned char)*p)) {
			const char *b = p;
			while (p < end && is_id((unsigned char)*p))
				p++;
			size_t l = (size_t)(p - b);
			const char *q = p;
			while (q < end && isspace((unsigned char)*q))
				q++;
			if (paren == 0 && brace == 0 && brack == 0) {
				if (after_tag && q < end && *q == '{') /* struct T { */
					add_name(pc->names, &pc->nnames, b, l);
				after_tag = (l == 6 && !strncmp(b, "struct", 6)) ||
					    (l == 5 && !strncmp(b, "union", 5)) ||
					    (l == 4 && !strncmp(b, "enum", 4));
				isenum |= l == 4 && !strncmp(b, "enum", 4);
			}
			if (brace == 1 && isenum && paren == 0 && q < end &&
			    (*q == ',' || *q == '=' || *q == '}'))
				add_name(pc->names, &pc->nnames, b, l);
			int attr = (l == 13 && !strncmp(b, "__attribute__", 13));
			lastid = attr ? NULL : b;
			lastlen = l;
			if (attr) { /* skip __attribute__((...)) */
				int d = 0;
				while (q < end && (*q != ')' || --d > 0))
					d += *q++ == '(';
				p = q < end ? q + 1 : end;
			}
			continue;
		}
		if (paren == 0 && brace == 0 && brack == 0 && lastid) {
			if (*p == '(' && !fn && !eq) { /* a function or prototype */
				fn = 1;
				add_name(pc->names, &pc->nnames, lastid, lastlen);
			} else if (*p == '=' || *p == ';' || *p == ',' || *p == '[') {
				if (!fn)
					add_name(pc->names, &pc->nnames, lastid, lastlen);
			}
		}
		eq |= *p == '=' && paren == 0 && brace == 0;
		if (!isspace((unsigned char)*p))
			after_tag = 0;
		paren += *p == '(';
		paren -= *p == ')';
		brace += *p == '{';
		brace -= *p == '}';
		brack += *p == '[';
		brack -= *p == ']';
		if (!isspace((unsigned char)*p) && *p != '*')
			lastid = NULL;
		p++;
	}
}

/* Names #define'd or defined in a block of preprocessor text. */
static void block_names(struct piece *pc)
{
	const char *s = pc->text, *end = s + pc->len;
	for (const char *p = s; p < end;) {
		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p >= end)
			break;
		if (*p == '#') {
			char w[16];
			const char *q = directive(p, end, w, sizeof w);
			if (!strcmp(w, "define")) {
				const char *b = q;
				while (q < end && is_id((unsigned char)*q))
					q++;
				add_name(pc->names, &pc->nnames, b, (size_t)(q - b));
			}
			p = line_end(p, end);
			continue;
		}
		/* a C definition inside the block: up to the next directive */
		const char *q = p;
		while (q < end && !(*q == '#' && (q == s || q[-1] == '\n'))) {
			size_t k = skip_lit(q, end);
			q += k ? k : 1;
		}
		struct piece tmp = { .text = p, .len = (size_t)(q - p) };
		c_names(&tmp);
		for (int i = 0; i < tmp.nnames; i++)
			add_name(pc->names, &pc->nnames, tmp.names[i], strlen(tmp.names[i]));
		p = q;
	}
}

/* Splits one source file into pieces.  A header's include guard is
   dropped; a comment directly above a definition stays with it.  Returns
   0; -1 when memory runs out (errno ENOMEM), -2 when the text is not
   understood. */
static int split_source(struct pieces *ps, const char *s, size_t len)
{
	const char *end = s + len, *p = s, *doc = NULL;
	char guard[64] = "";
	while (p < end) {
		if (isspace((unsigned char)*p)) {
			if (*p == '\n' && doc && p + 1 < end && p[1] == '\n')
				doc = NULL; /* a blank line ends a comment's claim */
			p++;
			continue;
		}
		size_t k = skip_lit(p, end);
		if (k && *p == '/') {
			doc = p;
			p += k;
			continue;
		}
		const char *start = doc ? doc : p;
		doc = NULL;
		if (*p == '#') {
			char w[16];
			const char *q = directive(p, end, w, sizeof w);
			const char *le = line_end(p, end);
			if (!strcmp(w, "ifndef") && !guard[0]) {
				/* an include guard: #ifndef G / #define G */
				size_t gl = 0;
				while (q + gl < end && is_id((unsigned char)q[gl]))
					gl++;
				const char *n = le;
				while (n < end && isspace((unsigned char)*n))
					n++;
				char w2[16];
				const char *q2 = n < end && *n == '#' ? directive(n, end, w2, sizeof w2) : NULL;
				if (q2 && !strcmp(w2, "define") && gl < sizeof guard &&
				    !strncmp(q2, q, gl) && !is_id((unsigned char)q2[gl]) &&
				    line_end(q2, end) - q2 <= (long)gl + 1) {
					memcpy(guard, q, gl);
					guard[gl] = 0;
					p = line_end(n, end);
					continue;
				}
			}
			if (!strcmp(w, "if") || !strcmp(w, "ifdef") || !strcmp(w, "ifndef")) {
				int depth = 0;
				const char *e = p;
				do {
					char w3[16];
					directive(e, end, w3, sizeof w3);
					depth += !strncmp(w3, "if", 2);
					depth -= !strcmp(w3, "endif");
					e = line_end(e, end);
					while (depth > 0 && e < end && !(*e == '#' && e[-1] == '\n')) {
						size_t k2 = skip_lit(e, end);
						e += k2 ? k2 : 1;
					}
				} while (depth > 0 && e < end);
				struct piece *pc = add_piece(ps, start, (size_t)(e - start), P_DEF);
				if (!pc)
					return -1;
				block_names(pc);
				p = e;
				continue;
			}
			if (!strcmp(w, "endif") && guard[0]) { /* the guard's end */
				p = le;
				continue;
			}
			struct piece *pc = add_piece(ps, start, (size_t)(le - start),
						     !strcmp(w, "include") ? P_INCLUDE : P_DEF);
			if (!pc)
				return -1;
			if (!strcmp(w, "define")) {
				const char *b = q;
				while (q < end && is_id((unsigned char)*q))
					q++;
				add_name(pc->names, &pc->nnames, b, (size_t)(q - b));
			}
			p = le;
			continue;
		}
		/* a C definition: to ';' at depth 0, or to the '}' closing a
		   function body (a ')' and no '=' before its first '{') */
		int paren = 0, brace = 0, saw_paren = 0, saw_eq = 0, opened = 0;
		const char *q = p;
		/* NAME(...) of a macro with no body or ';' after it: a point
		   generator (STATE_TABLE(a, ...)) or FT_NEEDS(mask) */
		int upper = 1;
		const char *w = p;
		for (; w < end && is_id((unsigned char)*w); w++)
			upper &= !islower((unsigned char)*w);
		if (upper && w > p && w < end && *w == '(') {
			int d = 0;
			const char *e = w;
			for (; e < end; e++) {
				size_t k3 = skip_lit(e, end);
				if (k3) {
					e += k3 - 1;
					continue;
				}
				d += *e == '(';
				if (*e == ')' && --d == 0)
					break;
			}
			const char *n = e < end ? e + 1 : end;
			while (n < end && (*n == ' ' || *n == '\t'))
				n++;
			const char *n2 = n;
			while (n2 < end && isspace((unsigned char)*n2))
				n2++;
			if ((n2 >= end || (*n2 != '{' && *n2 != ';')) && strncmp(p, "FT_POINT", 8) &&
			    strncmp(p, "FT_TABLE", 8)) {
				struct piece *pc = add_piece(ps, start, (size_t)(n - start), P_GEN);
				if (!pc)
					return -1;
				if (!strncmp(p, "FT_NEEDS(", 9))
					pc->kind = P_NEEDS;
				p = n;
				continue;
			}
			if (!strncmp(p, "FT_NEEDS(", 9)) {
				struct piece *pc = add_piece(ps, start, (size_t)(n2 + 1 - start), P_NEEDS);
				if (!pc)
					return -1;
				p = n2 + 1;
				continue;
			}
		}
		while (q < end) {
			size_t k2 = skip_lit(q, end);
			if (k2) {
				q += k2;
				continue;
			}
			char c = *q++;
			if (c == '(')
				paren++;
			else if (c == ')')
				paren--, saw_paren |= !opened && paren == 0;
			else if (c == '=' && paren == 0 && !opened)
				saw_eq = 1;
			else if (c == '{')
				brace++, opened = 1;
			else if (c == '}' && --brace == 0 && paren == 0 && saw_paren && !saw_eq)
				break;
			else if (c == ';' && brace == 0 && paren == 0)
				break;
		}
		struct piece *pc = add_piece(ps, start, (size_t)(q - start), P_DEF);
		if (!pc)
			return -1;
		if (!strncmp(p, "FT_POINT", 8)) {
			pc->kind = P_POINT;
			const char *b = strchr(p, '(') + 1, *e = b;
			while (is_id((unsigned char)*e))
				e++;
			add_name(pc->names, &pc->nnames, b, (size_t)(e - b));
			const char *t = strstr(p, ".timeout_ms");
			const char *body = strchr(p, '{');
			if (!body)
				return -2;
			pc->timeout_ms = 5000;
			if (t && t < body && strchr(t, '='))
				pc->timeout_ms = atoi(strchr(t, '=') + 1);
			if (pc->timeout_ms <= 0)
				pc->timeout_ms = 5000;
		} else if (!strncmp(p, "FT_TABLE", 8)) { /* named by its pname */
			pc->kind = P_GEN;
			const char *b = strchr(p, '(') + 1, *e;
			while (*b == ' ')
				b++;
			for (e = b; is_id((unsigned char)*e); e++)
				;
			snprintf(pc->pname, sizeof pc->pname, "%.*s", (int)(e - b), b);
		} else if (!strncmp(p, "FT_CASE", 7)) {
			pc->kind = P_CASE;
		} else {
			c_names(pc);
		}
		p = q;
	}
	return 0;
}

/* Splits repro_lib.c at its chunk markers.  Returns as split_source(). */
static int split_lib(struct pieces *ps, const char *s)
{
	static const char mark[] = "/* chunk:";
	const char *p = strstr(s, "\n" "/* chunk:");
	while (p) {
		p++;
		const char *le = strchr(p, '\n');
		if (!le)
			return -2;
		const char *next = strstr(le, "\n" "/* chunk:");
		const char *stop = next ? next + 1 : s + strlen(s);
		struct piece *pc = add_piece(ps, le + 1, (size_t)(stop - le - 1), P_CHUNK);
		if (!pc)
			return -1;
		char (*list)[64] = pc->names;
		int *n = &pc->nnames;
		for (const char *w = p + sizeof mark - 1; w < le;) {
			while (w < le && *w == ' ')
				w++;
			const char *b = w;
			while (w < le && *w != ' ')
				w++;
			size_t l = (size_t)(w - b);
			if (l == 2 && !strncmp(b, "*/", 2))
				break;
			if (l == 6 && !strncmp(b, "needs:", 6))
				list = pc->needs, n = &pc->nneeds;
			else if (l == 9 && !strncmp(b, "includes:", 9))
				list = pc->includes, n = &pc->nincludes;
			else if ((l == 5 && !strncmp(b, "with:", 5)) || (l == 8 && !strncmp(b, "without:", 8))) {
				pc->without = l == 8;
				while (w < le && *w == ' ')
					w++;
				for (size_t i = 0; w < le && *w != ' ' && i + 1 < sizeof pc->with; i++)
					pc->with[i] = *w++;
			}
			else if (l)
				add_name(list, n, b, l);
		}
		p = next;
	}
	return 0;
}

char *repro_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL; /* errno ENOMEM when fopen's own allocation failed */
	size_t cap = 1 << 15, n = 0, got;
	char *t = malloc(cap);
	int e = t ? 0 : ENOMEM;
	errno = 0;
	while (t && (got = fread(t + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (n + 1 == cap) {
			char *t2 = realloc(t, cap *= 2);
			if (!t2) {
				free(t);
				e = ENOMEM;
			}
			t = t2;
		}
	}
	if (t && ferror(f)) {
		e = errno ? errno : EIO;
		free(t);
		t = NULL;
	}
	fclose(f);
	if (!t) {
		errno = e;
		return NULL;
	}
	t[n] = 0;
	if (len)
		*len = n;
	return t;
}

/* The headers a case includes from the tree, each read once. */
#define MAX_HEADERS 16
struct headers {
	char *text[MAX_HEADERS];
	char path[MAX_HEADERS][512];
	int n;
};

/* Splits what text (the file at path) includes from the tree, in order,
   each header after what it includes in turn: a case's headers
   ("area.h", "../exec/image.h", "locks.h" from "blocked.h") and a part of
   the case library a header names ("audit.h": the start-up audit, header
   and code).  A library part is split without what it includes.  Returns
   0, or -1 with err set. */
static int add_includes(struct pieces *ps, struct headers *hs, const char *src, const char *path,
			const char *text, int depth, char *err, size_t errlen)
{
	int dir = (int)(strrchr(path, '/') + 1 - path);
	for (const char *p = text; (p = strstr(p, "#include \""));) {
		char inc[256], hpath[2048];
		p += 10;
		if (sscanf(p, "%255[^\"]", inc) != 1 || !strcmp(inc, "fdtest.h"))
			continue;
		snprintf(hpath, sizeof hpath, "%.*s%s", dir, path, inc);
		int lib = access(hpath, F_OK) != 0, il = (int)strlen(inc);
		for (int k = 0; k < 1 + lib; k++) {
			if (lib) /* not beside the case: a part of the case library */
				snprintf(hpath, sizeof hpath, "%s/harness/%.*s%s", src, il > 2 ? il - 2 : il,
					 inc, k ? ".c" : ".h");
			int seen = 0;
			for (int i = 0; i < hs->n; i++)
				seen |= !strcmp(hs->path[i], hpath);
			if (seen)
				continue;
			size_t len;
			char *t = repro_slurp(hpath, &len);
			if (!t && lib && errno != ENOMEM)
				continue; /* neither: a header of the system's */
			if (!t || hs->n == MAX_HEADERS) {
				snprintf(err, errlen, "cannot read %s: %s", hpath,
					 t ? "too many headers" : why(errno));
				free(t);
				return -1;
			}
			hs->text[hs->n] = t;
			snprintf(hs->path[hs->n++], sizeof hs->path[0], "%s", hpath);
			if (!lib && depth < 8 && add_includes(ps, hs, src, hpath, t, depth + 1, err, errlen))
				return -1;
			int split = split_source(ps, t, len);
			if (split) {
				if (split == -1)
					snprintf(err, errlen, "out of memory");
				else
					snprintf(err, errlen, "cannot split %s into definitions", hpath);
				return -1;
			}
		}
	}
	return 0;
}

struct selection {
	struct pieces *ps;
	int *queue, nq;
	int chunks_only; /* resolving names a library chunk uses */
	char locals[MAX_NAMES][64]; /* declared in the piece: never a global */
	int nlocals;
};

/* Names a definition declares for itself: an identifier after a type name
   (another identifier, not a keyword like return) and before , ; = [ or ). */
static void collect_locals(struct selection *sel, const char *s, size_t len)
{
	static const char *const kw[] = { "return", "case", "goto", "sizeof", "else", "do" };
	const char *end = s + len, *prev = NULL;
	size_t prevlen = 0;
	sel->nlocals = 0;
	for (const char *p = s; p < end;) {
		size_t k = skip_lit(p, end);
		if (k) {
			p += k;
			prev = NULL;
			continue;
		}
		if (!is_id0((unsigned char)*p)) {
			if (!isspace((unsigned char)*p))
				prev = NULL;
			p++;
			continue;
		}
		const char *b = p;
		while (p < end && is_id((unsigned char)*p))
			p++;
		const char *q = p;
		while (q < end && isspace((unsigned char)*q))
			q++;
		int type_before = prev != NULL;
		for (size_t i = 0; prev && i < sizeof kw / sizeof kw[0]; i++)
			if (strlen(kw[i]) == prevlen && !strncmp(kw[i], prev, prevlen))
				type_before = 0;
		if (type_before && q < end && strchr(",;=[)", *q))
			add_name(sel->locals, &sel->nlocals, b, (size_t)(p - b));
		prev = b;
		prevlen = (size_t)(p - b);
	}
}

static void take(struct selection *sel, int i)
{
	if (!sel->ps->v[i].taken) {
		sel->ps->v[i].taken = 1;
		sel->queue[sel->nq++] = i;
	}
}

/* A name: the case's own definition wins over a library chunk.  Every
   piece that names it is taken (a prototype in a header and the
   definition in its .c file). */
static void take_name(const char *s, size_t l, void *arg)
{
	struct selection *sel = arg;
	int own = 0;
	for (int i = 0; i < sel->nlocals; i++)
		if (strlen(sel->locals[i]) == l && !strncmp(sel->locals[i], s, l))
			return;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < sel->ps->n; i++) {
			struct piece *pc = &sel->ps->v[i];
			if (pc->kind == P_POINT || pc->kind == P_CASE || pc->kind == P_INCLUDE ||
			    (pc->kind == P_CHUNK) != pass || (pass && own))
				continue;
			/* the calls that make a scratch directory worth having
			   count in the case's text; the library asks for it by name */
			int n = pass && sel->chunks_only && !strcmp(pc->names[0], "ft_scratch") ? 1 : pc->nnames;
			for (int j = 0; j < n; j++) {
				if (strlen(pc->names[j]) == l && !strncmp(pc->names[j], s, l)) {
					if (!pass && sel->chunks_only)
						continue;
					take(sel, i);
					own |= !pass;
					break;
				}
			}
		}
}

/* The text of a string literal sequence ("a" "b") at s, unescaped. */
static const char *literal(const char *s, char *out, size_t n)
{
	size_t o = 0;
	for (;;) {
		while (*s && *s != '"' && *s != ')' && *s != ',')
			s++;
		if (*s != '"')
			break;
		for (s++; *s && *s != '"'; s++) {
			if (*s == '\\' && s[1])
				s++;
			if (o + 1 < n)
				out[o++] = *s;
		}
		if (*s)
			s++;
	}
	out[o] = 0;
	return s;
}

struct find {
	const char *name;
	size_t len;
	int seen;
};

static void find_ident(const char *s, size_t l, void *arg)
{
	struct find *f = arg;
	f->seen |= l == f->len && !strncmp(s, f->name, l);
}

/* Whether a function definition has a parameter its body never names
   (-Wunused-parameter); 1 when it cannot tell. */
static int unused_param(const struct piece *pc)
{
	const char *t = pc->text, *end = t + pc->len, *open = NULL, *body = NULL;
	for (const char *p = t; p < end && !body;) {
		size_t k = skip_lit(p, end);
		if (k) {
			p += k;
			continue;
		}
		if (*p == '=' || *p == ';')
			return 0; /* not a function definition */
		if (*p == '(' && !open)
			open = p;
		if (*p == '{')
			body = p;
		p++;
	}
	if (!open || !body)
		return 0;
	const char *seg = open + 1;
	for (const char *p = seg; p < body; p++) {
		if (*p == '(')
			return 1; /* a function pointer parameter: cannot tell */
		if (*p != ',' && *p != ')')
			continue;
		const char *e = p;
		while (e > seg && !is_id((unsigned char)e[-1]))
			e--;
		const char *b = e;
		while (b > seg && is_id((unsigned char)b[-1]))
			b--;
		struct find f = { b, (size_t)(e - b), 0 };
		if (f.len && !(f.len == 4 && !strncmp(b, "void", 4))) {
			each_ident(body, (size_t)(end - body), find_ident, &f);
			if (!f.seen)
				return 1;
		}
		if (*p == ')')
			break;
		seg = p + 1;
	}
	return 0;
}

static void emit_comment_text(FILE *out, const char *text, int *lines)
{
	/* wrapped at 72 columns after " * " */
	const char *p = text;
	if (!*p) {
		fputs(" *\n", out);
		(*lines)++;
	}
	while (*p) {
		size_t l = strlen(p), cut = l;
		if (l > 69) {
			for (cut = 69; cut > 0 && p[cut] != ' '; cut--)
				;
			if (cut == 0)
				cut = 69;
		}
		fputs(" * ", out);
		for (size_t i = 0; i < cut; i++) /* nothing that opens or closes a comment */
			fputc(p[i] == '/' && (p[i + 1] == '*' || (i && p[i - 1] == '*')) ? '|' : p[i], out);
		fputc('\n', out);
		(*lines)++;
		p += cut;
		while (*p == ' ')
			p++;
	}
}

/* Marks (taken = 2) the pieces that make the point: FT_TABLE(pname, ...)
   with point pname_ROW, or an invocation of a macro whose definition holds
   FT_POINT(point) or FT_TABLE(pname, ...), a parameter naming them taken
   from the invocation's arguments.  Returns how many. */
static int gen_candidates(struct pieces *ps, const char *point)
{
	int n = 0;
	for (int i = 0; i < ps->n; i++) {
		struct piece *pc = &ps->v[i];
		if (pc->kind != P_GEN)
			continue;
		if (pc->pname[0]) {
			size_t l = strlen(pc->pname);
			if (!strncmp(point, pc->pname, l) && point[l] == '_')
				pc->taken = 2, n++;
			continue;
		}
		/* MACRO(args): its definition, its parameters */
		char mname[64], params[16][64], args[16][256];
		int np = 0, na = 0;
		if (sscanf(pc->text + strspn(pc->text, " \t\n"), "%63[A-Za-z0-9_]", mname) != 1)
			continue;
		const char *a = strchr(pc->text, '(');
		for (const char *q = a + 1; a && na < 16;) { /* arguments at depth 0 */
			int d = 0;
			const char *b = q;
			while (*q && !(d == 0 && (*q == ',' || *q == ')')))
				d += (*q == '(') - (*q == ')'), q++;
			snprintf(args[na++], 256, "%.*s", (int)(q - b), b + strspn(b, " \t"));
			if (*q != ',')
				break;
			q++;
		}
		for (int j = 0; j < ps->n; j++) {
			struct piece *d = &ps->v[j];
			if (d->kind != P_DEF || !d->nnames || strcmp(d->names[0], mname))
				continue;
			const char *t = strstr(d->text, mname) + strlen(mname);
			if (*t != '(')
				continue;
			for (const char *q = t + 1; np < 16 && *q && *q != ')';) {
				q += strspn(q, " ,");
				size_t l = strspn(q, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
				snprintf(params[np++], 64, "%.*s", (int)l, q);
				q += l ? l : 1;
			}
			const char *endd = d->text + d->len;
			for (const char *q = t; (q = strstr(q, "FT_")) && q < endd; q += 3) {
				int tbl = !strncmp(q, "FT_TABLE", 8);
				if (!tbl && strncmp(q, "FT_POINT", 8))
					continue;
				const char *b = strchr(q, '(');
				if (!b || b > endd)
					continue;
				char nm[64];
				if (sscanf(b + 1, " %63[A-Za-z0-9_]", nm) != 1)
					continue;
				for (int k = 0; k < np && k < na; k++)
					if (!strcmp(nm, params[k]))
						snprintf(nm, sizeof nm, "%.63s", args[k]);
				size_t l = strlen(nm);
				if (tbl ? !strncmp(point, nm, l) && point[l] == '_' : !strcmp(point, nm)) {
					pc->taken = 2, n++;
					break;
				}
			}
		}
	}
	return n;
}

int repro_write(FILE *out, const char *src, const char *id, struct repro_info *info,
		char *err, size_t errlen)
{
	struct repro_info dummy;
	if (!info)
		info = &dummy;
	memset(info, 0, sizeof *info);
	const char *s1 = strchr(id, '/'), *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
	if (!s1 || !s2 || !s2[1] || strchr(s2 + 1, '/')) {
		snprintf(err, errlen, "'%s' is not a test point id (area/behavior/point)", id);
		return -1;
	}
	const char *point = s2 + 1;
	char path[2048];
	char *texts[3] = { NULL, NULL, NULL };
	struct headers hs = { .n = 0 };
	struct pieces ps = { 0 };
	int rc = -1;

	int split;
	snprintf(path, sizeof path, "%s/harness/repro_lib.c", src);
	if (!(texts[0] = repro_slurp(path, NULL))) {
		snprintf(err, errlen, "cannot read %s: %s", path, why(errno));
		goto done;
	}
	if ((split = split_lib(&ps, texts[0]))) {
		if (split == -1)
			snprintf(err, errlen, "out of memory");
		else
			snprintf(err, errlen, "cannot split %s into chunks", path);
		goto done;
	}
	snprintf(path, sizeof path, "%s/cases/%.*s.c", src, (int)(s2 - id), id);
	size_t clen;
	if (!(texts[2] = repro_slurp(path, &clen))) {
		if (errno == ENOMEM)
			snprintf(err, errlen, "out of memory");
		else
			snprintf(err, errlen, "no case source %s for %s: %s", path, id, strerror(errno));
		goto done;
	}
	/* the headers it includes from the tree, split before the case */
	if (add_includes(&ps, &hs, src, path, texts[2], 0, err, errlen))
		goto done;
	if ((split = split_source(&ps, texts[2], clen))) {
		if (split == -1)
			snprintf(err, errlen, "out of memory");
		else
			snprintf(err, errlen, "cannot split %s into definitions", path);
		goto done;
	}
	int target = -1;
	for (int i = 0; i < ps.n; i++) {
		struct piece *pc = &ps.v[i];
		if (pc->kind == P_POINT && !strcmp(pc->names[0], point))
			target = i;
		if (pc->kind == P_CASE) {
			const char *a = literal(strchr(pc->text, '(') + 1, info->summary,
						sizeof info->summary);
			literal(*a ? a + 1 : a, info->cite, sizeof info->cite);
		}
	}
	/* what an invocation of a macro of the case's defines:
	   ALLOC_CALL_ONE(expr); defines "call", NAME = or NAME[] = in its body */
	for (int i = 0; i < ps.n; i++) {
		struct piece *pc = &ps.v[i];
		char mname[64];
		const char *h = pc->text + strspn(pc->text, " \t\n"), *pe = pc->text + pc->len;
		while (h < pe && *h == '/' && skip_lit(h, pe)) /* past its comment */
			h += skip_lit(h, pe), h += strspn(h, " \t\n");
		if (pc->kind != P_DEF || pc->nnames != 1 ||
		    sscanf(h, "%63[A-Z0-9_](", mname) != 1 ||
		    strcmp(mname, pc->names[0]))
			continue;
		for (int j = 0; j < ps.n; j++) {
			struct piece *d = &ps.v[j];
			if (d->kind != P_DEF || !d->nnames || strcmp(d->names[0], mname) || d == pc)
				continue;
			const char *e = d->text + d->len;
			int depth = 0;
			for (const char *q = d->text; q < e; q++) {
				depth += (*q == '{') - (*q == '}');
				if (depth || !is_id0((unsigned char)*q) || (q > d->text && is_id((unsigned char)q[-1])))
					continue;
				const char *b = q;
				while (q < e && is_id((unsigned char)*q))
					q++;
				const char *r = q;
				if (r + 1 < e && r[0] == '[' && r[1] == ']')
					r += 2;
				while (r < e && *r == ' ')
					r++;
				if (r < e && *r == '=' && r[1] != '=')
					add_name(pc->names, &pc->nnames, b, (size_t)(q - b));
				q--;
			}
		}
	}
	/* not a plain point: a table, or a macro of the case's making points */
	int gens = 0;
	if (target < 0)
		gens = gen_candidates(&ps, point);
	if (target < 0 && !gens) {
		snprintf(err, errlen, "no point %s in %s", point, path);
		goto done;
	}

	/* what the point uses, transitively */
	struct selection sel = { .ps = &ps, .queue = calloc((size_t)ps.n, sizeof(int)) };
	if (!sel.queue) {
		snprintf(err, errlen, "out of memory");
		goto done;
	}
	if (target >= 0)
		take(&sel, target);
	for (int i = 0; i < ps.n; i++)
		if (ps.v[i].kind == P_GEN && ps.v[i].taken == 2)
			ps.v[i].taken = 0, take(&sel, i);
	/* the requirements: FT_NEEDS(mask) of the case, .needs of the point */
	char needs[8][64];
	int nneeds = 0;
	for (int i = 0; i < ps.n; i++) {
		struct piece *pc = &ps.v[i];
		size_t hl = pc->len;
		if (pc->kind == P_POINT && i == target)
			hl = (size_t)(strchr(pc->text, '{') - pc->text);
		else if (!(pc->kind == P_NEEDS || (pc->kind == P_GEN && pc->taken)))
			continue;
		for (const char *q = pc->text; (q = memmem(q, hl - (size_t)(q - pc->text), "FT_NEEDS_", 9));) {
			size_t l = 0;
			while (is_id((unsigned char)q[l]))
				l++;
			if (nneeds < 8 && l < 64 && (q == pc->text || !is_id((unsigned char)q[-1]))) {
				snprintf(needs[nneeds], 64, "%.*s", (int)l, q);
				int dup = 0;
				for (int j = 0; j < nneeds; j++)
					dup |= !strcmp(needs[j], needs[nneeds]);
				nneeds += !dup;
			}
			q += l;
		}
	}
	for (int j = 0; j < nneeds; j++)
		take_name(needs[j], strlen(needs[j]), &sel);
	for (int i = 0; i < ps.n; i++)
		if (ps.v[i].kind == P_CHUNK && !strcmp(ps.v[i].names[0], "core"))
			take(&sel, i);
	/* a constructor of the case or its header runs though nothing calls
	   it (the start-up audit's capture) */
	for (int i = 0; i < ps.n; i++)
		if (ps.v[i].kind != P_CHUNK && ps.v[i].kind != P_POINT &&
		    memmem(ps.v[i].text, ps.v[i].len, "__attribute__((constructor", 26))
			take(&sel, i);
	for (int qi = 0; qi < sel.nq; qi++) {
		struct piece *pc = &ps.v[sel.queue[qi]];
		const char *t = pc->text;
		size_t l = pc->len;
		if (pc->kind == P_POINT) { /* the body only: not the point's name */
			t = strchr(strstr(pc->text, "FT_POINT"), '{');
			l = pc->len - (size_t)(t - pc->text);
		}
		sel.chunks_only = pc->kind == P_CHUNK;
		if (pc->with[0] && !pc->without)
			continue; /* the short form, in terms of what it is kept with */
		if (pc->kind == P_CHUNK || pc->nnames == 0 || !strchr(pc->text, '('))
			sel.nlocals = 0;
		else
			collect_locals(&sel, t, l);
		/* a function's own name is not a local */
		for (int j = 0; j < sel.nlocals; j++)
			for (int m = 0; m < pc->nnames; m++)
				if (!strcmp(sel.locals[j], pc->names[m]))
					sel.locals[j][0] = 0;
		each_ident(t, l, take_name, &sel);
		sel.nlocals = 0;
		for (int j = 0; j < pc->nneeds; j++)
			take_name(pc->needs[j], strlen(pc->needs[j]), &sel);
	}
	free(sel.queue);
	for (int i = 0; i < ps.n; i++) /* of a macro's two forms, the one that fits */
		if (ps.v[i].taken && ps.v[i].with[0]) {
			int with = 0;
			for (int j = 0; j < ps.n; j++)
				with |= ps.v[j].taken && ps.v[j].kind == P_CHUNK && !strcmp(ps.v[j].names[0], ps.v[i].with);
			ps.v[i].taken = with != ps.v[i].without;
		}
	int probe = 0;
	for (int i = 0; i < ps.n; i++)
		if (ps.v[i].taken && ps.v[i].kind == P_CHUNK)
			for (int j = 0; j < ps.v[i].nnames; j++) {
				probe |= !strcmp(ps.v[i].names[j], "ft_fdprobe_main");
				info->execs_fixture |= !strcmp(ps.v[i].names[j], "ft_fdprobe_main") ||
						       !strcmp(ps.v[i].names[j], "ft_fixture");
			}

	char *buf;
	size_t blen;
	FILE *o = open_memstream(&buf, &blen);
	if (!o) {
		snprintf(err, errlen, "out of memory");
		goto done;
	}
	int lines = 0, scratch = 0;
	for (int i = 0; i < ps.n; i++)
		scratch |= ps.v[i].taken && ps.v[i].kind == P_CHUNK && !strcmp(ps.v[i].names[0], "ft_scratch");
	int secs = ((target >= 0 ? ps.v[target].timeout_ms : 5000) + 999) / 1000 * 2;
	if (secs < 10)
		secs = 10;
	char line[1200];
	snprintf(line, sizeof line, "fdsuite test point %s: %s (%s).", id, info->summary, info->cite);
	fprintf(o, "/*\n");
	emit_comment_text(o, line, &lines);
	emit_comment_text(o, "", &lines);
	emit_comment_text(o, "cc -o repro repro.c && ./repro: ok, or not ok and the failed check", &lines);
	if (info->execs_fixture && !probe)
		emit_comment_text(o, "It execs a program of the suite's: run it with FDSUITE_FIXTURES "
				     "naming the directory of the built fixtures (build/fixtures).", &lines);
	fprintf(o, " */\n#define _GNU_SOURCE\n");
	for (int i = 0; i < ps.n; i++) /* the case's own functions, as the suite builds them */
		if (ps.v[i].taken && ps.v[i].kind == P_DEF &&
		    (unused_param(&ps.v[i]) || /* or a macro that defines functions */
		     (memmem(ps.v[i].text, ps.v[i].len, "#define", 7) &&
		      memmem(ps.v[i].text, ps.v[i].len, "static ", 7)))) {
			fprintf(o, "#pragma GCC diagnostic ignored \"-Wunused-parameter\"\n");
			break;
		}
	for (int i = 0; i < ps.n; i++) /* the case's snprintf() into small fields */
		if (ps.v[i].taken && ps.v[i].kind != P_CHUNK && memmem(ps.v[i].text, ps.v[i].len, "snprintf(", 9)) {
			fprintf(o, "#pragma GCC diagnostic ignored \"-Wformat-truncation\"\n");
			break;
		}
	/* headers: the chunks', the case's */
	char incs[64][64];
	int ninc = 0;
	for (int i = 0; i < ps.n; i++) {
		struct piece *pc = &ps.v[i];
		for (int j = 0; pc->taken && pc->kind == P_CHUNK && j < pc->nincludes && ninc < 64; j++)
			snprintf(incs[ninc++], 64, "%s", pc->includes[j]);
		char h[64];
		if (pc->kind == P_INCLUDE && sscanf(pc->text + strcspn(pc->text, "#"),
						    "#include <%63[^>]>", h) == 1 && ninc < 64)
			snprintf(incs[ninc++], 64, "%s", h);
	}
	qsort(incs, (size_t)ninc, sizeof incs[0], (int (*)(const void *, const void *))strcmp);
	for (int i = 0; i < ninc; i++)
		if (i == 0 || strcmp(incs[i], incs[i - 1])) {
			fprintf(o, "#include <%s>\n", incs[i]);
			lines++;
		}
	/* the library chunks, then the case's definitions, in their order */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < ps.n; i++) {
			struct piece *pc = &ps.v[i];
			if (!pc->taken || (pass == 0) != (pc->kind == P_CHUNK) ||
			    pc->len == strspn(pc->text, " \t\n"))
				continue;
			if (strncmp(pc->text, "#define", 7) && strncmp(pc->text, "#ifndef", 7) &&
			    strncmp(pc->text, "static char ft_scratch", 22))
				fputc('\n', o); /* a blank line before all but macros */
			const char *t = pc->text;
			size_t l = pc->len;
			if (pc->kind == P_POINT) {
				const char *head = strstr(pc->text, "FT_POINT");
				const char *body = strchr(head, '{');
				fwrite(pc->text, 1, (size_t)(head - pc->text), o);
				fprintf(o, "static void point_%s(void)\n", point);
				lines++;
				l = pc->len - (size_t)(body - pc->text);
				t = body;
			}
			while (l && (t[l - 1] == '\n' || t[l - 1] == ' ' || t[l - 1] == '\t'))
				l--;
			const char *decl = t + strspn(t, " \t\n");
			while (*decl == '/' && skip_lit(decl, t + l)) { /* past its comment */
				decl += skip_lit(decl, t + l);
				decl += strspn(decl, " \t\n");
			}
			if (pc->kind == P_DEF && pc->nnames > 1 && !strncmp(decl, "static ", 7) &&
			    !memchr(t, '(', l)) { /* static int a, b[2]; where only a is used */
				fwrite(t, 1, (size_t)(decl - t), o);
				fputs("__attribute__((unused)) ", o);
				l -= (size_t)(decl - t);
				t = decl;
			}
			fwrite(t, 1, l, o);
			fputc('\n', o);
			for (size_t k = 0; k < l; k++)
				lines += t[k] == '\n';
			lines++;
		}
	if (scratch)
		fprintf(o, "\nstatic int ft_rm(const char *path, const struct stat *s, int t, struct FTW *w)\n"
			   "{\n\treturn (void)s, (void)t, (void)w, remove(path);\n}\n");
	char call[1024];
	size_t cl = 0;
	for (int j = 0; j < nneeds; j++) { /* FT_NEEDS_PROC: ft_needs_proc() */
		char fn[64];
		for (size_t k = 0; k < sizeof fn && (!k || fn[k - 1]); k++)
			fn[k] = (char)tolower((unsigned char)needs[j][k]);
		cl += (size_t)snprintf(call + cl, sizeof call - cl, "\t\t%s();\n", fn);
	}
	if (target >= 0)
		snprintf(call + cl, sizeof call - cl, "\t\tpoint_%s();\n", point);
	else
		snprintf(call + cl, sizeof call - cl, "\t\tft_run_point(\"%s\");\n", point);
	if (probe)
		fprintf(o, "\nint main(int argc, char **argv)\n{\n\tint st = 0;\n\n"
			   "\tif (argc == 3 && strcmp(argv[1], \"--fdprobe\") == 0)\n"
			   "\t\treturn ft_fdprobe_main(argv[2]); /* exec'd as the probe */\n");
	else
		fprintf(o, "\nint main(void)\n{\n\tint st = 0;\n\n");
	fprintf(o, "\tft_sh = mmap(NULL, sizeof *ft_sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);\n"
		   "\tif (ft_sh == MAP_FAILED%s)\n"
		   "\t\treturn perror(\"repro: setup\"), 2;\n"
		   "\tfor (int sig = 1; sig < NSIG; sig++) /* default dispositions, nothing blocked */\n"
		   "\t\tsignal(sig, SIG_DFL);\n"
		   "\tsigprocmask(SIG_SETMASK, &(sigset_t){ 0 }, NULL);\n"
		   "\tpid_t pid = fork(); /* the point runs in a child; an alarm ends it if it hangs */\n"
		   "\tif (pid == 0) {\n"
		   "\t\talarm(%d);\n"
		   "%s"
		   "\t\t_exit(0);\n"
		   "\t}\n"
		   "\tif ((waitpid(pid, &st, 0) == -1 || st != 0) && !ft_sh->state) {\n"
		   "\t\tft_sh->state = 1;\n"
		   "\t\tsprintf(ft_sh->msg, \"the point died: wait status %%#x (%%s)\", st,\n"
		   "\t\t\tWIFSIGNALED(st) ? strsignal(WTERMSIG(st)) : \"no signal\");\n"
		   "\t}\n"
		   "\tprintf(\"%%s - %%s%%s%%s\\n\", ft_sh->state == 1 ? \"not ok\" : \"ok\", \"%s\",\n"
		   "\t       ft_sh->state == 1 ? \"\\n# \" : ft_sh->state ? \" # SKIP \" : \"\", ft_sh->msg);\n",
		scratch ? " || !mkdtemp(ft_scratch) || chdir(ft_scratch) == -1" : "", secs, call, id);
	if (scratch)
		fprintf(o, "\tif (chdir(\"/\") == 0)\n"
			   "\t\tnftw(ft_scratch, ft_rm, 16, FTW_DEPTH | FTW_PHYS);\n");
	fprintf(o, "\treturn ft_sh->state == 1;\n}\n");
	/* writing to memory fails only when memory runs out; and fclose gives
	   back a NULL buffer when its last realloc fails */
	int bad = ferror(o);
	if (fclose(o) || bad || !buf) {
		free(buf);
		snprintf(err, errlen, "out of memory");
		goto done;
	}
	info->lines = 0;
	for (size_t i = 0; i < blen; i++)
		info->lines += buf[i] == '\n';
	(void)lines;
	errno = 0;
	fwrite(buf, 1, blen, out);
	free(buf);
	rc = ferror(out) ? -1 : 0;
	if (rc)
		snprintf(err, errlen, "cannot write the reproducer: %s", why(errno ? errno : EIO));
done:
	for (int i = 0; i < 3; i++)
		free(texts[i]);
	for (int i = 0; i < hs.n; i++)
		free(hs.text[i]);
	free(ps.v);
	return rc;
}
