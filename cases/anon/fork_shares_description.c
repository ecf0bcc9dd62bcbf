/*
 * anon/fork_shares_description - a forked child's copy of a fanotify,
 * userfaultfd, Landlock ruleset or memfd_secret descriptor refers to the
 * same open file description as the parent's: a status flag the child
 * sets with F_SETFL (O_NONBLOCK) is the parent's too, while the
 * close-on-exec flag, which belongs to the descriptor, is the child's
 * own.
 */
#include "anon.h"

FT_CASE("fork copies fanotify, userfaultfd, Landlock and memfd_secret descriptors sharing the open file description",
	"fork(2) DESCRIPTION (the child's descriptors refer to the same open file descriptions); fcntl(2) \"File status flags\", \"File descriptor flags\"");

FT_TABLE(child_setfl_seen_by_parent, anon_kinds)
{
	FT_FD int fd = row->open(ANON_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(fd), O_NONBLOCK);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) | O_NONBLOCK));
		FT_SYS(fcntl(fd, F_SETFD, 0));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FLAG_SET(ft_getfl(fd), O_NONBLOCK);
	FT_FLAG_SET(ft_getfd(fd), FD_CLOEXEC);
}

FT_TABLE(child_holds_after_parent_closes, anon_kinds)
{
	FT_FDS int sync[2] = FT_NO_FDS;
	ft_pipe(sync, O_CLOEXEC);
	struct stat before;
	int fd = row->open(ANON_CLOEXEC);
	FT_SYS(fstat(fd, &before));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		struct stat st;
		FT_EQ(read(sync[0], &c, 1), 1);
		FT_SYS(fstat(fd, &st));
		FT_EQ(st.st_ino, before.st_ino);
		FT_EQ(st.st_dev, before.st_dev);
		_exit(0);
	}
	FT_SYS(close(fd));
	FT_EQ(write(sync[1], "c", 1), 1);
	FT_CHILD_OK(pid);
}
