/*
 * tap.h - parsing the TAP 13 a case program prints, one case at a time.
 */
#ifndef TAP_H
#define TAP_H

enum tap_status {
	TAP_PASS,
	TAP_FAIL,
	TAP_SKIP,
	TAP_TIMEOUT, /* a "not ok" whose message says it timed out */
	TAP_XFAIL,   /* not ok # TODO: expected failure in this runtime */
	TAP_XPASS,   /* ok # TODO: passed although expected to fail */
	TAP_NSTATUS
};

struct tap_point {
	char *id;        /* "area/behavior/point" */
	int number;      /* as printed by the case */
	enum tap_status status;
	char *reason;    /* SKIP or TODO reason, or NULL */
	char *message;   /* from the YAML block, or NULL */
	char *yaml;      /* the YAML block's lines (indentation removed), or NULL */
	char *notes;     /* "# " diagnostics after the point, one a line, or NULL */
	double duration_ms; /* -1 when not reported */
};

struct tap_result {
	int planned;     /* -1 when no plan was seen */
	int npoints;
	struct tap_point *points;
	char *cite;      /* from "# cite: " */
	char *summary;   /* from "# case: " */
	int bailed_out;
	int version_seen; /* "TAP version 13" */
};

/* Parses text (NUL-terminated).  Returns 0, or -1 on allocation failure. */
int tap_parse(const char *text, struct tap_result *out);
void tap_result_free(struct tap_result *r);
const char *tap_status_name(enum tap_status s);
/* -1 if the name is unknown. */
int tap_status_from_name(const char *name);

#endif
