/*
 * socket/unix_sendmsg_relative_after_chdir - sendmsg(2) with a relative
 * AF_UNIX path in msg_name resolves it against the working directory at
 * the time of the call, as sendto does: after chdir(2) or fchdir(2) into
 * d, "r" reaches the datagram socket bound as "d/r", also when the
 * message carries an SCM_RIGHTS descriptor.
 *
 * Cites: unix(7) "Pathname sockets", "Ancillary messages"; sendmsg(2)
 * DESCRIPTION (msg_name); chdir(2), fchdir(2); path_resolution(7).
 */
#include "unixpath.h"

FT_CASE("sendmsg to a relative AF_UNIX msg_name after chdir reaches the socket there",
	"unix(7) \"Pathname sockets\"; sendmsg(2) (msg_name); chdir(2); path_resolution(7); fchdir(2)");

static void send_in(int via_fd, int with_fd)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int r = up_bound(SOCK_DGRAM, "d/r");
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	up_enter("d", via_fd);
	struct sockaddr_un a;
	socklen_t len = up_addr(&a, "r");
	char byte = 'm';
	struct iovec iov = { &byte, 1 };
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct msghdr m = { .msg_name = &a, .msg_namelen = len,
			    .msg_iov = &iov, .msg_iovlen = 1 };
	if (with_fd) {
		memset(&u, 0, sizeof u);
		m.msg_control = u.buf;
		m.msg_controllen = sizeof u.buf;
		struct cmsghdr *c = CMSG_FIRSTHDR(&m);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &s, sizeof(int));
	}
	FT_EQ(sendmsg(s, &m, 0), 1);
	FT_SYS(chdir(".."));
	char got = 0;
	struct iovec riov = { &got, 1 };
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} ru;
	struct msghdr rm = { .msg_iov = &riov, .msg_iovlen = 1,
			     .msg_control = ru.buf, .msg_controllen = sizeof ru.buf };
	FT_EQ(ft_poll_in(r, 1000), 1);
	FT_EQ(recvmsg(r, &rm, MSG_DONTWAIT | MSG_CMSG_CLOEXEC), 1);
	FT_EQ(got, 'm');
	struct cmsghdr *c = CMSG_FIRSTHDR(&rm);
	if (with_fd) {
		FT_TRUE(c != NULL);
		FT_EQ(c->cmsg_type, SCM_RIGHTS);
		int fd;
		memcpy(&fd, CMSG_DATA(c), sizeof fd);
		close(fd);
	} else {
		FT_TRUE(c == NULL);
	}
}

FT_POINT(after_chdir)
{
	send_in(0, 0);
}

FT_POINT(after_fchdir)
{
	send_in(1, 0);
}

FT_POINT(with_scm_rights_after_chdir)
{
	send_in(0, 1);
}
