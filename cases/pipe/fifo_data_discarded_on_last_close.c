/*
 * pipe/fifo_data_discarded_on_last_close - a FIFO's data lives only in the
 * kernel's pipe object, never in the file system: the FIFO's size stays 0
 * while data is queued, and when the last descriptor open on it closes the
 * unread data is gone, so a later open finds the FIFO empty.
 */
#include "pipe.h"

FT_CASE("a FIFO keeps no data on disk and drops unread data at the last close",
	"fifo(7) DESCRIPTION");

FT_POINT(size_zero_with_data_queued)
{
	pp_mkfifo("f");
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_NONBLOCK | O_CLOEXEC));
	ft_write_all(fd, "0123456789", 10);
	FT_EQ(pp_queued(fd), 10);
	struct stat st;
	FT_SYS(stat("f", &st));
	FT_TRUE(S_ISFIFO(st.st_mode));
	FT_EQ(st.st_size, 0);
}

FT_POINT(unread_data_dropped)
{
	pp_mkfifo("f");
	int fd = FT_SYS(open("f", O_RDWR | O_NONBLOCK | O_CLOEXEC));
	ft_write_all(fd, "lost", 4);
	close(fd);
	fd = FT_SYS(open("f", O_RDWR | O_NONBLOCK | O_CLOEXEC));
	FT_EQ(pp_queued(fd), 0);
	char buf[8];
	FT_ERRNO(read(fd, buf, sizeof buf), EAGAIN);
	close(fd);
}

FT_POINT(data_kept_while_any_open)
{
	pp_mkfifo("f");
	FT_FD int keep = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	int fd = FT_SYS(open("f", O_RDWR | O_NONBLOCK | O_CLOEXEC));
	ft_write_all(fd, "kept", 4);
	close(fd);
	fd = FT_SYS(open("f", O_RDWR | O_NONBLOCK | O_CLOEXEC));
	char buf[8];
	FT_EQ(read(fd, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "kept", 4);
	close(fd);
}
