/*
 * async/lease_conflicts_eagain - a lease that would conflict with the
 * file's other open descriptions is refused with EAGAIN: a write lease
 * while any other description of the file is open (for reading or for
 * writing), a read lease on a descriptor open for writing or while
 * another description has the file open for writing.  Once the other
 * description is closed the same request succeeds.  Leases exist only on
 * regular files: on a pipe the request is EINVAL.
 */
#include "async.h"

FT_CASE("a write lease with another open description, or a read lease against a writer, is EAGAIN",
	"fcntl(2) \"Leases\" (F_RDLCK only on a read-only descriptor, F_WRLCK only without other opens; only regular files); fcntl(2) ERRORS (EAGAIN)");

static const struct {
	const char *name;
	int mine, other, lease;
} rows[] = {
	{ "write_lease_other_reader", O_RDONLY, O_RDONLY, F_WRLCK },
	{ "write_lease_other_writer", O_RDONLY, O_WRONLY, F_WRLCK },
	{ "write_lease_rdwr_other_reader", O_RDWR, O_RDONLY, F_WRLCK },
	{ "read_lease_other_writer", O_RDONLY, O_WRONLY, F_RDLCK },
	{ "read_lease_other_rdwr", O_RDONLY, O_RDWR, F_RDLCK },
};

FT_TABLE(refused_then_granted, rows)
{
	async_need_leases();
	FT_FD int mine = FT_SYS(open("f", row->mine | O_CREAT | O_CLOEXEC, 0600));
	int other = FT_SYS(open("f", row->other | O_CLOEXEC));
	FT_ERRNO(fcntl(mine, F_SETLEASE, row->lease), EAGAIN);
	FT_EQ(fcntl(mine, F_GETLEASE), F_UNLCK);
	FT_SYS(close(other));
	FT_SYS(fcntl(mine, F_SETLEASE, row->lease));
	FT_EQ(fcntl(mine, F_GETLEASE), row->lease);
}

static const struct {
	const char *name;
	int flags;
} writers[] = {
	{ "wronly", O_WRONLY },
	{ "rdwr", O_RDWR },
};

FT_TABLE(read_lease_on_writable_descriptor, writers)
{
	async_need_leases();
	FT_FD int fd = FT_SYS(open("f", row->flags | O_CREAT | O_CLOEXEC, 0600));
	FT_ERRNO(fcntl(fd, F_SETLEASE, F_RDLCK), EAGAIN);
	FT_EQ(fcntl(fd, F_GETLEASE), F_UNLCK);
}

/* Another descriptor of the same description is no other opener. */
FT_POINT(dup_is_not_another_opener)
{
	async_need_leases();
	FT_FD int fd = FT_SYS(open("f", O_RDONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int copy = FT_SYS(dup(fd));
	FT_SYS(fcntl(fd, F_SETLEASE, F_WRLCK));
	FT_EQ(fcntl(copy, F_GETLEASE), F_WRLCK);
}

FT_POINT(pipe_einval)
{
	async_need_leases();
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_ERRNO(fcntl(p[0], F_SETLEASE, F_RDLCK), EINVAL);
}
