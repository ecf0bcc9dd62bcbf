/*
 * exec/spawn_adddup2_same_fd_clears_cloexec -
 * posix_spawn_file_actions_adddup2(fd, fd) with both numbers equal clears
 * FD_CLOEXEC on fd in the child, so a close-on-exec descriptor is
 * inherited by the spawned program; the caller's flag is unchanged.
 */
#include "exec.h"

FT_CASE("posix_spawn adddup2(fd, fd) clears FD_CLOEXEC in the child",
	"POSIX posix_spawn_file_actions_adddup2(3p) (POSIX.1-2024); glibc 2.29 BZ #23640; posix_spawn(3)");

FT_POINT(cloexec_fd_inherited)
{
#if defined(__GLIBC__) && __GLIBC__ == 2 && __GLIBC_MINOR__ < 29
	FT_SKIP("adddup2(fd, fd) clearing FD_CLOEXEC needs glibc 2.29");
#endif
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	posix_spawn_file_actions_t fa;
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_EQ(posix_spawn_file_actions_init(&fa), 0);
	FT_EQ(posix_spawn_file_actions_adddup2(&fa, c, c), 0);
	ex_spawn_probe(&p, &fa);
	posix_spawn_file_actions_destroy(&fa);
	kept = EX_KEPT(&p, c);
	FT_EQ(kept->ino, ex_ino(c));
	FT_EQ(ft_getfd(c), FD_CLOEXEC);
}
