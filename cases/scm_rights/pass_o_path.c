/*
 * scm_rights/pass_o_path - an O_PATH descriptor (Linux 2.6.39) may be
 * passed with SCM_RIGHTS: it is one of the few things O_PATH allows.  The
 * received descriptor is still an O_PATH descriptor for the same
 * directory: usable as the dirfd of openat(), not for read().
 */
#include "scm_rights.h"

FT_CASE("an O_PATH descriptor can be passed and stays O_PATH",
	"open(2) O_PATH (Linux 2.6.39); unix(7) \"Ancillary messages\" SCM_RIGHTS");

FT_POINT(received_o_path_dirfd_works)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_SYS(mkdir("d", 0700));
	int f = FT_SYS(open("d/file", O_WRONLY | O_CREAT, 0600));
	FT_EQ(write(f, "in d", 4), 4);
	close(f);
	int dfd = FT_NEED_FLAG(open("d", O_PATH | O_DIRECTORY), "O_PATH",
			       "Linux 2.6.39");
	SCM_SEND1(sv[0], dfd);
	close(dfd);
	FT_FD int r = scm_recv1(sv[1]);
	FT_FLAG_SET(ft_getfl(r), O_PATH);
	char buf[8];
	FT_ERRNO(read(r, buf, 1), EBADF);
	f = FT_SYS(openat(r, "file", O_RDONLY));
	FT_EQ(read(f, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "in d", 4);
	close(f);
}
