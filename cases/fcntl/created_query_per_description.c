/*
 * fcntl/created_query_per_description - what F_CREATED_QUERY reports
 * belongs to the open file description: descriptors that share it (dup,
 * F_DUPFD_CLOEXEC, a forked child's copy) report 1 like the creating
 * one, while a second open of the same file, by name or through
 * /proc/self/fd, is a new description that did not create it (0).
 *
 * Cites: Linux 6.12, "fcntl: add F_CREATED_QUERY" (fs/fcntl.c
 * f_created_query() reads FMODE_CREATED of the struct file); open(2)
 * NOTES "Open file descriptions"; dup(2); fork(2).
 */
#include "fdtest.h"

#ifndef F_CREATED_QUERY
#define F_CREATED_QUERY (1024 + 4)
#endif

FT_CASE("F_CREATED_QUERY is a property of the open file description",
	"Linux 6.12 F_CREATED_QUERY (fs/fcntl.c); open(2) NOTES \"Open file descriptions\"; dup(2); fork(2)");

static int creating_open(void)
{
	int fd = FT_SYS(open("f", O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600));
	FT_NEED_FLAG(fcntl(fd, F_CREATED_QUERY, 0), "fcntl F_CREATED_QUERY", "Linux 6.12");
	return fd;
}

FT_POINT(dups_report_1)
{
	int fd = creating_open();
	FT_FD int d = FT_SYS(dup(fd));
	FT_FD int e = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	FT_EQ(fcntl(d, F_CREATED_QUERY, 0), 1);
	FT_EQ(fcntl(e, F_CREATED_QUERY, 0), 1);
	close(fd); /* the description lives on in d and e */
	FT_EQ(fcntl(d, F_CREATED_QUERY, 0), 1);
}

FT_POINT(forked_child_reports_1)
{
	FT_FD int fd = creating_open();
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(fcntl(fd, F_CREATED_QUERY, 0), 1);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(second_open_reports_0)
{
	FT_FD int fd = creating_open();
	FT_FD int again = FT_SYS(open("f", O_RDWR | O_CLOEXEC));
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	FT_EQ(fcntl(again, F_CREATED_QUERY, 0), 0);
	int viaproc = open(path, O_RDONLY | O_CLOEXEC);
	if (viaproc != -1) {
		FT_EQ(fcntl(viaproc, F_CREATED_QUERY, 0), 0);
		close(viaproc);
	}
	FT_EQ(fcntl(fd, F_CREATED_QUERY, 0), 1);
}
