/*
 * anon/cloexec_across_exec - a fanotify, userfaultfd or memfd_secret
 * descriptor made with its close-on-exec flag is gone in the program
 * execve(2) starts, and one made without it is there, the same file (same
 * inode), still not close-on-exec.  A Landlock ruleset descriptor is made
 * close-on-exec, so it is gone after exec unless F_SETFD cleared the
 * flag.
 */
#include "anon.h"

FT_CASE("close-on-exec fanotify, userfaultfd, Landlock and memfd_secret descriptors are closed by execve",
	"fcntl(2) \"File descriptor flags\"; execve(2) \"Effect on process attributes\"; fanotify_init(2) (FAN_CLOEXEC); userfaultfd(2) (O_CLOEXEC); landlock_create_ruleset(2) (Linux 5.13); memfd_secret(2) (O_CLOEXEC; Linux 5.14)");

FT_TABLE(cloexec_closed, anon_kinds)
{
	static struct ft_probe p;
	FT_FD int fd = row->open(ANON_CLOEXEC);
	FT_FD int kept = FT_SYS(open("/dev/null", O_RDONLY));
	ft_exec_probe(&p, NULL, NULL);
	FT_TRUE(ft_probe_find(&p, kept) != NULL);
	FT_TRUE(ft_probe_find(&p, fd) == NULL);
}

FT_TABLE(plain_survives, anon_kinds)
{
	static struct ft_probe p;
	struct stat st;
	FT_FD int fd = row->open(0);
	if (row->always_cloexec)
		FT_SYS(fcntl(fd, F_SETFD, 0));
	FT_SYS(fstat(fd, &st));
	ft_exec_probe(&p, NULL, NULL);
	const struct ft_probe_fd *got = ft_probe_find(&p, fd);
	FT_TRUE(got != NULL);
	FT_EQ(got->ino, st.st_ino);
	FT_FLAG_CLEAR(got->fdflags, FD_CLOEXEC);
}
