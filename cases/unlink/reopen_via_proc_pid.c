/*
 * unlink/reopen_via_proc_pid - another process that never held the file can
 * open an unlinked file through /proc/PID/fd/N of a process that holds it
 * (ptrace access permitting), read it and write it; its own descriptor then
 * keeps the file alive after the holder closes.
 *
 * Cites: proc(5) "/proc/pid/fd/" (links that can be dereferenced, governed
 * by a ptrace access mode check); unlink(2) DESCRIPTION.
 */
#include "unlink.h"

FT_CASE("another process can reopen an unlinked file through /proc/PID/fd/N",
	"proc(5) \"/proc/pid/fd/\"; unlink(2) DESCRIPTION");

struct msg {
	pid_t pid;
	int fd;
};

/* Child forked before the file exists: it gets (pid, fd) over a pipe,
   opens /proc/pid/fd/fd, checks the data, writes a mark, reports back,
   then waits for the holder to close before reading again. */
static void child(int in, int back)
{
	struct msg m;
	FT_EQ(read(in, &m, sizeof m), (long)sizeof m);
	char path[64], buf[16] = "";
	snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)m.pid, m.fd);
	int r = FT_SYS(open(path, O_RDWR));
	FT_EQ(unlink_nlink(r), 0);
	FT_EQ(pread(r, buf, sizeof buf, 0), 6);
	FT_MEMEQ(buf, "secret", 6);
	FT_EQ(pwrite(r, "S", 1, 0), 1);
	FT_EQ(write(back, "k", 1), 1);
	char c;
	FT_EQ(read(in, &c, 1), 0); /* the holder has closed */
	FT_EQ(pread(r, buf, sizeof buf, 0), 6);
	FT_MEMEQ(buf, "Secret", 6);
	close(r);
	_exit(0);
}

FT_POINT(other_process_reopens)
{
	unlink_need_proc();
	int to[2];
	int from[2];
	FT_SYS(pipe(to));
	FT_SYS(pipe(from));
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(to[1]);
		close(from[0]);
		child(to[0], from[1]);
	}
	close(to[0]);
	close(from[1]);
	int fd = unlink_mkfile("f", "secret");
	FT_SYS(unlink("f"));
	struct msg m = { getpid(), fd };
	FT_EQ(write(to[1], &m, sizeof m), (long)sizeof m);
	char c;
	FT_EQ(read(from[0], &c, 1), 1);
	char buf[8] = "";
	FT_EQ(pread(fd, buf, 1, 0), 1);
	FT_EQ(buf[0], 'S');
	FT_SYS(close(fd));
	close(to[1]);
	FT_CHILD_OK(pid);
	close(from[0]);
}
