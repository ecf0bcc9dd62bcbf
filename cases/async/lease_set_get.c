/*
 * async/lease_set_get - F_SETLEASE takes out a lease on a regular file the
 * caller owns and F_GETLEASE reports it: a read lease on a descriptor open
 * read-only, a write lease on the only open description (whatever its
 * access mode), F_UNLCK removing it.  The lease belongs to the open file
 * description: a dup'd copy or a forked child reports and can remove it,
 * closing one of two copies keeps it, and a write lease can be downgraded
 * to a read lease in place.
 */
#include "async.h"

FT_CASE("F_SETLEASE sets a lease on the open file description and F_GETLEASE reports it",
	"fcntl(2) \"Leases\" (F_SETLEASE, F_GETLEASE; lease per open file description)");

static int open_file(int flags)
{
	int fd = open("leased", flags | O_CREAT | O_CLOEXEC, 0600);
	return FT_SYS(fd);
}

FT_POINT(read_lease_on_read_only)
{
	async_need_leases();
	FT_FD int fd = open_file(O_RDONLY);
	FT_EQ(fcntl(fd, F_GETLEASE), F_UNLCK);
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	FT_EQ(fcntl(fd, F_GETLEASE), F_RDLCK);
	FT_SYS(fcntl(fd, F_SETLEASE, F_UNLCK));
	FT_EQ(fcntl(fd, F_GETLEASE), F_UNLCK);
}

static const struct {
	const char *name;
	int flags;
} modes[] = {
	{ "rdonly", O_RDONLY },
	{ "wronly", O_WRONLY },
	{ "rdwr", O_RDWR },
};

FT_TABLE(write_lease_sole_opener, modes)
{
	async_need_leases();
	FT_FD int fd = open_file(row->flags);
	FT_SYS(fcntl(fd, F_SETLEASE, F_WRLCK));
	FT_EQ(fcntl(fd, F_GETLEASE), F_WRLCK);
	FT_SYS(fcntl(fd, F_SETLEASE, F_UNLCK));
	FT_EQ(fcntl(fd, F_GETLEASE), F_UNLCK);
}

FT_POINT(write_lease_downgrades_to_read)
{
	async_need_leases();
	FT_FD int fd = open_file(O_RDONLY);
	FT_SYS(fcntl(fd, F_SETLEASE, F_WRLCK));
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	FT_EQ(fcntl(fd, F_GETLEASE), F_RDLCK);
}

FT_TABLE(dup_shares_lease, ft_dup_kinds)
{
	async_need_leases();
	FT_FD int fd = open_file(O_RDONLY);
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	FT_FD int copy = FT_SYS(row->dup(fd));
	FT_EQ(fcntl(copy, F_GETLEASE), F_RDLCK);
	FT_SYS(fcntl(copy, F_SETLEASE, F_UNLCK));
	FT_EQ(fcntl(fd, F_GETLEASE), F_UNLCK);
}

FT_POINT(closing_one_copy_keeps_lease)
{
	async_need_leases();
	FT_FD int fd = open_file(O_RDONLY);
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	int copy = FT_SYS(dup(fd));
	FT_SYS(close(copy));
	FT_EQ(fcntl(fd, F_GETLEASE), F_RDLCK);
}

/* Once every descriptor of the description is closed the lease is gone:
   a write lease, which needs no other opener, is possible on a new open. */
FT_POINT(closing_last_copy_releases)
{
	async_need_leases();
	int fd = open_file(O_RDONLY);
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	FT_SYS(close(fd));
	FT_FD int again = open_file(O_RDONLY);
	FT_EQ(fcntl(again, F_GETLEASE), F_UNLCK);
	FT_SYS(fcntl(again, F_SETLEASE, F_WRLCK));
}

FT_POINT(fork_child_sees_and_removes)
{
	async_need_leases();
	FT_FD int fd = open_file(O_RDONLY);
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(fcntl(fd, F_GETLEASE), F_RDLCK);
		FT_SYS(fcntl(fd, F_SETLEASE, F_UNLCK));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(fcntl(fd, F_GETLEASE), F_UNLCK);
}
