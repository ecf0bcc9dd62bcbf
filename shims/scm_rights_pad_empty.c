/*
 * shim scm_rights_pad_empty: sendmsg() of ancillary data with no data
 * bytes on a stream socket sends one NUL byte along, so the descriptors
 * are passed anyway (as a BSD-like stack that does not need real data).
 *
 * fdsuite-targets: scm_rights/stream_needs_data
 */
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/uio.h>

#include "next.h"

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	__typeof__(&sendmsg) real = NEXT(sendmsg);
	size_t len = 0;
	for (size_t i = 0; i < m->msg_iovlen; i++)
		len += m->msg_iov[i].iov_len;
	if (len == 0 && m->msg_controllen > 0) {
		struct msghdr p = *m;
		struct iovec one = { (void *)"", 1 };
		p.msg_iov = &one;
		p.msg_iovlen = 1;
		ssize_t r = real(fd, &p, flags);
		return r == 1 ? 0 : r;
	}
	return real(fd, m, flags);
}
