/*
 * exec/etxtbsy_execve_open_for_writing - execve(2) of a file that some
 * process holds open for writing fails with ETXTBSY: a writer in the
 * caller itself or in another process, through O_WRONLY or O_RDWR.  When
 * the last writer closes, the same execve runs the program.
 */
#include "image.h"

FT_CASE("execve of a file open for writing fails with ETXTBSY",
	"execve(2) ERRORS (ETXTBSY)");

FT_POINT(own_wronly_writer)
{
	ex_copy_self("prog");
	FT_FD int w = FT_SYS(open("prog", O_WRONLY | O_CLOEXEC));
	FT_ERRNO(ex_run_execve("./prog"), ETXTBSY);
	ft_close(&w);
	FT_EQ(ex_run_execve("./prog"), EX_RAN);
}

FT_POINT(own_rdwr_writer)
{
	ex_copy_self("prog");
	FT_FD int w = FT_SYS(open("prog", O_RDWR | O_CLOEXEC));
	FT_ERRNO(ex_run_execve("./prog"), ETXTBSY);
	ft_close(&w);
	FT_EQ(ex_run_execve("./prog"), EX_RAN);
}

FT_POINT(writer_in_other_process)
{
	ex_copy_self("prog");
	FT_FDS int ready[2] = FT_NO_FDS, hold[2] = FT_NO_FDS;
	ft_pipe(ready, O_CLOEXEC);
	ft_pipe(hold, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		ft_close(&ready[0]);
		ft_close(&hold[1]);
		int w = FT_SYS(open("prog", O_WRONLY | O_CLOEXEC));
		FT_EQ(write(ready[1], "r", 1), 1);
		char c;
		while (read(hold[0], &c, 1) == -1 && errno == EINTR)
			;
		close(w);
		_exit(0);
	}
	ft_close(&ready[1]);
	ft_close(&hold[0]);
	char c;
	FT_EQ(ft_read_all(ready[0], &c, 1), 1);
	ft_close(&ready[0]);
	FT_ERRNO(ex_run_execve("./prog"), ETXTBSY);
	ft_close(&hold[1]);
	FT_CHILD_OK(pid);
	FT_EQ(ex_run_execve("./prog"), EX_RAN);
}
