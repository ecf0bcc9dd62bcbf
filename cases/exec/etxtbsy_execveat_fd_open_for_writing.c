/*
 * exec/etxtbsy_execveat_fd_open_for_writing - executing through a
 * descriptor (execveat(fd, "", AT_EMPTY_PATH), fexecve) fails with
 * ETXTBSY when that descriptor, or any other, has the file open for
 * writing: an O_RDWR descriptor cannot be executed, and an O_PATH one
 * can only once the other writer has closed.
 */
#include "image.h"

FT_CASE("exec through a descriptor of a file open for writing fails with ETXTBSY",
	"execve(2) ERRORS (ETXTBSY); execveat(2) AT_EMPTY_PATH; fexecve(3)");

FT_POINT(execveat_rdwr_fd_etxtbsy)
{
	ex_copy_self("prog");
	int fd = FT_SYS(open("prog", O_RDWR | O_CLOEXEC));
	FT_ERRNO(ex_run_at(fd, "", AT_EMPTY_PATH), ETXTBSY);
	close(fd);
	fd = FT_SYS(open("prog", O_RDONLY | O_CLOEXEC));
	FT_EQ(ex_run_at(fd, "", AT_EMPTY_PATH), EX_RAN);
	close(fd);
}

FT_POINT(execveat_other_writer_etxtbsy)
{
	ex_copy_self("prog");
	FT_FD int w = FT_SYS(open("prog", O_WRONLY | O_CLOEXEC));
	FT_FD int fd = FT_SYS(open("prog", O_PATH | O_CLOEXEC));
	FT_ERRNO(ex_run_at(fd, "", AT_EMPTY_PATH), ETXTBSY);
	ft_close(&w);
	FT_EQ(ex_run_at(fd, "", AT_EMPTY_PATH), EX_RAN);
}

FT_POINT(fexecve_rdwr_fd_etxtbsy)
{
	ex_copy_self("prog");
	FT_FD int fd = FT_SYS(open("prog", O_RDWR | O_CLOEXEC));
	FT_ERRNO(ex_run_fexecve(fd), ETXTBSY);
}
