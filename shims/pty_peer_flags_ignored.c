/*
 * shim pty_peer_flags_ignored: ioctl(TIOCGPTPEER) opens the slave with
 * O_RDWR | O_NOCTTY whatever flags it is given: O_CLOEXEC and O_NONBLOCK
 * are lost.
 *
 * fdsuite-targets: pty/tiocgptpeer_flags
 */
#include "ioctl_hook.h"
#include <fcntl.h>
#include <stdint.h>

#ifndef TIOCGPTPEER
#define TIOCGPTPEER _IO('T', 0x41)
#endif

static int on_ioctl(int fd, unsigned long req, void *arg)
{
	if (req == TIOCGPTPEER)
		arg = (void *)(intptr_t)(O_RDWR | O_NOCTTY);
	return real_ioctl(fd, req, arg);
}
