/*
 * shim pty_calls_accept_any_fd: ptsname(), ptsname_r() and unlockpt()
 * succeed for any descriptor that is not a pseudoterminal master, naming
 * /dev/pts/0, instead of failing with ENOTTY or EINVAL.
 *
 * fdsuite-targets: pty/pty_errors
 */
#include <stdlib.h>
#include <string.h>

#include "next.h"

static char fake[] = "/dev/pts/0";

int unlockpt(int fd)
{
	__typeof__(&unlockpt) real = NEXT(unlockpt);
	real(fd);
	return 0;
}

int ptsname_r(int fd, char *buf, size_t len)
{
	__typeof__(&ptsname_r) real = NEXT(ptsname_r);
	if (real(fd, buf, len) == 0)
		return 0;
	if (len < sizeof fake)
		return 0;
	memcpy(buf, fake, sizeof fake);
	return 0;
}

char *ptsname(int fd)
{
	static char buf[128];
	return ptsname_r(fd, buf, sizeof buf) == 0 ? buf : NULL;
}
