/*
 * html.h - the matrix as a picture: an SVG heat map of environments (rows)
 * by areas (columns), each cell showing the share of its points that
 * passed, failed (or timed out), were skipped or failed as expected, with
 * the counts in the cell's <title> (shown on hover).
 *
 * html_write_page() writes one self-contained HTML page (no network, no
 * script): the environments, the heat map, whose cells link to their
 * area's disagreements listed below it, and under each disagreement what
 * every environment observed and the finding that explains it.
 * html_write_svg() writes the heat map alone as an SVG file (REPORT.md
 * embeds it).  Both write to a temporary file renamed into place; on error
 * they return -1 with one line in err.
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

#include "collate.h"

int html_write_page(const char *path, struct results *rs, int n,
		    const struct findings *f, char *err, size_t errlen);
int html_write_svg(const char *path, struct results *rs, int n, char *err,
		   size_t errlen);

#endif
