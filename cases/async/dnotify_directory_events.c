/*
 * async/dnotify_directory_events - F_NOTIFY on a directory descriptor
 * signals the caller when an event of the requested kinds happens in the
 * directory: SIGIO by default, or the F_SETSIG signal with si_fd naming
 * the directory descriptor.  Without DN_MULTISHOT the request is one-shot
 * (a second event sends nothing until it is requested again); with it
 * every event signals.  Requests add up, F_NOTIFY 0 ends them, an event
 * of a kind not asked for sends nothing, and a descriptor that is not a
 * directory is ENOTDIR.  The events happen in this process, which is
 * signalled before the call that caused them returns.
 */
#include "async.h"

FT_CASE("F_NOTIFY signals directory changes: one-shot or DN_MULTISHOT, si_fd the directory",
	"fcntl(2) \"File and directory change notification (dnotify)\"; fcntl(2) ERRORS (ENOTDIR)");

static int open_dir(void)
{
	FT_SYS(mkdir("d", 0700));
	return FT_SYS(open("d", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
}

static void create(const char *path)
{
	int fd = FT_SYS(open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
	FT_SYS(close(fd));
}

FT_POINT(create_sends_sigio_once)
{
	async_block(SIGIO);
	FT_FD int dir = open_dir();
	async_notify(dir, DN_CREATE);
	ASYNC_NONE(SIGIO);
	create("d/a");
	ASYNC_COMES(SIGIO, NULL);
	create("d/b");
	ASYNC_NONE(SIGIO); /* one-shot */
	async_notify(dir, DN_CREATE);
	create("d/c");
	ASYNC_COMES(SIGIO, NULL);
}

FT_POINT(multishot_signals_each_event)
{
	int sig = SIGRTMIN + 1;
	async_block(SIGIO);
	async_block(sig);
	FT_FD int dir = open_dir();
	FT_SYS(fcntl(dir, F_SETSIG, sig));
	async_notify(dir, DN_CREATE | DN_MULTISHOT);
	create("d/a");
	create("d/b");
	siginfo_t si;
	for (int i = 0; i < 2; i++) {
		si.si_fd = -1;
		ASYNC_COMES(sig, &si);
		FT_EQ(si.si_fd, dir);
	}
	ASYNC_NONE(sig);
	ASYNC_NONE(SIGIO);
}

FT_POINT(other_kind_sends_nothing)
{
	async_block(SIGIO);
	FT_FD int dir = open_dir();
	async_notify(dir, DN_DELETE | DN_MULTISHOT);
	create("d/a");
	ASYNC_NONE(SIGIO);
	FT_SYS(unlink("d/a"));
	ASYNC_COMES(SIGIO, NULL);
}

FT_POINT(requests_add_up)
{
	async_block(SIGIO);
	FT_FD int dir = open_dir();
	async_notify(dir, DN_CREATE | DN_MULTISHOT);
	async_notify(dir, DN_DELETE | DN_MULTISHOT);
	create("d/a");
	ASYNC_COMES(SIGIO, NULL);
	FT_SYS(unlink("d/a"));
	ASYNC_COMES(SIGIO, NULL);
}

FT_POINT(zero_ends_notification)
{
	async_block(SIGIO);
	FT_FD int dir = open_dir();
	async_notify(dir, DN_CREATE | DN_MULTISHOT);
	FT_SYS(fcntl(dir, F_NOTIFY, 0));
	create("d/a");
	ASYNC_NONE(SIGIO);
}

FT_POINT(not_a_directory_enotdir)
{
	FT_FD int dir = open_dir();
	async_notify(dir, 0); /* the kernel has dnotify */
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_ERRNO(fcntl(fd, F_NOTIFY, DN_CREATE), ENOTDIR);
}
