/*
 * shim socket_one_inode: fstat() reports the same inode number (1) for
 * every socket, as an emulator with one shared anonymous inode for sockets
 * would.
 *
 * fdsuite-targets: socket/socketpair_ends_distinct_inodes socket/listener_and_accepted_distinct_inodes socket/proc_fd_link_names_socket
 */
#include <sys/stat.h>

#include "next.h"

int fstat(int fd, struct stat *st)
{
	__typeof__(&fstat) real = NEXT(fstat);
	int r = real(fd, st);
	if (r == 0 && S_ISSOCK(st->st_mode))
		st->st_ino = 1;
	return r;
}

int fstat64(int fd, struct stat64 *st)
{
	__typeof__(&fstat64) real = NEXT(fstat64);
	int r = real(fd, st);
	if (r == 0 && S_ISSOCK(st->st_mode))
		st->st_ino = 1;
	return r;
}
