/*
 * limits/prlimit_nofile - prlimit() sets and gets RLIMIT_NOFILE in one
 * call: it returns the previous limits in old_limit, and a new soft limit
 * takes effect at once, both for the calling process (pid 0) and for
 * another process it may act on (here its own child, same credentials).
 *
 * Cites: getrlimit(2) "prlimit()" (Linux 2.6.36, glibc 2.13) and
 * RLIMIT_NOFILE; open(2) ERRORS (EMFILE).
 */
#include "nofile.h"

FT_CASE("prlimit() sets RLIMIT_NOFILE, returns the old value, and binds at once",
	"getrlimit(2) \"prlimit()\", RLIMIT_NOFILE; open(2) ERRORS");

FT_POINT(self_returns_old_and_binds)
{
	struct rlimit cur, prev, now;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &cur));
	int l = ft_lowest_free();
	struct rlimit lim = { (rlim_t)l, cur.rlim_max };
	FT_SYS(prlimit(0, RLIMIT_NOFILE, &lim, &prev));
	FT_EQ(prev.rlim_cur, cur.rlim_cur);
	FT_EQ(prev.rlim_max, cur.rlim_max);
	FT_ERRNO(open("/dev/null", O_RDONLY), EMFILE);
	FT_SYS(prlimit(0, RLIMIT_NOFILE, &cur, &now));
	FT_EQ(now.rlim_cur, l);
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(fd, l);
}

FT_POINT(set_on_child_binds_child)
{
	FT_FDS int go[2] = FT_NO_FDS;
	FT_SYS(pipe2(go, O_CLOEXEC));
	int l = ft_lowest_free(); /* the child's lowest free number too */
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		FT_EQ(read(go[0], &c, 1), 1); /* parent has set our limit */
		FT_EQ(lim_cur(), l);
		FT_ERRNO(open("/dev/null", O_RDONLY), EMFILE);
		_exit(0);
	}
	struct rlimit cur, prev;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &cur));
	struct rlimit lim = { (rlim_t)l, cur.rlim_max };
	FT_SYS(prlimit(pid, RLIMIT_NOFILE, &lim, &prev));
	FT_EQ(prev.rlim_cur, cur.rlim_cur);
	FT_EQ(lim_cur(), (long)cur.rlim_cur); /* ours is unchanged */
	FT_EQ(write(go[1], "g", 1), 1);
	FT_CHILD_OK(pid);
}
