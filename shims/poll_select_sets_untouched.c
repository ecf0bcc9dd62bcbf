/*
 * shim poll_select_sets_untouched: select() returns the right count but hands
 * back the sets as they were passed in, instead of clearing the
 * descriptors that are not ready.
 *
 * fdsuite-targets: poll/select_modifies_sets
 */
#include <string.h>
#include <sys/select.h>

#include "next.h"

int select(int nfds, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv)
{
	__typeof__(&select) real = NEXT(select);
	fd_set cr, cw, ce;
	if (r)
		cr = *r;
	if (w)
		cw = *w;
	if (e)
		ce = *e;
	int n = real(nfds, r, w, e, tv);
	if (r)
		*r = cr;
	if (w)
		*w = cw;
	if (e)
		*e = ce;
	return n;
}
