/*
 * shim pty_peer_not_lowest: ioctl(TIOCGPTPEER) returns the slave one
 * number above the one the kernel chose (moved up with F_DUPFD, the
 * original closed).
 *
 * fdsuite-targets: pty/tiocgptpeer_takes_lowest
 */
#include "ioctl_hook.h"
#include <fcntl.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef TIOCGPTPEER
#define TIOCGPTPEER _IO('T', 0x41)
#endif

static int on_ioctl(int fd, unsigned long req, void *arg)
{
	int r = real_ioctl(fd, req, arg);
	if (req != TIOCGPTPEER || r < 0)
		return r;
	int cx = ((int)(intptr_t)arg & O_CLOEXEC) != 0;
	int up = (int)syscall(SYS_fcntl, r, cx ? F_DUPFD_CLOEXEC : F_DUPFD, r + 1);
	if (up < 0)
		return r;
	syscall(SYS_close, r);
	return up;
}
