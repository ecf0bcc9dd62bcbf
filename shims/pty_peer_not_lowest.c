/*
 * shim pty_peer_not_lowest: ioctl(TIOCGPTPEER) returns the slave one
 * number above the one the kernel chose (moved up with F_DUPFD, the
 * original closed).
 *
 * fdsuite-targets: pty/tiocgptpeer_takes_lowest
 */
#include "ioctl_hook.h"
#include "move_up.h"
#include <stdint.h>

#ifndef TIOCGPTPEER
#define TIOCGPTPEER _IO('T', 0x41)
#endif

static int on_ioctl(int fd, unsigned long req, void *arg)
{
	int r = real_ioctl(fd, req, arg);
	if (req != TIOCGPTPEER || r < 0)
		return r;
	return (int)shim_move_up(r, ((int)(intptr_t)arg & O_CLOEXEC) != 0);
}
