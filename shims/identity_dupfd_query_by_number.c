/*
 * shim identity_dupfd_query_by_number: fcntl(F_DUPFD_QUERY) compares the
 * two descriptor numbers instead of their open file descriptions: a copy
 * made by dup is "different", and a closed argument gives 0 instead of
 * EBADF.
 *
 * fdsuite-targets: identity/dupfd_query_shared identity/dupfd_query_distinct
 */
#include "fcntl_hook.h"

#ifndef F_DUPFD_QUERY
#define F_DUPFD_QUERY (1024 + 3)
#endif

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_DUPFD_QUERY) {
		if (real_fcntl(fd, F_GETFD, 0) == -1)
			return -1; /* EBADF for fd itself */
		return fd == (int)arg;
	}
	return real_fcntl(fd, cmd, arg);
}
