/*
 * shim poll_select_ignores_nfds: select() examines every descriptor in its
 * sets up to FD_SETSIZE, whatever nfds says.
 *
 * fdsuite-targets: poll/select_nfds_limits
 */
#include <sys/select.h>

#include "next.h"

int select(int nfds, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv)
{
	__typeof__(&select) real = NEXT(select);
	return real(nfds >= 0 ? FD_SETSIZE : nfds, r, w, e, tv);
}
