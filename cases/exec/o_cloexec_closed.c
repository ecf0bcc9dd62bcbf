/*
 * exec/o_cloexec_closed - a descriptor opened with O_CLOEXEC (by open or
 * openat) is closed in the new program image by a successful execve,
 * while a descriptor opened without it stays open.  Variants: each access
 * mode and the other open flags beside O_CLOEXEC (O_PATH, O_DIRECTORY,
 * O_NONBLOCK, O_APPEND, O_CREAT|O_TRUNC, O_TMPFILE, O_NOFOLLOW).
 */
#include "exec.h"

FT_CASE("O_CLOEXEC descriptors are closed by execve",
	"open(2) O_CLOEXEC; execve(2) \"Effect on process attributes\"; fcntl(2) \"File descriptor flags\"; POSIX open(3p), exec(3p)");

static const char *path;
static int make(int flags) { return openat(AT_FDCWD, path, flags, 0600); }

FT_POINT(open_cloexec)
{
	path = ".";
	EX_FLAG_PAIR(make, O_CLOEXEC, O_RDONLY | O_DIRECTORY);
}

FT_POINT(openat_cloexec)
{
	path = "f";
	EX_FLAG_PAIR(make, O_CLOEXEC, O_RDWR | O_CREAT);
}

static const struct {
	const char *name;
	const char *path;
	int flags;
} others[] = {
	{ "rdonly", "f", O_RDONLY | O_CREAT },
	{ "wronly", "f", O_WRONLY | O_CREAT },
	{ "rdwr_append", "f", O_RDWR | O_CREAT | O_APPEND },
	{ "creat_trunc", "f", O_WRONLY | O_CREAT | O_TRUNC },
	{ "nonblock", "f", O_RDONLY | O_CREAT | O_NONBLOCK },
	{ "path", ".", O_PATH },
	{ "path_directory", ".", O_PATH | O_DIRECTORY },
	{ "nofollow", "f", O_RDONLY | O_CREAT | O_NOFOLLOW },
	{ "tmpfile", ".", O_RDWR | O_TMPFILE },
};

FT_TABLE(with, others)
{
	path = row->path;
	if (row->flags & O_TMPFILE) {
		FT_FD int supported = FT_NEED_FLAG(make(row->flags),
						   "O_TMPFILE", "Linux 3.11");
	}
	EX_FLAG_PAIR(make, O_CLOEXEC, row->flags);
}
