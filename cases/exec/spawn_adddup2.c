/*
 * exec/spawn_adddup2 - a posix_spawn_file_actions_adddup2(fd, newfd)
 * action gives the spawned program newfd on fd's file, without
 * FD_CLOEXEC (as dup2 does) even when fd was close-on-exec; the caller's
 * newfd is not touched.
 */
#include "exec.h"

FT_CASE("posix_spawn adddup2 installs newfd in the child without FD_CLOEXEC",
	"posix_spawn(3) DESCRIPTION \"pre-exec() step: housekeeping\"; dup(2) DESCRIPTION; POSIX posix_spawn_file_actions_adddup2(3p)");

static void spawn_dup2(int fd, int newfd, struct ft_probe *p)
{
	posix_spawn_file_actions_t fa;
	FT_EQ(posix_spawn_file_actions_init(&fa), 0);
	FT_EQ(posix_spawn_file_actions_adddup2(&fa, fd, newfd), 0);
	ex_spawn_probe(p, &fa);
	posix_spawn_file_actions_destroy(&fa);
}

FT_POINT(plain_source)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int k = ft_tmpfile("k", NULL);
	int n = ft_free_run(1);
	spawn_dup2(k, n, &p);
	kept = EX_KEPT(&p, n);
	FT_EQ(kept->ino, ex_ino(k));
	EX_KEPT(&p, k);
	FT_FALSE(ft_is_open(n));
}

FT_POINT(cloexec_source)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	int n = ft_free_run(1);
	spawn_dup2(c, n, &p);
	kept = EX_KEPT(&p, n);
	FT_EQ(kept->ino, ex_ino(c));
	EX_GONE(&p, c);
	FT_FALSE(ft_is_open(n));
}

FT_POINT(replaces_open_newfd)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int a = ft_tmpfile("a", NULL), b = ft_tmpfile("b", NULL);
	spawn_dup2(a, b, &p);
	kept = EX_KEPT(&p, b);
	FT_EQ(kept->ino, ex_ino(a));
	FT_NE(ex_ino(b), ex_ino(a)); /* ours is unchanged */
}
