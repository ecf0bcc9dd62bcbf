/*
 * fcntl/created_query_creating_open - fcntl(fd, F_CREATED_QUERY) returns
 * 1 when the open that made fd's open file description created the file
 * (O_CREAT on a name that did not exist, O_CREAT|O_EXCL, creat, openat)
 * and 0 when it opened an existing file, with or without O_CREAT or
 * O_TRUNC.
 *
 * Cites: Linux 6.12, "fcntl: add F_CREATED_QUERY" (include/uapi/linux/
 * fcntl.h F_CREATED_QUERY = F_LINUX_SPECIFIC_BASE + 4; fs/fcntl.c
 * f_created_query(): FMODE_CREATED of the file); not yet in the fcntl
 * page of man-pages 6.03.  open(2) O_CREAT, O_EXCL.
 */
#include "fdtest.h"

#ifndef F_CREATED_QUERY
#define F_CREATED_QUERY (1024 + 4)
#endif

FT_CASE("F_CREATED_QUERY tells whether the open created the file",
	"Linux 6.12 F_CREATED_QUERY (fs/fcntl.c f_created_query); open(2) O_CREAT, O_EXCL");

static int created(int fd)
{
	return FT_SYS(fcntl(fd, F_CREATED_QUERY, 0));
}

static void need(void)
{
	FT_FD int fd = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_NEED_FLAG(fcntl(fd, F_CREATED_QUERY, 0), "fcntl F_CREATED_QUERY", "Linux 6.12");
}

FT_POINT(creating_opens_report_1)
{
	need();
	FT_FD int a = FT_SYS(open("a", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_FD int b = FT_SYS(open("b", O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600));
	FT_FD int c = FT_SYS(creat("c", 0600));
	FT_FD int d = FT_SYS(openat(AT_FDCWD, "d", O_CREAT | O_RDONLY | O_CLOEXEC, 0600));
	FT_EQ(created(a), 1);
	FT_EQ(created(b), 1);
	FT_EQ(created(c), 1);
	FT_EQ(created(d), 1);
}

FT_POINT(existing_file_reports_0)
{
	need();
	close(FT_SYS(open("f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600)));
	FT_FD int a = FT_SYS(open("f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_FD int b = FT_SYS(open("f", O_RDONLY | O_CLOEXEC));
	FT_FD int c = FT_SYS(open("f", O_WRONLY | O_TRUNC | O_CLOEXEC));
	FT_FD int d = FT_SYS(creat("f", 0600));
	FT_EQ(created(a), 0);
	FT_EQ(created(b), 0);
	FT_EQ(created(c), 0);
	FT_EQ(created(d), 0);
}

FT_POINT(recreated_name_reports_1)
{
	need();
	close(FT_SYS(open("f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600)));
	FT_SYS(unlink("f"));
	FT_FD int fd = FT_SYS(open("f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_EQ(created(fd), 1);
}
