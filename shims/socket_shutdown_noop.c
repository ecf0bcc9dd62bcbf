/*
 * shim socket_shutdown_noop: shutdown() does nothing and reports success,
 * whatever the descriptor and how, as an emulator without half-close
 * support might.
 *
 * fdsuite-targets: socket/shutdown_through_dup_affects_all socket/shutdown_half_close socket/shutdown_errors
 */
#include <sys/socket.h>

int shutdown(int fd, int how)
{
	(void)fd;
	(void)how;
	return 0;
}
