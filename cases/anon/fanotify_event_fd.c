/*
 * anon/fanotify_event_fd - each event read from a fanotify group (one
 * made without FAN_REPORT_FID, which needs CAP_SYS_ADMIN) carries a
 * descriptor for the object the event is about, opened in the reading
 * process when it reads: the lowest free number there, for the same
 * file, with the access mode and status flags fanotify_init's
 * event_f_flags gave (O_CLOEXEC setting close-on-exec, Linux 3.18), and
 * the pid of the process that caused the event.  Reading with nothing
 * queued blocks (FAN_NONBLOCK: EAGAIN) until an event comes.
 */
#include "anon.h"
#include <linux/capability.h>

FT_CASE("a fanotify event's fd is a new lowest-numbered descriptor opened in the reader with event_f_flags",
	"fanotify(7) \"Reading fanotify events\" (fd, pid); fanotify_init(2) DESCRIPTION (event_f_flags; O_CLOEXEC since Linux 3.18); fanotify_mark(2) (FAN_OPEN)");

static void need_admin(void)
{
	const char *why = NULL;
	if (ft_has_init_cap(CAP_SYS_ADMIN, &why) != 1)
		FT_SKIP("needs CAP_SYS_ADMIN for a fanotify group that reports descriptors (%s)",
			why ? why : "not held");
}

/* A group marked for FAN_OPEN of file "watched" (created here). */
static int watch(unsigned flags, unsigned event_f_flags)
{
	need_admin();
	int fd = fanotify_init(FAN_CLASS_NOTIF | flags, event_f_flags);
	if (fd == -1 && errno == ENOSYS)
		FT_SKIP("fanotify_init: ENOSYS (CONFIG_FANOTIFY; Linux 2.6.37)");
	FT_SYS(fd);
	int w = FT_SYS(open("watched", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_SYS(close(w));
	FT_SYS(fanotify_mark(fd, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "watched"));
	return fd;
}

/* A child opens "watched" and exits; returns its pid once reaped. */
static pid_t child_opens(void)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(open("watched", O_RDONLY | O_CLOEXEC));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	return pid;
}

static struct fanotify_event_metadata read_event(int g)
{
	struct fanotify_event_metadata m[4];
	FT_EQ(ft_poll_in(g, 2000), 1);
	ssize_t n = FT_SYS(read(g, m, sizeof m));
	FT_EQ(n, (ssize_t)sizeof m[0]); /* one event */
	FT_EQ(m[0].vers, FANOTIFY_METADATA_VERSION);
	FT_FLAG_SET(m[0].mask, FAN_OPEN);
	return m[0];
}

static const struct {
	const char *name;
	unsigned event_f_flags;
	int cloexec;
} rows[] = {
	{ "rdonly", O_RDONLY, 0 },
	{ "rdonly_cloexec", O_RDONLY | O_CLOEXEC, 1 },
	{ "rdwr_nonblock", O_RDWR | O_NONBLOCK, 0 },
};

FT_TABLE(event_fd_new_lowest, rows)
{
	FT_FD int g = watch(FAN_CLOEXEC, row->event_f_flags);
	pid_t opener = child_opens();
	FT_FD int plug = -1;
	int gap = anon_gap(&plug);
	struct fanotify_event_metadata m = read_event(g);
	FT_FD int evfd = m.fd;
	FT_EQ(evfd, gap);
	FT_EQ(m.pid, opener);
	struct stat a, b;
	FT_SYS(fstat(evfd, &a));
	FT_SYS(stat("watched", &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_EQ(a.st_dev, b.st_dev);
	int fl = ft_getfl(evfd);
	FT_EQ(fl & O_ACCMODE, (int)(row->event_f_flags & O_ACCMODE));
	if (row->event_f_flags & O_NONBLOCK)
		FT_FLAG_SET(fl, O_NONBLOCK);
	if (row->cloexec)
		FT_FLAG_SET(ft_getfd(evfd), FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(ft_getfd(evfd), FD_CLOEXEC);
}

FT_POINT(empty_nonblocking_read_eagain)
{
	FT_FD int g = watch(FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY | O_CLOEXEC);
	struct fanotify_event_metadata m;
	FT_ERRNO_ANY(read(g, &m, sizeof m), EAGAIN, EWOULDBLOCK);
}

FT_POINT(empty_read_blocks_until_event)
{
	FT_FDS int done[2] = FT_NO_FDS;
	FT_FD int g = watch(FAN_CLOEXEC, O_RDONLY | O_CLOEXEC);
	ft_pipe(done, O_CLOEXEC);
	pid_t reader = ft_fork();
	if (reader == 0) {
		struct fanotify_event_metadata m[4];
		ssize_t n = FT_SYS(read(g, m, sizeof m));
		FT_EQ(n, (ssize_t)sizeof m[0]);
		FT_EQ(write(done[1], "d", 1), 1);
		FT_SYS(close(m[0].fd));
		_exit(0);
	}
	FT_EQ(ft_wait_blocked(reader, SYS_read, 0), 1);
	FT_EQ(ft_poll_in(done[0], 0), 0);
	child_opens();
	FT_EQ(ft_poll_in(done[0], 2000), 1);
	FT_CHILD_OK(reader);
}
