/*
 * limits/open_emfile - when every number below the soft RLIMIT_NOFILE is
 * open, open(), openat() and creat() fail with EMFILE (the per-process
 * limit), not ENFILE (the system-wide one), and create no descriptor.
 *
 * Cites: open(2) ERRORS (EMFILE, ENFILE); getrlimit(2) RLIMIT_NOFILE;
 * POSIX open(3p).
 */
#include "nofile.h"

FT_CASE("open/openat/creat at the RLIMIT_NOFILE limit fail with EMFILE",
	"open(2) ERRORS; getrlimit(2) RLIMIT_NOFILE; POSIX open(3p)");

FT_POINT(open_emfile)
{
	struct rlimit old;
	int l = lim_full(&old);
	FT_ERRNO(open("/dev/null", O_RDONLY), EMFILE);
	FT_ERRNO(open("/dev/null", O_RDWR | O_CLOEXEC), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}

FT_POINT(openat_emfile)
{
	FT_FD int dfd = FT_SYS(open("/dev", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	struct rlimit old;
	int l = lim_full(&old);
	FT_ERRNO(openat(dfd, "null", O_RDONLY), EMFILE);
	FT_ERRNO(openat(AT_FDCWD, "/dev/null", O_RDONLY), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}

FT_POINT(creat_emfile)
{
	struct rlimit old;
	int l = lim_full(&old);
	FT_ERRNO(creat("f", 0600), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}
