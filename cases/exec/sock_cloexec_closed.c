/*
 * exec/sock_cloexec_closed - SOCK_CLOEXEC in the type of socket() and
 * socketpair(), and in the flags of accept4(), makes the new socket
 * descriptors close-on-exec: execve closes them and keeps sockets made
 * without the flag.  Variants: each socket type of AF_UNIX and AF_INET,
 * and SOCK_NONBLOCK beside the flag in each call.
 */
#include "exec.h"
#include <netinet/in.h>
#include <sys/un.h>

FT_CASE("SOCK_CLOEXEC sockets are closed by execve",
	"socket(2) DESCRIPTION; socketpair(2) NOTES; accept(2) DESCRIPTION (accept4); execve(2) \"Effect on process attributes\"");

static int domain = AF_UNIX, type = SOCK_DGRAM;
static int make(int flags) { return socket(domain, type | flags, 0); }
static int make2(int flags, int fds[2])
{
	return socketpair(AF_UNIX, SOCK_STREAM | flags, 0, fds);
}

/* accept4 with flags: a listener with two pending connections */
static int listener = -1;
static int take(int flags) { return accept4(listener, NULL, NULL, flags); }

static void accept_pair(int extra)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX, .sun_path = "sock" };
	FT_FD int l = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(l, (struct sockaddr *)&sa, sizeof sa));
	FT_SYS(listen(l, 2));
	FT_FDS int conn[2] = FT_NO_FDS;
	for (int i = 0; i < 2; i++) {
		conn[i] = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
		FT_SYS(connect(conn[i], (struct sockaddr *)&sa, sizeof sa));
	}
	listener = l;
	EX_FLAG_PAIR(take, SOCK_CLOEXEC, extra);
}

FT_POINT(socket) { EX_FLAG_PAIR(make, SOCK_CLOEXEC, 0); }

FT_POINT(socketpair) { EX_FLAG_PAIR2(make2, SOCK_CLOEXEC, 0); }

FT_POINT(accept4) { accept_pair(0); }

static const struct {
	const char *name;
	int domain, type;
} types[] = {
	{ "unix_stream", AF_UNIX, SOCK_STREAM },
	{ "unix_seqpacket", AF_UNIX, SOCK_SEQPACKET },
	{ "unix_dgram_nonblock", AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK },
	{ "inet_stream", AF_INET, SOCK_STREAM },
	{ "inet_dgram", AF_INET, SOCK_DGRAM },
	{ "inet_stream_nonblock", AF_INET, SOCK_STREAM | SOCK_NONBLOCK },
};

FT_TABLE(socket_type, types)
{
	domain = row->domain;
	type = row->type;
	EX_FLAG_PAIR(make, SOCK_CLOEXEC, 0);
}

FT_POINT(socketpair_nonblock) { EX_FLAG_PAIR2(make2, SOCK_CLOEXEC, SOCK_NONBLOCK); }

FT_POINT(accept4_nonblock) { accept_pair(SOCK_NONBLOCK); }
