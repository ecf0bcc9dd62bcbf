/*
 * exec/spawn_addclose - a posix_spawn_file_actions_addclose() action
 * closes that descriptor in the spawned program only: the caller keeps
 * it, and the child's other descriptors are untouched.
 */
#include "exec.h"

FT_CASE("posix_spawn addclose closes the descriptor in the child only",
	"posix_spawn(3) DESCRIPTION \"pre-exec() step: housekeeping\"; POSIX posix_spawn_file_actions_addclose(3p)");

FT_POINT(closed_in_child_only)
{
	struct ft_probe p;
	posix_spawn_file_actions_t fa;
	FT_FD int a = ft_tmpfile("a", NULL), b = ft_tmpfile("b", NULL);
	FT_EQ(posix_spawn_file_actions_init(&fa), 0);
	FT_EQ(posix_spawn_file_actions_addclose(&fa, a), 0);
	ex_spawn_probe(&p, &fa);
	posix_spawn_file_actions_destroy(&fa);
	EX_GONE(&p, a);
	EX_KEPT(&p, b);
	FT_TRUE(ft_is_open(a));
}
