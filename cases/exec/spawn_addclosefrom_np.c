/*
 * exec/spawn_addclosefrom_np - a posix_spawn_file_actions_addclosefrom_np
 * (lowfd) action closes every descriptor numbered lowfd or higher in the
 * spawned program, and none below it; the caller keeps them all.
 */
#include "exec.h"

FT_CASE("posix_spawn addclosefrom_np closes everything from lowfd in the child",
	"glibc 2.34 NEWS (posix_spawn_file_actions_addclosefrom_np); posix_spawn(3) DESCRIPTION");

FT_POINT(closes_from_lowfd)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 34)
	struct ft_probe p;
	posix_spawn_file_actions_t fa;
	FT_FD int k = ft_tmpfile("k", NULL);
	int f = ft_free_run(4);
	FT_EQ(dup2(k, f), f);
	FT_EQ(dup2(k, f + 1), f + 1);
	FT_EQ(dup2(k, f + 3), f + 3);
	FT_EQ(posix_spawn_file_actions_init(&fa), 0);
	FT_EQ(posix_spawn_file_actions_addclosefrom_np(&fa, f + 1), 0);
	ex_spawn_probe(&p, &fa);
	posix_spawn_file_actions_destroy(&fa);
	EX_KEPT(&p, k);
	EX_KEPT(&p, f);
	EX_GONE(&p, f + 1);
	EX_GONE(&p, f + 3);
	FT_TRUE(ft_is_open(f + 1));
	FT_TRUE(ft_is_open(f + 3));
	close(f);
	close(f + 1);
	close(f + 3);
	ft_close(&k);
#else
	FT_SKIP("posix_spawn_file_actions_addclosefrom_np needs glibc 2.34");
#endif
}
