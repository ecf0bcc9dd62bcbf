/*
 * shim socket_one_inode: fstat() reports the same inode number (1) for
 * every socket, as an emulator with one shared anonymous inode for sockets
 * would.
 *
 * fdsuite-targets: socket/socketpair_ends_distinct_inodes socket/listener_and_accepted_distinct_inodes socket/proc_fd_link_names_socket
 */
#include <dlfcn.h>
#include <sys/stat.h>

int fstat(int fd, struct stat *st)
{
	int (*real)(int, struct stat *) =
		(int (*)(int, struct stat *))dlsym(RTLD_NEXT, "fstat");
	int r = real(fd, st);
	if (r == 0 && S_ISSOCK(st->st_mode))
		st->st_ino = 1;
	return r;
}

int fstat64(int fd, struct stat64 *st)
{
	int (*real)(int, struct stat64 *) =
		(int (*)(int, struct stat64 *))dlsym(RTLD_NEXT, "fstat64");
	int r = real(fd, st);
	if (r == 0 && S_ISSOCK(st->st_mode))
		st->st_ino = 1;
	return r;
}
