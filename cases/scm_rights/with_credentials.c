/*
 * scm_rights/with_credentials - one message can carry both an SCM_RIGHTS
 * and an SCM_CREDENTIALS control message; with SO_PASSCRED on the
 * receiving socket both arrive from one recvmsg(): the descriptor, and the
 * sender's pid, uid and gid (given explicitly, or filled in by the kernel
 * when the sender sent only SCM_RIGHTS).
 */
#include "scm_rights.h"

FT_CASE("SCM_RIGHTS and SCM_CREDENTIALS travel together in one message",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS, SCM_CREDENTIALS; unix(7) \"Socket options\" SO_PASSCRED; cmsg(3)");

static void send_both(int sock, int fd)
{
	union {
		char buf[CMSG_SPACE(sizeof(struct ucred)) + CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	memset(&u, 0, sizeof u);
	struct iovec iov = { "x", 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf, .msg_controllen = sizeof u.buf };
	struct ucred cr = { getpid(), getuid(), getgid() };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof cr);
	memcpy(CMSG_DATA(c), &cr, sizeof cr);
	c = CMSG_NXTHDR(&m, c);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof fd);
	FT_EQ(sendmsg(sock, &m, 0), 1);
}

static void check(int explicit_cred)
{
	int sv[2], on = 1, hold[2];
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	FT_SYS(pipe(hold)); /* keeps the sender alive until the receive */
	FT_SYS(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on));
	pid_t pid = ft_fork();
	if (pid == 0) {
		int fd = ft_tmpfile("cred", NULL);
		if (explicit_cred)
			send_both(sv[0], fd);
		else
			SCM_SEND1(sv[0], fd);
		close(hold[1]);
		char c;
		FT_EQ(read(hold[0], &c, 1), 0);
		_exit(0);
	}
	close(hold[0]);
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sv[1], &c, 1, 16, 0, &g), 1);
	FT_EQ(g.msg_flags & MSG_CTRUNC, 0);
	FT_EQ(g.ncmsg, 2);
	FT_EQ(g.nfds, 1);
	char buf[4];
	FT_EQ(pread(g.fds[0], buf, 4, 0), 4);
	FT_MEMEQ(buf, "cred", 4);
	FT_TRUE(g.has_cred);
	FT_EQ(g.cred.pid, pid);
	FT_EQ(g.cred.uid, getuid());
	FT_EQ(g.cred.gid, getgid());
	close(hold[1]);
	FT_CHILD_OK(pid);
	scm_close_got(&g);
	close(sv[0]);
	close(sv[1]);
}

FT_POINT(explicit_credentials_and_rights)
{
	check(1);
}

FT_POINT(kernel_filled_credentials_and_rights)
{
	check(0);
}
