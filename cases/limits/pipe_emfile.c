/*
 * limits/pipe_emfile - pipe() and pipe2() need two descriptors: with none
 * free below the soft RLIMIT_NOFILE, or only one, they fail with EMFILE,
 * leave no half-made pipe behind (the one free number stays free) and
 * leave the caller's array unchanged.
 *
 * Cites: pipe(2) ERRORS (EMFILE) and RETURN VALUE (pipefd left unchanged
 * on failure, POSIX.1-2008 TC2); getrlimit(2) RLIMIT_NOFILE; POSIX
 * pipe(3p).
 */
#include "nofile.h"

FT_CASE("pipe/pipe2 without room for both ends fail with EMFILE and create nothing",
	"pipe(2) ERRORS, RETURN VALUE; getrlimit(2) RLIMIT_NOFILE; POSIX pipe(3p)");

FT_POINT(full_table_emfile)
{
	struct rlimit old;
	int l = lim_full(&old);
	int p[2] = { -7, -7 };
	FT_ERRNO(pipe(p), EMFILE);
	FT_ERRNO(pipe2(p, O_CLOEXEC), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}

FT_POINT(one_slot_pipe_no_half_left)
{
	struct rlimit old;
	int l = lim_one_slot(&old);
	int p[2] = { -7, -7 };
	FT_ERRNO(pipe(p), EMFILE);
	FT_FALSE(ft_is_open(l));
	FT_EQ(p[0], -7);
	FT_EQ(p[1], -7);
	lim_restore(&old);
}

FT_POINT(one_slot_pipe2_no_half_left)
{
	struct rlimit old;
	int l = lim_one_slot(&old);
	int p[2] = { -7, -7 };
	FT_ERRNO(pipe2(p, O_CLOEXEC | O_NONBLOCK), EMFILE);
	FT_FALSE(ft_is_open(l));
	FT_EQ(p[0], -7);
	FT_EQ(p[1], -7);
	lim_restore(&old);
}
