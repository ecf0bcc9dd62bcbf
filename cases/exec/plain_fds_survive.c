/*
 * exec/plain_fds_survive - descriptors without FD_CLOEXEC stay open
 * across execve under the same numbers, on the same files (same type and
 * inode), with FD_CLOEXEC still clear; the new image holds exactly the
 * caller's descriptors that were not close-on-exec.
 */
#include "exec.h"
#include <sys/socket.h>

FT_CASE("descriptors without FD_CLOEXEC survive execve unchanged",
	"execve(2) \"Effect on process attributes\"; fcntl(2) \"File descriptor flags\"; POSIX exec(3p)");

FT_POINT(regular_file)
{
	struct ft_probe p;
	FT_FD int fd = ft_tmpfile("abc", NULL);
	ft_exec_probe(&p, NULL, NULL);
	const struct ft_probe_fd *f = EX_KEPT(&p, fd);
	FT_STREQ(f->type, "reg");
	FT_EQ(f->ino, ex_ino(fd));
}

FT_POINT(pipe_and_socket)
{
	struct ft_probe p;
	FT_FDS int pp[2] = FT_NO_FDS, s[2] = FT_NO_FDS;
	ft_pipe(pp, 0);
	ft_socketpair(AF_UNIX, SOCK_STREAM, s);
	ft_exec_probe(&p, NULL, NULL);
	for (int i = 0; i < 2; i++) {
		const struct ft_probe_fd *f = EX_KEPT(&p, pp[i]);
		FT_STREQ(f->type, "fifo");
		FT_EQ(f->ino, ex_ino(pp[i]));
		f = EX_KEPT(&p, s[i]);
		FT_STREQ(f->type, "sock");
		FT_EQ(f->ino, ex_ino(s[i]));
	}
}

FT_POINT(high_number)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	long lim = sysconf(_SC_OPEN_MAX);
	FT_FD int hi = FT_SYS(fcntl(fd, F_DUPFD, lim > 300 ? 300 : fd + 1));
	ft_exec_probe(&p, NULL, NULL);
	kept = EX_KEPT(&p, hi);
	FT_EQ(kept->ino, ex_ino(fd));
}

FT_POINT(exactly_the_inheritable_set)
{
	struct ft_probe p;
	int fds[4096], want[4096], nw = 0;
	FT_FD int a = ft_tmpfile(NULL, NULL);
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	int n = ft_list_fds(fds, 4096), seen = 0;
	long lim = sysconf(_SC_OPEN_MAX); /* fdprobe scans below its limit */
	for (int i = 0; i < n; i++)
		if (!(ft_getfd(fds[i]) & FD_CLOEXEC))
			want[nw++] = fds[i];
	ft_exec_probe(&p, NULL, NULL);
	for (int i = 0; i < nw; i++)
		seen += lim < 0 || want[i] < lim;
	FT_EQ(p.n, seen);
	for (int i = 0; i < nw; i++)
		if (lim < 0 || want[i] < lim)
			EX_KEPT(&p, want[i]);
}
