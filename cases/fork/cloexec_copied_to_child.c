/*
 * fork/cloexec_copied_to_child - the child of fork() starts with the
 * parent's descriptor flags: a descriptor marked close-on-exec (by
 * O_CLOEXEC or by F_SETFD) is marked in the child too, and one without
 * the flag is unmarked, for every type of descriptor.
 *
 * Cites: fork(2) DESCRIPTION (the child gets copies of the parent's
 * descriptors); clone(2) "The flags mask", CLONE_FILES not set (a copy
 * of the table as it was at the call); fcntl(2) "File descriptor flags";
 * POSIX fork(3p).
 */
#include "fork.h"

FT_CASE("FD_CLOEXEC is copied into the forked child",
	"fork(2) DESCRIPTION; clone(2) \"The flags mask\" (CLONE_FILES); fcntl(2) \"File descriptor flags\"; POSIX fork(3p)");

FT_POINT(o_cloexec_copied)
{
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int k = FT_SYS(open(".", O_RDONLY | O_DIRECTORY));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(ft_getfd(c), FD_CLOEXEC);
		FT_EQ(ft_getfd(k), 0);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(setfd_flag_copied)
{
	FT_FD int a = ft_tmpfile(NULL, NULL);
	FT_FD int b = ft_tmpfile(NULL, NULL);
	FT_SYS(fcntl(a, F_SETFD, FD_CLOEXEC));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(ft_getfd(a), FD_CLOEXEC);
		FT_EQ(ft_getfd(b), 0);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_TABLE(both_states_copied_for, ft_fd_kinds)
{
	FT_FD int marked = row->open();
	FT_FD int plain = FT_SYS(dup(marked));
	FT_SYS(fcntl(marked, F_SETFD, FD_CLOEXEC));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(ft_getfd(marked), FD_CLOEXEC);
		FT_EQ(ft_getfd(plain), 0);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
