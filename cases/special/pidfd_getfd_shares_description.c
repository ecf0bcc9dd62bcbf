/*
 * special/pidfd_getfd_shares_description - pidfd_getfd (Linux 5.6) gives
 * the caller a new descriptor on the same open file description as the
 * target process's descriptor: the file offset and status flags are shared
 * with the target, the new descriptor has close-on-exec set, and a target
 * number not open in that process is EBADF.  A parent may do this to its
 * child (it passes the ptrace access check).
 *
 * Cites: pidfd_getfd(2) DESCRIPTION, ERRORS, VERSIONS.
 */
#include "special.h"

FT_CASE("pidfd_getfd duplicates another process's fd onto the same open file description",
	"pidfd_getfd(2) DESCRIPTION; ERRORS");

struct report {
	long long offset;
	int flags;
};

/* The child opens a file of its own, sends its fd number and waits; on a
   byte it reports that fd's offset and status flags, on EOF it just exits. */
static pid_t child_with_file(int *fdnum, int *to_child, int *from_child)
{
	int up[2];
	int down[2];
	FT_SYS(pipe(up));
	FT_SYS(pipe(down));
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(up[0]);
		close(down[1]);
		int fd = FT_SYS(open("child-file", O_RDWR | O_CREAT | O_TRUNC, 0600));
		ft_write_all(fd, "abcdef", 6);
		FT_SYS(lseek(fd, 0, SEEK_SET));
		ft_write_all(up[1], &fd, sizeof fd);
		char c;
		if (read(down[0], &c, 1) == 1) { /* else: EOF, just exit */
			struct report r = { ft_offset(fd),
					    ft_getfl(fd) };
			ft_write_all(up[1], &r, sizeof r);
		}
		_exit(0);
	}
	close(up[1]);
	close(down[0]);
	FT_EQ(ft_read_all(up[0], fdnum, sizeof *fdnum), sizeof *fdnum);
	*to_child = down[1];
	*from_child = up[0];
	return pid;
}

FT_POINT(shares_offset_and_flags)
{
	sp_need_pidfd_getfd();
	int tfd, to, from;
	pid_t pid = child_with_file(&tfd, &to, &from);
	FT_FD int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_FD int g = FT_SYS(sp_pidfd_getfd(pfd, tfd, 0));
	char buf[2];
	FT_EQ(read(g, buf, 2), 2);
	FT_MEMEQ(buf, "ab", 2);
	FT_SYS(fcntl(g, F_SETFL, O_APPEND));
	FT_EQ(write(to, "g", 1), 1);
	struct report r;
	FT_EQ(ft_read_all(from, &r, sizeof r), sizeof r);
	FT_CHILD_OK(pid);
	FT_EQ(r.offset, 2);
	FT_FLAG_SET(r.flags, O_APPEND);
	close(to);
	close(from);
}

FT_POINT(new_fd_is_cloexec)
{
	sp_need_pidfd_getfd();
	int tfd, to, from;
	pid_t pid = child_with_file(&tfd, &to, &from);
	FT_FD int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_FD int g = FT_SYS(sp_pidfd_getfd(pfd, tfd, 0));
	FT_FLAG_SET(ft_getfd(g), FD_CLOEXEC);
	struct stat a, b;
	FT_SYS(fstat(g, &a));
	FT_SYS(stat("child-file", &b));
	FT_TRUE(a.st_ino == b.st_ino && a.st_dev == b.st_dev);
	close(to);
	FT_CHILD_OK(pid);
	close(from);
}

FT_POINT(unopened_target_ebadf)
{
	sp_need_pidfd_getfd();
	int wr;
	pid_t pid = sp_parked_child(&wr);
	FT_FD int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	/* The child's table is a subset of ours at fork time (it only closes),
	   so nothing above our highest descriptor is open in the child. */
	int fds[4096];
	int n = ft_list_fds(fds, 4096);
	FT_ERRNO(sp_pidfd_getfd(pfd, fds[n - 1] + 1, 0), EBADF);
	FT_ERRNO(sp_pidfd_getfd(pfd, 1000000, 0), EBADF);
	close(wr);
	FT_CHILD_OK(pid);
}
