/*
 * exec/spawn_honors_cloexec - posix_spawn() with no file actions gives
 * the new program exactly what execve after fork would: descriptors
 * marked FD_CLOEXEC are closed, the others are inherited under the same
 * numbers, on the same files, with the flag clear.
 */
#include "exec.h"

FT_CASE("posix_spawn closes close-on-exec descriptors and keeps the rest",
	"posix_spawn(3) DESCRIPTION \"pre-exec() step: housekeeping\"; execve(2) \"Effect on process attributes\"; POSIX posix_spawn(3p)");

FT_POINT(no_file_actions)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int k = ft_tmpfile("k", NULL);
	FT_FD int hi = ft_free_run(1);
	FT_EQ(dup2(k, hi), hi);
	ex_spawn_probe(&p, NULL);
	EX_GONE(&p, c);
	kept = EX_KEPT(&p, k);
	FT_EQ(kept->ino, ex_ino(k));
	kept = EX_KEPT(&p, hi);
	FT_EQ(kept->ino, ex_ino(k));
}

FT_POINT(empty_file_actions)
{
	struct ft_probe p;
	posix_spawn_file_actions_t fa;
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int k = ft_tmpfile("k", NULL);
	FT_EQ(posix_spawn_file_actions_init(&fa), 0);
	ex_spawn_probe(&p, &fa);
	posix_spawn_file_actions_destroy(&fa);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
