/*
 * shim socket_unix_stale_cwd: AF_UNIX pathnames as a path-translating
 * sandbox that tracks the working directory by name handles them: a
 * relative sun_path given to bind, connect, sendto or sendmsg is made
 * absolute against the directory the process was in at its first such
 * call (a later chdir or fchdir is not seen), and the kernel's absolute
 * names are what getsockname, getpeername and recvfrom then return.
 *
 * fdsuite-targets: socket/unix_bind_relative_after_chdir socket/unix_connect_relative_after_chdir
 * fdsuite-targets: socket/unix_sendto_relative_after_chdir socket/unix_sendmsg_relative_after_chdir
 * fdsuite-targets: socket/unix_getsockname_as_bound socket/unix_getpeername_as_bound
 * fdsuite-targets: socket/unix_relative_path_resolved_at_call
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

static char cwd[PATH_MAX];

/* Rewrite *a into out when it is a relative pathname address. */
static const struct sockaddr *fix(const struct sockaddr *a, socklen_t *len,
				  struct sockaddr_un *out)
{
	if (!a || *len <= sizeof(sa_family_t) || a->sa_family != AF_UNIX)
		return a;
	const struct sockaddr_un *u = (const struct sockaddr_un *)a;
	if (u->sun_path[0] == 0 || u->sun_path[0] == '/')
		return a;
	if (!cwd[0] && !getcwd(cwd, sizeof cwd))
		return a;
	memset(out, 0, sizeof *out);
	out->sun_family = AF_UNIX;
	snprintf(out->sun_path, sizeof out->sun_path, "%s/%.*s", cwd,
		 (int)(*len - sizeof(sa_family_t)), u->sun_path);
	*len = sizeof *out;
	return (const struct sockaddr *)out;
}

int bind(int fd, const struct sockaddr *a, socklen_t len)
{
	struct sockaddr_un u;
	a = fix(a, &len, &u);
	return (int)syscall(SYS_bind, fd, a, len);
}

int connect(int fd, const struct sockaddr *a, socklen_t len)
{
	struct sockaddr_un u;
	a = fix(a, &len, &u);
	return (int)syscall(SYS_connect, fd, a, len);
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags,
	       const struct sockaddr *a, socklen_t len)
{
	struct sockaddr_un u;
	a = fix(a, &len, &u);
	return syscall(SYS_sendto, fd, buf, n, flags, a, len);
}

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	struct sockaddr_un u;
	struct msghdr c = *m;
	socklen_t len = c.msg_namelen;
	c.msg_name = (void *)fix(c.msg_name, &len, &u);
	c.msg_namelen = len;
	return syscall(SYS_sendmsg, fd, &c, flags);
}
