/*
 * unlink/removed_dir_lists_nothing - a directory removed with rmdir while a
 * descriptor still refers to it stays open but is empty in every sense:
 * reading it returns no entries at all, not even "." and "..", and fstat
 * shows st_nlink 0.  POSIX has the dot entries removed before rmdir
 * returns; Linux answers getdents64 on such a directory with ENOENT ("No
 * such directory"), POSIX allows an empty read, and either is accepted.
 *
 * Cites: rmdir(2) DESCRIPTION; POSIX rmdir(3p) (dot and dot-dot removed,
 * no new entries); getdents(2) ERRORS "ENOENT".
 */
#include "unlink.h"

FT_CASE("a removed directory held open lists no entries and has st_nlink 0",
	"rmdir(2) DESCRIPTION; POSIX rmdir(3p); getdents(2) ERRORS ENOENT");

static int open_removed(void)
{
	FT_SYS(mkdir("d", 0700));
	int dfd = FT_SYS(open("d", O_RDONLY | O_DIRECTORY));
	char buf[4096];
	FT_GT(getdents64(dfd, (void *)buf, sizeof buf), 0); /* "." and ".." while alive */
	FT_EQ(lseek(dfd, 0, SEEK_SET), 0);
	FT_SYS(rmdir("d"));
	return dfd;
}

FT_POINT(getdents_no_entries)
{
	FT_FD int dfd = open_removed();
	char buf[4096];
	errno = 0;
	ssize_t r = getdents64(dfd, (void *)buf, sizeof buf);
	int e = errno;
	if (r == -1)
		FT_EQ(e, ENOENT);
	else
		FT_EQ(r, 0);
}

FT_POINT(readdir_no_entries)
{
	int dfd = open_removed();
	DIR *d = fdopendir(dfd);
	FT_TRUE(d != NULL);
	struct dirent *e = readdir(d);
	if (e)
		FT_FAIL("readdir returned \"%s\" from a removed directory", e->d_name);
	closedir(d);
}

FT_POINT(nlink_zero)
{
	FT_FD int dfd = open_removed();
	struct stat st;
	FT_SYS(fstat(dfd, &st));
	FT_TRUE(S_ISDIR(st.st_mode));
	FT_EQ(st.st_nlink, 0);
}
