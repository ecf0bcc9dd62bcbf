/*
 * shim mount_fscontext_no_messages: read() on a filesystem context
 * descriptor (anon_inode:[fscontext]) always fails with ENODATA, as if
 * the kernel logged no message.
 *
 * fdsuite-targets: mount/fscontext_messages
 */
#include "anon_inode.h"
#include <sys/types.h>

#include "next.h"

ssize_t read(int fd, void *buf, size_t n)
{
	__typeof__(&read) real = NEXT(read);
	if (shim_is_anon(fd, "fscontext")) {
		errno = ENODATA;
		return -1;
	}
	return real(fd, buf, n);
}
