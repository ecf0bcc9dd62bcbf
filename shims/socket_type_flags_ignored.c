/*
 * shim socket_type_flags_ignored: socket() and socketpair() drop
 * SOCK_NONBLOCK and SOCK_CLOEXEC from the type, as a runtime that predates
 * them (or forgets them) would, without failing.
 *
 * fdsuite-targets: socket/sock_nonblock_cloexec_flags
 */
#include <dlfcn.h>
#include <sys/socket.h>

#define REAL(name, type) ((type)dlsym(RTLD_NEXT, name))

int socket(int d, int t, int p)
{
	return REAL("socket", int (*)(int, int, int))(d, t & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), p);
}

int socketpair(int d, int t, int p, int sv[2])
{
	return REAL("socketpair", int (*)(int, int, int, int *))(
		d, t & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), p, sv);
}
