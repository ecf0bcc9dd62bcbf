/*
 * exec/msg_cmsg_cloexec_closed - a descriptor received in an SCM_RIGHTS
 * message by recvmsg() with MSG_CMSG_CLOEXEC is close-on-exec and is
 * closed by execve; one received without that flag survives.
 *
 * Cites: recv(2) "The flags argument" (MSG_CMSG_CLOEXEC, Linux 2.6.23);
 * unix(7) "Ancillary messages" (SCM_RIGHTS); execve(2) "Effect on process
 * attributes".
 */
#include "exec.h"
#include <sys/socket.h>

FT_CASE("descriptors received with MSG_CMSG_CLOEXEC are closed by execve",
	"recv(2) \"The flags argument\" (MSG_CMSG_CLOEXEC); unix(7) \"Ancillary messages\"; execve(2) \"Effect on process attributes\"");

static void send_fd(int sock, int fd)
{
	char c = 'x';
	struct iovec iov = { &c, 1 };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int))];
	} u;
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf,
			    .msg_controllen = sizeof u.buf };
	struct cmsghdr *h = CMSG_FIRSTHDR(&m);
	h->cmsg_level = SOL_SOCKET;
	h->cmsg_type = SCM_RIGHTS;
	h->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(h), &fd, sizeof fd);
	FT_EQ(sendmsg(sock, &m, 0), 1);
}

static int recv_fd(int sock, int flags)
{
	char c;
	int fd = -1;
	struct iovec iov = { &c, 1 };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int))];
	} u;
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf,
			    .msg_controllen = sizeof u.buf };
	FT_EQ(recvmsg(sock, &m, flags), 1);
	struct cmsghdr *h = CMSG_FIRSTHDR(&m);
	FT_TRUE(h && h->cmsg_type == SCM_RIGHTS);
	memcpy(&fd, CMSG_DATA(h), sizeof fd);
	return fd;
}

FT_POINT(received_fd)
{
	struct ft_probe p;
	FT_FDS int s[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, s);
	FT_FD int f = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	send_fd(s[0], f);
	send_fd(s[0], f);
	FT_FD int c = recv_fd(s[1], MSG_CMSG_CLOEXEC);
	FT_FD int k = recv_fd(s[1], 0);
	FT_EQ(ft_getfd(c), FD_CLOEXEC);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
