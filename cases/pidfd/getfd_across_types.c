/*
 * pidfd/getfd_across_types - pidfd_getfd(2) (Linux 5.6) copies a
 * descriptor of another process, whatever it refers to, onto the same
 * open file description: a status flag set through the copy (O_NONBLOCK)
 * is seen through the target's own descriptor, the copy is of the same
 * file (device and inode), it is close-on-exec, and it takes the lowest
 * free number of the caller's table, filling a gap.  Axes: every
 * descriptor type of the case library (regular file, directory, pipe
 * ends, FIFO, Unix stream and datagram sockets, /dev/null, eventfd,
 * timerfd, signalfd, epoll, inotify, memfd, pidfd).
 */
#include "pidfd.h"

FT_CASE("pidfd_getfd gives a close-on-exec, lowest-numbered copy on the same open file description, for every fd type",
	"pidfd_getfd(2) DESCRIPTION (Linux 5.6); open(2) NOTES \"Open file descriptions\"; "
	"POSIX XSH 2.14 File Descriptor Allocation");

struct target {
	pid_t pid;
	int fd;    /* the number in the child */
	int to;    /* a byte asks for its F_GETFL; EOF lets it exit */
	int from;
	struct stat st;
};

/* A child holding one descriptor made by open(); it sends the number and
   the descriptor's stat, and on request its status flags. */
static void start_target(struct target *t, int (*open_kind)(void))
{
	close(open_kind()); /* a type missing here skips in the test itself */
	int up[2], down[2];
	ft_pipe(up, O_CLOEXEC);
	ft_pipe(down, O_CLOEXEC);
	t->pid = ft_fork();
	if (t->pid == 0) {
		close(up[0]);
		close(down[1]);
		int fd = open_kind();
		struct stat st;
		FT_SYS(fstat(fd, &st));
		ft_write_all(up[1], &fd, sizeof fd);
		ft_write_all(up[1], &st, sizeof st);
		char c;
		while (read(down[0], &c, 1) == 1) {
			int fl = ft_getfl(fd);
			ft_write_all(up[1], &fl, sizeof fl);
		}
		_exit(0);
	}
	close(up[1]);
	close(down[0]);
	t->to = down[1];
	t->from = up[0];
	FT_EQ(ft_read_all(t->from, &t->fd, sizeof t->fd), sizeof t->fd);
	FT_EQ(ft_read_all(t->from, &t->st, sizeof t->st), sizeof t->st);
}

static void stop_target(struct target *t)
{
	ft_close(&t->to);
	FT_CHILD_OK(t->pid);
	ft_close(&t->from);
}

FT_TABLE(shares_description, ft_fd_kinds)
{
	sp_need_pidfd_getfd();
	struct target t;
	start_target(&t, row->open);
	FT_FD int pidfd = FT_SYS(sp_pidfd_open(t.pid, 0));
	FT_FD int copy = FT_SYS(sp_pidfd_getfd(pidfd, t.fd, 0));
	struct stat st;
	FT_SYS(fstat(copy, &st));
	FT_EQ(st.st_dev, t.st.st_dev);
	FT_EQ(st.st_ino, t.st.st_ino);
	FT_EQ(st.st_mode & S_IFMT, t.st.st_mode & S_IFMT);
	int fl = ft_getfl(copy);
	FT_FLAG_CLEAR(fl, O_NONBLOCK);
	FT_SYS(fcntl(copy, F_SETFL, fl | O_NONBLOCK));
	int seen;
	FT_EQ(write(t.to, "?", 1), 1);
	FT_EQ(ft_read_all(t.from, &seen, sizeof seen), sizeof seen);
	FT_FLAG_SET(seen, O_NONBLOCK);
	stop_target(&t);
}

FT_TABLE(lowest_and_cloexec, ft_fd_kinds)
{
	sp_need_pidfd_getfd();
	struct target t;
	start_target(&t, row->open);
	FT_FD int pidfd = FT_SYS(sp_pidfd_open(t.pid, 0));
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int copy = FT_SYS(sp_pidfd_getfd(pidfd, t.fd, 0));
	FT_EQ(copy, gap);
	FT_FLAG_SET(ft_getfd(copy), FD_CLOEXEC);
	stop_target(&t);
}
