/*
 * scm_rights_ctrunc.h - the recvmsg() of the shims that leak the
 * descriptors a short control buffer cannot hold: it receives into a
 * private buffer large enough for everything and copies to the caller only
 * the control data that fits; the rest stay open in the process, out of
 * the caller's sight.  MSG_CTRUNC is reported when the including shim
 * defines SCM_SHIM_REPORTS_CTRUNC to 1, and never otherwise.
 */
#ifndef SCM_SHIM_REPORTS_CTRUNC
#define SCM_SHIM_REPORTS_CTRUNC 0
#endif
#include <dlfcn.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

ssize_t recvmsg(int sock, struct msghdr *msg, int flags)
{
	static ssize_t (*real)(int, struct msghdr *, int);
	if (!real)
		real = (ssize_t(*)(int, struct msghdr *, int))dlsym(RTLD_NEXT, "recvmsg");
	union {
		char buf[CMSG_SPACE(sizeof(int) * 300)];
		struct cmsghdr align;
	} u;
	struct msghdr m = *msg;
	m.msg_control = u.buf;
	m.msg_controllen = sizeof u.buf;
	ssize_t r = real(sock, &m, flags);
	if (r < 0)
		return r;
	size_t room = msg->msg_control ? msg->msg_controllen : 0, used = 0;
	int dropped = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
		size_t len = c->cmsg_len;
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS &&
		    used + len > room) {
			long fit = ((long)room - (long)used - (long)CMSG_LEN(0)) / (long)sizeof(int);
			dropped = 1;
			if (fit <= 0)
				continue; /* all leaked */
			len = CMSG_LEN(fit * sizeof(int));
		} else if (used + len > room) {
			dropped = 1;
			continue;
		}
		struct cmsghdr *d = (struct cmsghdr *)((char *)msg->msg_control + used);
		memcpy(d, c, len);
		d->cmsg_len = len;
		used += CMSG_ALIGN(len);
		if (used > room)
			used = room;
	}
	msg->msg_controllen = used;
	msg->msg_flags = m.msg_flags & ~MSG_CTRUNC;
	if (SCM_SHIM_REPORTS_CTRUNC && dropped)
		msg->msg_flags |= MSG_CTRUNC;
	return r;
}
